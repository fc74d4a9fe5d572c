"""Findings as a JSON array: one object per finding, stable keys."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from ..findings import Finding


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    loc = finding.location
    location: dict[str, Any] = {"file": loc.file, "line": loc.line, "column": loc.column,
                                "pointer": loc.pointer}
    if loc.sheet is not None:
        location.update(sheet=loc.sheet, cell=loc.cell, row=loc.row)
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.label,
        "message": finding.message,
        "location": location,
        "power": finding.power,
        "hint": finding.hint,
        "legal_basis": finding.legal_basis,
        "suppressed": finding.suppressed_reason,
    }


def report_json(findings: Sequence[Finding], out: TextIO, lang: str = "zh") -> None:
    json.dump([finding_to_dict(f) for f in findings], out, ensure_ascii=False, indent=2)
    out.write("\n")
