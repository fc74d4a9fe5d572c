"""`sixpowers diff --textconv` as git's diff driver: `git log -p` shows powers, not YAML."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from diffrepo import Repo, department, power

STEPS = [{"id": "accept", "name": "受理", "post": "窗口", "days": 1}]


def textconv(path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SIXPOWERS_LANG", None)
    return subprocess.run([sys.executable, "-m", "sixpowers", "diff", "--textconv", str(path)],
                          capture_output=True, text=True, env=env, timeout=120)


def test_canonical_text_sorts_powers_and_names_fields(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    path.write_text(department("交通运输厅", [
        power("2", "乙许可", flow=STEPS),
        power("1", "甲许可", basis=[{"level": "法律", "title": "甲法", "article": "第3条"}])]),
        encoding="utf-8")
    result = textconv(path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "部门：交通运输厅"
    assert lines.index("== 1 甲许可 ==") < lines.index("== 2 乙许可 ==")
    assert "  设定依据：" in lines and "    - 【法律】《甲法》第3条" in lines
    assert "  运行流程：" in lines and "    - 受理（窗口，1天）" in lines
    assert "  处理意见：" in lines and "    处理意见：保留" in lines


def test_broken_file_is_printed_as_is(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    path.write_text("department: [unclosed\n", encoding="utf-8")
    result = textconv(path)
    assert result.returncode == 0 and result.stdout == "department: [unclosed\n"


def test_git_log_uses_the_driver(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "r")
    repo.write(".gitattributes", "*.yaml diff=sixpowers\n")
    command = f"{shlex.quote(sys.executable)} -m sixpowers diff --textconv"
    repo.git("config", "diff.sixpowers.textconv", command)
    repo.write("d.yaml", department("厅", [power("1", "甲许可", flow=STEPS)]))
    repo.commit("one")
    repo.write("d.yaml", department("厅", [power("1", "甲许可", flow=[dict(STEPS[0], days=3)])]))
    repo.commit("two")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = subprocess.run(["git", "log", "-p", "-1", "--format="], cwd=repo.root, env=env,
                         capture_output=True, text=True, check=True).stdout
    assert "-    - 受理（窗口，1天）" in log and "+    - 受理（窗口，3天）" in log
    assert "-        环节时限：1" in log and "+        环节时限：3" in log
