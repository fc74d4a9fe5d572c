from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import yaml
from conftest import EXAMPLES, ROOT

from sixpowers.model import DepartmentFile
from sixpowers.schema import SCHEMA_FILES, schema_text


def test_committed_schemas_match_the_models():
    for kind, name in SCHEMA_FILES.items():
        committed = (ROOT / "schemas" / name).read_text(encoding="utf-8")
        assert committed == schema_text(kind), f"schemas/{name} drifted: run sixpowers schema -o schemas/{name}"


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def example_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.glob("*/*.yaml") if p.parent.name != "broken")


def test_examples_validate_with_pydantic_and_json_schema():
    files = example_files()
    assert len(files) >= 2
    schema = json.loads(schema_text())
    validator = jsonschema.Draft202012Validator(schema)
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        DepartmentFile.model_validate(data)
        errors = list(validator.iter_errors(_jsonable(data)))
        assert not errors, f"{path}: {errors[0].message}"


def test_examples_declare_their_schema():
    for path in example_files():
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=")
