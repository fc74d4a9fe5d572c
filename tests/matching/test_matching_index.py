"""The matcher: code first, then normalised name, then a fuzzy score inside type blocks."""

from __future__ import annotations

from sixpowers.matching.index import CatalogueIndex, make_entry, name_kind
from sixpowers.model import Department, Power


def power(name: str, type_: str = "行政处罚", code: str | None = None) -> Power:
    return Power(name=name, type=type_, subject="局", code=code)


DEPT = Department(name="山西省交通运输厅", code="15")
NAMES = [
    ("对未取得道路运输经营许可擅自从事道路旅客运输经营的处罚", "140215001000"),
    ("对未取得道路运输经营许可擅自从事道路货物运输经营的处罚", "140215002000"),
    ("对超限运输车辆擅自行驶公路的处罚", "140215003000"),
    ("道路货物运输经营许可", "140115004000"),
]


def index() -> CatalogueIndex:
    return CatalogueIndex([make_entry(power(n, "行政许可" if c[2:4] == "01" else "行政处罚", c),
                                      "行政许可" if c[2:4] == "01" else "行政处罚", DEPT, ref=i)
                           for i, (n, c) in enumerate(NAMES)])


def test_code_then_name():
    idx = index()
    by_code = idx.match(power("货运经营许可", "行政许可", "140115004000"), "行政许可")
    assert by_code and by_code.how == "code" and by_code.name_kind == "different"
    # A wrong code does not hide an exactly named item.
    named = idx.match(power("对超限运输车辆擅自行驶公路的处罚", code="140115004000"), "行政处罚")
    assert named and named.how == "name" and named.entry.ref == 2


def test_variant_near_and_ambiguous():
    idx = index()
    variant = idx.match(power("对超限运输车辆擅自行驶公路的行政处罚"), "行政处罚")
    assert variant and (variant.how, variant.name_kind, variant.entry.ref) == ("fuzzy", "variant", 2)
    near = idx.match(power("对超限运输车辆违规行驶公路的处罚"), "行政处罚")
    assert near is None  # two characters replaced in a short name: not close enough
    typo = idx.match(power("对超限运输车俩擅自行驶公路的处罚"), "行政处罚")
    assert typo and typo.name_kind == "near" and typo.entry.ref == 2
    # 客运 or 货运? Equally near to both: no guess.
    assert idx.match(power("对未取得道路运输经营许可擅自从事道路危险运输经营的处罚"), "行政处罚") is None


def test_blocks_keep_types_apart():
    idx = index()
    assert idx.match(power("对超限运输车辆擅自行驶公路的行政处罚"), "行政检查") is None


def test_name_kind():
    assert name_kind("道路运输经营许可", "道路运输经营许可") == "same"
    assert name_kind("道路运输经营许可", "道路运输经营行政许可") == "variant"
    assert name_kind("道路客运经营许可", "道路货运经营许可") == "different"
    assert name_kind("道路运输经营许可证核发", "道路运输经营许可") == "variant"
    # Added words that name another power are only near: never renamed by --fix.
    assert name_kind("道路危险货物运输经营许可", "道路货物运输经营许可") == "near"
    assert name_kind("港口经营许可事项", "港口经营许可") == "variant"
