"""The bundled example registers: golden DOT for every power with a flow (drawn with each
register's own options, as `sixpowers render` draws them), and labels that fit in both engines."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from render_helpers import text_boxes_outside

from sixpowers.register import load_register
from sixpowers.render import ChartJob, ChartOptions, flow_dot, render_charts
from sixpowers.render.engines import system_dot
from sixpowers.render.files import safe_stem

ROOT = Path(__file__).resolve().parents[2]
GOLDENS = ROOT / "tests" / "goldens" / "render" / "examples"
EXAMPLES = ["shanxi-transport", "county-party-org"]
UPDATE = bool(os.environ.get("SIXPOWERS_UPDATE_GOLDENS"))


def _jobs(example: str) -> list[tuple[str, ChartJob]]:
    register = load_register([ROOT / "examples" / example])
    assert register.findings == []
    base = ChartOptions.from_config(register.config)
    jobs = []
    for file, _, power in register.powers():
        if not power.flow:
            continue
        phone = file.department.phone if file.department else None
        options = replace(base, fallback_phone=phone)
        stem = safe_stem(power.code, power.name, power.key)
        jobs.extend((f"{stem}.{chart}", ChartJob(power, chart, options))
                    for chart in ("flow", "risk"))
    return jobs


@pytest.mark.parametrize("example", EXAMPLES)
def test_example_charts_match_golden_dot(example: str) -> None:
    jobs = _jobs(example)
    assert len(jobs) >= 6
    folder = GOLDENS / example
    for name, job in jobs:
        text = flow_dot(job.power, chart=job.chart, options=job.options)
        path = folder / f"{name}.gv"
        if UPDATE:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        assert text == path.read_text(encoding="utf-8"), name
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.gv" for n, _ in jobs)


@pytest.mark.parametrize("engine", [
    pytest.param("dot", marks=pytest.mark.skipif(system_dot() is None, reason="no dot")), "wasm"])
@pytest.mark.parametrize("example", EXAMPLES)
def test_example_labels_fit_their_boxes(example: str, engine: str) -> None:
    jobs = _jobs(example)
    outputs = render_charts([job for _, job in jobs], "svg", engine)  # type: ignore[arg-type]
    misfits = {name: text_boxes_outside(svg) for (name, _), svg in zip(jobs, outputs, strict=True)}
    assert {name: m for name, m in misfits.items() if m} == {}
