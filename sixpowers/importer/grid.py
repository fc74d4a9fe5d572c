"""Published spreadsheets as plain grids of text cells, each with its sheet/cell location.

Merged cells are filled with their top-left value (a merged 主项 over its 子项 rows); numeric
cells are turned back into the text the sheet showed (`000123` number formats keep their
zeros); CSV is decoded as UTF-8, UTF-8 with BOM or GB18030 (GBK), and bytes that decode as
neither become located findings."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from ..convert.cells import format_code
from ..convert.csvfile import csv_records, unbalanced_quote
from ..convert.xlsx import open_workbook
from ..findings import Finding, Location, Severity


@dataclass
class Grid:
    """One sheet: text cells by (row, column), 1-based, with what was noticed reading them."""

    name: str
    path: str
    rows: list[list[str]] = field(default_factory=list)
    numeric: set[tuple[int, int]] = field(default_factory=set)  # cells that held numbers
    merged: set[tuple[int, int]] = field(default_factory=set)  # cells filled from a merge
    dates: set[tuple[int, int]] = field(default_factory=set)  # cells that held dates
    csv: bool = False
    lines: list[int] = field(default_factory=list)  # CSV: the line each record starts on

    def location(self, row: int, column: int | None = None) -> Location:
        if self.csv:
            line = self.lines[row - 1] if row - 1 < len(self.lines) else row
            return Location(self.path, line, column or 1, row=row)
        cell = f"{get_column_letter(column or 1)}{row}"
        return Location(self.path, sheet=self.name, cell=cell, row=row)

    def cell(self, row: int, column: int) -> str:
        values = self.rows[row - 1] if row - 1 < len(self.rows) else []
        return values[column - 1] if column - 1 < len(values) else ""


def _text(value: Any, number_format: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return format_code(value, number_format)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _stored_cells(sheet: Any) -> list[tuple[int, int, Any]]:
    """The cells the file holds, by row and column. `iter_rows()` would create a cell for every
    coordinate up to the last one: a single cell at row 1,000,000 would cost a million rows."""
    stored = sheet._cells  # openpyxl keeps the cells it read in this {(row, column): Cell} dict
    return [(r, c, stored[(r, c)]) for r, c in sorted(stored)]


def read_xlsx_grids(raw: bytes, path: str) -> tuple[list[Grid], list[Finding]]:
    book, findings = open_workbook(raw, path)
    if book is None:
        return [], findings
    grids = []
    for sheet in book.worksheets:
        grid = Grid(sheet.title, path)
        for row_no, column, cell in _stored_cells(sheet):
            while len(grid.rows) < row_no:
                grid.rows.append([])
            values = grid.rows[row_no - 1]
            while len(values) < column:
                values.append("")
            if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
                grid.numeric.add((row_no, column))
            elif isinstance(cell.value, dt.date | dt.time):
                grid.dates.add((row_no, column))
            values[column - 1] = _text(cell.value, cell.number_format)
        for merged in sheet.merged_cells.ranges:
            top = grid.cell(merged.min_row, merged.min_col)
            for r in range(merged.min_row, merged.max_row + 1):
                while len(grid.rows) < r:
                    grid.rows.append([])
                line = grid.rows[r - 1]
                while len(line) < merged.max_col:
                    line.append("")
                for c in range(merged.min_col, merged.max_col + 1):
                    if (r, c) != (merged.min_row, merged.min_col):
                        line[c - 1] = top
                        grid.merged.add((r, c))
        grids.append(grid)
    findings.extend(_uncached_formulas(raw, path, grids))
    return grids, findings


def _uncached_formulas(raw: bytes, path: str, grids: list[Grid]) -> list[Finding]:
    """Formulas saved without their computed value (written by a program, never opened in
    Excel) read as empty cells: each is reported where it stands."""
    if b"<f" not in _sheet_xml(raw):
        return []
    try:  # again, this time with the formulas themselves
        book = load_workbook(io.BytesIO(raw), data_only=False)
    except Exception:  # read once already: whatever fails now was reported then
        return []
    findings: list[Finding] = []
    for sheet, grid in zip(book.worksheets, grids, strict=False):
        for (row, column), cell in sorted(sheet._cells.items()):
            if cell.data_type == "f" and not grid.cell(row, column):
                findings.append(Finding(
                    "SP053", "formula-without-value", Severity.ERROR,
                    f"公式 {str(cell.value)[:60]} 没有保存计算结果，按空单元格读取",
                    grid.location(row, column),
                    message_en=f"the formula {str(cell.value)[:60]} was saved without its value; "
                               "read as an empty cell",
                    hint="用 Excel 或 WPS 打开并保存一次，或把公式换成数值",
                    hint_en="open and save it once in Excel or WPS, or replace it by its value"))
                if len(findings) >= 100:
                    return findings
    return findings


def _sheet_xml(raw: bytes) -> bytes:
    """The worksheets' XML, concatenated (bounded: a workbook's parts are read one by one)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return b"".join(archive.read(name)[:50_000_000] for name in archive.namelist()
                            if name.startswith("xl/worksheets/") and name.endswith(".xml"))
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return b""


