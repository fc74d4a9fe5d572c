"""`sixpowers compare`: registers of the same level side by side — counts by type per
department, powers some hold and others do not (matched as the catalogue checks match), and
names that differ for the same code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..matching.index import CatalogueIndex, make_entry
from ..model import Power
from ..register import Register
from ..rules.base import ACTIVE_STATUSES
from ..rules.codes import split_item_code
from ..vocab import GOVERNMENT_TYPES, PARTY_TYPES


@dataclass(frozen=True)
class DepartmentCount:
    register: int
    department: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Group:
    """One power as the registers hold it: its name in each register that does."""

    power: Power  # as the first register holding it writes it
    type: str
    names: dict[int, str] = field(default_factory=dict)
    codes: dict[int, str] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.names[min(self.names)]


@dataclass(frozen=True)
class CodeNames:
    code: str
    names: dict[int, str]


@dataclass
class Comparison:
    labels: list[str]
    types: list[str]
    departments: list[DepartmentCount]
    groups: list[Group]
    code_names: list[CodeNames]

    def partial(self) -> list[Group]:
        """Groups some registers hold and others do not."""
        return [g for g in self.groups if len(g.names) < len(self.labels)]


def register_label(register: Register, path: Path) -> str:
    return register.config.info.name or path.name or str(path)


def _type_order(types: set[str]) -> list[str]:
    order = {t: i for i, t in enumerate([*GOVERNMENT_TYPES, *PARTY_TYPES])}
    return sorted(types, key=lambda t: (order.get(t, len(order)), t))


def compare_registers(registers: Sequence[Register], labels: Sequence[str]) -> Comparison:
    """Compare registers: counts, powers held by some only, names differing for one code."""
    departments: list[DepartmentCount] = []
    groups: list[Group] = []
    by_code: dict[str, dict[int, set[str]]] = {}
    for number, register in enumerate(registers):
        vocab = register.config.type_vocabulary()
        index = CatalogueIndex([make_entry(g.power, g.type, ref=i)
                                for i, g in enumerate(groups)])
        fresh: list[Group] = []
        for file in register.files:
            counts: Counter[str] = Counter()
            for _, power in file.powers:
                if power.status.value not in ACTIVE_STATUSES:
                    continue
                type_ = vocab.canonical(power.type) or power.type
                counts[type_] += 1
                if power.code:
                    code = split_item_code(power.code)[0]
                    by_code.setdefault(code, {}).setdefault(number, set()).add(power.title)
                match = index.match(power, type_, file.department) if index.entries else None
                if match is not None:
                    group = groups[match.entry.ref]
                else:
                    group = Group(power, type_)
                    fresh.append(group)
                group.names.setdefault(number, power.title)
                if power.code:
                    group.codes.setdefault(number, power.code)
            name = file.department.name if file.department else Path(file.path).stem
            departments.append(DepartmentCount(number, name, dict(counts)))
        groups.extend(fresh)
    types = _type_order({t for d in departments for t in d.counts})
    code_names = [CodeNames(code, {n: sorted(names)[0] for n, names in held.items()})
                  for code, held in sorted(by_code.items())
                  if len(held) > 1 and len({t for names in held.values() for t in names}) > 1]
    order = {t: i for i, t in enumerate(types)}
    groups.sort(key=lambda g: (order.get(g.type, len(order)), g.title))
    return Comparison(list(labels), types, departments, groups, code_names)

