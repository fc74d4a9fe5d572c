from __future__ import annotations

import json
from collections import Counter

import pytest
from linttest import DEPT, SP301_AT, active, lint, make

from sixpowers.findings import UsageError
from sixpowers.lint import register_paths, write_baseline
from sixpowers.lint.baseline import apply_baseline, baseline_key
from sixpowers.register import load_register


def _write(root, path):
    register = load_register([root])
    return write_baseline(path, lint(root, use_baseline=False), register_paths(register))


def test_baseline_round_trip_survives_unrelated_edits(tmp_path):
    root = make(tmp_path / "reg")
    baseline = tmp_path / "baseline.json"
    assert _write(root, baseline) == 2
    entries = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert {(e["file"], e["code"], e["power"]) for e in entries} == {
        ("d.yaml", "SP301", "140115001000"), ("d.yaml", "SP407", "140115001000")}
    assert active(lint(root, baseline=baseline)) == []
    # Unrelated edits move every line; old findings stay suppressed.
    edited = "# 说明：2026 年修订\n\n" + DEPT.replace("    subject: 示例局\n", "    subject: 示例局\n    fee: 不收费\n")
    make(root, edited)
    assert active(lint(root, baseline=baseline)) == []
    # A new finding is reported.
    worse = edited.replace("accountability: [不依法受理的]", "accountability: []")
    make(root, worse)
    assert [c for c, _, _ in active(lint(root, baseline=baseline))] == ["SP403"]


def test_baseline_counts_identical_findings(tmp_path):
    root = make(tmp_path / "reg")
    findings = lint(root)
    sp301 = next(f for f in findings if f.code == "SP301")
    known = Counter({baseline_key(sp301, "d.yaml"): 1})
    twice = sorted([sp301, sp301], key=lambda f: f.code)
    result = apply_baseline(twice, known, {sp301.location.file: "d.yaml"})
    assert [f.suppressed_reason for f in result] == ["baseline", None]


def test_baseline_from_config_and_bad_file(tmp_path):
    root = make(tmp_path, toml='[lint]\nbaseline = "baseline.json"\n')
    _write(root, tmp_path / "baseline.json")
    assert active(lint(root)) == []
    (tmp_path / "baseline.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(UsageError):
        lint(root)
    assert SP301_AT
