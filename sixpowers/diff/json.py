"""The diff as JSON: every change and the summary, with stable keys."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any, TextIO

from ..findings import Finding
from ..reporters.json import finding_to_dict
from .model import PowerChange, RegisterDiff, transition_label


def _power(change: PowerChange) -> dict[str, Any]:
    data = asdict(change)
    data["moved"] = change.moved
    data["recoded"] = change.recoded
    pair = change.transition()
    data["transition"] = transition_label(pair) if pair else None
    return data


def diff_to_dict(diff: RegisterDiff, findings: Sequence[Finding] | None = None) -> dict[str, Any]:
    s = diff.summary
    summary = asdict(s)
    summary["transitions"] = [{"from": a, "to": b, "label": transition_label((a, b)), "count": n}
                              for (a, b), n in s.transitions]
    data: dict[str, Any] = {
        "old": diff.old_label,
        "new": diff.new_label,
        "summary": summary,
        "powers": [_power(c) for c in diff.powers],
        "lists": [asdict(c) for c in diff.lists],
        "load_problems": diff.load_problems,
    }
    if findings is not None:
        data["findings"] = [finding_to_dict(f) for f in findings]
    return data


def report_diff_json(diff: RegisterDiff, out: TextIO, lang: str = "zh",
                     findings: Sequence[Finding] | None = None) -> None:
    json.dump(diff_to_dict(diff, findings), out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")
