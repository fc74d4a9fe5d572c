"""Reporters: pure functions that write findings to a stream. They never filter, sort or decide
the exit code."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TextIO

from ..findings import Finding
from .json import report_json
from .text import report_text

Reporter = Callable[[Sequence[Finding], TextIO, str], None]

REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
}
