from __future__ import annotations

import duckdb
from conftest import EXAMPLES

from sixpowers.monitor import monitor_cases
from sixpowers.monitor.dashboard import dashboard_context, render_dashboard
from sixpowers.register import load_register

LOG = EXAMPLES / "cases-2025.parquet"


def test_example_log_against_the_example_register_and_its_dashboard():
    assert LOG.stat().st_size < 5_000_000
    register = load_register([EXAMPLES / "shanxi-transport"])
    result = monitor_cases(register, LOG)
    summary = result.summary
    assert summary.lights.total > 10_000 and summary.events > 50_000
    assert 0.01 < summary.lights.red / summary.lights.total < 0.3
    for code in ("SP801", "SP802", "SP804", "SP806", "SP809"):
        assert summary.violations.get(code, 0) > 0, code
    html = render_dashboard(dashboard_context(summary, register))
    people = [row[0] for row in duckdb.connect().execute(
        f"SELECT DISTINCT person FROM read_parquet('{LOG}') WHERE person IS NOT NULL").fetchall()]
    assert len(people) > 20
    assert not [p for p in people if p in html]
    assert "山西省交通运输厅" in html


def test_example_log_rows_match_the_case_event_schema():
    import json

    import jsonschema
    from conftest import ROOT

    from sixpowers.monitor.caselog import CaseEvent

    schema = json.loads((ROOT / "schemas" / "case-event.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    con = duckdb.connect()
    cursor = con.execute(f"SELECT * FROM read_parquet('{LOG}') USING SAMPLE 2000 ROWS")
    columns = [d[0] for d in cursor.description]
    for values in cursor.fetchall():
        row = dict(zip(columns, values, strict=True))
        assert not list(validator.iter_errors(row)), row
        CaseEvent.model_validate(row)
