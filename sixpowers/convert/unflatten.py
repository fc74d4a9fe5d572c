"""Tables read from a CSV or XLSX file back into department-file data, with every value's cell
(the reading side). The result is plain data, exactly what the YAML of the same file gives, so
the validator reports bad cells at their sheet and cell."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..findings import Finding, Location, Severity
from ..sources import Document, escape_token
from .cells import decode, format_code, unescape
from .layout import (
    DEPARTMENT,
    EDGES,
    EXTRA,
    GUIDE,
    PARENT_KEY,
    POWER_KEY,
    POWERS,
    SHEETS,
    SHEETS_BY_NAME,
    Column,
    Sheet,
)


@dataclass
class RawRow:
    """One row as read: cell values, number formats of numeric cells, and where it is (a CSV
    line, or a sheet row); cell locations are made on demand."""

    values: list[Any]
    where: Location
    formats: dict[int, str] = field(default_factory=dict)

    def location(self, index: int) -> Location:
        where = self.where
        if where.sheet is None:
            return Location(where.file, where.line, index + 1, row=where.row)
        cell = f"{column_letter(index + 1)}{where.row}"
        return Location(where.file, sheet=where.sheet, cell=cell, row=where.row)

    def blank(self) -> bool:
        return all(v is None or (isinstance(v, str) and not v.strip()) for v in self.values)


@dataclass
class RawSheet:
    name: str
    where: Location
    header: RawRow | None = None
    rows: list[RawRow] = field(default_factory=list)


REQUIRED = frozenset({"name", "type", "subject", "level", "title", "stage", "content", "id",
                      "step", "description", "act", "reason", "to", "lead", "with_departments"})
_SUFFIXES: dict[tuple[str, ...], str] = {}


def _suffix(column: Column) -> str:
    suffix = _SUFFIXES.get(column.path)
    if suffix is None:
        suffix = _SUFFIXES[column.path] = "".join(f"/{p}" for p in column.path)
    return suffix


def _finding(code: str, name: str, where: Location, zh: str, en: str,
             severity: Severity = Severity.WARNING, hint: str | None = None,
             hint_en: str | None = None) -> Finding:
    return Finding(code, name, severity, zh, where, message_en=en, hint=hint, hint_en=hint_en)


class _Reader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.data: dict[str, Any] = {}
        self.powers: list[dict[str, Any]] = []
        self.keys: dict[str, int] = {}

    def columns(self, sheet: Sheet, raw: RawSheet) -> list[Column | str | None]:
        known = {c.header: c for c in sheet.columns}
        result: list[Column | str | None] = []
        assert raw.header is not None
        for value in raw.header.values:
            text = unescape(str(value)).strip() if value is not None else ""
            result.append(known.get(text, text or None))
        return result

    def record(self, row: RawRow, columns: list[Column | str | None], pointer: str) -> dict[str, Any]:
        record: dict[str, Any] = {}
        self.doc.cells[pointer] = row.where
        for index, column in enumerate(columns):
            cell = row.values[index] if index < len(row.values) else None
            if column in (PARENT_KEY, POWER_KEY) or column is None:
                continue
            empty = cell is None or cell == ""
            if isinstance(column, str):  # an unknown header: kept, so validation names it
                if not empty:
                    record[column] = decode("text", cell)
                    self.doc.cells[f"{pointer}/{escape_token(column)}"] = row.location(index)
                continue
            if empty:
                if column.path[-1] in REQUIRED:  # a missing required value points at its cell
                    self.doc.cells[pointer + _suffix(column)] = row.location(index)
                continue
            location = row.location(index)
            if isinstance(cell, int | float) and not isinstance(cell, bool) \
                    and column.kind not in ("number", "bool"):
                cell = format_code(cell, row.formats.get(index, "General"))
                self.doc.findings.append(_finding(
                    "SP021", "number-in-text-cell", location,
                    f"“{column.header}”单元格存为数字，已按文本“{cell}”读取；编码的前导零可能已丢失",
                    f"'{column.header}' cell holds a number; read as text '{cell}'; leading zeros may be lost",
                    hint="把该列设为文本格式后重新输入", hint_en="format the column as text and retype it"))
            value = decode(column.kind, cell, column.labels)
            self.doc.cells[pointer + _suffix(column)] = location
            if value is not None:
                target = record
                for part in column.path[:-1]:
                    target = target.setdefault(part, {})
                target[column.path[-1]] = value
        return record

    def key_of(self, row: RawRow, index: int) -> str | None:
        value = row.values[index] if index < len(row.values) else None
        if value is None or value == "":
            return None
        text = decode("text", value)
        return str(text).strip()

    def read(self, sheets: list[RawSheet]) -> dict[str, Any]:
        by_name: dict[str, RawSheet] = {}
        for raw in sheets:
            if raw.name not in SHEETS_BY_NAME:
                if raw.name != GUIDE and (raw.header is not None or raw.rows):
                    self.doc.findings.append(_finding(
                        "SP023", "unknown-sheet", raw.where,
                        f"工作表“{raw.name}”不属于清单格式，已忽略",
                        f"sheet '{raw.name}' is not part of the register layout; ignored",
                        hint=f"可用的工作表：{'、'.join(SHEETS_BY_NAME)}",
                        hint_en="rename it to one of the layout's sheets or import it with sixpowers import"))
                continue
            by_name[raw.name] = raw
        for sheet in SHEETS:
            found = by_name.get(sheet.name)
            if found is not None and found.header is not None:
                self.sheet(sheet, found)
        if self.powers or POWERS.name in by_name:
            self.data["powers"] = self.powers
        return self.data

    def sheet(self, sheet: Sheet, raw: RawSheet) -> None:
        columns = self.columns(sheet, raw)
        rows = [r for r in raw.rows if not r.blank()]
        if sheet is DEPARTMENT:
            for extra in rows[1:]:
                self.doc.findings.append(_finding(
                    "SP025", "extra-department-row", extra.where,
                    "“部门”工作表只能有一行，其余行已忽略",
                    "the 部门 sheet holds one row; the others are ignored"))
            if rows:
                record = self.record(rows[0], columns, "/department")
                if record.pop("_responsibilities", False) is True:
                    self.data.setdefault("responsibilities", {})
                self.data["department"] = record
            return
        if sheet is POWERS:
            key_index = columns.index(POWER_KEY) if POWER_KEY in columns else None
            for row in rows:
                index = len(self.powers)
                self.powers.append(self.record(row, columns, f"/powers/{index}"))
                key = self.key_of(row, key_index) if key_index is not None else str(index + 1)
                if key is None:
                    continue
                if key in self.keys:
                    self.doc.findings.append(_finding(
                        "SP024", "duplicate-row-key", row.location(key_index or 0),
                        f"序号“{key}”重复，其他工作表中的该序号只归属第一个事项",
                        f"序号 '{key}' is repeated; other sheets' rows go to the first power",
                        Severity.ERROR))
                    continue
                self.keys[key] = index
            return
        if sheet.nested:
            self.nested(sheet, raw, columns, rows)
            return
        if not rows:
            return
        target = self.data
        for part in sheet.path[:-1]:
            target = target.setdefault(part, {})
        items = target.setdefault(sheet.path[-1], [])
        base = "/" + "/".join(sheet.path)
        for row in rows:
            items.append(self.record(row, columns, f"{base}/{len(items)}"))

    def nested(self, sheet: Sheet, raw: RawSheet, columns: list[Column | str | None],
               rows: list[RawRow]) -> None:
        key_index = columns.index(PARENT_KEY) if PARENT_KEY in columns else None
        for row in rows:
            key = self.key_of(row, key_index) if key_index is not None else None
            index = self.keys.get(key) if key is not None else None
            where = row.location(key_index) if key_index is not None else row.where
            if index is None:
                self.doc.findings.append(_finding(
                    "SP022", "orphan-row", where,
                    f"“{sheet.name}”工作表的这一行的事项序号“{key or ''}”在“事项”工作表中不存在，已忽略",
                    f"this {sheet.name} row's 事项序号 '{key or ''}' matches no power; ignored",
                    Severity.ERROR, "填写“事项”工作表中该事项的序号",
                    "fill in the 序号 of its power from the 事项 sheet"))
                continue
            power = self.powers[index]
            base = f"/powers/{index}"
            if sheet is EDGES:
                self.edge(power, base, row, columns, where)
            elif sheet is EXTRA:
                record = self.record(row, columns, f"{base}/extra")
                name = record.get("key")
                if isinstance(name, str):
                    value = record.get("value")
                    power.setdefault("extra", {})[name] = "" if value is None else value
                    self.doc.cells[f"{base}/extra/{escape_token(name)}"] = row.where
            else:
                items = power.setdefault(sheet.path[0], [])
                items.append(self.record(row, columns, f"{base}/{sheet.path[0]}/{len(items)}"))

    def edge(self, power: dict[str, Any], base: str, row: RawRow,
             columns: list[Column | str | None], where: Location) -> None:
        flow = power.get("flow", [])
        at = next((i for i, c in enumerate(columns)
                   if isinstance(c, Column) and c.path == ("_from",)), None)
        cell = row.values[at] if at is not None and at < len(row.values) else None
        source = decode("text", cell)
        for number, step in enumerate(flow):
            if isinstance(step, dict) and step.get("id") == source:
                edges = step.setdefault("next", [])
                pointer = f"{base}/flow/{number}/next/{len(edges)}"
                edges.append(self.record(row, columns, pointer))
                edges[-1].pop("_from", None)
                return
        self.doc.findings.append(_finding(
            "SP022", "orphan-row", where,
            f"“流程走向”这一行的环节编号“{source or ''}”不是该事项“运行流程”中的环节，已忽略",
            f"this flow-edge row's step '{source or ''}' is not a step of the power's flow; ignored",
            Severity.ERROR))


def unflatten_sheets(sheets: list[RawSheet], doc: Document) -> None:
    """Fill `doc.data`, `doc.cells` and `doc.findings` from the sheets read from a file."""
    doc.data = _Reader(doc).read(sheets)


def column_letter(number: int) -> str:
    """Spreadsheet column letters for a 1-based column number (1 -> A, 28 -> AB), without
    importing openpyxl on the CSV path."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