def decode_csv(raw: bytes, path: str) -> tuple[str, str, list[Finding]]:
    """(text, encoding name, findings); undecodable bytes become U+FFFD and a finding each."""
    if raw.startswith(b"\xef\xbb\xbf"):
        candidates = [("utf-8-sig", "UTF-8（带 BOM）")]
    else:
        candidates = [("utf-8", "UTF-8"), ("gb18030", "GB18030/GBK")]
    for codec, label in candidates:
        try:
            return raw.decode(codec), label, []
        except UnicodeDecodeError:
            continue
    codec, label = ("utf-8-sig", "UTF-8（带 BOM）") if raw.startswith(b"\xef\xbb\xbf") else \
        _best_guess(raw)
    findings: list[Finding] = []
    position = 3 if codec == "utf-8-sig" else 0
    data = raw[position:]
    while True:
        try:
            data.decode(codec.replace("-sig", ""))
            break
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, position + exc.start) + 1
            start = raw.rfind(b"\n", 0, position + exc.start) + 1
            column = len(raw[start:position + exc.start].decode(codec.replace("-sig", ""), "replace")) + 1
            findings.append(Finding(
                "SP041", "undecodable-bytes", Severity.ERROR,
                f"第 {line} 行第 {column} 列的字节 0x{data[exc.start]:02X} 无法按 {label} 解码，已替换为 �",
                Location(path, line, column, row=line),
                message_en=f"byte 0x{data[exc.start]:02X} at line {line}, column {column} "
                           f"is not valid {codec}; replaced with U+FFFD",
                hint="核对该处文字，或用 Excel 另存为“CSV UTF-8”",
                hint_en="check the text there or save as 'CSV UTF-8' from Excel"))
            position += exc.end
            data = raw[position:]
            if len(findings) >= 100:
                break
    return raw.decode(codec, "replace"), label, findings


def _best_guess(raw: bytes) -> tuple[str, str]:
    utf8 = raw.decode("utf-8", "replace").count("\ufffd")
    gbk = raw.decode("gb18030", "replace").count("\ufffd")
    return ("utf-8", "UTF-8") if utf8 <= gbk else ("gb18030", "GB18030/GBK")


def read_csv_grid(raw: bytes, path: str) -> tuple[list[Grid], str, list[Finding]]:
    text, encoding, findings = decode_csv(raw, path)
    grid = Grid(Path(path).stem, path, csv=True)
    try:
        records, unbalanced = csv_records(text)
    except csv.Error as exc:
        findings.append(Finding("SP020", "csv-syntax-error", Severity.ERROR,
                                f"CSV 格式错误：{exc}", Location(path, 1),
                                message_en=f"CSV syntax error: {exc}"))
        return [grid], encoding, findings
    findings.extend(unbalanced_quote(path, line) for line in unbalanced)
    for line, record in records:
        grid.lines.append(line)
        if any("\x00" in v for v in record):
            record = [v.replace("\x00", "") for v in record]
            if len(findings) < 100:
                findings.append(Finding(
                    "SP054", "nul-byte", Severity.WARNING, "该行含有空字符（NUL），已删除",
                    Location(path, line, 1, row=line),
                    message_en="the line holds NUL characters; they are removed",
                    hint="核对该行文字（常见于损坏或拼接的文件）",
                    hint_en="check the line's text (often from a damaged or spliced file)"))
        grid.rows.append([v.replace("\r\n", "\n") for v in record])
    return [grid], encoding, findings
