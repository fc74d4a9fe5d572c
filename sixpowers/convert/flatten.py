"""A department file as tables of cells, one per sheet of the layout (the writing side)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import DepartmentFile
from .cells import encode, escape
from .layout import (
    BASIS,
    DEPARTMENT,
    DUTIES,
    EDGES,
    EXTRA,
    FLOW,
    MAIN_DUTIES,
    NEGATIVE,
    POWERS,
    REMOVED,
    RISKS,
    SHARED_DUTIES,
    SHEETS,
    Sheet,
    headers,
)

Cell = str | int | float | None


@dataclass
class Table:
    """One sheet's header and rows of encoded cells."""

    sheet: Sheet
    rows: list[list[Cell]] = field(default_factory=list)

    @property
    def headers(self) -> list[str]:
        return headers(self.sheet)


def _get(record: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        if not isinstance(record, dict):
            return None
        record = record.get(part)
    return record


def _cells(sheet: Sheet, record: dict[str, Any]) -> list[Cell]:
    cells = [encode(c.kind, _get(record, c.path), c.labels) for c in sheet.columns]
    return [("[]" if c.required and v is None and _get(record, c.path) == [] else v)
            for c, v in zip(sheet.columns, cells, strict=True)]


def flatten_department(model: DepartmentFile) -> list[Table]:
    """Every sheet of the layout (empty ones included, so the workbook has all headers)."""
    data = model.model_dump(mode="python")
    tables = {sheet.name: Table(sheet) for sheet in SHEETS}
    department = dict(data["department"])
    department["_responsibilities"] = data["responsibilities"] is not None
    tables[DEPARTMENT.name].rows.append(_cells(DEPARTMENT, department))
    by_sheet = ((BASIS, "basis"), (DUTIES, "duties"), (FLOW, "flow"), (RISKS, "risks"))
    for number, power in enumerate(data["powers"], 1):
        row = _cells(POWERS, power)
        supervision = power.get("supervision")
        if supervision is not None and not any(_get(power, c.path) for c in POWERS.columns
                                               if c.path[0] == "supervision"):
            row[[c.path for c in POWERS.columns].index(("supervision", "methods"))] = "[]"
        tables[POWERS.name].rows.append([number, *row])
        for sheet, key in by_sheet:
            for item in power[key]:
                tables[sheet.name].rows.append([number, *_cells(sheet, item)])
        for step in power["flow"]:
            for edge in step["next"]:
                tables[EDGES.name].rows.append([number, *_cells(EDGES, {**edge, "_from": step["id"]})])
        for key, value in power["extra"].items():
            tables[EXTRA.name].rows.append([number, escape(key), escape(value)])
    responsibilities = data["responsibilities"] or {"main": [], "shared": []}
    for sheet, items in ((MAIN_DUTIES, responsibilities["main"]),
                         (SHARED_DUTIES, responsibilities["shared"]),
                         (NEGATIVE, data["negative_list"]), (REMOVED, data["removed"])):
        tables[sheet.name].rows.extend(_cells(sheet, item) for item in items)
    return [tables[sheet.name] for sheet in SHEETS]
