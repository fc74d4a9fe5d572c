from __future__ import annotations

from ruletest import CLEAN, col_of, line_of, lint_one

BASIS = """\
      - level: 行政法规
        title: 中华人民共和国道路运输条例
        article: 第二十四条
        version: 2023年修订
"""


def with_basis(text: str) -> str:
    return CLEAN.replace(BASIS, text)


def test_sp201_missing_basis_points_at_the_power(tmp_path):
    text = CLEAN.replace("    basis:\n" + BASIS, "")
    assert lint_one(tmp_path, text, "SP201") == [("SP201", 6, 5)]
    assert lint_one(tmp_path, CLEAN, "SP201") == []


def test_sp201_skips_cancelled_powers(tmp_path):
    text = CLEAN.replace("    basis:\n" + BASIS, "    status: {value: 取消, reason: 已由法律取消}\n")
    assert lint_one(tmp_path, text, "SP201") == []


def test_sp202_title_with_level_and_bad_article(tmp_path):
    text = with_basis("      - level: 法律\n        title: 【法律】《中华人民共和国公路法》第七十六条\n"
                      "        article: 二十四\n")
    assert lint_one(tmp_path, text, "SP202") == [("SP202", 11, 16), ("SP202", 12, 18)]


def test_sp202_accepts_compound_articles(tmp_path):
    text = with_basis("      - level: 法律\n        title: 中华人民共和国公路法\n"
                      "        article: 第七十六条第一款、第七十七条\n")
    assert lint_one(tmp_path, text, "SP202") == []


def test_sp203_citation_without_article(tmp_path):
    text = with_basis("      - level: 行政法规\n        title: 中华人民共和国道路运输条例\n")
    assert lint_one(tmp_path, text, "SP203") == [("SP203", 10, 9)]
    normative = with_basis("      - level: 规范性文件\n        title: 关于某事的通知\n")
    assert lint_one(tmp_path, normative, "SP203") == []


def test_sp204_punctuation(tmp_path):
    text = with_basis(BASIS.replace("title: 中华人民共和国道路运输条例", "title: 《中华人民共和国道路运输条例》")
                      + "      - {level: 规范性文件, title: 关于某事的通知(试行), doc_number: '晋政发[2017]33号'}\n")
    line = line_of(text, "晋政发")
    assert lint_one(tmp_path, text, "SP204") == [
        ("SP204", 11, 16), ("SP204", line, col_of(text, "关于某事")), ("SP204", line, col_of(text, "'晋政发"))]


def test_sp204_keeps_joint_issuer_spaces_and_inner_marks(tmp_path):
    text = with_basis(BASIS + "      - {level: 规范性文件, title: 交通运输部 财政部关于印发《某办法》的通知}\n")
    assert lint_one(tmp_path, text, "SP204") == []


def test_sp205_short_title(tmp_path):
    text = with_basis(BASIS.replace("中华人民共和国道路运输条例", "道路运输条例"))
    assert lint_one(tmp_path, text, "SP205") == [("SP205", 11, 16)]
    assert lint_one(tmp_path, CLEAN, "SP205") == []


def test_sp206_normative_document_tagged_regulation(tmp_path):
    text = with_basis(BASIS + "      - {level: 行政法规, title: 山西省人民政府关于取消一批审批项目的通知, doc_number: 晋政发〔2017〕33号}\n")
    line = line_of(text, "晋政发")
    assert lint_one(tmp_path, text, "SP206") == [("SP206", line, col_of(text, "行政法规", 2))]


def test_sp206_state_council_decision_is_not_mislabelled(tmp_path):
    text = with_basis(BASIS + "      - {level: 行政法规, title: 国务院关于第六批取消和调整行政审批项目的决定, doc_number: 国发〔2012〕52号}\n")
    assert lint_one(tmp_path, text, "SP206") == []


def test_sp207_departmental_rule_cannot_create_a_licence(tmp_path):
    text = with_basis("      - {level: 部门规章, title: 道路货物运输及站场管理规定, article: 第六条}\n")
    assert lint_one(tmp_path, text, "SP207") == [("SP207", 10, 17)]
    local = text.replace("部门规章", "地方性法规")
    assert lint_one(tmp_path, local, "SP207") == []


def test_sp207_state_council_decision_tagged_normative_may_create_a_licence(tmp_path):
    text = with_basis("      - {level: 规范性文件, title: 国务院对确需保留的行政审批项目设定行政许可的决定, article: 附件第112项}\n")
    assert lint_one(tmp_path, text, "SP207") == []


def test_sp207_detention_needs_a_law(tmp_path):
    text = with_basis("      - {level: 行政法规, title: 某某条例, article: 第十条}\n").replace(
        "name: 道路货物运输经营许可\n    type: 行政许可", "name: 对某违法行为的行政拘留\n    type: 行政处罚")
    assert lint_one(tmp_path, text, "SP207") == [("SP207", 10, 17)]
    fine = text.replace("行政拘留", "罚款").replace("行政法规", "部门规章")
    assert lint_one(tmp_path, fine, "SP207") == []


def test_sp207_does_not_apply_to_party_registers(tmp_path):
    text = with_basis("      - {level: 部门规章, title: 道路货物运输及站场管理规定, article: 第六条}\n")
    assert lint_one(tmp_path, text, "SP207", toml='[register]\nkind = "party"\n') == []


def test_sp208_provincial_rule_licence_is_temporary(tmp_path):
    text = with_basis("      - {level: 地方政府规章, title: 山西省某某管理办法, article: 第八条}\n")
    assert lint_one(tmp_path, text, "SP208") == [("SP208", 10, 17)]
    assert lint_one(tmp_path, CLEAN, "SP208") == []


def test_sp209_repealed_law(tmp_path):
    text = with_basis("      - {level: 行政法规, title: 城市房屋拆迁管理条例, article: 第六条}\n")
    assert lint_one(tmp_path, text, "SP209") == [("SP209", 10, col_of(text, "城市"))]
    assert lint_one(tmp_path, CLEAN, "SP209") == []


def test_sp210_superseded_version(tmp_path):
    text = with_basis(BASIS.replace("2023年修订", "2019年修订"))
    assert lint_one(tmp_path, text, "SP210") == [("SP210", 13, 18)]
    assert lint_one(tmp_path, CLEAN, "SP210") == []


def test_register_laws_file_extends_the_builtin_one(tmp_path):
    (tmp_path / "laws.yaml").write_text(
        "- {title: 山西省道路运输条例, short: [晋道路运输条例], level: 地方性法规, status: 已废止}\n",
        encoding="utf-8")
    text = with_basis("      - {level: 地方性法规, title: 山西省道路运输条例, article: 第十条}\n")
    assert lint_one(tmp_path, text, "SP209", toml='[lint]\nlaws = "laws.yaml"\n') == [("SP209", 10, col_of(text, "山西省道路"))]


def test_sp207_city_government_rule_cannot_create_a_licence(tmp_path):
    city = with_basis("      - {level: 地方政府规章, title: 太原市城市道路管理办法, article: 第八条}\n")
    assert lint_one(tmp_path, city, "SP207") == [("SP207", 10, 17)]
    province = city.replace("太原市", "山西省")
    assert lint_one(tmp_path, province, "SP207") == []
    municipality = city.replace("太原市", "北京市")
    assert lint_one(tmp_path, municipality, "SP207") == []
