"""Which codes are on, at which severity, in which files: ruff-style selectors by code or prefix.

The longest matching selector decides (`select = ["SP3"]`, `ignore = ["SP301"]` turns SP301
off; `select = ["SP301"]`, `ignore = ["SP3"]` keeps it on); on a tie `ignore` wins. Without any
`select`, every default rule is on. A rule with `DEFAULT = False` runs only when its exact code
is selected. Source findings (SP0xx: the file could not be read) are always reported; schema
findings (SP1xx) are reported unless ignored — `select` does not hide them, because a power that
fails validation is not linted and would otherwise vanish silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from ..findings import Severity, UsageError
from ..rules import RULES

_SELECTOR = re.compile(r"^SP\d{0,4}$")
# Schema findings are SP1 and two digits; SP10xx (four digits) are lint rules.
_SCHEMA = re.compile(r"^SP1\d\d$")


def check_selectors(selectors: Iterable[str], where: str) -> list[str]:
    """Upper-cased selectors; an unknown one stops the run."""
    result = []
    for raw in selectors:
        selector = raw.strip().upper()
        known = _SELECTOR.match(selector) and (
            len(selector) < 5 or selector[2] in "01" or any(c.startswith(selector) for c in RULES))
        if not known:
            raise UsageError(f"{where}: 未知的规则编号或前缀“{raw}”（运行 sixpowers rules 查看全部规则）",
                             f"{where}: unknown rule code or prefix '{raw}' (see sixpowers rules)")
        result.append(selector)
    return result


@dataclass(frozen=True)
class Selection:
    """Selectors and per-code settings resolved from config and command line."""

    select: tuple[str, ...] = ("SP",)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, select: Sequence[str], extend_select: Sequence[str], ignore: Sequence[str],
              severity: Mapping[str, str], per_file_ignores: Mapping[str, Sequence[str]],
              where: str = "sixpowers.toml") -> Selection:
        chosen = check_selectors(select, where) or ["SP"]
        chosen += check_selectors(extend_select, where)
        levels: dict[str, Severity] = {}
        for code, text in severity.items():
            (selector,) = check_selectors([code], where)
            try:
                levels[selector] = Severity.parse(text)
            except ValueError as exc:
                raise UsageError(f"{where}: 严重程度“{text}”应为 error、warning 或 info",
                                 f"{where}: severity '{text}' must be error, warning or info") from exc
        files = {pattern: tuple(check_selectors(codes, where))
                 for pattern, codes in per_file_ignores.items()}
        return cls(tuple(chosen), tuple(check_selectors(ignore, where)), levels, files)

    def enabled(self, code: str) -> bool:
        if code.startswith("SP0"):
            return True
        rule = RULES.get(code)
        if rule is not None and not getattr(rule, "DEFAULT", True):
            return code in self.select and code not in self.ignore
        if _SCHEMA.match(code):
            return not any(code.startswith(s) for s in self.ignore)
        best_on = max((len(s) for s in self.select if code.startswith(s)), default=-1)
        best_off = max((len(s) for s in self.ignore if code.startswith(s)), default=-1)
        return best_on > best_off

    def severity_of(self, code: str, default: Severity) -> Severity:
        matches = [s for s in self.severity if code.startswith(s)]
        return self.severity[max(matches, key=len)] if matches else default

    def ignored_in_file(self, code: str, paths: Iterable[str]) -> bool:
        candidates = list(paths)
        for pattern, codes in self.per_file_ignores.items():
            if any(code.startswith(c) for c in codes) and any(
                    fnmatchcase(p, pattern) for p in candidates):
                return True
        return False
