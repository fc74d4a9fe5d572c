"""Shape a register into the plain, sorted, grouped values the templates lay out.

Nothing here knows HTML or Markdown: templates only place these values."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import Power
from ..register import Register
from ..vocab import ADMIN_LEVELS, STATUSES
from .names import NameAllocator, safe_stem


@dataclass(frozen=True, slots=True)
class PowerEntry:
    """One power as listed: identity, the facets the index filters on, and its page name."""

    id: int
    code: str
    title: str
    type: str
    department: str
    status: str
    levels: tuple[str, ...]
    stem: str
    source: str
    power: Power

    @property
    def page(self) -> str:
        return f"powers/{self.stem}.html"


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of a statistics chart: label, count and its length as a share of the longest."""

    label: str
    count: int
    share: float


@dataclass(frozen=True, slots=True)
class DepartmentGroup:
    name: str
    stem: str
    entries: tuple[PowerEntry, ...]


@dataclass
class SiteContext:
    """Everything the site's pages show, sorted by code (empty codes last, by title)."""

    title: str
    jurisdiction: str
    version: str
    lang: str
    entries: list[PowerEntry]
    departments: list[DepartmentGroup]
    types: list[str]
    statuses: list[str]
    levels: list[str]
    by_type: list[Bar] = field(default_factory=list)
    by_department: list[Bar] = field(default_factory=list)
    by_status: list[Bar] = field(default_factory=list)


def _sort_key(code: str, title: str, department: str) -> tuple[int, str, str, str]:
    return (0 if code else 1, code, title, department)


def _bars(counts: Mapping[str, int], order: list[str] | None = None) -> list[Bar]:
    """Bars largest first (ties in `order`, else by label), each scaled to the largest."""
    rank = {label: i for i, label in enumerate(order or [])}
    top = max(counts.values(), default=0) or 1
    labels = sorted(counts, key=lambda k: (-counts[k], rank.get(k, len(rank)), k))
    return [Bar(label, counts[label], counts[label] / top) for label in labels]


def build_site_context(register: Register, lang: str = "zh") -> SiteContext:
    """Sorted entries with safe page names, facet vocabularies and statistics."""
    vocab = register.config.type_vocabulary()
    raw: list[tuple[tuple[int, str, str, str], str, str, str, str, Power]] = []
    for file, _pointer, power in register.powers():
        department = file.department.name if file.department else file.path
        kind = vocab.canonical(power.type) or power.type
        code = (power.code or "").strip()
        raw.append((_sort_key(code, power.title, department), code, kind, department,
                    file.path, power))
    raw.sort(key=lambda item: item[0])
    names = NameAllocator()
    entries: list[PowerEntry] = []
    for index, (_key, code, kind, department, path, power) in enumerate(raw):
        seed = f"{department}\n{code}\n{power.title}"
        stem = safe_stem(code, seed=seed) if code else safe_stem("", seed=seed)
        entries.append(PowerEntry(
            id=index, code=code, title=power.title, type=kind, department=department,
            status=power.status.value, levels=tuple(power.levels),
            stem=names.allocate(stem, seed), source=path, power=power))
    type_order = list(vocab.codes)
    seen_types = {e.type for e in entries}
    types = [t for t in type_order if t in seen_types] + sorted(seen_types - set(type_order))
    info = register.config.info
    return SiteContext(
        title=info.name, jurisdiction=info.jurisdiction,
        version=" ".join(v for v in (info.version or "", str(info.date or "")) if v),
        lang=lang, entries=entries, departments=group_by_department(entries), types=types,
        statuses=[s for s in STATUSES if any(e.status == s for e in entries)],
        levels=[lv for lv in ADMIN_LEVELS if any(lv in e.levels for e in entries)],
        by_type=_bars(Counter(e.type for e in entries), type_order),
        by_department=_bars(Counter(e.department for e in entries)),
        by_status=_bars(Counter(e.status for e in entries), list(STATUSES)),
    )


def group_by_department(entries: list[PowerEntry]) -> list[DepartmentGroup]:
    """Departments in order of their first code, each with its entries and a safe file stem."""
    groups: dict[str, list[PowerEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.department, []).append(entry)
    names = NameAllocator()
    return [DepartmentGroup(name, names.allocate(safe_stem(name, keep_unicode=True, seed=name),
                                                 name), tuple(items))
            for name, items in groups.items()]


def index_rows(context: SiteContext) -> dict[str, Any]:
    """The compact list the index page filters: facet tables plus one short row per power
    `[code, title, department#, type#, status#, level bits, page stem]`."""
    departments = [g.name for g in context.departments]
    dep_ix = {name: i for i, name in enumerate(departments)}
    type_ix = {name: i for i, name in enumerate(context.types)}
    status_ix = {name: i for i, name in enumerate(context.statuses)}
    level_bit = {name: 1 << i for i, name in enumerate(context.levels)}
    rows = [[e.code, e.title, dep_ix[e.department], type_ix[e.type], status_ix[e.status],
             sum(level_bit[lv] for lv in set(e.levels)), e.stem] for e in context.entries]
    return {"departments": departments, "types": context.types,
            "statuses": context.statuses, "levels": context.levels, "rows": rows}
