"""Lossless round trips: YAML/JSON/CSV/XLSX and back give an equal department file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import department_files

from sixpowers.config import LimitsConfig
from sixpowers.convert.dump import dump_department
from sixpowers.model import DepartmentFile
from sixpowers.sources import read_source

# CI runs a fixed, modest set; SIXPOWERS_EXPLORE=400 searches 400 fresh random examples.
EXPLORE = int(os.environ.get("SIXPOWERS_EXPLORE", "0"))
EXAMPLES_PER_FORMAT = EXPLORE or 40


def _round_trip(model: DepartmentFile, fmt: str, folder: Path) -> DepartmentFile:
    path = folder / f"department.{fmt}"
    path.write_bytes(dump_department(model, fmt))
    doc = read_source(path, path.name, LimitsConfig())
    assert doc.findings == []
    return DepartmentFile.model_validate(doc.data)


@pytest.mark.parametrize("fmt", ["yaml", "json", "csv", "xlsx"])
@settings(max_examples=EXAMPLES_PER_FORMAT, derandomize=not EXPLORE, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(model=department_files)
def test_round_trip_is_lossless(fmt: str, model: DepartmentFile, tmp_path: Path) -> None:
    assert _round_trip(model, fmt, tmp_path) == model


EXAMPLES = sorted(p for p in (Path(__file__).resolve().parents[2] / "examples").glob("*/*.yaml")
                  if p.parent.name != "broken")


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_examples_round_trip(example: Path, fmt: str, tmp_path: Path) -> None:
    model = DepartmentFile.model_validate(read_source(example, example.name, LimitsConfig()).data)
    assert model.powers
    assert _round_trip(model, fmt, tmp_path) == model
