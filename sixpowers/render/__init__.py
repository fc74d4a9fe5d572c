"""Charts of a power: the flowchart (权力运行流程图) and the integrity-risk chart (廉政风险防控图),
as DOT, Mermaid, or drawn by Graphviz (system `dot` or the embedded WebAssembly build)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..model import Power
from .dot import flow_dot
from .engines import Engine, ImageFormat, choose_engine, render_sources
from .mermaid import flow_mermaid
from .options import ChartKind, ChartOptions
from .risks import RiskRow, risk_table

__all__ = ["FORMATS", "ChartJob", "ChartOptions", "RiskRow", "chart_svg", "flow_dot",
           "flow_mermaid", "render_charts", "risk_table", "svg_fragment"]

Format = Literal["svg", "png", "pdf", "dot", "mermaid"]
FORMATS: tuple[Format, ...] = ("svg", "png", "pdf", "dot", "mermaid")
BATCH = 200  # graphs per engine call; progress is reported between calls


@dataclass(frozen=True, slots=True)
class ChartJob:
    """One chart to draw: a power, which chart, and how."""

    power: Power
    chart: ChartKind = "flow"
    options: ChartOptions = field(default_factory=ChartOptions)


def render_charts(jobs: Sequence[ChartJob], fmt: Format, engine: Engine = "auto", *,
                  progress: Callable[[int, int], None] | None = None) -> list[bytes]:
    """Draw many charts in batches (one `dot` process or one wasm instance per batch of
    graphs), returning one output per job, in order."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    if fmt in ("dot", "mermaid"):
        write = flow_dot if fmt == "dot" else flow_mermaid
        texts = [write(job.power, chart=job.chart, options=job.options).encode("utf-8")
                 for job in jobs]
        if progress:
            progress(len(texts), len(texts))
        return texts
    image: ImageFormat = "svg" if fmt == "svg" else "png" if fmt == "png" else "pdf"
    chosen = choose_engine(image, engine)
    results: list[bytes] = []
    for start in range(0, len(jobs), BATCH):
        chunk = jobs[start:start + BATCH]
        sources = [flow_dot(job.power, chart=job.chart, options=job.options) for job in chunk]
        results.extend(render_sources(sources, image, chosen))
        if progress:
            progress(len(results), len(jobs))
    return results


def chart_svg(power: Power, chart: ChartKind = "flow", options: ChartOptions | None = None,
              engine: Engine = "auto", *, inline: bool = False) -> str:
    """One chart as SVG text, through the same batch path; `inline=True` gives the bare
    `<svg>` element for embedding in an HTML page (see `svg_fragment`)."""
    job = ChartJob(power, chart, options or ChartOptions())
    svg = render_charts([job], "svg", engine)[0].decode("utf-8")
    return svg_fragment(svg) if inline else svg


def svg_fragment(svg: str) -> str:
    """The `<svg>` element alone: the XML declaration, DOCTYPE and comments before it removed,
    and `role="img"` added (its `<title>` names the chart), for inlining in HTML."""
    start = svg.find("<svg")
    if start < 0:
        raise ValueError("not an SVG document")
    return '<svg role="img"' + svg[start + 4:].rstrip() + "\n"
