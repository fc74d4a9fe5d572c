"""JSON Schema (2020-12) of the files a register is made of, generated from the models."""

from __future__ import annotations

import json
from typing import Any

from .model import DepartmentFile

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILES = {"department": "department.schema.json", "case-event": "case-event.schema.json"}


def department_schema() -> dict[str, Any]:
    """The schema of one department file, as editors and `jsonschema` consume it."""
    schema = DepartmentFile.model_json_schema(mode="validation")
    return {"$schema": SCHEMA_DIALECT,
            "$id": "https://sixpowers.example/schemas/department.schema.json",
            **schema}


def schema_text(kind: str = "department") -> str:
    if kind == "case-event":
        from .monitor.caselog import case_event_schema
        return json.dumps(case_event_schema(), ensure_ascii=False, indent=2) + "\n"
    if kind != "department":
        raise KeyError(kind)
    return json.dumps(department_schema(), ensure_ascii=False, indent=2) + "\n"
