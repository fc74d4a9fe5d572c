"""The diff as Markdown for a pull-request comment or a job summary: the summary in full, the
detail folded in `<details>`, everything under 64 KB with a note of what was left out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from ..findings import Finding
from ..reporters.markdown import COMMENT_LIMIT, Budget, code_md, escape_md
from .labels import colon, headline, power_heading, transitions_line, word
from .model import ListChange, PowerChange, RegisterDiff, Tally

MAX_TABLE_ROWS = 300


def _table(tallies: Sequence[Tally], first: str, lang: str, total: bool) -> str:
    head = [first, word("before", lang), word("after", lang), word("added", lang),
            word("removed", lang)]
    lines = ["| " + " | ".join(head) + " |", "|---|--:|--:|--:|--:|"]
    for t in tallies[:MAX_TABLE_ROWS]:
        lines.append(f"| {escape_md(t.name)} | {t.before:,} | {t.after:,} | {t.added:,} "
                     f"| {t.removed:,} |")
    if len(tallies) > MAX_TABLE_ROWS:
        lines.append(f"| … {len(tallies) - MAX_TABLE_ROWS:,} | | | | |")
    if total:
        sums = [sum(getattr(t, f) for t in tallies) for f in ("before", "after", "added", "removed")]
        lines.append(f"| **{word('total', lang)}** | " + " | ".join(f"**{n:,}**" for n in sums)
                     + " |")
    return "\n".join(lines) + "\n"


def _power_block(change: PowerChange, lang: str) -> str:
    ref = change.ref
    head = escape_md(power_heading(change, lang))
    if ref.code:
        head = head.replace(escape_md(ref.code), code_md(ref.code), 1)
    lines = [f"- **{head}**"] if change.kind == "matched" else [f"- {head}"]
    lines.extend(f"  - {escape_md(f.text(lang))}" for f in change.fields)
    return "\n".join(lines) + "\n"


def _list_block(change: ListChange, lang: str) -> str:
    kind = word(f"list_{change.kind}", lang)
    lines = [f"- {escape_md(change.department)} · {escape_md(change.label)}{colon(lang)}"
             f"{kind} {escape_md(change.key)}"]
    lines.extend(f"  - {escape_md(f.text(lang))}" for f in change.fields)
    return "\n".join(lines) + "\n"


def _findings_section(findings: Sequence[Finding], budget: Budget, lang: str) -> int:
    budget.force(f"\n#### {word('grounds', lang)}\n\n")
    if not findings:
        budget.force(word("grounds_ok", lang) + "\n")
        return 0
    omitted = 0
    for f in findings:
        if omitted or not budget.add(f"- {code_md(f.location.short())} **{f.code}** "
                                     f"{escape_md(f.message)}\n"):
            omitted += 1
    return omitted


def report_diff_markdown(diff: RegisterDiff, out: TextIO, lang: str = "zh",
                         findings: Sequence[Finding] | None = None,
                         limit: int = COMMENT_LIMIT) -> None:
    """Write the diff as Markdown; at most `limit` bytes."""
    budget = Budget(limit, reserve=2048)
    s = diff.summary
    budget.force(f"### {word('title', lang)}{colon(lang)}{code_md(diff.old_label)} → "
                 f"{code_md(diff.new_label)}\n\n")
    if not diff.has_changes:
        budget.force(word("no_changes", lang) + "\n")
    budget.force(f"**{escape_md(headline(s, lang))}**\n\n")
    if diff.load_problems:
        budget.force("> " + word("load_problems", lang).format(n=diff.load_problems) + "\n\n")
    if diff.has_changes:
        budget.add(_table(s.by_department, word("department", lang), lang, True))
        if s.transitions:
            budget.add(f"\n**{word('transitions', lang)}**{colon(lang)}{escape_md(transitions_line(s, lang))}\n")
        budget.add(f"\n<details><summary>{word('by_type', lang)}（{len(s.by_type)}）</summary>\n\n"
                   + _table(s.by_type, word("type", lang), lang, False) + "\n</details>\n")
    omitted = 0
    if findings is not None:
        omitted += _findings_section(findings, budget, lang)
    sections: list[tuple[str, list[str]]] = [
        ("removed_powers", [_power_block(c, lang) for c in diff.powers if c.kind == "removed"]),
        ("added_powers", [_power_block(c, lang) for c in diff.powers if c.kind == "added"]),
        ("changed_powers", [_power_block(c, lang) for c in diff.powers if c.kind == "matched"]),
        ("lists", [_list_block(c, lang) for c in diff.lists]),
    ]
    for key, blocks in sections:
        if not blocks:
            continue
        if omitted or not budget.add(f"\n<details><summary>{word(key, lang)}（{len(blocks):,}）"
                                     "</summary>\n\n"):
            omitted += len(blocks)
            continue
        for index, block in enumerate(blocks):
            if not budget.add(block):
                omitted += len(blocks) - index
                break
        budget.force("\n</details>\n")
    if omitted:
        note = (f"\n> 为保持在 64 KB 以内，另有 {omitted:,} 项明细未列出；完整内容见 "
                "`sixpowers diff --format json`。\n" if lang != "en" else
                f"\n> {omitted:,} more item(s) left out to stay under 64 KB; see "
                "`sixpowers diff --format json` for everything.\n")
        budget.force(note)
    out.write(budget.text())
