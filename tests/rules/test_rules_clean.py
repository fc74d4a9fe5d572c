from __future__ import annotations

from ruletest import CLEAN, lint_files


def test_clean_file_is_clean_under_every_rule_including_opt_in(tmp_path):
    assert lint_files(tmp_path, {"d.yaml": CLEAN}, select=("SP", "SP507")) == []


def test_clean_file_is_clean_by_default(tmp_path):
    assert lint_files(tmp_path, {"d.yaml": CLEAN}) == []
