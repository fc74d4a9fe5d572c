from __future__ import annotations

import datetime as dt
import json

import duckdb
from monitor_fixtures import (
    ADDED,
    CANCELLED,
    DEVOLVED,
    LICENCE,
    PENALTY,
    REMOVED,
    check_log,
    codes,
    make_register,
)

from sixpowers.findings import Severity
from sixpowers.monitor import MonitorOptions, monitor_cases
from sixpowers.register import load_register

L = LICENCE
CLEAN = f"""\
C1,{L},apply,申请人,,2025-03-03T09:00:00,提交
C1,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,受理
C1,{L},review,审查岗,P02,2025-03-07T10:00:00,完成
C1,{L},decide,分管负责人,P03,2025-03-10T10:00:00,准予
C1,{L},deliver,窗口受理岗,P01,2025-03-11T10:00:00,完成
C1,{L},supervise,执法监督岗,P04,2025-06-11T10:00:00,完成
"""


def test_a_case_that_follows_the_flow_has_no_findings(tmp_path):
    result = check_log(tmp_path, CLEAN)
    assert result.findings == []
    assert result.summary.lights.green == 1 and result.summary.open == 0


def test_step_overdue_counts_working_days_across_national_day(tmp_path):
    # accepted Fri 9-26; 9-28 (Sun) and 10-11 (Sat) are working days, 10-1..10-8 are off:
    # 9-28, 9-29, 9-30, 10-9, 10-10 = 5 working days (on time), + 10-11, 10-13 = 7 (late).
    result = check_log(tmp_path, f"""\
        A,{L},accept,窗口受理岗,P01,2025-09-26T10:00:00,受理
        A,{L},review,审查岗,P02,2025-10-10T16:00:00,完成
        B,{L},accept,窗口受理岗,P01,2025-09-26T10:00:00,受理
        B,{L},review,审查岗,P02,2025-10-13T09:00:00,完成
        """)
    assert codes(result.findings) == [("SP806", 5)]
    finding = result.findings[0]
    assert finding.message == "案件 B 的「审查」环节用时 7 个工作日，超过环节时限 5 个工作日"
    assert finding.power == L and finding.severity == Severity.WARNING
    assert finding.location.row == 4 and finding.location.file.endswith("cases.csv")
    assert "7 working days" in finding.message_en


def test_case_past_committed_and_statutory_limits(tmp_path):
    # committed 10, statutory 20 working days from acceptance (3-3, Monday)
    result = check_log(tmp_path, f"""\
        A,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,受理
        A,{L},review,审查岗,P02,2025-03-10T10:00:00,完成
        A,{L},decide,分管负责人,P03,2025-03-13T10:00:00,准予
        A,{L},deliver,窗口受理岗,P01,2025-03-18T10:00:00,完成
        B,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,受理
        B,{L},review,审查岗,P02,2025-03-10T10:00:00,完成
        B,{L},decide,分管负责人,P03,2025-03-13T10:00:00,准予
        B,{L},deliver,窗口受理岗,P01,2025-04-02T10:00:00,完成
        """)
    by_code = {f.code: f for f in result.findings if f.code in ("SP807", "SP808")}
    assert by_code["SP807"].location.line == 5
    assert by_code["SP807"].message == "案件 A 用时 11 个工作日，超过承诺时限 10 个工作日"
    assert by_code["SP808"].location.line == 9
    assert by_code["SP808"].message == "案件 B 用时 22 个工作日，超过法定时限 20 个工作日"
    assert result.summary.lights.red == 2


def test_time_the_applicant_takes_to_complete_papers_is_not_counted(tmp_path):
    # accepted for 补正 on 3-3, papers back on 3-10 (5 working days, not counted); A delivered
    # 3-20: 13 working days in all, 8 of them the department's (limit 10); B delivered 3-25:
    # 16 in all, 11 the department's
    result = check_log(tmp_path, f"""\
        A,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,补正
        A,{L},apply,申请人,,2025-03-10T09:00:00,提交
        A,{L},accept,窗口受理岗,P01,2025-03-10T10:00:00,受理
        A,{L},review,审查岗,P02,2025-03-14T10:00:00,完成
        A,{L},decide,分管负责人,P03,2025-03-19T10:00:00,准予
        A,{L},deliver,窗口受理岗,P01,2025-03-20T10:00:00,完成
        B,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,补正
        B,{L},apply,申请人,,2025-03-10T09:00:00,提交
        B,{L},accept,窗口受理岗,P01,2025-03-10T10:00:00,受理
        B,{L},review,审查岗,P02,2025-03-14T10:00:00,完成
        B,{L},decide,分管负责人,P03,2025-03-19T10:00:00,准予
        B,{L},deliver,窗口受理岗,P01,2025-03-25T10:00:00,完成
        """)
    assert [(f.code, f.location.line, f.message) for f in result.findings] == [
        ("SP806", 13, "案件 B 的「送达」环节用时 4 个工作日，超过环节时限 1 个工作日"),
        ("SP807", 13, "案件 B 用时 11 个工作日，超过承诺时限 10 个工作日"),
    ]


