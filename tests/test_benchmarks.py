"""The benchmark suite at a small N, to keep it working. Never a timed assertion."""

from __future__ import annotations

import copy
import csv
import os
import subprocess
import sys

from conftest import ROOT

from benchmarks.generate import build_register, change_register, main, write_register
from sixpowers.register import load_register


def test_generator_is_deterministic_realistic_and_valid_yaml(tmp_path):
    assert main(["120", str(tmp_path / "a")]) == 0
    assert main(["120", str(tmp_path / "b")]) == 0
    files = sorted((tmp_path / "a" / "departments").glob("*.yaml"))
    assert len(files) == 3  # 50 powers a file
    for path in files:
        assert path.read_bytes() == (tmp_path / "b" / "departments" / path.name).read_bytes()
    register = load_register([tmp_path / "a"])
    broken = {f.power for f in register.findings}
    assert register.power_count() + len(broken - {None}) >= 115
    assert {f.code for f in register.findings} <= {"SP101", "SP102", "SP104", "SP105", "SP106"}
    types = [p.type for _, _, p in register.powers()]
    assert types.count("行政处罚") > types.count("行政许可") > 0
    for _, _, power in register.powers():
        assert len(power.basis) >= 2 and 8 <= len(power.flow) <= 10 and 2 <= len(power.risks) <= 4
        assert len(power.duties) == 5 and power.accountability
    size = sum(p.stat().st_size for p in files) / 120
    assert 2000 < size < 4500, size
    with open(tmp_path / "a" / "register.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 121 and rows[0][1] == "事项编码"


def test_changed_version_edits_removes_and_adds():
    files = build_register(200, seed=5)
    before = copy.deepcopy({p["code"]: p for f in files for p in f["powers"]})
    change_register(files, 10, seed=5)
    after = {p["code"]: p for f in files for p in f["powers"]}
    assert len(set(before) - set(after)) == 4 and len(set(after) - set(before)) == 4
    assert sum(before[c] != after[c] for c in set(before) & set(after)) == 12


def test_suite_runs_at_small_n(tmp_path):
    target = tmp_path / "BENCHMARKS.md"
    target.write_text("# 基准\n\n说明保留。\n\n<!-- figures:start -->\n旧数字\n<!-- figures:end -->\n",
                      encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "benchmarks", "--small", "--workdir",
                             str(tmp_path / "work"), "--write", str(target)], cwd=ROOT,
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    for label in ("rapidyaml parse (floor)", "sixpowers validate (cold)",
                  "sixpowers validate (warm, one file edited)"):
        assert label in result.stdout
    assert "cold ≤ 1.0 × frictionless on the CSV |" in result.stdout
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# 基准\n\n说明保留。") and "旧数字" not in text
    assert "### N = 50 powers" in text and "### Targets" in text
    assert (tmp_path / "work" / "register-50" / "sixpowers.toml").is_file()
    assert write_register  # the writer the suite uses
