"""Human-readable findings grouped by file, with a closing count."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import TextIO

from rich.console import Console
from rich.text import Text

from ..findings import Finding, Severity

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def summary_line(findings: Sequence[Finding], lang: str) -> str:
    """`发现 3 个问题（2 个错误，1 个警告），涉及 1 个文件。` or its English form."""
    active = [f for f in findings if f.suppressed_reason is None]
    counts = {s: sum(1 for f in active if f.severity == s) for s in Severity}
    files = len({f.location.file for f in active})
    if not active:
        return "未发现问题。" if lang != "en" else "No problems found."
    if lang == "en":
        parts = [f"{counts[s]} {s.label}{'s' if counts[s] != 1 else ''}"
                 for s in reversed(Severity) if counts[s]]
        return f"Found {len(active)} problem(s) ({', '.join(parts)}) in {files} file(s)."
    parts = [f"{counts[s]} 个{s.label_zh}" for s in reversed(Severity) if counts[s]]
    return f"发现 {len(active)} 个问题（{'，'.join(parts)}），涉及 {files} 个文件。"


def report_text(findings: Sequence[Finding], out: TextIO, lang: str = "zh", *,
                summary: bool = True) -> None:
    console = Console(file=out, highlight=False, soft_wrap=True, emoji=False,
                      force_terminal=None if out.isatty() else False)
    active = [f for f in findings if f.suppressed_reason is None]
    for path, group in groupby(active, key=lambda f: f.location.file):
        console.print(Text(path, style="bold underline"))
        for finding in group:
            loc = finding.location
            if loc.sheet is not None:
                where = f"{loc.sheet}!{loc.cell or loc.row or ''}"
            else:
                where = f"{loc.line or '-'}:{loc.column or '-'}"
            label = finding.severity.label if lang == "en" else finding.severity.label_zh
            line = Text("  ")
            line.append(f"{where:>7}", style="dim")
            line.append("  ")
            line.append(label, style=_STYLE[finding.severity])
            line.append(f"  {finding.code} ", style="bold")
            line.append(f"{finding.name}  ", style="dim")
            line.append(finding.message)
            if finding.power:
                line.append(f"  [{finding.power}]", style="dim")
            console.print(line)
            if finding.hint:
                console.print(Text(f"           {'hint' if lang == 'en' else '提示'}：{finding.hint}",
                                   style="green"))
            if finding.legal_basis:
                console.print(Text(f"           {'basis' if lang == 'en' else '依据'}：{finding.legal_basis}",
                                   style="dim"))
    if summary:
        console.print(Text(summary_line(findings, lang), style="bold"))
