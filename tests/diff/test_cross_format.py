"""A register kept in YAML on one side and CSV on the other compares power by power, from
folders and from git revisions alike (the CSV reader registers itself in `READERS`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT
from diffrepo import Repo

from sixpowers.sources import READERS

pytestmark = pytest.mark.skipif(".csv" not in READERS, reason="no CSV reader in sources.READERS")


def sixpowers(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name in ("SIXPOWERS_LANG", "GITHUB_ACTIONS"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "sixpowers", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_yaml_against_csv(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "r")
    shutil.copy(EXAMPLES / "shanxi-transport" / "sixpowers.toml", repo.root / "sixpowers.toml")
    shutil.copy(EXAMPLES / "shanxi-transport" / "公路局.yaml", repo.root / "公路局.yaml")
    repo.commit("yaml")
    converted = sixpowers(repo.root, "convert", "公路局.yaml", "公路局.csv")
    assert converted.returncode == 0, converted.stdout + converted.stderr
    same = sixpowers(repo.root, "diff", "公路局.yaml", "公路局.csv", "--format", "json")
    assert same.returncode == 0, same.stderr
    data = json.loads(same.stdout)
    assert data["powers"] == [] and data["summary"]["before"] == data["summary"]["after"] == 4
    text = (repo.root / "公路局.yaml").read_text("utf-8").replace("value: 保留", "value: 取消", 1)
    (repo.root / "公路局.yaml").write_text(text, encoding="utf-8")
    (repo.root / "公路局.csv").unlink()
    assert sixpowers(repo.root, "convert", "公路局.yaml", "公路局.csv").returncode == 0
    (repo.root / "公路局.yaml").unlink()
    repo.commit("keep the list as CSV, one power cancelled")
    result = sixpowers(repo.root, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["load_problems"] == 0
    assert [(p["kind"], p["transition"], [f["path"] for f in p["fields"]])
            for p in data["powers"]] == [("matched", "保留→取消", ["status.value"])]
