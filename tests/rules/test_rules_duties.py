from __future__ import annotations

from ruletest import CLEAN, col_of, line_of, lint_one

DUTIES = """\
      - {stage: 受理责任, content: 一次性告知补正材料}
      - {stage: 审查责任, content: 审查申请材料}
      - {stage: 决定责任, content: 作出准予或不予许可的决定}
      - {stage: 送达责任, content: 送达许可证件}
      - {stage: 事后监管责任, content: 监督检查被许可人}
"""


def test_sp401_missing_duties(tmp_path):
    text = CLEAN.replace("    duties:\n" + DUTIES, "    duties: []\n")
    assert lint_one(tmp_path, text, "SP401") == [("SP401", line_of(text, "duties: []"), 13)]
    assert lint_one(tmp_path, CLEAN, "SP401") == []


def test_sp402_missing_duty_stage(tmp_path):
    text = CLEAN.replace("      - {stage: 送达责任, content: 送达许可证件}\n", "")
    assert lint_one(tmp_path, text, "SP402") == [("SP402", line_of(text, "受理责任"), 7)]
    assert lint_one(tmp_path, CLEAN, "SP402") == []


def test_sp403_missing_accountability(tmp_path):
    text = CLEAN.replace("    accountability:\n      - 对符合法定条件的申请不予受理的\n", "")
    assert lint_one(tmp_path, text, "SP403") == [("SP403", 6, 5)]
    assert lint_one(tmp_path, CLEAN, "SP403") == []


def test_sp404_missing_supervision_method(tmp_path):
    text = CLEAN.replace("methods: [纪检监察, 社会监督]", "methods: []")
    assert lint_one(tmp_path, text, "SP404") == [("SP404", line_of(text, "methods: []"), 7)]
    assert lint_one(tmp_path, CLEAN, "SP404") == []


def test_sp404_department_phone_is_a_complaint_channel(tmp_path):
    text = CLEAN.replace('      complaint: "12345"\n', "")
    assert lint_one(tmp_path, text, "SP404") == []
    no_phone = text.replace('  phone: "0351-1234567"\n', "")
    assert lint_one(tmp_path, no_phone, "SP404") == [("SP404", line_of(no_phone, "methods:"), 7)]


def test_sp405_risk_on_unknown_step(tmp_path):
    text = CLEAN.replace("      - step: decide", "      - step: approve")
    assert lint_one(tmp_path, text, "SP405") == [("SP405", line_of(text, "step: approve"), 15)]
    assert lint_one(tmp_path, CLEAN, "SP405") == []


def test_sp406_high_risk_needs_two_measures_and_a_post(tmp_path):
    text = CLEAN.replace("measures: [审查与决定岗位分离, 纪检部门定期抽查]", "measures: [加强教育]")
    assert lint_one(tmp_path, text, "SP406") == [("SP406", line_of(text, "step: decide"), 9)]
    no_post = CLEAN.replace("        post: 分管负责人\n", "")
    assert lint_one(tmp_path, no_post, "SP406") == [("SP406", line_of(no_post, "step: decide"), 9)]
    medium = text.replace("level: 高", "level: 中")
    assert lint_one(tmp_path, medium, "SP406") == []


def test_sp407_no_risk_point(tmp_path):
    text = CLEAN[:CLEAN.index("    risks:")] + "    risks: []\n"
    assert lint_one(tmp_path, text, "SP407") == [("SP407", line_of(text, "risks: []"), 12)]
    assert lint_one(tmp_path, CLEAN, "SP407") == []


def test_sp408_disclosure_narrowed_without_reason(tmp_path):
    text = CLEAN + "    disclosure: {scope: 机关内部公开}\n"
    assert lint_one(tmp_path, text, "SP408") == [("SP408", line_of(text, "disclosure"), col_of(text, "机关"))]
    reasoned = CLEAN + "    disclosure: {scope: 机关内部公开, reason: 涉及国家秘密}\n"
    assert lint_one(tmp_path, reasoned, "SP408") == []


def test_sp408_party_registers_disclose_within_the_party(tmp_path):
    party = '[register]\nkind = "party"\n'
    text = CLEAN + "    disclosure: {scope: 党内公开}\n"
    assert lint_one(tmp_path, text, "SP408", toml=party) == []
    narrower = CLEAN + "    disclosure: {scope: 单位内部公开}\n"
    assert lint_one(tmp_path, narrower, "SP408", toml=party) == [
        ("SP408", line_of(narrower, "disclosure"), col_of(narrower, "单位"))]
