"""SP1001-SP1005 and SP1010: 三重一大, 重大行政决策 and platform marks on a power's flow."""

from __future__ import annotations

from ruletest import CLEAN, col_of, line_of, lint_one

MAJOR = CLEAN.replace("    subject: 示例局\n", "    subject: 示例局\n    major_matter: 大额度资金使用\n")
COLLECTIVE = MAJOR.replace("        name: 决定\n        kind: decision\n        post: 分管负责人\n",
                           "        name: 局务会议集体研究决定\n        kind: decision\n        post: 局务会议\n"
                           "        note: 与会成员逐一发表意见，主要负责人末位表态\n")


def test_sp1001_major_matter_without_collective_step(tmp_path):
    line = line_of(MAJOR, "major_matter:")
    assert lint_one(tmp_path, MAJOR, "SP1001") == [("SP1001", line, 19)]
    assert lint_one(tmp_path, COLLECTIVE, "SP1001") == []
    assert lint_one(tmp_path, CLEAN, "SP1001") == []


def test_sp1001_collective_post_or_note_counts_but_not_a_hand_over(tmp_path):
    by_post = MAJOR.replace("post: 分管负责人\n        days: 3", "post: 党组会议\n        days: 3")
    assert lint_one(tmp_path, by_post, "SP1001") == []
    by_note = MAJOR.replace("post: 分管负责人\n        days: 3",
                            "post: 分管负责人\n        note: 经局长办公会集体讨论决定\n        days: 3")
    assert lint_one(tmp_path, by_note, "SP1001") == []
    hand_over = MAJOR.replace("post: 分管负责人\n        days: 3",
                              "post: 分管负责人\n        note: 未经合法性审查的，不得提交集体讨论\n        days: 3")
    assert lint_one(tmp_path, hand_over, "SP1001") == [("SP1001", line_of(hand_over, "major_matter:"), 19)]


def test_sp1002_collective_step_without_last_speaker(tmp_path):
    text = COLLECTIVE.replace("        note: 与会成员逐一发表意见，主要负责人末位表态\n", "")
    assert lint_one(tmp_path, text, "SP1002") == [("SP1002", line_of(text, "局务会议集体研究决定"), 15)]
    assert lint_one(tmp_path, COLLECTIVE, "SP1002") == []
    # No collective step at all is SP1001's finding, not this rule's.
    assert lint_one(tmp_path, MAJOR, "SP1002") == []


def test_sp1005_major_matter_decided_by_one_post(tmp_path):
    line = line_of(MAJOR, "name: 决定") + 2
    assert lint_one(tmp_path, MAJOR, "SP1005") == [("SP1005", line, 15)]
    assert lint_one(tmp_path, COLLECTIVE, "SP1005") == []
    # An ordinary power decided by the deputy head is not a 三重一大 matter.
    assert lint_one(tmp_path, CLEAN, "SP1005") == []


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


def test_sp1003_major_decision_missing_stages(tmp_path):
    text = DECISION.replace("name: 专家论证", "name: 内部讨论").replace("name: 社会稳定风险评估", "name: 修改完善")
    line = line_of(text, "major_decision:")
    assert lint_one(tmp_path, text, "SP1003") == [("SP1003", line, 21)]
    assert lint_one(tmp_path, DECISION, "SP1003") == []


