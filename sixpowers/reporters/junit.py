"""JUnit XML: one test case per finding (suppressed ones skipped with their reason), so CI
systems that read test reports list register problems beside failing tests."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import TextIO

from ..findings import Finding, Severity


def report_junit(findings: Sequence[Finding], out: TextIO, lang: str = "zh") -> None:
    failures = sum(1 for f in findings if f.suppressed_reason is None
                   and f.severity >= Severity.WARNING)
    skipped = sum(1 for f in findings if f.suppressed_reason is not None)
    suites = ET.Element("testsuites", name="sixpowers")
    suite = ET.SubElement(suites, "testsuite", name="sixpowers",
                          tests=str(max(len(findings), 1)), failures=str(failures), errors="0",
                          skipped=str(skipped))
    if not findings:
        ET.SubElement(suite, "testcase", classname="sixpowers",
                      name="未发现问题" if lang != "en" else "no problems")
    for finding in findings:
        loc = finding.location
        case = ET.SubElement(suite, "testcase", classname=loc.file,
                             name=f"{finding.code} {loc.short()}", file=loc.file)
        if loc.line is not None:
            case.set("line", str(loc.line))
        text = finding.message
        if finding.power:
            text += f"\n{'事项' if lang != 'en' else 'power'}：{finding.power}"
        if finding.hint:
            text += f"\n{'提示' if lang != 'en' else 'hint'}：{finding.hint}"
        if finding.suppressed_reason is not None:
            ET.SubElement(case, "skipped", message=finding.suppressed_reason)
        elif finding.severity >= Severity.WARNING:
            failure = ET.SubElement(case, "failure", type=finding.code, message=finding.message)
            failure.text = f"{loc.short()}: {finding.severity.label} {finding.name}\n{text}"
        else:
            ET.SubElement(case, "system-out").text = text
    ET.indent(suites)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(suites, encoding="unicode"))
    out.write("\n")
