from __future__ import annotations

from pathlib import Path

from sixpowers.publish.context import build_site_context, index_rows
from sixpowers.publish.names import short_hash
from sixpowers.publish.page import build_power_page
from sixpowers.publish.strings import ui_strings
from sixpowers.register import load_register

DEMO = Path(__file__).parent / "demo"


def demo_context(lang: str = "zh"):
    return build_site_context(load_register([DEMO]), lang)


def test_entries_sorted_by_code_with_empty_codes_last():
    context = demo_context()
    assert [e.code for e in context.entries] == [
        "141001002000", "141002001000", "141006001000", "141006002000", "141015001000", ""]
    assert [e.id for e in context.entries] == list(range(6))
    last = context.entries[-1]
    assert last.title == "公路超限运输许可（县道）"
    seed = "示例县交通运输局\n\n公路超限运输许可（县道）"
    assert last.stem == f"item-{short_hash(seed)}"
    assert last.page == f"powers/item-{short_hash(seed)}.html"


def test_types_are_canonical_and_in_vocabulary_order():
    context = demo_context()
    assert context.entries[-1].type == "行政许可"  # written 行政审批
    assert context.types == ["行政许可", "行政处罚", "行政检查"]
    assert [(b.label, b.count) for b in context.by_type] == [
        ("行政许可", 3), ("行政检查", 2), ("行政处罚", 1)]
    assert context.by_type[0].share == 1.0 and context.by_type[2].share == 1 / 3


def test_departments_statuses_levels_and_register_info():
    context = demo_context()
    assert [(g.name, len(g.entries)) for g in context.departments] == [
        ("示例县市场监督管理局", 2), ("示例县交通运输局", 4)]
    assert context.departments[0].stem == "示例县市场监督管理局"
    assert context.statuses == ["保留", "下放"]
    assert context.levels == ["县级", "乡级"]
    assert (context.title, context.jurisdiction, context.version) == (
        "示例县权力清单", "示例县", "2024年版")


def test_index_rows_are_compact_facet_indices():
    rows = index_rows(demo_context())
    assert rows["departments"] == ["示例县市场监督管理局", "示例县交通运输局"]
    assert rows["rows"][1] == ["141002001000", "对未取得道路运输经营许可擅自从事经营的处罚",
                               1, 1, 0, 0b11, "141002001000"]
    assert rows["rows"][2][4] == 1  # 下放


def test_power_page_holds_every_filled_field():
    context = demo_context()
    entry = next(e for e in context.entries if e.code == "141015001000")
    page = build_power_page(entry, ui_strings("zh"))
    basic = {row.label: row.values for row in page.basic}
    assert basic["实施主体"] == ("示例县交通运输局",)
    assert basic["承办机构"] == ("运输管理股",)
    assert basic["收费依据和标准"] == ("不收费",)
    assert "子项名称" not in basic
    assert page.basis[0]["title"] == "中华人民共和国道路运输条例"
    assert page.basis[0]["text"].startswith("申请从事货运经营的")
    assert [d["stage"] for d in page.duties] == ["受理责任", "决定责任"]
    assert {r.label: r.values for r in page.time_limit} == {
        "法定办结时限": ("20 工作日",), "承诺办结时限": ("10 工作日",)}
    assert {r.label: r.values for r in page.supervision}["监督方式"] == ("纪检监察", "社会监督")
    assert page.accountability[0].values[1] == "索取或者收受他人财物或者谋取其他利益的"
    assert [s["name"] for s in page.steps][:3] == ["申请", "受理", "审查"]
    assert [(r.step, r.level) for r in page.risks] == [("受理", "中"), ("决定", "高")]


def test_english_labels():
    context = demo_context("en")
    entry = next(e for e in context.entries if e.code == "141006001000")
    page = build_power_page(entry, ui_strings("en"))
    assert {r.label: r.values for r in page.status} == {
        "Status": ("下放",), "Reason": ("属地管理",), "Transferred to": ("乡镇人民政府",)}
