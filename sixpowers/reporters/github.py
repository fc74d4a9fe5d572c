"""GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.

GitHub shows at most 10 error and 10 warning annotations (and 10 notices) per step; findings
past that cap are printed as plain log lines, and a last line says how many were not annotated.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from ..findings import Finding, Severity

ANNOTATION_CAP = 10
_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, lang: str) -> str:
    """One workflow command for a finding."""
    loc = finding.location
    props = [f"file={escape_property(loc.file)}"]
    if loc.line is not None:
        props.append(f"line={loc.line}")
        if loc.column is not None:
            props.append(f"col={loc.column}")
    props.append(f"title={escape_property(f'{finding.code} {finding.name}')}")
    message = finding.message
    if finding.power:
        message += f"（{finding.power}）" if lang != "en" else f" ({finding.power})"
    if finding.hint:
        message += f"\n{'提示' if lang != 'en' else 'hint'}：{finding.hint}"
    return f"::{_COMMAND[finding.severity]} {','.join(props)}::{escape_data(message)}"


def report_github(findings: Sequence[Finding], out: TextIO, lang: str = "zh") -> None:
    shown = dict.fromkeys(Severity, 0)
    hidden = dict.fromkeys(Severity, 0)
    for finding in findings:
        if finding.suppressed_reason is not None:
            continue
        if shown[finding.severity] < ANNOTATION_CAP:
            shown[finding.severity] += 1
            out.write(annotation(finding, lang) + "\n")
        else:
            hidden[finding.severity] += 1
            label = finding.severity.label if lang == "en" else finding.severity.label_zh
            out.write(f"{finding.location.short()}: {label} {finding.code} "
                      f"{escape_data(finding.message)}\n")
    if any(hidden.values()):
        if lang == "en":
            parts = ", ".join(f"{n} {s.label}(s)" for s in reversed(Severity) if (n := hidden[s]))
            out.write(f"{parts} not shown as annotations (GitHub shows {ANNOTATION_CAP} of each "
                      "kind per step); they are listed above.\n")
        else:
            parts = "，".join(f"{n} 个{s.label_zh}" for s in reversed(Severity) if (n := hidden[s]))
            out.write(f"另有 {parts}未显示为注释（GitHub 每步每类最多显示 {ANNOTATION_CAP} 条），"
                      "已在上方日志中列出。\n")
    total = sum(shown.values()) + sum(hidden.values())
    if total == 0:
        out.write("未发现问题。\n" if lang != "en" else "No problems found.\n")
