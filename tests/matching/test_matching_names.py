"""Name normalisation and department kinds."""

from __future__ import annotations

import pytest

from sixpowers.matching.names import department_key, normalise_name
from sixpowers.model import Department


@pytest.mark.parametrize(("raw", "normal"), [
    ("对未取得道路运输经营许可擅自从事道路运输经营的处罚", "未取得道路运输经营许可擅自从事道路运输经营处罚"),
    ("县级道路货物运输经营许可（主项）", "道路货物运输经营许可"),
    ("市级 道路货物运输经营许可", "道路货物运输经营许可"),
    ("道路运输站（场）经营许可", "道路运输站场经营许可"),
    ("ＡＢＣ许可 (子项)", "abc许可"),
    ("市场主体登记", "市场主体登记"),
    ("市政设施建设类审批", "市政设施建设类审批"),
    ("对县级以下的检查", "以下检查"),
])
def test_normalise_name(raw, normal):
    assert normalise_name(raw) == normal


def test_sub_item_joins_the_name():
    assert normalise_name("涉路施工许可", "子项：占用、挖掘公路审批") == "涉路施工许可占用挖掘公路审批"


@pytest.mark.parametrize(("name", "key"), [
    ("山西省交通运输厅", "交通运输"),
    ("平遥县交通运输局", "交通运输"),
    ("山西省晋中市平遥县市场监督管理局", "市场监督管理"),
    ("中共平遥县委组织部", "组织"),
    ("山西省公路局", "公路"),
])
def test_department_key(name, key):
    assert department_key(Department(name=name)) == key
