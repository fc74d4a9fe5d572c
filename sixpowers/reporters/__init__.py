"""Reporters: pure functions that write findings to a stream. They never filter, sort or decide
the exit code."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TextIO

from ..findings import Finding
from .github import report_github
from .gitlab import report_gitlab
from .json import report_json
from .junit import report_junit
from .markdown import report_markdown
from .sarif import report_sarif
from .text import report_text

Reporter = Callable[[Sequence[Finding], TextIO, str], None]

REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
    "sarif": report_sarif,
    "junit": report_junit,
    "gitlab": report_gitlab,
    "markdown": report_markdown,
}


def default_format(fmt: str | None) -> str:
    """The format asked for, else `github` under GitHub Actions, else `text`."""
    if fmt:
        return fmt
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
