"""The layout as one CSV file: each sheet is a section introduced by a title row `【事项】`,
then its header row and data rows; sections are separated by a blank row. Written as UTF-8
with BOM and CRLF line ends so that Excel opens it correctly."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from ..findings import Finding, Location, Severity
from .flatten import Table
from .unflatten import RawRow, RawSheet

TITLE = re.compile(r"^【(.+)】$")
BOM = "\ufeff"


def section_title(values: list[Any]) -> str | None:
    """The sheet name when the row is a section title row, else None."""
    filled = [v for v in values if v not in (None, "")]
    if len(filled) == 1 and isinstance(values[0], str):
        match = TITLE.match(values[0].strip())
        if match:
            return match.group(1)
    return None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_csv(tables: list[Table]) -> bytes:
    """All tables as sections of one CSV file (UTF-8 with BOM)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for number, table in enumerate(tables):
        if number:
            writer.writerow([])
        writer.writerow([f"【{table.sheet.name}】"])
        writer.writerow(table.headers)
        for row in table.rows:
            cells = [_cell(v) for v in row]
            if cells and TITLE.match(cells[0]):
                cells[0] = "'" + cells[0]  # never mistaken for a section title
            writer.writerow(cells)
    return (BOM + out.getvalue()).encode("utf-8")


MAX_REREADS = 100  # unclosed quotes recovered from; past that the rest stays as read


def csv_records(text: str) -> tuple[list[tuple[int, list[str]]], list[int]]:
    """(line, cells) of every CSV record, and the lines whose quote never closes.

    An unpaired quote makes the csv module read the rest of the file into one cell. Such a
    line is read again with quotes taken as plain text, and the lines after it as records of
    their own: the rows after it are kept, and the line is reported."""
    lines = io.StringIO(text, newline="").readlines()
    records: list[tuple[int, list[str]]] = []
    unbalanced: list[int] = []
    start = 0
    while start < len(lines):
        tail = lines[start:]
        reader = csv.reader(tail)
        found: list[tuple[int, list[str]]] = []
        line = start + 1
        for record in reader:
            found.append((line, record))
            line = start + reader.line_num + 1
        last = found[-1][0] if found else 0
        if (not found or last - 1 >= len(lines) or len(unbalanced) >= MAX_REREADS
                or not _runs_to_end(lines[last - 1:])):
            records.extend(found)
            break
        records.extend(found[:-1])
        unbalanced.append(last)
        records.append((last, next(csv.reader([lines[last - 1]], quoting=csv.QUOTE_NONE), [])))
        start = last
    return records, unbalanced


def _runs_to_end(tail: list[str]) -> bool:
    """Whether the record starting with `tail[0]` has a quoted cell the file never closes."""
    try:
        for _ in csv.reader(tail, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def unbalanced_quote(path: str, line: int) -> Finding:
    return Finding("SP020", "csv-syntax-error", Severity.ERROR,
                   f"第 {line} 行的引号没有闭合：该行按原文读取，其后各行照常读取",
                   Location(path, line, 1, row=line),
                   message_en=f"the quote on line {line} is never closed: that line is read "
                              "as written and the lines after it as usual",
                   hint="检查引号是否成对", hint_en="check that quotes are paired")


def read_csv_rows(text: str, path: str, max_cells: int) -> tuple[list[tuple[int, list[str]]], list[Finding]]:
    """(line, cells) of every CSV record; a syntax problem is a located finding."""
    try:
        records, unbalanced = csv_records(text)
    except csv.Error as exc:
        return [], [Finding("SP020", "csv-syntax-error", Severity.ERROR,
                            f"CSV 格式错误：{exc}", Location(path, 1, 1),
                            message_en=f"CSV syntax error: {exc}",
                            hint="检查引号是否成对", hint_en="check that quotes are paired")]
    problems = [unbalanced_quote(path, line) for line in unbalanced]
    rows: list[tuple[int, list[str]]] = []
    cells = 0
    for line, record in records:
        rows.append((line, record))
        cells += len(record)
        if cells > max_cells:
            return rows, [*problems, Finding(
                "SP007", "file-too-large", Severity.ERROR,
                f"单元格超过上限 {max_cells} 个，其余内容未读取", Location(path, line, 1),
                message_en=f"more than {max_cells} cells; the rest is not read")]
    return rows, problems


def _raw_row(path: str, line: int, record: list[str]) -> RawRow:
    values: list[Any] = [v if v != "" else None for v in record]
    return RawRow(values, Location(path, line, 1, row=line))


def split_sections(rows: list[tuple[int, list[str]]], path: str,
                   default: str) -> list[RawSheet]:
    """Sections of the file; rows before the first title row belong to `default`."""
    sheets: list[RawSheet] = []
    current: RawSheet | None = None
    for line, record in rows:
        row = _raw_row(path, line, record)
        title = section_title(row.values)
        if title is not None:
            current = RawSheet(title, Location(path, line, 1, row=line))
            sheets.append(current)
            continue
        if current is None:
            if row.blank():
                continue
            current = RawSheet(default, Location(path, line, 1, row=line))
            sheets.append(current)
        if current.header is None:
            if not row.blank():
                current.header = row
        else:
            current.rows.append(row)
    return sheets
