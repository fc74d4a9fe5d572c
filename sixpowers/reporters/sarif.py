"""SARIF 2.1.0 for code-scanning dashboards: rules from the findings' codes and names, stable
`partialFingerprints` on power code and rule, suppressions with their reasons."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any, TextIO

from .. import __version__
from ..findings import Finding, Severity
from .fingerprint import fingerprint

SCHEMA_URI = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
              "sarif-schema-2.1.0.json")
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    return PurePath(path).as_posix().replace("%", "%25").replace(" ", "%20")


def _rules(findings: Sequence[Finding]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for finding in sorted(findings, key=lambda f: f.code):
        if finding.code in index:
            continue
        index[finding.code] = len(rules)
        rule: dict[str, Any] = {
            "id": finding.code,
            "name": finding.name,
            "shortDescription": {"text": finding.name},
            "defaultConfiguration": {"level": _LEVEL[finding.severity]},
        }
        if finding.legal_basis:
            rule["properties"] = {"legalBasis": finding.legal_basis}
        rules.append(rule)
    return rules, index


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    loc = finding.location
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(loc.file),
                                                     "uriBaseId": "%SRCROOT%"}}
    if loc.line is not None:
        region: dict[str, Any] = {"startLine": loc.line}
        if loc.column is not None:
            region["startColumn"] = loc.column
        physical["region"] = region
    location: dict[str, Any] = {"physicalLocation": physical}
    if finding.power:
        location["logicalLocations"] = [{"fullyQualifiedName": finding.power, "kind": "power"}]
    text = finding.message + (f"\n{finding.hint}" if finding.hint else "")
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": _LEVEL[finding.severity],
        "message": {"text": text},
        "locations": [location],
        "partialFingerprints": {"sixpowers/v1": fingerprint(finding)},
    }
    properties: dict[str, Any] = {}
    if loc.pointer:
        properties["pointer"] = loc.pointer
    if loc.sheet is not None:
        properties.update(sheet=loc.sheet, cell=loc.cell, row=loc.row)
    if properties:
        result["properties"] = properties
    if finding.suppressed_reason is not None:
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": finding.suppressed_reason}]
    return result


def sarif_log(findings: Sequence[Finding], lang: str = "zh") -> dict[str, Any]:
    """The SARIF log as a dict."""
    rules, index = _rules(findings)
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "sixpowers", "version": __version__, "rules": rules}},
            "language": "zh-CN" if lang != "en" else "en-US",
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "清单仓库根目录"}}},
            "results": [_result(f, index[f.code]) for f in findings],
        }],
    }


def report_sarif(findings: Sequence[Finding], out: TextIO, lang: str = "zh") -> None:
    json.dump(sarif_log(findings, lang), out, ensure_ascii=False, indent=2)
    out.write("\n")
