"""The diff for a terminal: summary tables (CJK-width aware) and one block per changed power."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..findings import Finding
from .labels import colon, headline, power_heading, transitions_line, word
from .model import RegisterDiff, Tally

_MARK = {"added": ("+", "green"), "removed": ("-", "red"), "matched": ("~", "yellow")}


def _table(tallies: Sequence[Tally], first: str, lang: str) -> Table:
    table = Table(show_edge=False, box=None, pad_edge=False)
    table.add_column(first)
    for key in ("before", "after", "added", "removed"):
        table.add_column(word(key, lang), justify="right")
    for t in tallies:
        table.add_row(Text(t.name), f"{t.before:,}", f"{t.after:,}", f"{t.added:,}",
                      f"{t.removed:,}")
    return table


def report_diff_text(diff: RegisterDiff, out: TextIO, lang: str = "zh",
                     findings: Sequence[Finding] | None = None) -> None:
    """Write the diff as readable text."""
    console = Console(file=out, highlight=False, soft_wrap=True, emoji=False, width=120,
                      force_terminal=None if out.isatty() else False)
    s = diff.summary
    console.print(Text(f"{word('title', lang)}{colon(lang)}{diff.old_label} → {diff.new_label}", style="bold"))
    if not diff.has_changes:
        console.print(Text(word("no_changes", lang)))
    console.print(Text(headline(s, lang)))
    if diff.load_problems:
        console.print(Text(word("load_problems", lang).format(n=diff.load_problems), style="yellow"))
    for change in diff.powers:
        mark, style = _MARK[change.kind]
        console.print(Text(f"{mark} {power_heading(change, lang)}", style=style))
        for field in change.fields:
            console.print(Text(f"    {field.text(lang)}"))
    for item in diff.lists:
        console.print(Text(f"* {item.department} · {item.label}{colon(lang)}{word('list_' + item.kind, lang)} "
                           f"{item.key}", style="cyan"))
        for field in item.fields:
            console.print(Text(f"    {field.text(lang)}"))
    if diff.has_changes:
        console.print()
        console.print(_table(s.by_department, word("department", lang), lang))
        console.print()
        console.print(_table(s.by_type, word("type", lang), lang))
        if s.transitions:
            console.print(Text(f"{word('transitions', lang)}{colon(lang)}{transitions_line(s, lang)}"))
    if findings is not None:
        console.print()
        console.print(Text(word("grounds", lang), style="bold"))
        if not findings:
            console.print(Text(word("grounds_ok", lang)))
        for f in findings:
            console.print(Text(f"  {f.location.short()}  {f.code} {f.name}  {f.message}",
                               style="red"))
