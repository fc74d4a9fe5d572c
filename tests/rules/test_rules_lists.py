"""SP1003-SP1006: the responsibility list (职责边界) and the negative list (负面清单)."""

from __future__ import annotations

from ruletest import CLEAN, col_of, line_of, lint_files, lint_one

HALL = """\
department:
  name: 山西省交通运输厅
responsibilities:
  shared:
    - name: 公路货车违法超限超载治理
      with_departments: [山西省公安厅, 山西省公路局]
      lead: 山西省交通运输厅
"""
BUREAU = """\
department:
  name: 山西省公路局
responsibilities:
  shared:
    - name: 公路货车违法超限超载治理
      with_departments: [山西省交通运输厅, 山西省公安厅]
      lead: 山西省交通运输厅
"""


def _two(tmp_path, hall: str, bureau: str, code: str):
    return lint_files(tmp_path, {"a.yaml": hall, "b.yaml": bureau}, select=(code,))


def test_sp1006_shared_duty_missing_on_the_other_side(tmp_path):
    other = BUREAU.replace("公路货车违法超限超载治理", "公路养护工程质量监督")
    # Each side names the other for a duty the other does not list: one finding on each side.
    assert _two(tmp_path, HALL, other, "SP1003") == [
        ("SP1003", 6, col_of(HALL, "山西省公路局")), ("SP1003", 6, col_of(other, "山西省交通运输厅"))]
    alone = other.replace("[山西省交通运输厅, 山西省公安厅]", "[山西省公安厅]")
    assert _two(tmp_path, HALL, alone, "SP1003") == [("SP1003", 6, col_of(HALL, "山西省公路局"))]
    assert _two(tmp_path, HALL, BUREAU, "SP1003") == []


def test_sp1006_counterpart_does_not_name_the_department(tmp_path):
    other = BUREAU.replace("[山西省交通运输厅, 山西省公安厅]", "[山西省公安厅]")
    assert _two(tmp_path, HALL, other, "SP1003") == [("SP1003", 6, 25)]


def test_sp1006_department_outside_the_register_is_not_asked(tmp_path):
    # 山西省公安厅 has no file here: nothing to compare with.
    assert lint_files(tmp_path, {"a.yaml": HALL}, select=("SP1003",)) == []


def test_sp1006_names_match_ignoring_spaces_and_punctuation(tmp_path):
    spaced = BUREAU.replace("公路货车违法超限超载治理", "公路货车违法超限、超载治理")
    assert _two(tmp_path, HALL, spaced, "SP1003") == []


def test_sp1007_different_leads(tmp_path):
    other = BUREAU.replace("lead: 山西省交通运输厅", "lead: 山西省公安厅")
    assert _two(tmp_path, HALL, other, "SP1004") == [("SP1004", 7, 13)]
    assert _two(tmp_path, HALL, BUREAU, "SP1004") == []


def test_sp1007_both_claim_to_lead(tmp_path):
    from sixpowers.lint import LintOptions, run_lint
    from sixpowers.register import load_register

    other = BUREAU.replace("lead: 山西省交通运输厅", "lead: 山西省公路局")
    assert _two(tmp_path, HALL, other, "SP1004") == [("SP1004", 7, 13)]
    (finding,) = run_lint(load_register([tmp_path]), LintOptions(select=("SP1004",))).findings
    assert "两个部门都称由自己牵头" in finding.message
    assert finding.location.file.endswith("b.yaml")


def test_sp1007_lead_outside_the_parties(tmp_path):
    text = HALL.replace("lead: 山西省交通运输厅", "lead: 山西省财政厅")
    assert lint_files(tmp_path, {"a.yaml": text}, select=("SP1004",)) == [("SP1004", 7, 13)]
    assert lint_files(tmp_path, {"a.yaml": HALL}, select=("SP1004",)) == []


NEGATIVE = """\
negative_list:
  - id: FM-01
    act: 指定停车场或者收取停车费、保管费
    scope: 全体人员
    basis: [《中华人民共和国行政强制法》第二十六条]
"""


def test_sp1008_prohibition_without_basis(tmp_path):
    text = CLEAN + NEGATIVE.replace("    basis: [《中华人民共和国行政强制法》第二十六条]\n", "")
    assert lint_one(tmp_path, text, "SP1005") == [("SP1005", line_of(text, "- id: FM-01"), 5)]
    empty = CLEAN + NEGATIVE.replace("[《中华人民共和国行政强制法》第二十六条]", "[]")
    assert lint_one(tmp_path, empty, "SP1005") == [("SP1005", line_of(empty, "basis: []"), 12)]
    assert lint_one(tmp_path, CLEAN + NEGATIVE, "SP1005") == []


def test_sp1009_prohibition_that_a_step_requires(tmp_path):
    text = CLEAN.replace("{id: deliver, name: 送达,", "{id: deliver, name: 收取保管费后送达,") + NEGATIVE
    line = line_of(text, "act: 指定停车场")
    assert lint_one(tmp_path, text, "SP1006") == [("SP1006", line, 10)]
    assert lint_one(tmp_path, CLEAN + NEGATIVE, "SP1006") == []


