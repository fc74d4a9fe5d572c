"""Aggregates for the dashboard: cases per traffic light by department, by power and by month.
Only counts leave the database here; no person id ever does."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..findings import Finding


@dataclass(frozen=True)
class Lights:
    red: int = 0
    yellow: int = 0
    green: int = 0

    @property
    def total(self) -> int:
        return self.red + self.yellow + self.green

    def __add__(self, other: Lights) -> Lights:
        return Lights(self.red + other.red, self.yellow + other.yellow, self.green + other.green)


@dataclass(frozen=True)
class PowerStats:
    department: str
    code: str
    title: str
    lights: Lights
    open: int
    mean_days: float
    limit: float | None
    unit: str
    violations: int
    months: dict[str, Lights] = field(default_factory=dict)


@dataclass(frozen=True)
class DepartmentStats:
    name: str
    lights: Lights
    open: int
    months: dict[str, Lights]


@dataclass(frozen=True)
class MonitorSummary:
    as_of: dt.date | None
    warn_days: int
    events: int
    lights: Lights = Lights()
    open: int = 0
    months: list[str] = field(default_factory=list)
    departments: list[DepartmentStats] = field(default_factory=list)
    powers: list[PowerStats] = field(default_factory=list)
    violations: dict[str, int] = field(default_factory=dict)


def _lights(red: Any, yellow: Any, green: Any) -> Lights:
    return Lights(int(red or 0), int(yellow or 0), int(green or 0))


LIGHT_SUMS = ("count(*) FILTER (WHERE light = 'red'), count(*) FILTER (WHERE light = 'yellow'), "
              "count(*) FILTER (WHERE light = 'green'), count(*) FILTER (WHERE NOT closed)")


def summarise_cases(con: Any, findings: Sequence[Finding], as_of: dt.date | None,
                    warn_days: int, events: int) -> MonitorSummary:
    """Counts by department, month and power from the `cases` table and the findings."""
    per_power = Counter(f.power for f in findings if f.power and f.code != "SP800")
    departments: dict[str, DepartmentStats] = {}
    for name, red, yellow, green, open_ in con.execute(
            f"SELECT department, {LIGHT_SUMS} FROM cases GROUP BY 1 ORDER BY 1").fetchall():
        departments[name] = DepartmentStats(name, _lights(red, yellow, green), int(open_), {})
    months: set[str] = set()
    for name, month, red, yellow, green, _open in con.execute(
            f"SELECT department, strftime(start_d, '%Y-%m'), {LIGHT_SUMS} FROM cases "
            "GROUP BY 1, 2 ORDER BY 1, 2").fetchall():
        departments[name].months[month] = _lights(red, yellow, green)
        months.add(month)
    powers = [
        PowerStats(department, code, title or code, _lights(red, yellow, green), int(open_),
                   float(mean or 0), limit, unit, per_power.get(code, 0))
        for department, code, title, limit, unit, red, yellow, green, open_, mean in con.execute(
            f"SELECT department, power_code, any_value(title), any_value(lim), any_value(unit), "
            f"{LIGHT_SUMS}, avg(elapsed_total) FILTER (WHERE closed) FROM cases "
            "GROUP BY 1, 2 ORDER BY 1, 2").fetchall()]
    by_power: dict[tuple[str, str], dict[str, Lights]] = {}
    for department, code, month, red, yellow, green, _open in con.execute(
            f"SELECT department, power_code, strftime(start_d, '%Y-%m'), {LIGHT_SUMS} FROM cases "
            "GROUP BY 1, 2, 3").fetchall():
        by_power.setdefault((department, code), {})[month] = _lights(red, yellow, green)
    powers = [replace(p, months=by_power.get((p.department, p.code), {})) for p in powers]
    total = Lights()
    for department in departments.values():
        total += department.lights
    return MonitorSummary(
        as_of=as_of, warn_days=warn_days, events=events,
        lights=total, open=sum(d.open for d in departments.values()),
        months=sorted(months), departments=list(departments.values()), powers=powers,
        violations=dict(sorted(Counter(f.code for f in findings).items())))
