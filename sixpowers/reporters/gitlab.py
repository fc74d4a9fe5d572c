"""GitLab Code Quality report (a JSON array of issues with fingerprints)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from ..findings import Finding, Severity
from .fingerprint import fingerprint

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def _issue(finding: Finding) -> dict[str, Any]:
    loc = finding.location
    description = f"{finding.code} {finding.message}"
    if finding.power:
        description += f"（{finding.power}）"
    return {
        "description": description,
        "check_name": finding.code,
        "fingerprint": fingerprint(finding),
        "severity": _SEVERITY[finding.severity],
        "location": {"path": loc.file, "lines": {"begin": loc.line or loc.row or 1}},
    }


def report_gitlab(findings: Sequence[Finding], out: TextIO, lang: str = "zh") -> None:
    issues = [_issue(f) for f in findings if f.suppressed_reason is None]
    json.dump(issues, out, ensure_ascii=False, indent=2)
    out.write("\n")
