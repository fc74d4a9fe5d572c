"""Safe fixes applied to the source text at the located spans, so comments, key order, quoting
and layout stay as the user wrote them. Only single-line plain or quoted scalars are edited."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..findings import Finding
from ..fsutil import atomic_write_text
from ..rules.base import Fix
from ..sources import escape_token

_PLAIN_UNSAFE = re.compile(r"[,\[\]{}#&*!|>'\"%@`]|: |^[-?:\s]|\s$")


@dataclass
class Change:
    line: int
    column: int
    code: str
    old: str
    new: str


@dataclass
class FileEdit:
    """The fixed text of one file and what changed in it."""

    path: str
    old_text: str
    new_text: str
    changes: list[Change] = field(default_factory=list)
    bom: str = ""


def _scalars(text: str) -> dict[str, yaml.ScalarNode]:
    """Pointer → scalar node, composed with the pure-Python loader for character offsets."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    found: dict[str, yaml.ScalarNode] = {}
    todo: list[tuple[yaml.Node, str]] = [(root, "")] if root is not None else []
    while todo:
        node, pointer = todo.pop()
        if isinstance(node, yaml.ScalarNode):
            found[pointer] = node
        elif isinstance(node, yaml.SequenceNode):
            todo.extend((child, f"{pointer}/{i}") for i, child in enumerate(node.value))
        elif isinstance(node, yaml.MappingNode):
            todo.extend((v, f"{pointer}/{escape_token(str(k.value))}") for k, v in node.value)
    return found


def _render(value: str, style: str | None) -> str:
    if style == "'":
        return "'" + value.replace("'", "''") + "'"
    if style is None and not _PLAIN_UNSAFE.search(value) and yaml.safe_load(value) == value:
        return value
    return json.dumps(value, ensure_ascii=False)


def plan_fixes(fixes: Sequence[tuple[Finding, Fix]]) -> list[FileEdit]:
    """The edits the fixes make, file by file; overlapping or unlocatable fixes are skipped."""
    by_file: dict[str, list[tuple[Finding, Fix]]] = {}
    for finding, fix in fixes:
        by_file.setdefault(finding.location.file, []).append((finding, fix))
    edits = []
    for path, items in sorted(by_file.items()):
        if Path(path).suffix.lower() not in (".yaml", ".yml"):
            continue  # sheets and CSV are imported, not edited in place
        raw = Path(path).read_bytes()
        bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
        old_text = raw.decode("utf-8-sig")
        nodes = _scalars(old_text)
        spans: dict[tuple[int, int], tuple[str, Change]] = {}
        for finding, fix in items:
            node = nodes.get(fix.pointer)
            if node is None or node.style not in (None, "'", '"') or node.value == fix.value:
                continue
            start, end = node.start_mark.index, node.end_mark.index
            if "\n" in old_text[start:end] or any(s < end and start < e for s, e in spans
                                                  if (s, e) != (start, end)):
                continue
            change = Change(node.start_mark.line + 1, node.start_mark.column + 1, finding.code,
                            node.value, fix.value)
            spans[(start, end)] = (_render(fix.value, node.style), change)
        new_text = old_text
        for (start, end), (replacement, _) in sorted(spans.items(), reverse=True):
            new_text = new_text[:start] + replacement + new_text[end:]
        if new_text != old_text:
            changes = sorted((c for _, c in spans.values()), key=lambda c: (c.line, c.column))
            edits.append(FileEdit(path, old_text, new_text, changes, bom))
    return edits


def write_edits(edits: Sequence[FileEdit]) -> None:
    for edit in edits:
        atomic_write_text(Path(edit.path), edit.bom + edit.new_text)


def unified_diff(edits: Sequence[FileEdit]) -> str:
    return "".join("".join(difflib.unified_diff(
        e.old_text.splitlines(keepends=True), e.new_text.splitlines(keepends=True),
        fromfile=f"a/{e.path}", tofile=f"b/{e.path}")) for e in edits)
