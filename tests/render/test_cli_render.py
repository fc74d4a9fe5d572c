"""`sixpowers render` from the command line: files, summary, errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from render_helpers import FIXTURE

from sixpowers.render.engines import system_dot

ROOT = Path(__file__).resolve().parents[2]
GOLDENS = ROOT / "tests" / "goldens" / "render" / "cli"
UPDATE = bool(os.environ.get("SIXPOWERS_UPDATE_GOLDENS"))
HOSTILE_STEM = "script_alert_x_script_对_引号_反斜杠_N_的检查_b_加-b0bc93d9"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SIXPOWERS_LANG", None)
    return subprocess.run([sys.executable, "-m", "sixpowers", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=300)


def test_render_dot_writes_golden_files(tmp_path: Path) -> None:
    result = run("render", str(FIXTURE), "-o", "out", "--format", "dot", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "已为 3 个事项生成 6 张图，输出到 out（格式 dot，引擎 -）\n"
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(f"{stem}.{chart}.gv" for stem in
                           ("140115001000", "140215002000", HOSTILE_STEM)
                           for chart in ("flow", "risk"))
    for name in names:  # the register's colours (中 = 橙) and department phones apply
        written = (tmp_path / "out" / name).read_text("utf-8")
        if UPDATE:
            GOLDENS.mkdir(parents=True, exist_ok=True)
            (GOLDENS / name).write_text(written, encoding="utf-8")
        assert written == (GOLDENS / name).read_text("utf-8"), name
    assert 'fillcolor="#f57c00"' in (tmp_path / "out" / "140215002000.risk.gv").read_text("utf-8")
    assert "监督电话：0000-7654321" in (tmp_path / "out" / "140215002000.flow.gv").read_text("utf-8")


def test_render_one_power_mermaid_english(tmp_path: Path) -> None:
    result = run("render", str(FIXTURE), "--power", "140215002000", "-o", str(tmp_path),
                 "--format", "mermaid", "--chart", "risk", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote 1 charts for 1 powers to {tmp_path} (format mermaid, engine -)\n"
    assert [p.name for p in tmp_path.iterdir()] == ["140215002000.risk.mmd"]


@pytest.mark.parametrize("engine", [
    pytest.param("dot", marks=pytest.mark.skipif(system_dot() is None, reason="no dot")), "wasm"])
def test_render_department_svg(tmp_path: Path, engine: str) -> None:
    result = run("render", str(FIXTURE), "--department", "示例执法大队", "-o", str(tmp_path),
                 "--chart", "flow", "--engine", engine, "--lanes", "post")
    assert result.returncode == 0, result.stderr
    assert f"引擎 {engine}" in result.stdout
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["140215002000.flow.svg", f"{HOSTILE_STEM}.flow.svg"]
    svg = (tmp_path / "140215002000.flow.svg").read_text("utf-8")
    assert svg.startswith("<?xml") and "cluster_lane" in svg and "法制审核岗" in svg


@pytest.mark.skipif(system_dot() is None, reason="no dot")
def test_render_png(tmp_path: Path) -> None:
    result = run("render", str(FIXTURE), "--power", "140115001000", "-o", str(tmp_path),
                 "-f", "png")
    assert result.returncode == 0, result.stderr
    for chart in ("flow", "risk"):
        assert (tmp_path / f"140115001000.{chart}.png").read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize(("args", "message"), [
    (["--power", "nope"], "sixpowers: 清单中没有找到编码为 nope 的事项\n"),
    (["--department", "无此部门"], "sixpowers: 清单中没有找到部门“无此部门”的事项\n"),
    (["--format", "gif"], "sixpowers: 不支持的输出格式 'gif'，可选：svg、png、pdf、dot、mermaid\n"),
    (["--chart", "pie"], "sixpowers: 不支持的输出格式 'pie'，可选：flow、risk、both\n"),
    (["--engine", "cairo"], "sixpowers: 不支持的引擎 'cairo'，可选 auto、dot、wasm\n"),
    (["--lanes", "x"], "sixpowers: 不支持的泳道方式 'x'，可选 none、post、unit\n"),
    (["-f", "png", "--engine", "wasm"],
     "sixpowers: 内置 WebAssembly 引擎只能输出 SVG；PNG 需要系统 Graphviz\n"),
])
def test_usage_errors_exit_2_with_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    result = run("render", str(FIXTURE), "-o", str(tmp_path / "out"), *args)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", message)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_render_skips_invalid_powers_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "reg").mkdir()
    (tmp_path / "reg" / "a.yaml").write_text(
        "department:\n  name: 局\npowers:\n  - {code: '1', name: 甲, type: 行政许可, subject: 局}\n"
        "  - {code: '2', name: 乙, type: 行政许可}\n", encoding="utf-8")
    result = run("render", str(tmp_path / "reg"), "-o", str(tmp_path / "out"), "-f", "dot")
    assert result.returncode == 0
    assert result.stderr == "注意：清单有 1 处校验错误，未通过校验的事项已跳过（请运行 sixpowers validate）\n"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["1.flow.gv", "1.risk.gv"]


def test_output_folder_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("x")
    result = run("render", str(FIXTURE), "-o", str(tmp_path / "taken"), "-f", "dot")
    assert result.returncode == 2 and "无法创建输出文件夹" in result.stderr
    assert result.stderr.count("\n") == 1


def test_progress_reaches_the_total_in_chunks(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from sixpowers.register import load_register
    from sixpowers.render import files

    monkeypatch.setattr(files, "CHUNK", 4)
    calls: list[tuple[int, int]] = []
    summary = files.render_register(load_register([FIXTURE]), tmp_path, "dot",
                                    progress=lambda done, total: calls.append((done, total)))
    assert calls == [(4, 6), (6, 6)] and len(summary.files) == 6 and summary.engine == "-"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in summary.files)
