"""The case log (办件日志): one event per line, the trace a case leaves at each step
(权力运行痕迹). CSV (UTF-8, header row), JSON Lines or Parquet, read in place by DuckDB.

Columns: case_id, power_code, step_id, post, person, time, outcome. `time` is local time in
ISO 8601 (`2025-10-09T10:30:00`, `2025-10-09 10:30`, or a date); an offset such as `+08:00`
is ignored, since working days are counted in local time.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..findings import UsageError

COLUMNS = ("case_id", "power_code", "step_id", "post", "person", "time", "outcome")
REQUIRED = ("case_id", "power_code", "step_id", "time")
FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


class CaseEvent(BaseModel):
    """办件日志中的一条记录：某一案件在某一环节的一次办理。"""

    model_config = ConfigDict(extra="forbid", title="CaseEvent")

    case_id: str = Field(min_length=1, title="案件编号", description="办件编号，同一案件的各条记录相同")
    power_code: str = Field(min_length=1, title="事项编码", description="所办事项的编码（清单中的 code；无编码的事项用“名称/子项名称”），字符串，保留前导零")
    step_id: str = Field(min_length=1, title="环节编号", description="流程图中环节的 id，如 accept、review、decide")
    post: str | None = Field(default=None, title="岗位", description="办理该环节的岗位，如“审查岗”")
    person: str | None = Field(default=None, title="经办人", description="经办人的化名编号（不得使用真实姓名或身份证号），只出现在问题报告中，不出现在看板上")
    time: str = Field(title="办理时间", description="该环节办结的本地时间，ISO 8601，如 2025-10-09T10:30:00", json_schema_extra={"format": "date-time"})
    outcome: str | None = Field(default=None, title="办理结果", description="如 完成、受理、准予、不予、退回、补正")


def case_event_schema() -> dict[str, Any]:
    schema = CaseEvent.model_json_schema(mode="validation")
    schema["properties"]["time"].pop("format", None)
    schema["properties"]["time"]["pattern"] = r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://sixpowers.example/schemas/case-event.schema.json", **schema}


@dataclass(frozen=True)
class CaseLog:
    """A case log attached to a DuckDB connection as the table `ev`."""

    path: Path
    display: str
    kind: str
    line_offset: int  # a CSV's header line: event n sits on line n + 1

    def line_of(self, row: int) -> int:
        return row + self.line_offset


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _reader(path: Path, kind: str) -> str:
    quoted = "'" + str(path).replace("'", "''") + "'"
    if kind == "csv":
        return (f"read_csv({quoted}, header=true, all_varchar=true, delim=',', quote='\"', "
                "escape='\"', null_padding=true)")
    if kind == "jsonl":
        columns = json.dumps({c: "VARCHAR" for c in COLUMNS}).replace('"', "'")
        return f"read_json({quoted}, format='newline_delimited', columns={columns})"
    return f"read_parquet({quoted}, file_row_number=true)"


def attach_case_log(con: Any, path: Path) -> CaseLog:
    """Create the table `ev(row_no, case_id, power_code, step_id, post, person, time_text,
    outcome, ts)` from a log file; a missing file, an unknown format or missing columns stop
    the run."""
    import duckdb

    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise UsageError(f"{path}: 不支持的办件日志格式，可用 .csv、.jsonl 或 .parquet",
                         f"{path}: unsupported case log format; use .csv, .jsonl or .parquet")
    if not path.is_file():
        raise UsageError(f"{path}: 办件日志不存在", f"{path}: no such case log")
    source = _reader(path, kind)
    try:
        present = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
        present.discard("file_row_number")
        missing = [c for c in REQUIRED if c not in present]
        if missing:
            raise UsageError(f"{path}: 办件日志缺少列 {'、'.join(missing)}",
                             f"{path}: the case log lacks the column(s) {', '.join(missing)}")
        picked = ", ".join(f"CAST(\"{c}\" AS VARCHAR) AS {c}" if c in present else f"NULL::VARCHAR AS {c}"
                           for c in COLUMNS if c != "time")
        # Parquet numbers its rows itself; text formats are numbered in reading order.
        numbered = (f"file_row_number + 1 AS row_no FROM {source}" if kind == "parquet"
                    else f"ordinality AS row_no FROM {source} WITH ORDINALITY")
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE ev AS
            SELECT {picked}, CAST("time" AS VARCHAR) AS time_text,
                   coalesce(try_cast(CAST("time" AS VARCHAR) AS TIMESTAMP),
                            try_cast(left(CAST("time" AS VARCHAR), 19) AS TIMESTAMP)) AS ts,
                   {numbered}
        """)
    except duckdb.Error as exc:
        first = str(exc).strip().splitlines()[0]
        raise UsageError(f"{path}: 无法读取办件日志：{first}",
                         f"{path}: cannot read the case log: {first}") from exc
    return CaseLog(path, _display(path), kind, 1 if kind == "csv" else 0)
