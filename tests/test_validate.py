from __future__ import annotations

from conftest import MINIMAL_POWER

from sixpowers.register import load_register

HEAD = "department:\n  name: 示例局\npowers:\n"


def found(path):
    register = load_register([path])
    return [(f.code, f.location.line, f.location.column) for f in register.findings], register


def test_minimal_file_is_clean(write):
    result, register = found(write("d.yaml", HEAD + MINIMAL_POWER))
    assert result == []
    assert register.power_count() == 1


def test_missing_field_points_at_parent_mapping(write):
    result, register = found(write("d.yaml", HEAD + '  - code: "1"\n    type: 行政许可\n    subject: x\n'))
    assert result == [("SP101", 4, 5)]
    assert register.power_count() == 0


def test_one_broken_power_does_not_hide_the_others(write):
    text = HEAD + MINIMAL_POWER + '  - code: "2"\n    name: 乙\n    type: 行政许可\n' + MINIMAL_POWER
    result, register = found(write("d.yaml", text))
    assert result == [("SP101", 8, 5)]
    assert register.power_count() == 2


def test_unknown_field_points_at_key(write):
    result, _ = found(write("d.yaml", HEAD + MINIMAL_POWER + "    subjet: x\n"))
    assert result == [("SP102", 8, 5)]


def test_wrong_type_suggests_nearest(write):
    text = HEAD + MINIMAL_POWER.replace("行政许可", "行政许和")
    register = load_register([write("d.yaml", text)])
    (finding,) = register.findings
    assert (finding.code, finding.location.line, finding.location.column) == ("SP105", 6, 11)
    assert "行政许可" in (finding.hint or "")
    assert finding.message_en and "行政许和" in finding.message_en


def test_aliases_and_numeric_codes_are_accepted_types(write):
    text = HEAD + MINIMAL_POWER.replace("行政许可", "行政审批") + MINIMAL_POWER.replace("行政许可", "'02'")
    result, _ = found(write("d.yaml", text))
    assert result == []


def test_boolean_trap_and_number_trap(write):
    text = HEAD + MINIMAL_POWER.replace('"140115001000"', "0140115001000") + "    fee: no\n"
    result, register = found(write("d.yaml", text))
    assert result == [("SP107", 4, 11), ("SP106", 8, 10)]
    assert "引号" in (register.findings[0].hint or "")


def test_literal_error_lists_choices(write):
    text = HEAD + MINIMAL_POWER + "    levels: [省]\n"
    register = load_register([write("d.yaml", text)])
    (finding,) = register.findings
    assert finding.code == "SP104" and "省级" in finding.message
    assert (finding.location.line, finding.location.column) == (8, 14)


def test_top_level_list_and_empty_file(write):
    result, _ = found(write("a.yaml", "- 1\n- 2\n"))
    assert result == [("SP110", 1, 1)]
    result, _ = found(write("b.yaml", ""))
    assert [r[0] for r in result] == ["SP004"]


def test_every_finding_has_both_languages(write):
    text = HEAD + MINIMAL_POWER.replace("行政许可", "行政许和") + "    subjet: x\n    fee: no\n    levels: [x]\n"
    register = load_register([write("d.yaml", text)])
    assert len(register.findings) == 4
    for finding in register.findings:
        assert finding.message and finding.message_en
        assert finding.message != finding.message_en
