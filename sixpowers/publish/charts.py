"""The two charts of each power and its risk table, drawn by `sixpowers.render`.

Imported inside the functions: the list itself publishes without the chart library."""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
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


def _workers() -> int:
    """Parallel engine calls: one system `dot` process per core (at most 4); the in-process
    WebAssembly engine runs alone."""
    from ..render.engines import system_dot

    return max(1, min(os.cpu_count() or 1, 4)) if system_dot() else 1


def chart_svgs(entries: Sequence[PowerEntry], register: Register,
               progress: Callable[[int, int], None] | None = None,
               ) -> Iterator[tuple[PowerEntry, str, bytes]]:
    """(entry, kind, SVG) for both charts of every power that has a flow, drawn in chunks,
    several chunks at once when the system `dot` draws them."""
    from ..render import ChartJob, render_charts

    options = chart_options(register)
    drawable = [e for e in entries if e.power.flow]
    chunks = [drawable[i:i + CHUNK] for i in range(0, len(drawable), CHUNK)]

    def draw(chunk: list[PowerEntry]) -> list[bytes]:
        jobs = [ChartJob(e.power, kind, options) for e in chunk for kind in CHART_KINDS]
        return render_charts(jobs, "svg")

    workers = _workers()
    waiting = iter(chunks)
    done = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        # At most two chunks per worker are drawn ahead of the writer: bounded memory.
        pending = deque((chunk, pool.submit(draw, chunk))
                        for chunk in itertools.islice(waiting, 2 * workers))
        while pending:
            chunk, future = pending.popleft()
            images = iter(future.result())
            following = next(waiting, None)
            if following is not None:
                pending.append((following, pool.submit(draw, following)))
            for entry in chunk:
                for kind in CHART_KINDS:
                    yield entry, kind, next(images)
            done += len(chunk)
            if progress:
                progress(done, len(drawable))


def risk_views(entry: PowerEntry, options: Any = None) -> list[RiskView] | None:
    """The risk table rows as the chart library orders and colours them (None without it)."""
    try:
        from ..render import risk_table
    except ImportError:
        return None
    return [RiskView(row.step_name, row.description, row.forms, row.level_name, row.measures,
                     row.post, row.level, row.colour, row.font_colour)
            for row in risk_table(entry.power, options)]
