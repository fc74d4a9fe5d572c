"""Free-text cells of published lists into model values."""

from __future__ import annotations

import pytest

from sixpowers.importer.columns import SYNONYMS, field_for
from sixpowers.importer.values import (
    chinese_number,
    parse_duties,
    parse_levels,
    parse_scope,
    parse_status,
    parse_time_limit,
    split_items,
)

DOMAIN_COLUMNS = {
    "code": "事项编码, 职权编码, 事项代码, 权力编码, 实施编码",
    "name": "事项名称, 职权名称, 权力名称, 项目名称, 主项名称",
    "sub_name": "子项名称, 子项",
    "type": "事项类型, 职权类型, 职权类别, 权力类型, 权力分类",
    "basis": "设定依据, 实施依据, 依据, 职权依据, 权力依据, 法定依据, 法律依据",
    "subject": "实施主体, 行使主体, 法定主体, 责任主体, 实施机关",
    "undertaker": "承办机构, 责任科室, 承办科室",
    "levels": "行使层级, 实施层级",
    "duties": "责任事项",
    "duty_basis": "责任事项依据",
    "accountability": "追责情形, 问责情形",
    "accountability_basis": "追责依据",
    "supervision.methods": "监督方式",
    "supervision.phone": "监督电话",
    "supervision.complaint": "投诉电话",
    "time_limit.statutory": "法定办结时限",
    "time_limit.committed": "承诺办结时限",
    "fee": "收费依据和标准",
    "status": "处理意见, 调整意见, 部门梳理意见及理由",
    "disclosure.scope": "公开范围",
    "disclosure.timing": "公开时间",
    "note": "备注",
}


@pytest.mark.parametrize("target", sorted(DOMAIN_COLUMNS))
def test_every_domain_column_name_is_recognised(target: str) -> None:
    for name in DOMAIN_COLUMNS[target].split(", "):
        assert field_for(name) == target, name
        assert field_for(f" {name[:1]}\n{name[1:]}* ") == target  # wrapped, marked required


def test_synonyms_are_unique() -> None:
    names = [n for group in SYNONYMS.values() for n in group]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("text", "number"), [("二十", 20), ("十五", 15), ("一百零五", 105),
                                              ("45", 45), ("两", 2)])
def test_chinese_numbers(text: str, number: int) -> None:
    assert chinese_number(text) == number


@pytest.mark.parametrize(("text", "which", "limit"), [
    ("20个工作日", None, {"statutory": 20}),
    ("法定20日，承诺10日", None, {"statutory": 20, "committed": 10}),
    ("法定时限：二十个工作日；承诺时限：五个工作日", None, {"statutory": 20, "committed": 5}),
    ("15个自然日", "committed", {"unit": "自然日", "committed": 15}),
    ("即办件", "committed", {"committed": 0}),
    ("无", None, {}),
    ("视情况而定", None, None),
])
def test_time_limits(text: str, which: str | None, limit: dict | None) -> None:
    assert parse_time_limit(text, which) == limit


def test_duties_per_stage_with_other_labels() -> None:
    duties = parse_duties("1.立案责任：发现违法行为及时立案。2.调查责任:两名执法人员调查取证。\n"
                          "3.决定责任：作出处罚决定。4.执行责任：督促履行。5.其他责任：法律法规规定的其他责任。")
    assert duties == [
        {"stage": "其他责任", "content": "立案责任：发现违法行为及时立案。"},
        {"stage": "其他责任", "content": "调查责任：两名执法人员调查取证。"},
        {"stage": "决定责任", "content": "作出处罚决定。"},
        {"stage": "执行责任", "content": "督促履行。"},
        {"stage": "其他责任", "content": "法律法规规定的其他责任。"}]
    assert parse_duties("按规定办理") is None


@pytest.mark.parametrize(("text", "items"), [
    ("1.不予受理的；2.索取财物的。", ["不予受理的", "索取财物的。"]),
    ("①甲②乙", ["甲", "乙"]),
    ("一、甲\n二、乙", ["甲", "乙"]),
    ("甲；乙；", ["甲", "乙"]),
    ("/", []),
])
def test_split_items(text: str, items: list[str]) -> None:
    assert split_items(text) == items


def test_levels_status_scope() -> None:
    assert parse_levels("省级、市级、县级") == ["省级", "市级", "县级"]
    assert parse_levels("乡镇") == ["乡级"] and parse_levels("中央") is None
    assert parse_status("取消（已由法律废止）") == {"value": "取消", "reason": "已由法律废止"}
    assert parse_status("建议保留") == {"value": "保留", "reason": "建议保留"}
    assert parse_status("待定") is None
    assert parse_scope("不公开（涉密）") == "不公开" and parse_scope("党内公开") == "党内公开"
