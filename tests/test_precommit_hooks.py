"""The hooks in `.pre-commit-hooks.yaml` run under pre-commit in a real repository, offline, as
`repo: local` hooks with the same definitions (entry pointed at this checkout)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from sixpowers.scaffold import init_register

pytest.importorskip("pre_commit")

def _has_command(name: str) -> bool:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "sixpowers", name, "--help"], env=env,
                          capture_output=True, timeout=120).returncode == 0


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo,
                   check=True, capture_output=True)


def _pre_commit(repo: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PRE_COMMIT_HOME": str(tmp_path / "cache"),
           "SKIP": ""}
    env.pop("SIXPOWERS_LANG", None)
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--color",
                           "never"], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=300)


def test_hooks_pass_on_a_clean_register_and_fail_on_a_broken_one(tmp_path: Path) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert [h["id"] for h in hooks] == ["sixpowers-validate", "sixpowers-lint"]
    local = []
    for hook in hooks:
        command = hook["entry"].split()[1]
        if not _has_command(command):
            continue
        local.append({**hook, "language": "system",
                      "entry": f"{sys.executable} -m sixpowers {command}"})
    repo = tmp_path / "register"
    init_register(repo, "测试清单", "测试县", "140000")  # a complete, clean example power
    _git(repo, "init", "-q")
    department = repo / "departments" / "示例部门.yaml"
    (repo / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": local}]}, allow_unicode=True),
        encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "start")
    clean = _pre_commit(repo, tmp_path)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "sixpowers validate" in clean.stdout
    for hook in local:
        assert any(line.startswith(hook["name"]) and line.endswith("Passed")
                   for line in clean.stdout.splitlines()), clean.stdout
    text = department.read_text("utf-8")
    department.write_text(text + "    subjet: x\n", encoding="utf-8")
    _git(repo, "add", "-A")
    broken = _pre_commit(repo, tmp_path)
    assert broken.returncode == 1
    assert "Failed" in broken.stdout
    line = len(text.splitlines()) + 1
    assert f"{line}:5" in broken.stdout and "SP102" in broken.stdout