def test_sp1009_duty_content_and_the_verb_list_form(tmp_path):
    text = CLEAN.replace("content: 送达许可证件", "content: 送达许可证件，伪造档案材料备查") + \
        NEGATIVE.replace("指定停车场或者收取停车费、保管费", "涂改、伪造档案材料")
    assert lint_one(tmp_path, text, "SP1006") == [("SP1006", line_of(text, "act: 涂改"), 10)]


def test_sp1009_negated_or_enforcing_text_is_not_a_requirement(tmp_path):
    negated = CLEAN.replace("{id: deliver, name: 送达,", "{id: deliver, name: 送达（不得收取保管费）,") + NEGATIVE
    assert lint_one(tmp_path, negated, "SP1006") == []
    enforcing = CLEAN.replace("content: 监督检查被许可人", "content: 查处违规收取停车费的行为") + NEGATIVE
    assert lint_one(tmp_path, enforcing, "SP1006") == []
    # A qualified prohibition (违规…) does not match the plain act a power performs.
    qualified = CLEAN.replace("{id: deliver, name: 送达,", "{id: deliver, name: 收取保管费后送达,") + \
        NEGATIVE.replace("指定停车场或者收取停车费、保管费", "违规收取保管费")
    assert lint_one(tmp_path, qualified, "SP1006") == []


def test_sp1009_only_powers_of_the_same_department(tmp_path):
    other = CLEAN.replace("{id: deliver, name: 送达,", "{id: deliver, name: 收取保管费后送达,")
    mine = "department:\n  name: 另一局\n" + NEGATIVE
    assert lint_files(tmp_path, {"a.yaml": other, "b.yaml": mine}, select=("SP1006",)) == []


def test_phrases_split_clauses_and_expand_lists():
    from sixpowers.rules.prohibition_contradicts_power import phrases

    assert phrases("指定停车场或者收取停车费、保管费") == ["指定停车场", "收取停车费", "收取保管费"]
    assert phrases("涂改、伪造干部人事档案材料") == ["涂改干部人事档案材料", "伪造干部人事档案材料"]
    assert phrases("泄露，吃请") == []


def test_the_transport_example_shares_its_overload_duty_both_ways(tmp_path):
    """The bundled example is clean under SP1003/SP1004 because both files record the duty;
    break one side and the other side's record is reported where it names the department."""
    import shutil

    from conftest import EXAMPLES

    from sixpowers.lint import LintOptions, run_lint
    from sixpowers.register import load_register

    copy = tmp_path / "transport"
    shutil.copytree(EXAMPLES / "shanxi-transport", copy)
    select = LintOptions(select=("SP1003", "SP1004"))

    def found() -> list[tuple[str, str, int | None, int | None]]:
        report = run_lint(load_register([copy]), select)
        return [(f.code, f.location.file.rsplit("/", 1)[-1], f.location.line, f.location.column)
                for f in report.findings]

    assert found() == []
    bureau = copy / "公路局.yaml"
    text = bureau.read_text(encoding="utf-8")
    bureau.write_text(text.replace("      lead: 山西省交通运输厅", "      lead: 山西省公路局"), encoding="utf-8")
    assert found() == [("SP1004", "公路局.yaml", line_of(text, "lead: 山西省交通运输厅"), 13)]
    bureau.write_text(text.replace("公路货车违法超限超载治理", "公路超限治理"), encoding="utf-8")
    hall = (copy / "交通运输厅.yaml").read_text(encoding="utf-8")
    line = line_of(hall, "        - 山西省公路局")
    assert found() == [("SP1003", "交通运输厅.yaml", line, 11),
                       ("SP1003", "公路局.yaml", line_of(text, "        - 山西省交通运输厅"), 11)]


def test_required_skips_negated_and_enforcing_clauses():
    from sixpowers.rules.prohibition_contradicts_power import required

    assert required("送达后收取保管费", "收取保管费")
    assert not required("送达，不得收取保管费", "收取保管费")
    assert not required("查处违规收取保管费的行为", "收取保管费")
    # Only the clause before the phrase counts: an earlier clause's 不 does not negate it.
    assert required("不予受理的，退回材料；收取保管费", "收取保管费")
    assert not required(None, "收取保管费")


def test_sp10xx_codes_follow_select_and_ignore_unlike_schema_findings(tmp_path):
    text = HALL.replace("lead: 山西省交通运输厅", "lead: 山西省财政厅")
    assert lint_files(tmp_path, {"a.yaml": text}, select=("SP3",)) == []
    assert lint_files(tmp_path, {"a.yaml": text}, select=("SP10",)) == [("SP1004", 7, 13)]
    assert lint_files(tmp_path, {"a.yaml": text}, select=("SP",), ignore=("SP1004",)) == []


def test_a_suppression_of_an_unknown_sp10xx_code_is_reported(tmp_path):
    text = HALL.replace("      lead: 山西省交通运输厅", "      lead: 山西省财政厅  # sixpowers: ignore[SP1099] 理由：试点")
    found = lint_files(tmp_path, {"a.yaml": text})
    assert ("SP903", 7, col_of(text, "# sixpowers")) in found and ("SP1004", 7, 13) in found
    known = HALL.replace("      lead: 山西省交通运输厅", "      lead: 山西省财政厅  # sixpowers: ignore[SP1004] 理由：试点")
    assert lint_files(tmp_path, {"a.yaml": known}, select=("SP1004", "SP9")) == []
