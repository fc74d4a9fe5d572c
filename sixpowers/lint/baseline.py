"""Baseline files: the findings a legacy register already had, so only new ones are reported.

A finding is keyed on (file, power, code, message) — not on its line — so editing other lines
keeps old findings suppressed. Line numbers quoted inside a message are blanked in the key.
Keys are counted: two identical old findings cover two, a third one is new.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..findings import Finding, UsageError
from ..fsutil import atomic_write_text

BASELINE_REASON = "baseline"
_LINE = re.compile(r"第 ?\d+ ?行|line \d+")

Key = tuple[str, str, str, str]


def baseline_key(finding: Finding, file: str) -> Key:
    return (file, finding.power or "", finding.code, _LINE.sub("第 N 行", finding.message))


def write_baseline(path: Path, findings: Sequence[Finding], files: dict[str, str]) -> int:
    """Write the unsuppressed findings as a baseline; returns how many were written."""
    counts = Counter(baseline_key(f, files.get(f.location.file, f.location.file))
                     for f in findings if f.suppressed_reason is None)
    entries = [{"file": k[0], "power": k[1] or None, "code": k[2], "message": k[3], "count": n}
               for k, n in sorted(counts.items())]
    text = json.dumps({"version": 1, "tool": "sixpowers", "findings": entries},
                      ensure_ascii=False, indent=2)
    atomic_write_text(path, text + "\n")
    return sum(counts.values())


def read_baseline(path: Path) -> Counter[Key]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Counter({(e["file"], e.get("power") or "", e["code"], e["message"]): int(e.get("count", 1))
                        for e in data["findings"]})
    except OSError as exc:
        raise UsageError(f"{path}: 无法读取基线文件：{exc}", f"{path}: cannot read baseline: {exc}") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{path}: 基线文件格式不对（应由 --write-baseline 生成）",
                         f"{path}: not a baseline file (write one with --write-baseline)") from exc


def apply_baseline(findings: Sequence[Finding], known: Counter[Key],
                   files: dict[str, str]) -> list[Finding]:
    """Findings with those in the baseline marked suppressed."""
    remaining = Counter(known)
    result = []
    for finding in findings:
        key = baseline_key(finding, files.get(finding.location.file, finding.location.file))
        if finding.suppressed_reason is None and remaining[key] > 0:
            remaining[key] -= 1
            finding = replace(finding, suppressed_reason=BASELINE_REASON)
        result.append(finding)
    return result
