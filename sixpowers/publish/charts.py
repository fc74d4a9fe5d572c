"""The two charts of each power and its risk table, drawn by `sixpowers.render`.

Imported inside the functions: the list itself publishes without the chart library."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Literal

from ..register import Register
from .context import PowerEntry
from .page import RiskView

ChartKind = Literal["flow", "risk"]
CHART_KINDS: tuple[ChartKind, ...] = ("flow", "risk")
CHUNK = 200  # powers per engine call: bounded memory, one engine process per chunk


def charts_available() -> bool:
    try:
        from ..render import render_charts  # noqa: F401
    except ImportError:
        return False
    return True


def chart_options(register: Register) -> Any:
    """Chart options from the register's `sixpowers.toml` (risk colours, lanes, font)."""
    from ..render import ChartOptions

    return ChartOptions.from_config(register.config)


def chart_svgs(entries: Sequence[PowerEntry], register: Register,
               progress: Callable[[int, int], None] | None = None,
               ) -> Iterator[tuple[PowerEntry, str, bytes]]:
    """(entry, kind, SVG) for both charts of every power that has a flow, drawn in batches."""
    from ..render import ChartJob, render_charts

    options = chart_options(register)
    drawable = [e for e in entries if e.power.flow]
    for start in range(0, len(drawable), CHUNK):
        chunk = drawable[start:start + CHUNK]
        jobs = [ChartJob(e.power, kind, options) for e in chunk for kind in CHART_KINDS]
        images = iter(render_charts(jobs, "svg"))
        for entry in chunk:
            for kind in CHART_KINDS:
                yield entry, kind, next(images)
        if progress:
            progress(start + len(chunk), len(drawable))


def risk_views(entry: PowerEntry, options: Any = None) -> list[RiskView] | None:
    """The risk table rows as the chart library orders and colours them (None without it)."""
    try:
        from ..render import risk_table
    except ImportError:
        return None
    return [RiskView(row.step_name, row.description, row.forms, row.level_name, row.measures,
                     row.post, row.level, row.colour, row.font_colour)
            for row in risk_table(entry.power, options)]
