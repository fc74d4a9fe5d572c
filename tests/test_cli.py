from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import MINIMAL_POWER, ROOT

HEAD = "department:\n  name: 示例局\npowers:\n"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SIXPOWERS_LANG", None)
    return subprocess.run([sys.executable, "-m", "sixpowers", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=120)


def test_validate_clean_file_exits_0(write):
    result = run("validate", str(write("d.yaml", HEAD + MINIMAL_POWER)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "未发现问题" in result.stdout


def test_validate_reports_location_and_exit_1(write):
    path = write("d.yaml", HEAD + MINIMAL_POWER + "    subjet: x\n")
    result = run("validate", str(path))
    assert result.returncode == 1
    assert "8:5" in result.stdout and "SP102" in result.stdout and "未知字段" in result.stdout
    assert "发现 1 个问题" in result.stdout
    assert result.stderr == ""


def test_validate_english_and_json(write):
    path = write("d.yaml", HEAD + MINIMAL_POWER + "    subjet: x\n")
    result = run("validate", str(path), "--lang", "en", "--format", "json")
    data = json.loads(result.stdout)
    assert data[0]["code"] == "SP102"
    assert data[0]["message"] == "unknown field 'subjet'"
    assert data[0]["location"]["line"] == 8


def test_quiet_prints_findings_without_summary(write):
    path = write("d.yaml", HEAD + MINIMAL_POWER + "    subjet: x\n")
    result = run("validate", "-q", str(path))
    assert result.returncode == 1 and "SP102" in result.stdout and "发现" not in result.stdout


def test_missing_path_is_usage_error_without_traceback(tmp_path):
    result = run("validate", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2
    assert "不存在" in result.stderr and "Traceback" not in result.stderr


def test_bad_config_is_usage_error(write):
    write("sixpowers.toml", "[register]\nkind = 3\n")
    path = write("d.yaml", HEAD + MINIMAL_POWER)
    result = run("validate", str(path.parent))
    assert result.returncode == 2 and "register.kind" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_format_is_usage_error(write):
    result = run("validate", "--format", "xml", str(write("d.yaml", HEAD + MINIMAL_POWER)))
    assert result.returncode == 2 and "xml" in result.stderr


def test_init_scaffold_validates_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "reg"
    assert run("init", str(target)).returncode == 0
    assert (target / "sixpowers.toml").is_file() and (target / ".gitignore").is_file()
    assert run("validate", str(target)).returncode == 0
    again = run("init", str(target))
    assert again.returncode == 2 and "--force" in again.stderr


def test_every_command_has_help():
    result = run("--help")
    assert result.returncode == 0
    for line in result.stdout.splitlines():
        if line.startswith("│ ") and "  " in line.strip("│ "):
            name, _, text = line.strip("│ ").partition(" ")
            assert text.strip(), f"command {name} lacks help"
