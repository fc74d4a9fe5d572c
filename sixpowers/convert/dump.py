"""Department files written out: YAML for people (block style, `|` for multi-line text, the
schema comment first), JSON, and the tabular CSV and XLSX forms."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import yaml

from ..model import DepartmentFile
from .csvfile import write_csv
from .flatten import flatten_department
from .xlsx import write_workbook

SCHEMA_COMMENT = ("# yaml-language-server: "
                  "$schema=https://sixpowers.example/schemas/department.schema.json\n")
FORMATS = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".csv": "csv", ".xlsx": "xlsx"}


try:  # libyaml's emitter when present: an order of magnitude faster on big registers
    _Base: type[yaml.SafeDumper] = yaml.CSafeDumper  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Base = yaml.SafeDumper


class _Dumper(_Base):  # type: ignore[valid-type,misc]
    """Block style; multi-line strings as literal blocks."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def department_data(model: DepartmentFile) -> dict[str, Any]:
    """Plain data of a department file, defaults left out (what a person would write)."""
    return model.model_dump(mode="python", exclude_defaults=True)


def dump_yaml(data: Any) -> str:
    """YAML text with the schema comment line first."""
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=100)
    return SCHEMA_COMMENT + body


def _json_default(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def dump_department(model: DepartmentFile, fmt: str) -> bytes:
    """`model` in `fmt` (yaml, json, csv or xlsx)."""
    if fmt == "yaml":
        return dump_yaml(department_data(model)).encode("utf-8")
    if fmt == "json":
        text = json.dumps(department_data(model), ensure_ascii=False, indent=2,
                          default=_json_default)
        return (text + "\n").encode("utf-8")
    tables = flatten_department(model)
    return write_csv(tables) if fmt == "csv" else write_workbook(tables)
