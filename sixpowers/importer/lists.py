"""The other two lists in published spreadsheets (权责分立): a 责任清单 sheet (main duties,
事中事后监管, 职责边界) and a 负面清单 sheet, recognised by their own column names and read into
`responsibilities` and `negative_list`, every value located at its source cell."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from ..findings import Finding, Location, Severity
from .columns import field_for, normalise_header
from .grid import Grid
from .values import EMPTY, split_items

ListKind = Literal["responsibilities", "negative_list"]

DUTY_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("职责事项", "主要职责", "职责", "职责名称", "职责内容", "具体职责", "工作职责",
             "职责事项名称", "具体工作事项", "监管事项", "共同职责", "责任事项名称"),
    "kind": ("职责类别", "职责类型", "类别", "类型"),
    "lead": ("牵头部门", "牵头单位", "主责部门", "主办部门"),
    "with_departments": ("配合部门", "相关部门", "协同部门", "协办部门", "配合单位", "相关单位", "涉及部门"),
    "division": ("职责边界", "职责分工", "分工", "部门职责分工", "职责划分", "边界划分"),
    "rules": ("事中事后监管", "事中事后监管制度", "监管制度", "监管措施", "事中事后监管措施",
              "监管方式"),
    "basis": ("依据", "职责依据", "法律依据", "设定依据", "法定依据", "法律法规依据", "政策依据"),
    "accountability": ("追责情形", "问责情形", "责任追究情形", "追责事项", "追责"),
    "index": ("序号", "顺序号", "序"),
}
NEGATIVE_COLUMNS: dict[str, tuple[str, ...]] = {
    "act": ("禁止事项", "禁止行为", "负面清单事项", "禁止性事项", "不得实施的行为", "禁止内容",
            "负面事项", "禁止性规定"),
    "scope": ("适用范围", "适用对象", "适用主体", "范围"),
    "basis": ("依据", "设定依据", "法律依据", "法定依据", "法律法规依据", "禁止依据"),
    "consequence": ("违反后果", "违规后果", "法律责任", "责任追究", "处理措施", "追责情形"),
    "id": ("编号", "事项编号"),
    "index": ("序号", "顺序号", "序"),
}
# A column that names the list: without one of these a sheet is not read as that list.
_ANCHOR = {"responsibilities": "name", "negative_list": "act"}
_SPLIT = re.compile(r"[、，,；;\n/／]")
_SCOPES = (("全体", "全体人员"), ("工作人员", "全体人员"), ("干部职工", "全体人员"),
           ("岗", "岗位"), ("部门", "部门"), ("单位", "部门"), ("机关", "部门"))


def _lookup(table: dict[str, tuple[str, ...]], header: str) -> str | None:
    value = normalise_header(header)
    bare = re.sub(r"[（(][^）)]*[）)]", "", value)
    for target, names in table.items():
        if value in names or bare in names:
            return target
    return None


@dataclass
class ListHeader:
    """A 责任清单 or 负面清单 header row and what each of its columns holds."""

    kind: ListKind
    row: int
    columns: dict[int, str]  # column -> target
    headers: dict[int, str]  # column -> header text


def find_list_header(grid: Grid, scan: int = 20) -> ListHeader | None:
    """The first row that names a list's anchor column and at least one other column of that
    list, and no power-name column (a 权责清单 with a 职责边界 column stays a power list)."""
    for number, cells in enumerate(grid.rows[:scan], 1):
        names = {i + 1: v for i, v in enumerate(cells) if v.strip()}
        if any(field_for(v) == "name" for v in names.values()):
            continue
        for kind, table in (("negative_list", NEGATIVE_COLUMNS), ("responsibilities", DUTY_COLUMNS)):
            columns: dict[int, str] = {}
            for column, text in sorted(names.items()):
                target = _lookup(table, text)
                if target and target not in columns.values():
                    columns[column] = target
            if _ANCHOR[kind] in columns.values() and len(columns) >= 2:
                return ListHeader(kind, number, columns, names)  # type: ignore[arg-type]
    return None


def _items(text: str) -> list[str]:
    return [i for i in split_items(text) if i not in EMPTY]


def _departments(text: str) -> list[str]:
    return [d.strip() for d in _SPLIT.split(text) if d.strip() and d.strip() not in EMPTY]


def scope_of(text: str) -> str | None:
    """部门 / 岗位 / 全体人员 from the words a list uses; None when it names none of them."""
    value = text.strip()
    if value in ("部门", "岗位", "全体人员"):
        return value
    for word, scope in _SCOPES:
        if word in value:
            return scope
    return None


@dataclass
class ListItem:
    """One row read into a list entry: where it goes, its data and the cells of its fields."""

    section: str  # "main", "shared" or "negative_list"
    data: dict[str, Any]
    cells: dict[str, Location] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def build_duty(values: dict[str, tuple[str, Location]], department: str) -> ListItem | None:
    """A 责任清单 row into a main duty, a supervision duty or a shared duty (职责边界: when it
    names a lead or other departments)."""
    text = {k: v.strip() for k, (v, _) in values.items()}
    where = {k: loc for k, (_, loc) in values.items()}
    if not text.get("name") or text["name"] in EMPTY:
        return None
    lead = text.get("lead", "")
    others = [d for d in _departments(text.get("with_departments", "")) + _departments(lead)
              if d != department]
    others = list(dict.fromkeys(others))
    cells: dict[str, Location] = {"/name": where["name"]}
    data: dict[str, Any] = {"name": text["name"]}
    if others:
        item = ListItem("shared", data, cells)
        data["with_departments"] = others
        cells["/with_departments"] = where.get("with_departments", where.get("lead", where["name"]))
        data["lead"] = (_departments(lead) or [department])[0]
        cells["/lead"] = where.get("lead", where["name"])
        if text.get("division") and text["division"] not in EMPTY:
            data["division"] = text["division"]
            cells["/division"] = where["division"]
    else:
        item = ListItem("main", data, cells)
        supervision = "事中事后" in text.get("kind", "") or bool(
            text.get("rules") and text["rules"] not in EMPTY)
        data["kind"] = "事中事后监管" if supervision else "主要职责"
        if "kind" in where:
            cells["/kind"] = where["kind"]
        if text.get("rules"):
            rules = _items(text["rules"])
            if rules:
                data["rules"] = rules
                cells["/rules"] = where["rules"]
    for key in ("basis", "accountability"):
        found = _items(text.get(key, ""))
        if found:
            data[key] = found
            cells[f"/{key}"] = where[key]
    return item


def build_prohibition(values: dict[str, tuple[str, Location]]) -> ListItem | None:
    """A 负面清单 row into a prohibition; a scope the list words differently is mapped onto
    部门 / 岗位 / 全体人员, one it cannot read stays as written (and fails validation there)."""
    text = {k: v.strip() for k, (v, _) in values.items()}
    where = {k: loc for k, (_, loc) in values.items()}
    if not text.get("act") or text["act"] in EMPTY:
        return None
    data: dict[str, Any] = {}
    cells: dict[str, Location] = {}
    item = ListItem("negative_list", data, cells)
    if text.get("id") and text["id"] not in EMPTY:
        data["id"] = text["id"]
        cells["/id"] = where["id"]
    data["act"] = text["act"]
    cells["/act"] = where["act"]
    if text.get("scope") and text["scope"] not in EMPTY:
        scope = scope_of(text["scope"])
        data["scope"] = scope or text["scope"]
        cells["/scope"] = where["scope"]
        if scope and scope != text["scope"]:
            item.findings.append(Finding(
                "SP052", "scope-normalised", Severity.INFO,
                f"适用范围“{text['scope']}”按“{scope}”导入", where["scope"],
                message_en=f"scope '{text['scope']}' imported as '{scope}'"))
    basis = _items(text.get("basis", ""))
    if basis:
        data["basis"] = basis
        cells["/basis"] = where["basis"]
    if text.get("consequence") and text["consequence"] not in EMPTY:
        data["consequence"] = text["consequence"]
        cells["/consequence"] = where["consequence"]
    return item


def read_list_row(grid: Grid, number: int, header: ListHeader, department: str) -> ListItem | None:
    """One data row of a list sheet, or None for a row without the anchor column."""
    values = {target: (grid.cell(number, column), grid.location(number, column))
              for column, target in header.columns.items() if target != "index"}
    if header.kind == "negative_list":
        return build_prohibition(values)
    return build_duty(values, department)
