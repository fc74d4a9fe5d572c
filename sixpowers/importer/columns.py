"""Column names of published lists (DOMAIN.md §2 and more) and finding the header rows.

A field name in this module is where a column's content goes: a model field (`code`,
`basis`, ...), a sub-field (`time_limit.statutory`), or one of the importer's own targets:
`department` (groups rows into departments), `index` (序号, not imported) and `duty_basis`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .grid import Grid

SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("事项编码", "职权编码", "事项代码", "权力编码", "实施编码", "权力事项编码", "基本编码", "事项编号",
             "编码", "职权代码", "权力代码"),
    "name": ("事项名称", "职权名称", "权力名称", "项目名称", "主项名称", "主项", "权力事项名称", "项目",
             "权力事项", "职权事项", "名称"),
    "sub_name": ("子项名称", "子项", "子项事项名称"),
    "type": ("事项类型", "职权类型", "职权类别", "权力类型", "权力分类", "权力类别", "事项类别",
             "类型", "类别"),
    "basis": ("设定依据", "实施依据", "依据", "职权依据", "权力依据", "法定依据", "法律依据",
              "设定和实施依据", "设立依据", "法律法规依据"),
    "subject": ("实施主体", "行使主体", "法定主体", "责任主体", "实施机关", "实施单位", "行权主体"),
    "undertaker": ("承办机构", "责任科室", "承办科室", "承办处室", "内设机构", "责任股室",
                   "承办股室", "具体承办机构"),
    "levels": ("行使层级", "实施层级", "层级", "行使层级（省市县）"),
    "duties": ("责任事项", "责任事项内容", "责任内容"),
    "duty_basis": ("责任事项依据",),
    "accountability": ("追责情形", "问责情形", "追责事项", "责任追究情形"),
    "accountability_basis": ("追责依据", "问责依据", "责任追究依据"),
    "supervision.methods": ("监督方式", "监督措施"),
    "supervision.phone": ("监督电话", "监督举报电话"),
    "supervision.complaint": ("投诉电话", "投诉举报电话", "投诉渠道"),
    "time_limit": ("办结时限", "办理时限", "时限"),
    "time_limit.statutory": ("法定办结时限", "法定时限", "法定期限"),
    "time_limit.committed": ("承诺办结时限", "承诺时限", "承诺期限"),
    "fee": ("收费依据和标准", "收费依据及标准", "收费标准", "收费依据", "是否收费"),
    "status": ("处理意见", "调整意见", "部门梳理意见及理由", "清理意见", "处理结果", "梳理意见",
               "审核意见", "调整情况"),
    "disclosure.scope": ("公开范围",),
    "disclosure.timing": ("公开时间", "公开时限"),
    "note": ("备注", "说明"),
    "department": ("部门", "部门名称", "单位", "单位名称", "所属部门", "实施部门", "部门（单位）"),
    "index": ("序号", "编号", "顺序号", "序"),
}
FIELDS = frozenset(SYNONYMS)
_LOOKUP = {name: field for field, names in SYNONYMS.items() for name in names}


def normalise_header(text: str) -> str:
    """A header without spaces, line breaks, asterisks (必填 marks) and bracketed notes."""
    value = re.sub(r"\s+", "", text)
    value = value.strip("*＊※")
    return value


def field_for(header: str) -> str | None:
    value = normalise_header(header)
    if value in _LOOKUP:
        return _LOOKUP[value]
    bare = re.sub(r"[（(][^）)]*[）)]", "", value)
    return _LOOKUP.get(bare)


@dataclass
class Header:
    """The header rows found in a sheet and each column's name."""

    first_row: int  # 1-based, top header row
    last_row: int  # the data start after this row
    names: dict[int, str]  # column -> header text (two-row headers: the lower cell, else upper)
    uppers: dict[int, str]


def _score(cells: list[str]) -> int:
    return sum(1 for c in cells if c and field_for(c) is not None)


def find_header(grid: Grid, scan: int = 20) -> Header | None:
    """The row with the most known column names (at least two), joined with the row above or
    below when that is the other half of a two-row header (项目 over 主项/子项)."""
    best, best_score = 0, 1
    for number, cells in enumerate(grid.rows[:scan], 1):
        score = _score(cells)
        if score > best_score:
            best, best_score = number, score
    if not best:
        return None
    row = grid.rows[best - 1]
    names = {i + 1: v for i, v in enumerate(row) if v.strip()}
    uppers: dict[int, str] = {}
    first, last = best, best
    below = grid.rows[best] if best < len(grid.rows) else []
    if below and _score(below) >= 1 and _header_like(below, row):
        for i, value in enumerate(below):
            if value.strip():
                uppers[i + 1] = names.get(i + 1, "")
                if value != names.get(i + 1):
                    names[i + 1] = value
        last = best + 1
    elif best > 1 and _upper_half(grid.rows[best - 2], row):
        above = grid.rows[best - 2]
        uppers = {i + 1: v for i, v in enumerate(above)
                  if v.strip() and (i >= len(row) or row[i] != v)}
        for column, value in uppers.items():
            names.setdefault(column, value)
        first = best - 1
    return Header(first, last, names, uppers)


def _header_like(cells: list[str], header: list[str]) -> bool:
    """A second header row: short labels only, under blank or repeated (merged) upper cells."""
    filled = [(i, v) for i, v in enumerate(cells) if v.strip()]
    if any(len(v) > 12 or v.strip().isdigit() for _, v in filled):
        return False
    repeated = sum(1 for i, v in filled if i < len(header) and header[i] == v)
    return repeated < len(filled)


def _upper_half(above: list[str], row: list[str]) -> bool:
    """The row above a header is its upper half when it is not a title: it has several
    different labels, or one short label over part of the columns (项目 over 主项/子项)."""
    filled = [v for v in above if v.strip()]
    if not filled:
        return False
    if len(set(filled)) >= 2:
        return all(len(v) <= 16 for v in filled)
    width = len([v for v in row if v.strip()])
    return len(filled[0]) <= 6 and len(filled) < max(width / 2, 2)
