from __future__ import annotations

from ruletest import CLEAN, lint_one


def test_sp301_forwarding_step_is_not_a_decision(tmp_path):
    text = CLEAN.replace("name: 决定\n", "name: 报省人民政府审批\n").replace("post: 审查岗", "post: 分管负责人")
    assert lint_one(tmp_path, text, "SP301") == []
