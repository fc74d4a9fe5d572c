"""Readers of department files in CSV, XLSX and JSON, registered in `sources.READERS`.

Each gives the same `Document.data` the YAML of the same file gives, with `cells` mapping every
JSON pointer to its sheet and cell (XLSX) or line and column (CSV)."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..config import LimitsConfig
from ..findings import Finding, Location, Severity
from ..sources import Document, decode_text, parse_yaml
from .csvfile import read_csv_rows, split_sections
from .layout import DEPARTMENT, POWERS
from .unflatten import unflatten_sheets


def read_csv(raw: bytes, display: str, limits: LimitsConfig) -> Document:
    """A department file in the layout's CSV form (sections of sheets)."""
    text, findings = decode_text(raw, display)
    if text is None and not raw.startswith(b"\xef\xbb\xbf"):
        with suppress(UnicodeDecodeError):  # Excel on Chinese Windows saves CSV as GB18030
            text, findings = raw.decode("gb18030"), [Finding(
                "SP027", "csv-not-utf8", Severity.INFO, "CSV 文件是 GB18030/GBK 编码，已按此读取",
                Location(display, 1, 1), message_en="the CSV file is GB18030/GBK encoded; read as such",
                hint="另存为“CSV UTF-8”可避免乱码", hint_en="save it as 'CSV UTF-8' to be safe")]
    doc = Document(display, None, findings)
    if text is None:
        return doc
    rows, problems = read_csv_rows(text, display, limits.max_cells)
    doc.findings.extend(problems)
    unflatten_sheets(split_sections(rows, display, POWERS.name), doc)
    return doc


def read_xlsx(raw: bytes, display: str, limits: LimitsConfig) -> Document:
    """A department file in the layout's XLSX form (one sheet per list)."""
    from .xlsx import open_workbook, read_sheets  # openpyxl only when a workbook is read

    book, findings = open_workbook(raw, display, read_only=True)
    doc = Document(display, None, findings)
    if book is None:
        return doc
    try:
        sheets, problems = read_sheets(book, display, limits.max_cells)
    except Exception as exc:  # a sheet that breaks the streaming parser half-way
        problems, sheets = open_workbook(b"", display)[1], []
        problems = [replace(problems[0], message=f"无法读取工作表：{exc}",
                            message_en=f"cannot read a sheet: {exc}")]
    finally:
        book.close()
    doc.findings.extend(problems)
    unflatten_sheets(sheets, doc)
    return doc


def read_json(raw: bytes, display: str, limits: LimitsConfig) -> Document:
    """A department file as JSON; positions come from composing it as YAML (a JSON superset)."""
    text, findings = decode_text(raw, display)
    if text is None:
        return Document(display, None, findings)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return Document(display, None, [Finding(
            "SP026", "json-syntax-error", Severity.ERROR, f"JSON 语法错误：{exc.msg}",
            Location(display, exc.lineno, exc.colno), message_en=f"JSON syntax error: {exc.msg}")])
    positioned = parse_yaml(text, display, limits)
    doc = Document(display, _dates(data), text=text)
    if positioned.data is not None:
        doc.values, doc.keys = positioned.values, positioned.keys
        doc.findings = [f for f in positioned.findings if f.code == "SP003"]
    return doc


def _dates(value: Any, key: str = "") -> Any:
    """ISO dates under `date` keys become dates, as YAML gives them (JSON has no date type)."""
    if isinstance(value, dict):
        return {k: _dates(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_dates(v) for v in value]
    if key == "date" and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def looks_like_department(path: Path) -> bool:
    """Whether a CSV, XLSX or JSON file found in a register folder is a department file (so
    case logs, baselines and other tables beside the register are not read as one)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            with zipfile.ZipFile(path) as archive:
                names = archive.read("xl/workbook.xml").decode("utf-8", "replace")
            return f'name="{POWERS.name}"' in names or f'name="{DEPARTMENT.name}"' in names
        with path.open("rb") as handle:
            head = handle.read(4096)
    except (OSError, KeyError, zipfile.BadZipFile):
        return True  # let the reader report what is wrong with it
    if suffix == ".json":
        return b'"department"' in head or b'"powers"' in head
    for codec in ("utf-8", "gb18030"):
        text = head.decode(codec, "ignore").lstrip("\ufeff \r\n")
        if text.startswith("【"):
            return True
    return False
