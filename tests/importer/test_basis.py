"""Basis cells into citations."""

from __future__ import annotations

import pytest

from sixpowers.importer.basis import guess_level, parse_basis


def test_several_citations_with_levels_versions_and_text() -> None:
    parsed = parse_basis("【法律】《中华人民共和国行政许可法》（2019年修正）第十二条第一款：下列事项可以设定行政许可……\n"
                         "【地方性法规】《山西省道路运输条例》第二十条之一 从事道路运输……")
    assert parsed.citations == [
        {"level": "法律", "title": "中华人民共和国行政许可法", "version": "2019年修正",
         "article": "第十二条第一款", "text": "下列事项可以设定行政许可……"},
        {"level": "地方性法规", "title": "山西省道路运输条例", "article": "第二十条之一",
         "text": "从事道路运输……"}]
    assert parsed.stray == [] and parsed.guessed == [] and parsed.unparsed is None


def test_numbered_citations_without_levels_are_guessed_and_reported() -> None:
    parsed = parse_basis("（1）《中华人民共和国公路法》第76条、第77条\n（2）《公路安全保护条例》第三十条")
    assert [(c["level"], c["title"], c["article"]) for c in parsed.citations] == [
        ("法律", "中华人民共和国公路法", "第76条、第77条"), ("行政法规", "公路安全保护条例", "第三十条")]
    assert [t for t, _ in parsed.guessed] == ["中华人民共和国公路法", "公路安全保护条例"]


def test_stray_quotes_and_leading_punctuation_are_dropped_and_reported() -> None:
    parsed = parse_basis("\"；《中华人民共和国安全生产法》第六十二条。\"")
    assert parsed.citations[0]["title"] == "中华人民共和国安全生产法"
    assert parsed.citations[0]["article"] == "第六十二条"
    assert "\"；" in parsed.stray


def test_normative_document_keeps_its_tag_and_number() -> None:
    parsed = parse_basis("【行政法规】《山西省人民政府关于深化改革的意见》(晋政发〔2017〕33号)")
    assert parsed.citations == [{"level": "行政法规", "title": "山西省人民政府关于深化改革的意见",
                                 "doc_number": "晋政发〔2017〕33号"}]


def test_unknown_level_is_guessed_from_the_title() -> None:
    parsed = parse_basis("【法规】《医疗机构管理条例》第九条")
    assert parsed.citations[0]["level"] == "行政法规"
    assert parsed.guessed == [("医疗机构管理条例", "法规→行政法规")]


def test_text_without_a_title_is_unparsed() -> None:
    parsed = parse_basis("依据有关规定")
    assert parsed.citations == [] and parsed.unparsed == "依据有关规定"


@pytest.mark.parametrize(("title", "doc", "level"), [
    ("中华人民共和国行政处罚法", None, "法律"), ("环境保护法", None, "法律"),
    ("山西省安全生产条例", None, "地方性法规"), ("城市道路管理条例", None, "行政法规"),
    ("太原市城市管理条例", None, "地方性法规"), ("建设工程质量管理条例", None, "行政法规"),
    ("国务院关于第六批取消和调整行政审批项目的决定", None, "国务院决定"),
    ("道路运输车辆动态监督管理办法", None, "部门规章"), ("山西省道路运输管理办法", None, "地方政府规章"),
    ("关于加强管理的通知", "晋交发〔2018〕5号", "规范性文件"),
])
def test_guess_level(title: str, doc: str | None, level: str) -> None:
    assert guess_level(title, doc) == level