def test_open_case_counted_to_the_as_of_date_and_lit(tmp_path):
    rows = f"""\
        A,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,受理
        A,{L},review,审查岗,P02,2025-03-06T10:00:00,完成
        """
    late = check_log(tmp_path, rows, options=MonitorOptions(as_of=dt.date(2025, 4, 1)))
    assert [f.code for f in late.findings] == ["SP808"]
    assert "尚未办结，截至 2025-04-01 已用 21 个工作日" in late.findings[0].message
    due = check_log(tmp_path, rows, options=MonitorOptions(as_of=dt.date(2025, 3, 12)))
    assert due.findings == [] and due.summary.lights.yellow == 1  # 7 of 10 days used
    fresh = check_log(tmp_path, rows, options=MonitorOptions(as_of=dt.date(2025, 3, 12), warn_days=2))
    assert fresh.summary.lights.green == 1 and fresh.summary.open == 1


def test_natural_day_limits(tmp_path):
    result = check_log(tmp_path, f"""\
        X,{PENALTY},file,执法岗,P10,2025-01-02T09:00:00,立案
        X,{PENALTY},investigate,执法岗,P11,2025-02-05T09:00:00,完成
        X,{PENALTY},decide,负责人,P12,2025-03-10T09:00:00,处罚
        X,{PENALTY},deliver,执法岗,P11,2025-03-12T09:00:00,送达
        """)
    assert [(f.code, f.location.line, f.message) for f in result.findings] == [
        ("SP806", 3, "案件 X 的「调查取证」环节用时 34 天，超过环节时限 30 天"),
        ("SP806", 4, "案件 X 的「决定」环节用时 33 天，超过环节时限 7 天"),
        ("SP807", 5, "案件 X 用时 69 天，超过承诺时限 60 天"),
    ]


def test_skipped_out_of_order_and_unknown_steps(tmp_path):
    result = check_log(tmp_path, f"""\
        A,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,受理
        A,{L},decide,分管负责人,P03,2025-03-04T10:00:00,准予
        B,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,受理
        B,{L},review,审查岗,P02,2025-03-04T10:00:00,完成
        B,{L},accept,窗口受理岗,P01,2025-03-05T10:00:00,受理
        C,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,受理
        C,{L},sign,窗口受理岗,P01,2025-03-04T10:00:00,完成
        D,{L},review,审查岗,P02,2025-03-04T10:00:00,完成
        """)
    assert [(f.code, f.location.line, f.message) for f in result.findings] == [
        ("SP804", 3, "案件 A 从「受理」直接进入「决定」，跳过了「审查」"),
        ("SP805", 6, "案件 B 从「审查」进入「受理」，流程图中没有这一流向"),
        ("SP803", 8, f"案件 C 的环节 sign 不在事项 {L} 的流程图中"),
        ("SP804", 9, "案件 D 从「开始」直接进入「审查」，跳过了「受理」"),
    ]


def test_return_loop_and_order_by_time_not_by_line(tmp_path):
    # the applicant's time to complete the papers (补正) is not a step of the department's
    result = check_log(tmp_path, f"""\
        A,{L},apply,申请人,,2025-03-03T09:00:00,提交
        A,{L},review,审查岗,P02,2025-03-05T10:00:00,完成
        A,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,补正
        A,{L},apply,申请人,,2025-03-04T09:00:00,提交
        A,{L},accept,窗口受理岗,P01,2025-03-04T10:00:00,受理
        """)
    assert result.findings == []


def test_same_person_reviews_and_decides_or_handles_and_supervises(tmp_path):
    result = check_log(tmp_path, f"""\
        A,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,受理
        A,{L},review,审查岗,P02,2025-03-04T10:00:00,完成
        A,{L},decide,分管负责人,P02,2025-03-05T10:00:00,准予
        A,{L},deliver,窗口受理岗,P01,2025-03-06T10:00:00,完成
        A,{L},supervise,执法监督岗,P01,2025-05-06T10:00:00,完成
        """)
    assert [(f.code, f.location.line, f.message) for f in result.findings] == [
        ("SP809", 4, "案件 A 中经办人 P02 既办理「审查」又办理「决定」（审查与批准相分离）"),
        ("SP810", 6, "案件 A 中经办人 P01 既办理「受理、送达」又承担「事后监管」（承办与监督相分离）"),
    ]


