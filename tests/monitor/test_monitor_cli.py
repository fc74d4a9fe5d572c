from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import ROOT
from monitor_fixtures import HEADER, LICENCE, make_register

from sixpowers.monitor.example import generate_case_log, write_case_log

L = LICENCE
LOG = f"""\
A,{L},accept,窗口受理岗,P7001,2025-09-26T10:00:00,受理
A,{L},review,审查岗,P7002,2025-10-13T10:00:00,完成
A,{L},decide,分管负责人,P7002,2025-10-14T10:00:00,准予
B,140199999000,accept,窗口受理岗,P7003,2025-10-14T10:00:00,受理
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SIXPOWERS_LANG", None)
    return subprocess.run([sys.executable, "-m", "sixpowers", "monitor", *args],
                          capture_output=True, text=True, env=env, timeout=120)


def write_log(tmp_path: Path, body: str = LOG) -> Path:
    path = tmp_path / "cases.csv"
    path.write_text(HEADER + textwrap.dedent(body), encoding="utf-8")
    return path


def test_monitor_reports_findings_and_writes_a_dashboard(tmp_path):
    register = make_register(tmp_path)
    out = tmp_path / "dashboard"
    result = run(str(register), str(write_log(tmp_path)), "-f", "json", "-o", str(out))
    assert result.returncode == 1, result.stderr
    found = [(f["code"], f["location"]["line"], f["power"]) for f in json.loads(result.stdout)]
    assert found == [("SP806", 3, L), ("SP809", 4, L), ("SP801", 5, "140199999000")]
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "示例县权责清单" in html and "权力运行监督看板" in html
    assert "<svg" in html and "http://" not in html.replace("http://www.w3.org", "")
    assert not re.search(r"<(script|link|img)\b", html)
    # privacy: the dashboard shows aggregates only, never a person (or case) id
    for secret in ("P7001", "P7002", "P7003", ">A<", ">B<"):
        assert secret not in html


def test_text_output_and_english(tmp_path):
    register = make_register(tmp_path)
    log = write_log(tmp_path)
    text = run(str(register), str(log))
    assert "SP809" in text.stdout and "P7002" in text.stdout and "发现 3 个问题" in text.stdout
    english = run(str(register), str(log), "--lang", "en", "-o", str(tmp_path / "en"))
    assert "person P7002 handles both" in english.stdout
    assert "Case supervision dashboard" in (tmp_path / "en" / "index.html").read_text(encoding="utf-8")


def test_clean_log_exits_0(tmp_path):
    log = write_log(tmp_path, f"A,{L},accept,窗口受理岗,P1,2025-03-03T10:00:00,受理\n")
    result = run(str(make_register(tmp_path)), str(log), "--as-of", "2025-03-04")
    assert result.returncode == 0 and "未发现问题" in result.stdout


def test_usage_errors_exit_2_with_one_line(tmp_path):
    register = make_register(tmp_path)
    missing = run(str(register), str(tmp_path / "nope.csv"))
    assert missing.returncode == 2 and "办件日志不存在" in missing.stderr
    bad_columns = tmp_path / "bad.csv"
    bad_columns.write_text("case,power\n1,2\n", encoding="utf-8")
    result = run(str(register), str(bad_columns))
    assert result.returncode == 2 and "缺少列 case_id、power_code、step_id、time" in result.stderr
    assert "Traceback" not in result.stderr
    wrong = run(str(register), str(write_log(tmp_path)), "--as-of", "2025/10/01")
    assert wrong.returncode == 2 and "--as-of" in wrong.stderr
    other = run(str(register), str(tmp_path / "cases.xlsx"))
    assert other.returncode == 2 and ".parquet" in other.stderr


def test_monitor_config_section(tmp_path):
    register = make_register(tmp_path)
    (register / "holidays.csv").write_text("date,kind\n2025-10-13,休\n", encoding="utf-8")
    with (register / "sixpowers.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[monitor]\ncalendar = "holidays.csv"\nwarn_days = 5\n')
    result = run(str(register), str(write_log(tmp_path)), "-f", "json")
    # 10-13 is now a day off, so the review took 6 working days, not 7
    overdue = [f for f in json.loads(result.stdout) if f["code"] == "SP806"]
    assert "用时 6 个工作日" in overdue[0]["message"]
    (register / "sixpowers.toml").write_text("[monitor]\nwarn_days = -1\n", encoding="utf-8")
    broken = run(str(register), str(write_log(tmp_path)))
    assert broken.returncode == 2 and "monitor.warn_days" in broken.stderr


def test_example_generator_produces_a_log_the_monitor_reads(tmp_path):
    register = make_register(tmp_path)
    rows = generate_case_log([register], cases=400, year=2025, seed=3)
    assert len(rows) > 1000 and all(r[5].startswith("2025-") for r in rows)
    out = tmp_path / "cases.parquet"
    write_case_log(rows, out)
    result = run(str(register), str(out), "-f", "json", "-o", str(tmp_path / "d"))
    found = json.loads(result.stdout)
    overdue = sum(f["code"] == "SP806" for f in found)
    assert 0 < overdue < len(rows) * 0.1
    assert all(f["location"]["line"] <= len(rows) for f in found if f["location"]["line"])


def test_malformed_json_lines_stop_the_run(tmp_path):
    log = tmp_path / "cases.jsonl"
    log.write_text('{"case_id": "A", "power_code": "1", "step_id": "x", "time": "2025-01-02"}\n'
                   "{oops\n", encoding="utf-8")
    result = run(str(make_register(tmp_path)), str(log))
    assert result.returncode == 2 and "无法读取办件日志" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_empty_log_gives_an_empty_dashboard(tmp_path):
    log = write_log(tmp_path, "")
    result = run(str(make_register(tmp_path)), str(log), "-o", str(tmp_path / "d"))
    assert result.returncode == 0 and "未发现问题" in result.stdout
    html = (tmp_path / "d" / "index.html").read_text(encoding="utf-8")
    assert "0 案件" in html and "<svg" not in html
