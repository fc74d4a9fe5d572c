from __future__ import annotations

from ruletest import CLEAN, lint_files, lint_one

from sixpowers.rules.codes import credit_code_problem


def test_sp501_check_typed_as_compulsion(tmp_path):
    text = CLEAN.replace("name: 道路货物运输经营许可\n    type: 行政许可",
                         "name: 对道路运输经营者的监督检查\n    type: 行政强制")
    assert lint_one(tmp_path, text, "SP501") == [("SP501", 8, 11)]
    assert lint_one(tmp_path, CLEAN, "SP501") == []


def test_sp501_penalty_typed_as_licence_and_party_registers_exempt(tmp_path):
    text = CLEAN.replace("name: 道路货物运输经营许可", "name: 对超限运输的处罚")
    assert lint_one(tmp_path, text, "SP501") == [("SP501", 8, 11)]
    assert lint_one(tmp_path, text, "SP501", toml='[register]\nkind = "party"\n') == []


def test_sp502_type_alias(tmp_path):
    text = CLEAN.replace("type: 行政许可", "type: 行政审批")
    assert lint_one(tmp_path, text, "SP502") == [("SP502", 8, 11)]
    assert lint_one(tmp_path, CLEAN, "SP502") == []


def test_sp503_malformed_code_and_short_body_code(tmp_path):
    text = CLEAN.replace('"140115001000"', '"1401150010"')
    assert lint_one(tmp_path, text, "SP503") == [("SP503", 6, 11)]
    nine = CLEAN.replace('"140115001000"', '"140115001000140000000000MA0KX1234"')
    assert lint_one(tmp_path, nine, "SP503") == [("SP503", 6, 11)]
    assert lint_one(tmp_path, CLEAN, "SP503") == []


def test_sp504_type_digits_and_99(tmp_path):
    text = CLEAN.replace('"140115001000"', '"140215001000"')
    assert lint_one(tmp_path, text, "SP504") == [("SP504", 6, 11)]
    ninety_nine = CLEAN.replace('"140115001000"', '"149915001000"')
    assert lint_one(tmp_path, ninety_nine, "SP504") == [("SP504", 6, 11)]
    assert lint_one(tmp_path, CLEAN, "SP504") == []


def test_sp505_duplicate_code_across_files(tmp_path):
    other = CLEAN.replace("name: 示例局", "name: 另一局").replace("道路货物运输经营许可", "道路旅客运输经营许可")
    result = lint_files(tmp_path, {"a.yaml": CLEAN, "b.yaml": other}, select=("SP505",))
    assert result == [("SP505", 6, 11)]
    (tmp_path / "solo").mkdir()
    assert lint_one(tmp_path / "solo", CLEAN, "SP505") == []


def test_sp506_credit_code_check_character():
    assert credit_code_problem("91350100M000100Y43") is None
    assert credit_code_problem("91350100M000100Y44") is not None
    assert credit_code_problem("91350100M000100Y4") is not None
    assert credit_code_problem("91350100M000100I43") is not None


def test_sp506_credit_code_in_department_and_implementation_code(tmp_path):
    text = CLEAN.replace('  code: "15"\n', '  code: "15"\n  credit_code: "91350100M000100Y44"\n')
    assert lint_one(tmp_path, text, "SP506") == [("SP506", 4, 16)]
    impl = CLEAN.replace('"140115001000"', '"14011500100014000000000091350100M000100Y44"')
    assert lint_one(tmp_path, impl, "SP506") == [("SP506", 6, 11)]
    good = CLEAN.replace('"140115001000"', '"14011500100014000000000091350100M000100Y43"')
    assert lint_one(tmp_path, good, "SP506") == []


def test_sp507_missing_code_is_opt_in(tmp_path):
    text = CLEAN.replace('  - code: "140115001000"\n    name:', "  - name:")
    assert lint_files(tmp_path, {"d.yaml": text}) == []
    assert lint_one(tmp_path, text, "SP507") == [("SP507", 6, 5)]
    assert lint_files(tmp_path, {"d.yaml": text}, select=("SP5",)) == []
