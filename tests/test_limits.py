"""`[limits]` in sixpowers.toml: each limit, configured low, is enforced and reported as a
located finding by every command that reads the register; memory stays bounded by the input."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

POWER = """\
  - code: "1401150{n:05d}"
    name: 道路货物运输经营许可{n}
    type: 行政许可
    subject: 示例局
    basis:
      - law: 《中华人民共和国道路运输条例》
        article: 第二十四条
"""


def register(folder: Path, limits: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sixpowers.toml").write_text(f"[register]\nname = \"示例\"\n\n[limits]\n{limits}\n",
                                           encoding="utf-8")
    path = folder / "局.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "sixpowers", *args], capture_output=True,
                          text=True, env=env, timeout=300, cwd=cwd)


def findings(command: str, path: Path) -> list[tuple[str, int | None, int | None]]:
    result = run(command, "--format", "json", str(path), cwd=path.parent)
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    return [(f["code"], f["location"]["line"], f["location"]["column"])
            for f in json.loads(result.stdout) if f["code"].startswith("SP0")]


VALID = "department:\n  name: 示例局\npowers:\n" + POWER.format(n=1)


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_max_file_bytes(tmp_path, command):
    path = register(tmp_path, "max_file_bytes = 100", VALID)
    assert len(VALID.encode()) > 100
    assert findings(command, path) == [("SP007", None, None)]
    result = run(command, "--format", "json", str(path), cwd=tmp_path)
    assert "100" in json.loads(result.stdout)[0]["message"]


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_max_depth(tmp_path, command):
    body = VALID + "    note: {a: {b: {c: {d: {e: {f: 1}}}}}}\n"
    path = register(tmp_path, "max_depth = 6", body)
    got = findings(command, path)
    assert [c for c, *_ in got] == ["SP006"]
    assert got[0][1] == body.splitlines().index("    note: {a: {b: {c: {d: {e: {f: 1}}}}}}") + 1


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_max_aliases(tmp_path, command):
    body = ("anchors:\n  x: &x [第一条]\n" + VALID.replace("subject: 示例局",
            "subject: 示例局\n    note: [" + ", ".join(["*x"] * 5) + "]"))
    path = register(tmp_path, "max_aliases = 3", body)
    got = findings(command, path)
    assert "SP005" in [c for c, *_ in got]
    assert next(g for g in got if g[0] == "SP005")[1:] == (2, 6)  # the anchored node
    # the same file passes the alias check with the default limit
    (tmp_path / "sixpowers.toml").write_text("[limits]\nmax_aliases = 10\n", encoding="utf-8")
    result = run(command, "--format", "json", str(path), cwd=tmp_path)
    assert "SP005" not in [f["code"] for f in json.loads(result.stdout)]


def test_limits_of_wrong_type_are_a_usage_error(tmp_path):
    path = register(tmp_path, 'max_depth = "deep"', VALID)
    result = run("validate", str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "limits.max_depth" in result.stderr


def test_limit_applies_to_diff_and_publish(tmp_path):
    path = register(tmp_path, "max_file_bytes = 100", VALID)
    result = run("publish", "-q", "--no-charts", "--format", "md", "-o", str(tmp_path / "site"),
                 str(path), cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    result = run("diff", "--format", "json", str(path), str(path), cwd=tmp_path)
    assert result.returncode in (0, 2) and "Traceback" not in result.stderr


# Peak RSS over input size, measured: 51x at 30 MB, 55x at 10 MB (PyYAML's node graph with
# its marks dominates). The bound catches anything worse than linear; it is not a timing.
MEMORY_MULTIPLE = 80


def test_validate_memory_is_bounded_by_input_size(tmp_path):
    """A ~10 MB register is validated with a peak RSS under a fixed multiple of its size."""
    folder = tmp_path / "big"
    folder.mkdir()
    chunk = "".join(POWER.format(n=n) for n in range(1000))
    parts = ["department:\n  name: 示例局\npowers:\n"]
    size, n = 0, 0
    while size < 10 * 1024 * 1024:
        block = chunk.replace("1401150", f"14{n:05d}")
        parts.append(block)
        size += len(block.encode())
        n += 1
    path = folder / "局.yaml"
    path.write_text("".join(parts), encoding="utf-8")
    input_bytes = path.stat().st_size
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = ("import resource, sys; from sixpowers.cli import main; sys.argv = ['sixpowers', "
            f"'validate', '-q', {str(path)!r}]; main()")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=1800, cwd=folder)
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1), result.stderr
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert peak_kib > before or peak_kib > 0
    peak = peak_kib * 1024
    print(f"input {input_bytes / 2**20:.1f} MiB, peak RSS {peak / 2**20:.0f} MiB "
          f"({peak / input_bytes:.1f}x)")
    assert peak < MEMORY_MULTIPLE * input_bytes
