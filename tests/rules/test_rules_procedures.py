"""SP1001, SP1002, SP1007: 末位表态 and individual decisions on 三重一大 and 重大行政决策 powers,
and platform marks on a power's flow."""

from __future__ import annotations

from ruletest import CLEAN, col_of, line_of, lint_one

MAJOR = CLEAN.replace("    subject: 示例局\n", "    subject: 示例局\n    major_matter: 大额度资金使用\n")
COLLECTIVE = MAJOR.replace("        name: 决定\n        kind: decision\n        post: 分管负责人\n",
                           "        name: 局务会议集体研究决定\n        kind: decision\n        post: 局务会议\n"
                           "        note: 与会成员逐一发表意见，主要负责人末位表态\n")


def test_sp1001_collective_step_without_last_speaker(tmp_path):
    text = COLLECTIVE.replace("        note: 与会成员逐一发表意见，主要负责人末位表态\n", "")
    assert lint_one(tmp_path, text, "SP1001") == [("SP1001", line_of(text, "局务会议集体研究决定"), 15)]
    assert lint_one(tmp_path, COLLECTIVE, "SP1001") == []
    # No collective step at all is SP315's finding, not this rule's.
    assert lint_one(tmp_path, MAJOR, "SP1001") == []


def test_sp1002_major_matter_decided_by_one_post(tmp_path):
    line = line_of(MAJOR, "name: 决定") + 2
    assert lint_one(tmp_path, MAJOR, "SP1002") == [("SP1002", line, 15)]
    assert lint_one(tmp_path, COLLECTIVE, "SP1002") == []
    # An ordinary power decided by the deputy head is not a 三重一大 matter.
    assert lint_one(tmp_path, CLEAN, "SP1002") == []


DECISION = """\
department:
  name: 示例局
powers:
  - name: 城市公共交通票价调整
    type: 其他行政权力
    subject: 示例局
    major_decision: true
    flow:
      - {id: draft, name: 起草方案, kind: start, post: 综合规划处, next: [{to: public}]}
      - {id: public, name: 公众参与（价格听证）, post: 综合规划处, next: [{to: expert}]}
      - {id: expert, name: 专家论证, post: 专家组, next: [{to: risk}]}
      - {id: risk, name: 社会稳定风险评估, post: 综合规划处, next: [{to: legal}]}
      - {id: legal, name: 合法性审查, post: 政策法规处, note: 未经合法性审查的不得提交集体讨论, next: [{to: decide}]}
      - {id: decide, name: 局务会议集体讨论决定, post: 局务会议, next: [{to: publish}, {to: draft, label: 修改, kind: return}]}
      - {id: publish, name: 公布决策, kind: end, post: 办公室}
"""


def test_sp1002_major_decision_signed_by_the_head_alone(tmp_path):
    text = DECISION.replace("{id: decide, name: 局务会议集体讨论决定, post: 局务会议,",
                            "{id: decide, name: 审批决定, post: 主要负责人,")
    assert lint_one(tmp_path, text, "SP1002") == [("SP1002", line_of(text, "id: decide"), col_of(text, "主要负责人"))]
    assert lint_one(tmp_path, DECISION, "SP1002") == []


def test_sp1007_platform_without_platform_step(tmp_path):
    text = CLEAN.replace("    subject: 示例局\n", "    subject: 示例局\n    platform: 政务服务平台\n")
    assert lint_one(tmp_path, text, "SP1007") == [("SP1007", line_of(text, "platform:"), 15)]
    on = text.replace("{id: apply, name: 申请, kind: start,", "{id: apply, name: 网上申请, kind: start, platform: 政务服务平台,")
    assert lint_one(tmp_path, on, "SP1007") == []
    other = text.replace("{id: apply, name: 申请, kind: start,", "{id: apply, name: 申请, kind: start, platform: 公共资源交易平台,")
    assert lint_one(tmp_path, other, "SP1007") == [("SP1007", line_of(other, "    platform:"), 15)]
    assert lint_one(tmp_path, CLEAN, "SP1007") == []


def test_sp1001_last_speaker_in_the_standard_counts(tmp_path):
    text = COLLECTIVE.replace("note: 与会成员逐一发表意见，主要负责人末位表态", "standard: 主要负责人最后表态，会议纪要存档")
    assert lint_one(tmp_path, text, "SP1001") == []


def test_sp1002_messages_in_chinese_and_english(tmp_path):
    from sixpowers.lint import LintOptions, run_lint
    from sixpowers.register import load_register

    (tmp_path / "d.yaml").write_text(MAJOR, encoding="utf-8")
    (tmp_path / "sixpowers.toml").write_text("", encoding="utf-8")
    (finding,) = run_lint(load_register([tmp_path]), LintOptions(select=("SP1002",))).findings
    assert finding.message == "“三重一大”事项（大额度资金使用）由“分管负责人”一人在“决定”环节决定，没有集体讨论"
    assert finding.message_en == ("'three majors' matter is decided by '分管负责人' alone at '决定', "
                                  "without collective discussion")
    assert finding.power == "140115001000"


def test_a_hand_over_to_the_meeting_is_not_the_meeting():
    from sixpowers.model import Step
    from sixpowers.rules.procedures import is_collective

    assert is_collective(Step(id="a", name="局务会议集体研究决定"))
    assert is_collective(Step(id="a", name="决定", post="党组会议"))
    assert is_collective(Step(id="a", name="决定", note="经局长办公会集体讨论决定"))
    assert not is_collective(Step(id="a", name="合法性审查", note="未经合法性审查的，不得提交集体讨论"))
    assert not is_collective(Step(id="a", name="提请集体讨论"))