def test_sp1003_names_every_missing_stage(tmp_path):
    from ruletest import lint_files  # noqa: F401

    from sixpowers.lint import LintOptions, run_lint
    from sixpowers.register import load_register

    text = DECISION.replace("name: 专家论证", "name: 内部讨论").replace("name: 合法性审查", "name: 处室会签")
    (tmp_path / "d.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "sixpowers.toml").write_text("", encoding="utf-8")
    (finding,) = run_lint(load_register([tmp_path]), LintOptions(select=("SP1003",))).findings
    assert finding.message == "重大行政决策事项的流程缺少法定程序：专家论证、合法性审查"
    assert "expert review, legality review" in finding.message_en


def test_sp1004_legality_review_after_collective_decision(tmp_path):
    # The list order stays; the graph puts the review after the meeting.
    text = DECISION.replace("{id: risk, name: 社会稳定风险评估, post: 综合规划处, next: [{to: legal}]}",
                            "{id: risk, name: 社会稳定风险评估, post: 综合规划处, next: [{to: decide}]}") \
        .replace("note: 未经合法性审查的不得提交集体讨论, next: [{to: decide}]", "next: [{to: publish}]") \
        .replace("next: [{to: publish}, {to: draft", "next: [{to: legal}, {to: draft")
    assert lint_one(tmp_path, text, "SP1004") == [("SP1004", line_of(text, "id: legal"), col_of(text, "合法性审查"))]
    assert lint_one(tmp_path, DECISION, "SP1004") == []


def test_sp1005_major_decision_signed_by_the_head_alone(tmp_path):
    text = DECISION.replace("{id: decide, name: 局务会议集体讨论决定, post: 局务会议,",
                            "{id: decide, name: 审批决定, post: 主要负责人,")
    assert lint_one(tmp_path, text, "SP1005") == [("SP1005", line_of(text, "id: decide"), col_of(text, "主要负责人"))]
    assert lint_one(tmp_path, DECISION, "SP1005") == []


def test_sp1010_platform_without_platform_step(tmp_path):
    text = CLEAN.replace("    subject: 示例局\n", "    subject: 示例局\n    platform: 政务服务平台\n")
    assert lint_one(tmp_path, text, "SP1010") == [("SP1010", line_of(text, "platform:"), 15)]
    on = text.replace("{id: apply, name: 申请, kind: start,", "{id: apply, name: 网上申请, kind: start, platform: 政务服务平台,")
    assert lint_one(tmp_path, on, "SP1010") == []
    other = text.replace("{id: apply, name: 申请, kind: start,", "{id: apply, name: 申请, kind: start, platform: 公共资源交易平台,")
    assert lint_one(tmp_path, other, "SP1010") == [("SP1010", line_of(other, "    platform:"), 15)]
    assert lint_one(tmp_path, CLEAN, "SP1010") == []


def test_sp1002_last_speaker_in_the_standard_counts(tmp_path):
    text = COLLECTIVE.replace("note: 与会成员逐一发表意见，主要负责人末位表态", "standard: 主要负责人最后表态，会议纪要存档")
    assert lint_one(tmp_path, text, "SP1002") == []


def test_sp1004_without_a_single_start_the_list_order_is_the_flow_order(tmp_path):
    no_start = DECISION.replace("name: 起草方案, kind: start,", "name: 起草方案,")
    assert lint_one(tmp_path, no_start, "SP1004") == []
    legal = "      - {id: legal, name: 合法性审查, post: 政策法规处, note: 未经合法性审查的不得提交集体讨论, next: [{to: decide}]}\n"
    assert legal in no_start
    swapped = no_start.replace(legal, "").replace(
        "      - {id: publish,", "      - {id: legal, name: 合法性审查, post: 政策法规处}\n      - {id: publish,")
    assert lint_one(tmp_path, swapped, "SP1004") == [("SP1004", line_of(swapped, "id: legal"), col_of(swapped, "合法性审查"))]


def test_sp1001_to_sp1005_messages_in_english(tmp_path):
    from sixpowers.lint import LintOptions, run_lint
    from sixpowers.register import load_register

    (tmp_path / "d.yaml").write_text(MAJOR, encoding="utf-8")
    (tmp_path / "sixpowers.toml").write_text("", encoding="utf-8")
    findings = run_lint(load_register([tmp_path]), LintOptions(select=("SP1001", "SP1005"))).findings
    assert [f.code for f in findings] == ["SP1001", "SP1005"]
    assert findings[0].message == "“三重一大”事项（大额度资金使用）的流程中没有集体讨论决定环节"
    assert findings[1].message_en == ("'three majors' matter is decided by '分管负责人' alone at '决定', "
                                      "without collective discussion")
    assert findings[0].power == "140115001000"
