"""Cell codecs of the tabular layout: how one model value becomes one spreadsheet cell and back.

Every codec is lossless. Friendly text is written when it reads back to the same value
(verified on every write); otherwise the cell holds JSON, which always does. A cell that would
start with `=`, `+`, `-`, `@`, a tab, a carriage return or `'` gets a leading `'` so that no
spreadsheet runs it as a formula; the reader strips exactly one leading `'`. An empty cell is
"absent"; the empty string is written as a lone `'`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any

DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "'")
LIST_SEPARATOR = "、"
YES, NO = "是", "否"


def escape(text: str) -> str:
    """Neutralise formula injection; mark the empty string."""
    if text == "" or text.startswith(DANGEROUS):
        return "'" + text
    return text


def unescape(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _maybe_json(text: str, kind: type) -> Any:
    if text.startswith(("[", "{", '"')):
        try:
            value = json.loads(text)
        except ValueError:
            return None
        if isinstance(value, kind):
            return value
    return None


def split_lines(text: str) -> list[str]:
    found = _maybe_json(text, list)
    if found is not None:
        return list(found)
    return [line for line in text.split("\n") if line.strip()]


def split_words(text: str) -> list[str]:
    found = _maybe_json(text, list)
    if found is not None:
        return list(found)
    parts = re.split(r"[、，,；;\n]", text)
    return [p.strip() for p in parts if p.strip()]


def _encode_list(items: list[Any], joiner: str, decode: Any) -> str:
    friendly = joiner.join(str(i) for i in items)
    if all(isinstance(i, str) for i in items) and decode(friendly) == items:
        return friendly
    return _json(items)


def encode_number(value: float | int) -> float | int:
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def encode(kind: str, value: Any, labels: Mapping[str, str] | None = None) -> str | int | float | None:
    """The cell for `value`; None for an absent value or an empty list."""
    if value is None:
        return None
    if kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
        return encode_number(value)
    if kind == "bool" and isinstance(value, bool):
        return YES if value else NO
    if kind == "date" and isinstance(value, dt.date):
        return value.isoformat()
    if kind in ("lines", "words"):
        if not isinstance(value, list):
            return escape(_json(value))
        if not value:
            return None
        joiner = "\n" if kind == "lines" else LIST_SEPARATOR
        return escape(_encode_list(value, joiner, split_lines if kind == "lines" else split_words))
    if kind == "enum" and labels and isinstance(value, str):
        return escape(labels.get(value, value))
    if isinstance(value, str):
        return escape(value)
    return escape(_json(value))


def decode(kind: str, cell: Any, labels: Mapping[str, str] | None = None) -> Any:
    """The model value for a cell (plain data, as YAML would give it); None when empty.

    Values that do not fit the column are returned as they are, so validation reports them
    at their cell."""
    if cell is None:
        return None
    if isinstance(cell, dt.datetime):
        return cell.date() if kind == "date" else cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell if kind == "date" else cell.isoformat()
    if isinstance(cell, bool):
        return cell if kind == "bool" else (YES if cell else NO)
    if isinstance(cell, int | float):
        if kind == "number":
            return cell
        return number_text(cell)
    text = str(cell)
    if text == "":
        return None
    raw = unescape(text)
    if kind == "number":
        return parse_number(raw)
    if kind == "bool":
        return {YES: True, NO: False, "true": True, "false": False}.get(raw.strip().lower(), raw)
    if kind == "date":
        try:
            return dt.date.fromisoformat(raw.strip())
        except ValueError:
            return raw
    if kind == "lines":
        return split_lines(raw)
    if kind == "words":
        return split_words(raw)
    if kind == "enum" and labels:
        reverse = {v: k for k, v in labels.items()}
        return reverse.get(raw.strip(), raw)
    return raw


def number_text(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_number(text: str) -> Any:
    value = text.strip()
    try:
        return int(value)
    except ValueError:
        pass
    try:
        number = float(value)
    except ValueError:
        return text
    return number if number == number and abs(number) != float("inf") else text


def format_code(value: int | float, number_format: str) -> str:
    """A numeric cell's text as the spreadsheet showed it: `000000` formats keep leading zeros."""
    text = number_text(value)
    fmt = number_format.strip('"')
    if re.fullmatch(r"0+", fmt) and text.isdigit():
        return text.zfill(len(fmt))
    return text
