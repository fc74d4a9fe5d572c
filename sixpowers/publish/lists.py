"""The responsibility list (主要职责, 事中事后监管, 职责边界) and the negative list (负面清单) shaped
for the site: rows grouped by department in the site's department order, each with the
normalised text the page's search filters on, and the counts the statistics page shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..register import Register
from .search import normalize

DUTY_KINDS = ("主要职责", "事中事后监管", "职责边界")


@dataclass(frozen=True, slots=True)
class DutyRow:
    """One duty of the responsibility list."""

    kind: str
    name: str
    details: tuple[tuple[str, str], ...]  # (label key, text): lead, with, division, rules
    basis: tuple[str, ...]
    accountability: tuple[str, ...]
    search: str


@dataclass(frozen=True, slots=True)
class ProhibitionRow:
    """One item of the negative list."""

    id: str
    act: str
    scope: str
    basis: tuple[str, ...]
    consequence: str
    search: str


@dataclass
class DepartmentLists:
    """One department's responsibility and negative lists."""

    name: str
    powers: int
    duties: dict[str, list[DutyRow]] = field(default_factory=lambda: {k: [] for k in DUTY_KINDS})
    prohibitions: list[ProhibitionRow] = field(default_factory=list)

    @property
    def duty_count(self) -> int:
        return sum(len(rows) for rows in self.duties.values())

    def count(self, kind: str) -> int:
        """Rows of one duty kind, or of the negative list (`负面清单`)."""
        return len(self.prohibitions) if kind == "负面清单" else len(self.duties[kind])


@dataclass
class ListsContext:
    """Every department's lists, departments in the order given (the power index's order,
    then departments that list no power, by name)."""

    departments: list[DepartmentLists]

    def total(self, kind: str) -> int:
        return sum(d.count(kind) for d in self.departments)

    @property
    def with_duties(self) -> list[DepartmentLists]:
        return [d for d in self.departments if d.duty_count]

    @property
    def with_prohibitions(self) -> list[DepartmentLists]:
        return [d for d in self.departments if d.prohibitions]


def _search(*parts: str | tuple[str, ...]) -> str:
    """The text a row is found by: every field, one per line, normalised as the site searches."""
    flat = [p for part in parts for p in ((part,) if isinstance(part, str) else part) if p]
    return normalize("\n".join(flat))


def build_lists_context(register: Register, order: list[str] | None = None) -> ListsContext:
    """The two lists of every department file that parsed, grouped by department name."""
    groups: dict[str, DepartmentLists] = {}
    for file in register.files:
        model = file.model
        if model is None:
            continue
        name = model.department.name
        group = groups.setdefault(name, DepartmentLists(name, 0))
        group.powers += len(file.powers)
        resp = model.responsibilities
        for duty in resp.main if resp else []:
            details: tuple[tuple[str, str], ...] = (
                (("rules", "；".join(duty.rules)),) if duty.rules else ())
            group.duties[duty.kind].append(DutyRow(
                duty.kind, duty.name, details, tuple(duty.basis), tuple(duty.accountability),
                _search(name, duty.kind, duty.name, tuple(duty.rules), tuple(duty.basis),
                        tuple(duty.accountability))))
        for shared in resp.shared if resp else []:
            details = (("lead", shared.lead), ("with_departments", "、".join(shared.with_departments)))
            if shared.division:
                details += (("division", shared.division),)
            group.duties["职责边界"].append(DutyRow(
                "职责边界", shared.name, details, tuple(shared.basis), tuple(shared.accountability),
                _search(name, "职责边界", shared.name, shared.lead, tuple(shared.with_departments),
                        shared.division or "", tuple(shared.basis), tuple(shared.accountability))))
        for item in model.negative_list:
            group.prohibitions.append(ProhibitionRow(
                item.id or "", item.act, item.scope, tuple(item.basis), item.consequence or "",
                _search(name, item.id or "", item.act, item.scope, tuple(item.basis),
                        item.consequence or "")))
    rank = {name: i for i, name in enumerate(order or [])}
    ordered = sorted(groups.values(), key=lambda g: (rank.get(g.name, len(rank)), g.name))
    return ListsContext(ordered)
