"""1+X electronic supervision: check handled cases against the register (DOMAIN.md §8).

`monitor_cases(register, log)` attaches the case log to an in-memory DuckDB database, loads the
register's powers, flows and the working-day calendar as tables, and runs each check as SQL
over the log in place. It returns SP8xx findings for reviewers and a person-free summary for
the traffic-light dashboard.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..findings import Finding, UsageError, sort_findings
from ..register import Register
from .analysis import (
    CASES,
    CHECKED,
    bad_events,
    cases_past_limits,
    flow_violations,
    powers_not_held,
    same_person,
)
from .calendar import create_calendar_table, load_calendar
from .caselog import attach_case_log
from .flows import load_register_tables, register_dates
from .stats import MonitorSummary, summarise_cases
from .violations import make_finding

__all__ = ["MonitorOptions", "MonitorResult", "MonitorSettings", "monitor_cases"]


class MonitorSettings(BaseModel):
    """`[monitor]` in sixpowers.toml."""

    model_config = ConfigDict(extra="forbid")

    calendar: str | None = Field(default=None, title="补充节假日文件（CSV：date,kind,name）")
    warn_days: int = Field(default=3, ge=0, title="临近到期提醒的工作日数")


@dataclass(frozen=True)
class MonitorOptions:
    warn_days: int | None = None
    as_of: dt.date | None = None
    threads: int | None = None


@dataclass
class MonitorResult:
    findings: list[Finding]
    summary: MonitorSummary
    timings: dict[str, float] = field(default_factory=dict)


def monitor_settings(register: Register) -> tuple[MonitorSettings, Path | None]:
    try:
        settings = MonitorSettings.model_validate(register.config.monitor)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise UsageError(f"sixpowers.toml：配置项 monitor.{where} 无效：{first['msg']}",
                         f"sixpowers.toml: invalid value at monitor.{where}: {first['msg']}") from exc
    extra = None
    if settings.calendar:
        extra = Path(settings.calendar)
        if not extra.is_absolute() and register.root is not None:
            extra = register.root / extra
    return settings, extra


def monitor_cases(register: Register, log_path: Path,
                  options: MonitorOptions = MonitorOptions()) -> MonitorResult:
    """Check every case in `log_path` against `register`; findings sorted, summary aggregated."""
    import time

    import duckdb

    settings, extra = monitor_settings(register)
    warn_days = options.warn_days if options.warn_days is not None else settings.warn_days
    calendar = load_calendar(extra)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    con = duckdb.connect(":memory:")
    try:
        if options.threads:
            con.execute(f"SET threads = {int(options.threads)}")
        log = attach_case_log(con, log_path)
        timings["read"] = time.perf_counter() - started
        findings = list(bad_events(con, log))
        first, last, events = con.execute(
            "SELECT min(ts)::DATE, max(ts)::DATE, count(*) FROM ev").fetchone() or (None, None, 0)
        as_of = options.as_of or last
        if first is None or as_of is None:
            return MonitorResult(sort_findings(findings),
                                 MonitorSummary(as_of, warn_days, int(events or 0)), timings)
        dates = [first, last, as_of, *register_dates(register)]
        create_calendar_table(con, calendar, min(dates) - dt.timedelta(days=1), max(dates))
        load_register_tables(con, register)
        con.execute(CHECKED)
        asof_wd = con.execute("SELECT wd FROM cal WHERE d = ?", [as_of]).fetchone()
        con.execute(CASES, {"asof": as_of, "asof_wd": asof_wd[0] if asof_wd else 0,
                            "warn": warn_days})
        timings["prepare"] = time.perf_counter() - started
        findings += [*powers_not_held(con, log), *flow_violations(con, log),
                     *cases_past_limits(con, log, as_of), *same_person(con, log)]
        findings += [make_finding("SP811", log, None, None, year=year)
                     for year in range(first.year, last.year + 1) if year not in calendar.years]
        timings["checks"] = time.perf_counter() - started
        summary = summarise_cases(con, findings, as_of, warn_days, int(events))
        timings["total"] = time.perf_counter() - started
    finally:
        con.close()
    return MonitorResult(sort_findings(findings), summary, timings)
