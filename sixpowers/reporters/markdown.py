"""Findings as Markdown for a pull-request comment or a CI job summary, kept under 64 KB.

Also holds the escaping and the byte budget the diff's Markdown uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TextIO

from ..findings import Finding
from .text import summary_line

COMMENT_LIMIT = 65_536
"""GitHub refuses comments over 65,536 characters; we count bytes to be safe."""

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#~])")


def escape_md(text: str) -> str:
    """Register text made inert in Markdown and HTML (pipes, tags, emphasis, newlines)."""
    text = text.replace("&", "&amp;").replace("\r", "").replace("\n", " ")
    return _SPECIAL.sub(r"\\\1", text).replace("\\<", "&lt;").replace("\\>", "&gt;")


def code_md(text: str) -> str:
    """`text` as an inline code span, safe in a table cell."""
    text = text.replace("\r", "").replace("\n", " ")
    if "`" in text or "<" in text:
        return escape_md(text)
    return "`" + text.replace("|", "\\|") + "`"


class Budget:
    """Collects Markdown parts while they fit in `limit` bytes, keeping `reserve` for the end."""

    def __init__(self, limit: int = COMMENT_LIMIT, reserve: int = 1024) -> None:
        self.limit = limit - reserve
        self.parts: list[str] = []
        self.used = 0

    def add(self, text: str) -> bool:
        """Append `text` if it fits; False (and nothing appended) otherwise."""
        size = len(text.encode("utf-8"))
        if self.used + size > self.limit:
            return False
        self.parts.append(text)
        self.used += size
        return True

    def force(self, text: str) -> None:
        """Append regardless of the limit (closing tags and the omission note)."""
        self.parts.append(text)
        self.used += len(text.encode("utf-8"))

    def text(self) -> str:
        return "".join(self.parts)


def _where(finding: Finding) -> str:
    return code_md(finding.location.short())


def report_markdown(findings: Sequence[Finding], out: TextIO, lang: str = "zh") -> None:
    active = [f for f in findings if f.suppressed_reason is None]
    suppressed = len(findings) - len(active)
    budget = Budget()
    title = "sixpowers 检查结果" if lang != "en" else "sixpowers results"
    budget.force(f"### {title}\n\n{escape_md(summary_line(findings, lang))}\n")
    if suppressed:
        budget.force(f"\n{'已豁免' if lang != 'en' else 'Suppressed'}：{suppressed}\n")
    if active:
        head = (("位置", "级别", "编号", "说明", "事项") if lang != "en"
                else ("Location", "Severity", "Code", "Message", "Power"))
        budget.force("\n| " + " | ".join(head) + " |\n|---|---|---|---|---|\n")
        shown = 0
        for finding in active:
            label = finding.severity.label if lang == "en" else finding.severity.label_zh
            message = escape_md(finding.message)
            if finding.hint:
                message += f"<br>{'提示' if lang != 'en' else 'hint'}：{escape_md(finding.hint)}"
            row = (f"| {_where(finding)} | {label} | {finding.code} {escape_md(finding.name)} "
                   f"| {message} | {escape_md(finding.power or '')} |\n")
            if not budget.add(row):
                break
            shown += 1
        if shown < len(active):
            left = len(active) - shown
            budget.force(f"\n> {'另有' if lang != 'en' else 'and'} {left:,} "
                         f"{'个问题未列出（评论上限 64 KB），完整结果见 --format json。' if lang != 'en' else 'more not listed (64 KB comment limit); see --format json.'}\n")
    out.write(budget.text())
