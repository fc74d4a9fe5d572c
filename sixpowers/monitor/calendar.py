"""The working-day calendar: weekends, public holidays and make-up working days (调休上班).

The holidays of the years the package knows ship as data (`holidays.csv`, from the State
Council's yearly notices); a register adds or corrects days with its own file
(`[monitor] calendar = "..."` in sixpowers.toml). Working days are counted in SQL through a
calendar table with a running count of working days, so the number of working days between two
dates is one subtraction.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..findings import UsageError

CALENDAR_DATA = Path(__file__).with_name("holidays.csv")
OFF = {"休", "假", "off", "holiday"}
WORK = {"班", "work", "workday"}


@dataclass
class WorkCalendar:
    """Days that differ from the Monday-to-Friday rule, and the years the data covers."""

    overrides: dict[dt.date, bool] = field(default_factory=dict)
    years: set[int] = field(default_factory=set)

    def is_working(self, day: dt.date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        return day.weekday() < 5

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after `start` up to and including `end` (the start day is not counted)."""
        return sum(1 for n in range(1, (end - start).days + 1)
                   if self.is_working(start + dt.timedelta(days=n)))

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The date `days` working days after `start`."""
        day = start
        while days > 0:
            day += dt.timedelta(days=1)
            days -= self.is_working(day)
        return day

    def merge(self, other: WorkCalendar) -> WorkCalendar:
        return WorkCalendar({**self.overrides, **other.overrides}, self.years | other.years)


def parse_calendar(text: str, source: str) -> WorkCalendar:
    """Read `date,kind[,name]` rows: kind 休 (day off) or 班 (make-up working day)."""
    calendar = WorkCalendar()
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not {"date", "kind"} <= set(reader.fieldnames):
        raise UsageError(f"{source}: 节假日文件须有 date 和 kind 两列",
                         f"{source}: a holiday file needs the columns date and kind")
    for number, row in enumerate(reader, 2):
        try:
            day = dt.date.fromisoformat((row["date"] or "").strip())
        except ValueError:
            raise UsageError(f"{source}:{number}: 日期 {row['date']!r} 不是 YYYY-MM-DD",
                             f"{source}:{number}: date {row['date']!r} is not YYYY-MM-DD") from None
        kind = (row["kind"] or "").strip().lower()
        if kind not in OFF | WORK:
            raise UsageError(f"{source}:{number}: kind 应为“休”或“班”，而不是 {row['kind']!r}",
                             f"{source}:{number}: kind must be 休 or 班, not {row['kind']!r}")
        calendar.overrides[day] = kind in WORK
        calendar.years.add(day.year)
    return calendar


def load_calendar(extra: Path | None = None) -> WorkCalendar:
    """The shipped calendar, with a register's own file laid over it."""
    calendar = parse_calendar(CALENDAR_DATA.read_text(encoding="utf-8"), CALENDAR_DATA.name)
    if extra is not None:
        try:
            text = extra.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{extra}: 无法读取节假日文件：{exc}",
                             f"{extra}: cannot read the holiday file: {exc}") from exc
        calendar = calendar.merge(parse_calendar(text, str(extra)))
    return calendar


def create_calendar_table(con: Any, calendar: WorkCalendar, first: dt.date, last: dt.date) -> None:
    """Table `cal(d, working, wd)`: every day from `first` to `last`, `wd` the running count of
    working days, so working days in (a, b] = wd(b) - wd(a)."""
    con.execute("CREATE OR REPLACE TEMP TABLE cal_override (d DATE, working BOOLEAN)")
    rows = [(d, w) for d, w in sorted(calendar.overrides.items()) if first <= d <= last]
    if rows:
        con.executemany("INSERT INTO cal_override VALUES (?, ?)", rows)
    con.execute("""
        CREATE OR REPLACE TEMP TABLE cal AS
        SELECT d, working, (sum(working::INTEGER) OVER (ORDER BY d))::INTEGER AS wd FROM (
            SELECT g.d::DATE AS d,
                   coalesce(o.working, isodow(g.d) <= 5) AS working
            FROM generate_series(?::DATE, ?::DATE, INTERVAL 1 DAY) AS g(d)
            LEFT JOIN cal_override o ON o.d = g.d::DATE)
    """, [first, last])


def sorted_working_days(calendar: WorkCalendar, first: dt.date, last: dt.date) -> list[dt.date]:
    """Working days from `first` to `last` (for generators that draw dates)."""
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    return [d for d in days if calendar.is_working(d)]

