from __future__ import annotations

from ruletest import CLEAN, line_of, lint_one

FLOW = CLEAN[CLEAN.index("    flow:\n"):CLEAN.index("    risks:\n")]

MAJOR = """\
    flow:
      - {id: draft, name: 起草方案, kind: start, next: [{to: public}]}
      - {id: public, name: 公众参与, next: [{to: expert}]}
      - {id: expert, name: 专家论证, next: [{to: risk}]}
      - {id: risk, name: 风险评估, next: [{to: legal}]}
      - {id: legal, name: 合法性审查, post: 法规处, next: [{to: decide}]}
      - {id: decide, name: 集体讨论决定, kind: end, post: 厅务会议}
"""


def major(flow: str) -> str:
    return CLEAN.replace(FLOW, "    major_decision: true\n" + flow)


def test_sp314_missing_stage(tmp_path):
    text = major(MAJOR.replace("专家论证", "征求部门意见"))
    assert lint_one(tmp_path, text, "SP314") == [("SP314", line_of(text, "id: draft"), 7)]
    assert lint_one(tmp_path, major(MAJOR), "SP314") == []


def test_sp314_collective_decision_reachable_without_legality_review(tmp_path):
    text = major(MAJOR.replace("name: 风险评估, next: [{to: legal}]", "name: 风险评估, next: [{to: legal}, {to: decide}]"))
    assert lint_one(tmp_path, text, "SP314") == [("SP314", line_of(text, "id: decide"), 9)]


def test_sp314_needs_the_flag(tmp_path):
    assert lint_one(tmp_path, CLEAN, "SP314") == []


def test_sp315_major_matter_decided_by_one_person(tmp_path):
    text = CLEAN.replace("    flow:\n", "    major_matter: 大额度资金使用\n    flow:\n")
    assert lint_one(tmp_path, text, "SP315") == [("SP315", line_of(text, "id: apply"), 7)]
    collective = text.replace("post: 分管负责人\n        days: 3", "post: 局党组会议\n        days: 3")
    assert lint_one(tmp_path, collective, "SP315") == []
    assert lint_one(tmp_path, CLEAN, "SP315") == []
