"""The layout as an XLSX workbook for clerks: Chinese headers, frozen header row, widths sized
for CJK text, dropdowns for closed vocabularies, codes formatted as text."""

from __future__ import annotations

import io
import unicodedata
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.read_only import EMPTY_CELL
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet.datavalidation import DataValidation

from ..findings import Finding, Location, Severity, UsageError
from .flatten import Table
from .layout import GUIDE, GUIDE_LINES, Column
from .unflatten import RawRow, RawSheet

MAX_ROWS = 1_048_576
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
TEXT_FORMAT = "@"
WRAP = Alignment(wrap_text=True, vertical="top")


def display_width(text: str) -> int:
    """Columns `text` takes in a spreadsheet: 2 per CJK (wide) character, 1 otherwise."""
    longest = max((sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
                   for line in text.split("\n")), default=0)
    return longest


def _width(header: str, column: Column | None, values: list[Any]) -> float:
    widest = display_width(header)
    for value in values[:200]:
        if value is not None:
            widest = max(widest, display_width(str(value)))
    cap = column.width if column and column.width else 24
    return float(min(max(widest, display_width(header)), max(cap, display_width(header))) + 2)


def write_workbook(tables: list[Table]) -> bytes:
    """An XLSX workbook with one sheet per table."""
    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(table.sheet.name)
        heads = table.headers
        sheet.append(heads)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        offset = len(heads) - len(table.sheet.columns)
        for number, row in enumerate(table.rows, 2):
            try:
                sheet.append(row)
            except IllegalCharacterError as exc:
                raise UsageError(
                    f"“{table.sheet.name}”第 {number} 行含有 XLSX 不允许的控制字符，无法写入；请改写为 YAML、JSON 或 CSV",
                    f"row {number} of '{table.sheet.name}' holds a control character XLSX cannot "
                    "store; write YAML, JSON or CSV instead") from exc
        sheet.freeze_panes = "A2"
        for index, header in enumerate(heads, 1):
            column = table.sheet.columns[index - 1 - offset] if index > offset else None
            letter = get_column_letter(index)
            values = [r[index - 1] for r in table.rows]
            sheet.column_dimensions[letter].width = _width(header, column, values)
            kind = column.kind if column else "key"
            if kind not in ("number", "key"):
                sheet.column_dimensions[letter].number_format = TEXT_FORMAT
            for number, value in enumerate(values, 2):
                if kind == "code":  # retyping 0101 in a General cell would make it 101
                    sheet.cell(number, index).number_format = TEXT_FORMAT
                if isinstance(value, str) and "\n" in value:
                    sheet.cell(number, index).alignment = WRAP
            if column is not None and column.choices:
                _dropdown(sheet, letter, column)
    guide = book.create_sheet(GUIDE)
    for line in GUIDE_LINES:
        guide.append([line])
    guide.column_dimensions["A"].width = 110
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _dropdown(sheet: Any, letter: str, column: Column) -> None:
    options = ",".join(column.choices)
    validation = DataValidation(type="list", formula1=f'"{options}"', allow_blank=True,
                                showErrorMessage=column.strict)
    validation.error = f"请从下拉列表中选择{column.header}"
    validation.errorTitle = column.header
    validation.prompt = f"可选：{'、'.join(column.choices)}"
    validation.promptTitle = column.header
    sheet.add_data_validation(validation)
    validation.add(f"{letter}2:{letter}{MAX_ROWS}")


def open_workbook(raw: bytes, path: str, read_only: bool = False) -> tuple[Any, list[Finding]]:
    """The workbook in `raw`, or a located finding when it is not a readable XLSX file.
    `read_only` streams the sheets (fast, but without merged-cell ranges)."""
    try:
        return load_workbook(io.BytesIO(raw), data_only=True, read_only=read_only), []
    except Exception as exc:  # whatever the XML and zip parsers raise on hostile bytes
        return None, [Finding(
            "SP020", "unreadable-workbook", Severity.ERROR,
            f"无法作为 XLSX 工作簿读取：{exc}", Location(path),
            message_en=f"cannot read as an XLSX workbook: {exc}",
            hint="用 Excel 或 WPS 另存为 .xlsx（不支持旧的 .xls）",
            hint_en="save it as .xlsx from Excel or WPS (old .xls is not supported)")]


def read_sheets(book: Any, path: str, max_cells: int) -> tuple[list[RawSheet], list[Finding]]:
    """Every sheet as header row and data rows, each cell with its sheet/cell location."""
    sheets: list[RawSheet] = []
    findings: list[Finding] = []
    cells = 0
    for sheet in book.worksheets:
        raw = RawSheet(sheet.title, Location(path, sheet=sheet.title, cell="A1", row=1))
        filler: object = None
        for row_number, cells_row in enumerate(sheet.iter_rows(min_row=1), 1):
            # Rows absent from the file come as one shared tuple of empty cells: skipped at no
            # cost, so a lone cell at row 1,000,000 neither takes long nor counts as cells.
            if cells_row is filler:
                continue
            if cells_row and all(c is EMPTY_CELL for c in cells_row):
                filler = cells_row
                continue
            values: list[Any] = []
            formats: dict[int, str] = {}
            for index, cell in enumerate(cells_row):
                value = cell.value
                if isinstance(value, int | float) and not isinstance(value, bool):
                    formats[index] = cell.number_format
                values.append(value)
            cells += len(values)
            if cells > max_cells:
                findings.append(Finding(
                    "SP007", "file-too-large", Severity.ERROR,
                    f"单元格超过上限 {max_cells} 个，其余内容未读取",
                    Location(path, sheet=sheet.title, row=row_number),
                    message_en=f"more than {max_cells} cells; the rest is not read"))
                return [*sheets, raw], findings
            where = Location(path, sheet=sheet.title, cell=f"A{row_number}", row=row_number)
            row = RawRow(values, where, formats)
            if raw.header is None:
                if not row.blank():
                    raw.header = row
            else:
                raw.rows.append(row)
        sheets.append(raw)
    return sheets, findings
