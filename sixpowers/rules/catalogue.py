"""The rules as documentation: the `sixpowers rules` table and the `sixpowers rule` page."""

from __future__ import annotations

import inspect
from types import ModuleType

from rich.cells import cell_len

from ..findings import UsageError
from ..vocab import nearest
from . import RULES


def summary(rule: ModuleType) -> str:
    """The first line of the rule's docstring."""
    doc = inspect.getdoc(rule)
    return doc.splitlines()[0] if doc else ""


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - cell_len(text), 0)


def rules_table(lang: str = "zh") -> str:
    """One line per rule: code, name, severity, fixable mark, summary."""
    head = ("编号", "名称", "级别", "修复", "说明") if lang != "en" else ("code", "name", "severity", "fix", "summary")
    rows = [head]
    for code, rule in RULES.items():
        severity = rule.SEVERITY.label if lang == "en" else rule.SEVERITY.label_zh
        if not getattr(rule, "DEFAULT", True):
            severity += "（默认关闭）" if lang != "en" else " (opt-in)"
        rows.append((code, rule.NAME, severity, "*" if getattr(rule, "FIXABLE", False) else "",
                     summary(rule)))
    widths = [max(cell_len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(_pad(cell, widths[i]) if i < 4 else cell for i, cell in enumerate(row)).rstrip()
             for row in rows]
    return "\n".join(lines) + "\n"


def find_rule(key: str) -> ModuleType:
    """A rule by code (any case) or name; an unknown key stops the run with a suggestion."""
    wanted = key.strip()
    for code, rule in RULES.items():
        if wanted.upper() == code or wanted.lower() == rule.NAME:
            return rule
    guess = nearest(wanted.upper(), list(RULES)) or nearest(wanted, [r.NAME for r in RULES.values()])
    tail = f"，是否是 {guess}？" if guess else "（运行 sixpowers rules 查看全部规则）"
    tail_en = f"; did you mean {guess}?" if guess else " (see sixpowers rules)"
    raise UsageError(f"没有规则“{key}”{tail}", f"no rule '{key}'{tail_en}")


def rule_page(key: str, lang: str = "zh") -> str:
    """The rule's documentation page: header line, docstring, legal basis."""
    rule = find_rule(key)
    severity = rule.SEVERITY.label if lang == "en" else rule.SEVERITY.label_zh
    flags = [severity]
    if getattr(rule, "FIXABLE", False):
        flags.append("可自动修复" if lang != "en" else "fixable")
    if not getattr(rule, "DEFAULT", True):
        flags.append("默认关闭" if lang != "en" else "opt-in")
    if getattr(rule, "KINDS", None):
        flags.append("仅政府清单" if lang != "en" else "government registers only")
    header = f"{rule.CODE} {rule.NAME}（{'，'.join(flags)}）" if lang != "en" else f"{rule.CODE} {rule.NAME} ({', '.join(flags)})"
    return f"{header}\n\n{inspect.getdoc(rule)}\n"
