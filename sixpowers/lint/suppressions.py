"""Inline suppression comments in YAML files.

    # sixpowers: ignore[SP301, SP302] 理由：编制仅一名科长，由纪检组全量复核
    # sixpowers: ignore-file[SP407] 理由：风险点另册管理

What a comment covers:
- a comment after other text on its line (trailing) covers findings located on that line;
- a comment on a line of its own covers the YAML node that starts on the next line that is
  neither blank nor a comment, with everything inside it: before `- code: ...` that is the whole
  power, before `flow:` the whole flow, before `name: ...` that one field;
- `ignore-file[...]` covers the whole file, wherever it is written.
Codes may be prefixes (`ignore[SP3]`). The reason after 理由/原因/reason and a colon is
mandatory: a comment without one is reported (SP901) and suppresses nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..sources import Document

_MARK = re.compile(r"(?:^|\s)(#\s*sixpowers\s*[:：].*)$")
_FORM = re.compile(r"#\s*sixpowers\s*[:：]\s*(ignore-file|ignore)\s*\[([^\]]*)\]\s*(.*)$")
_REASON = re.compile(r"^(?:理由|原因|reason)\s*[:：]\s*(\S.*)$", re.IGNORECASE)


@dataclass
class Suppression:
    """One comment: where it is, what it covers and why."""

    line: int
    column: int
    codes: tuple[str, ...]
    reason: str | None
    file_wide: bool = False
    covers_line: int | None = None
    covers_pointer: str | None = None
    malformed: bool = False
    used: set[str] = field(default_factory=set)

    def covers(self, code: str, line: int | None, pointer: str) -> str | None:
        """The code of this comment that covers a finding, or None."""
        match = next((c for c in self.codes if code.startswith(c)), None)
        if match is None:
            return None
        if self.file_wide or (line is not None and line == self.covers_line):
            return match
        p = self.covers_pointer
        if p is not None and (pointer == p or pointer.startswith(p + "/")):
            return match
        return None


def _outermost_by_line(doc: Document) -> dict[int, str]:
    """Line → the outermost node (key or value) that starts on it."""
    best: dict[int, str] = {}
    for table in (doc.keys, doc.values):
        for pointer, (line, _) in table.items():
            current = best.get(line)
            if current is None or (pointer.count("/"), len(pointer)) < (current.count("/"), len(current)):
                best[line] = pointer
    return best


def read_suppressions(doc: Document) -> list[Suppression]:
    """Every `# sixpowers:` comment of a YAML document."""
    if doc.text is None:
        return []
    lines = doc.text.splitlines()
    found: list[Suppression] = []
    nodes: dict[int, str] | None = None
    for number, text in enumerate(lines, 1):
        if "sixpowers" not in text:
            continue
        mark = _MARK.search(text)
        if not mark:
            continue
        column = mark.start(1) + 1
        form = _FORM.match(mark.group(1))
        if not form:
            found.append(Suppression(number, column, (), None, malformed=True))
            continue
        codes = tuple(c.upper() for c in re.split(r"[\s,，、]+", form.group(2)) if c)
        reason_match = _REASON.match(form.group(3).strip())
        item = Suppression(number, column, codes, reason_match.group(1) if reason_match else None,
                           file_wide=form.group(1) == "ignore-file")
        if text[:mark.start(1)].strip():
            item.covers_line = number
        else:
            target = number + 1
            while target <= len(lines) and (not lines[target - 1].strip()
                                            or lines[target - 1].lstrip().startswith("#")):
                target += 1
            item.covers_line = target
            nodes = nodes if nodes is not None else _outermost_by_line(doc)
            item.covers_pointer = nodes.get(target)
        found.append(item)
    return found