def test_powers_not_in_register_cancelled_devolved_or_removed(tmp_path):
    result = check_log(tmp_path, f"""\
        A,140199999000,accept,窗口受理岗,P01,2025-03-03T10:00:00,受理
        A,140199999000,review,审查岗,P02,2025-03-04T10:00:00,完成
        B,{CANCELLED},accept,窗口受理岗,P01,2025-06-30T10:00:00,受理
        C,{CANCELLED},accept,窗口受理岗,P01,2025-06-30T10:00:00,受理
        C,{CANCELLED},review,审查岗,P02,2025-07-01T10:00:00,完成
        D,{DEVOLVED},accept,窗口受理岗,P01,2024-01-02T10:00:00,受理
        E,{REMOVED},accept,窗口受理岗,P01,2025-02-28T10:00:00,受理
        F,{REMOVED},accept,窗口受理岗,P01,2025-03-03T10:00:00,受理
        G,{ADDED},accept,窗口受理岗,P01,2025-03-31T10:00:00,受理
        H,{ADDED},accept,窗口受理岗,P01,2025-04-01T10:00:00,受理
        """)
    assert [(f.code, f.location.line, f.power) for f in result.findings] == [
        ("SP801", 2, "140199999000"), ("SP802", 6, CANCELLED), ("SP802", 7, DEVOLVED),
        ("SP802", 9, REMOVED), ("SP812", 10, ADDED)]
    assert result.findings[-1].message == (
        f"案件 G 于 2025-03-31 办理的事项 {ADDED}「道路运输从业人员从业资格许可」当时尚未列入清单"
        "（2025-04-01 起新增）")
    messages = [f.message for f in result.findings]
    assert messages[0] == "案件 A 办理的事项 140199999000 不在权力清单中（清单之外不得行使权力）"
    assert messages[1] == (f"案件 C 于 2025-07-01 办理的事项 {CANCELLED}「公路建设项目施工许可」"
                           "已取消（自 2025-07-01 起），不得再行使")
    assert "已下放（未注明日期）" in messages[2]
    assert "已移出清单：改为备案（自 2025-03-01 起）" in messages[3]
    assert result.summary.departments[0].name == "清单外事项"


def test_unusable_rows_are_located(tmp_path):
    result = check_log(tmp_path, f"""\
        A,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,受理
        ,{L},review,审查岗,P02,2025-03-04T10:00:00,完成
        B,{L},accept,窗口受理岗,P01,2025-02-30T10:00:00,受理
        C,{L},accept,窗口受理岗,P01,2025-03-03 10:00,受理
        D,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00+08:00,受理
        E,{L},accept,窗口受理岗,P01,2025-03-03,受理
        """)
    assert [(f.code, f.location.line, f.message) for f in result.findings] == [
        ("SP800", 3, "第 2 条办件记录无法使用：缺少案件编号"),
        ("SP800", 4, "第 3 条办件记录无法使用：办理时间 '2025-02-30T10:00:00' 不是 ISO 8601 时间"),
    ]


def test_years_outside_the_calendar_are_noted(tmp_path):
    result = check_log(tmp_path, f"A,{L},accept,窗口受理岗,P01,2027-03-03T10:00:00,受理\n")
    assert [(f.code, f.location.line, f.message) for f in result.findings] == [
        ("SP811", None, "节假日数据未包含 2027 年，该年只按周六、周日计算工作日")]


def test_jsonl_and_parquet_logs_give_the_same_findings(tmp_path):
    rows = f"""\
        A,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,受理
        A,{L},decide,分管负责人,P03,2025-03-04T10:00:00,准予
        """
    csv_result = check_log(tmp_path, rows)
    con = duckdb.connect()
    csv_path = str(tmp_path / "cases.csv")
    con.execute(f"COPY (SELECT * FROM read_csv('{csv_path}', all_varchar=true)) "
                f"TO '{tmp_path / 'cases.parquet'}' (FORMAT parquet)")
    lines = [json.dumps(dict(zip(["case_id", "power_code", "step_id", "post", "person", "time",
                                  "outcome"], r, strict=True)), ensure_ascii=False)
             for r in con.execute(f"SELECT * FROM read_csv('{csv_path}', all_varchar=true)").fetchall()]
    (tmp_path / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    register = load_register([make_register(tmp_path)])
    for name, line in (("cases.jsonl", 2), ("cases.parquet", 2)):
        result = monitor_cases(register, tmp_path / name)
        assert [(f.code, f.location.line, f.location.row, f.message) for f in result.findings] == [
            ("SP804", line, 2, csv_result.findings[0].message)]
    assert csv_result.findings[0].location.line == 3


def test_short_csv_rows_become_located_findings(tmp_path):
    result = check_log(tmp_path, f"""\
        A,{L},accept,窗口受理岗,P01,2025-03-03T10:00:00,受理
        B,{L},accept
        """)
    assert [(f.code, f.location.line, f.message) for f in result.findings] == [
        ("SP800", 3, "第 2 条办件记录无法使用：缺少办理时间")]
