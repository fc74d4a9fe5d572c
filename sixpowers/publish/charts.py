"""The two charts of each power and its risk table, taken from `sixpowers.render`.

Imported inside the functions: publishing the list itself does not need the chart library."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ..register import Register
from .context import PowerEntry
from .page import RiskView

CHART_KINDS = ("flow", "risk")


def charts_available() -> bool:
    try:
        from .. import render  # noqa: F401
    except ImportError:
        return False
    return True


def chart_svgs(entries: Sequence[PowerEntry], register: Register,
               progress: Callable[[int, int], None] | None = None,
               ) -> Iterator[tuple[PowerEntry, str, str]]:
    """(entry, kind, SVG text) for both charts of every power that has a flow."""
    from ..render import chart_svg

    drawable = [e for e in entries if e.power.flow]
    for done, entry in enumerate(drawable, 1):
        for kind in CHART_KINDS:
            yield entry, kind, chart_svg(entry.power, chart=kind)
        if progress:
            progress(done, len(drawable))


def risk_views(entry: PowerEntry) -> list[RiskView] | None:
    """The risk table rows as the chart library builds them (None without the library)."""
    try:
        from ..render import risk_table
    except ImportError:
        return None
    return [RiskView(str(getattr(row, "step", "")), str(getattr(row, "description", "")),
                     str(getattr(row, "forms", "") or ""), str(getattr(row, "level", "")),
                     tuple(getattr(row, "measures", ()) or ()), str(getattr(row, "post", "") or ""))
            for row in risk_table(entry.power)]
