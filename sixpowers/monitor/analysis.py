"""The checks, as SQL over the case log in place: every event is numbered, ordered within its
case, joined to the calendar, the flow steps and edges once (`checked`), then each violation
kind is one query over that table or the per-case table (`cases`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from ..findings import Finding
from .caselog import CaseLog
from .flows import OUTSIDE_DEPARTMENT
from .violations import days_text, finding_at, make_finding, sql_days, sql_message

EVENT_OK = ("ts IS NOT NULL AND case_id IS NOT NULL AND power_code IS NOT NULL "
            "AND step_id IS NOT NULL")

CHECKED = f"""
CREATE OR REPLACE TEMP TABLE checked AS
SELECT s.*, p.code IS NOT NULL AS known, coalesce(p.has_flow, false) AS has_flow, coalesce(p.unit, '工作日') AS unit,
       st.kind, st.days, st.role, st.closing, coalesce(st.applicant, false) AS applicant,
       coalesce(p.has_flow, false) AND st.step_id IS NULL AS unknown_step,
       coalesce(p.has_flow, false) AND st.step_id IS NOT NULL AND e.dst IS NULL
           AND s.prev_step <> s.step_id AND (s.prev_step = '' OR ps.step_id IS NOT NULL) AS bad_order,
       CASE WHEN p.unit = '自然日' THEN date_diff('day', s.prev_d, s.d)
            ELSE s.wd - s.prev_wd END AS elapsed,
       st.days IS NOT NULL AND s.prev_d IS NOT NULL AND NOT coalesce(st.applicant, false) AND
           (CASE WHEN p.unit = '自然日' THEN date_diff('day', s.prev_d, s.d)
                 ELSE s.wd - s.prev_wd END) > st.days AS overdue
FROM (
    SELECT e.row_no, e.case_id, e.power_code, e.step_id, e.person, e.ts, e.ts::DATE AS d, c.wd,
           lag(e.step_id, 1, '') OVER w AS prev_step, lag(e.ts::DATE) OVER w AS prev_d,
           lag(c.wd) OVER w AS prev_wd, row_number() OVER w AS seq_no
    FROM ev e JOIN cal c ON c.d = e.ts::DATE
    WHERE {EVENT_OK}
    WINDOW w AS (PARTITION BY e.case_id, e.power_code ORDER BY e.ts, e.row_no)
) s
LEFT JOIN powers p ON p.code = s.power_code
LEFT JOIN steps st ON st.code = s.power_code AND st.step_id = s.step_id
LEFT JOIN steps ps ON ps.code = s.power_code AND ps.step_id = s.prev_step
LEFT JOIN edges e ON e.code = s.power_code AND e.src = s.prev_step AND e.dst = s.step_id
"""

CASES = f"""
CREATE OR REPLACE TEMP TABLE cases AS
WITH k AS (
    SELECT case_id, power_code,
           coalesce(min(d) FILTER (WHERE NOT applicant), min(d)) AS start_d,
           coalesce(arg_min(wd, seq_no) FILTER (WHERE NOT applicant), arg_min(wd, seq_no))
               AS start_wd,
           coalesce(arg_min(d, seq_no) FILTER (WHERE closing), max(d)) AS last_d,
           coalesce(arg_min(wd, seq_no) FILTER (WHERE closing), arg_max(wd, seq_no)) AS last_wd,
           coalesce(arg_min(row_no, seq_no) FILTER (WHERE closing), arg_max(row_no, seq_no))
               AS last_row,
           coalesce(bool_or(closing), NOT bool_or(has_flow)) AS closed,
           bool_or(overdue) AS step_overdue, count(*) AS events,
           coalesce(sum(elapsed) FILTER (WHERE applicant AND prev_d IS NOT NULL), 0) AS paused
    FROM checked GROUP BY case_id, power_code
), j AS (
    SELECT k.*, coalesce(p.department, {OUTSIDE_DEPARTMENT!r}) AS department, p.title,
           coalesce(p.unit, '工作日') AS unit, p.statutory, p.committed,
           coalesce(p.committed, p.statutory) AS lim,
           CASE WHEN p.unit = '自然日'
                THEN date_diff('day', k.start_d, CASE WHEN k.closed THEN k.last_d ELSE $asof END)
                ELSE (CASE WHEN k.closed THEN k.last_wd ELSE $asof_wd END) - k.start_wd
           END - k.paused AS elapsed_total
    FROM k LEFT JOIN powers p ON p.code = k.power_code
)
SELECT j.*, CASE WHEN step_overdue OR elapsed_total > lim THEN 'red'
                 WHEN NOT closed AND lim - elapsed_total <= $warn THEN 'yellow'
                 ELSE 'green' END AS light
FROM j
"""


def _rows(con: Any, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = con.execute(sql, params or []).fetchall()
    return rows


def bad_events(con: Any, log: CaseLog) -> Iterator[Finding]:
    sql = f"SELECT row_no, case_id, power_code, step_id, time_text FROM ev WHERE NOT ({EVENT_OK}) ORDER BY row_no"
    for row, case, power, step, time_text in _rows(con, sql):
        missing = [(zh, en) for value, zh, en in ((case, "案件编号", "case_id"),
                   (power, "事项编码", "power_code"), (step, "环节编号", "step_id")) if value is None]
        if missing:
            problem = "缺少" + "、".join(m[0] for m in missing)
            problem_en = "missing " + ", ".join(m[1] for m in missing)
        elif time_text is None:
            problem, problem_en = "缺少办理时间", "missing time"
        else:
            problem = f"办理时间 {time_text!r} 不是 ISO 8601 时间"
            problem_en = f"time {time_text!r} is not an ISO 8601 time"
        yield make_finding("SP800", log, row, power, problem=problem, problem_en=problem_en)


def powers_not_held(con: Any, log: CaseLog) -> Iterator[Finding]:
    """Cases on powers not in the register, not yet on it (新增 later), or taken off it
    (取消/下放/…) by the event date."""
    sql = """
        SELECT c.case_id, c.power_code, arg_min(c.row_no, c.seq_no), min(c.d),
               any_value(p.gone), any_value(p.gone_date), any_value(p.title),
               any_value(r.code) IS NOT NULL, any_value(r.reason), any_value(r.removed_date),
               any_value(r.title), any_value(p.added_date)
        FROM checked c
        LEFT JOIN powers p ON p.code = c.power_code
        LEFT JOIN removed r ON r.code = c.power_code
        WHERE (p.code IS NULL AND (r.code IS NULL OR r.removed_date IS NULL OR c.d >= r.removed_date))
           OR (p.gone IS NOT NULL AND (p.gone_date IS NULL OR c.d >= p.gone_date))
           OR c.d < p.added_date
        GROUP BY c.case_id, c.power_code ORDER BY 3
    """
    for case, power, row, day, gone, gone_date, title, was_removed, reason, removed_date, \
            removed_title, added_date in _rows(con, sql):
        if added_date is not None and day < added_date:
            yield make_finding("SP812", log, row, power, case=case, date=day.isoformat(),
                               title=title, since=added_date.isoformat())
            continue
        if gone is None and not was_removed:
            yield make_finding("SP801", log, row, power, case=case)
            continue
        status = gone or "移出清单"
        since = gone_date or removed_date
        yield make_finding(
            "SP802", log, row, power, case=case, date=day.isoformat(),
            title=title or removed_title, status=status + (f"：{reason}" if reason and not gone else ""),
            status_en={"取消": "cancelled", "下放": "devolved", "转移": "transferred",
                       "暂停": "suspended"}.get(gone or "", "removed from the register"),
            since=f"自 {since.isoformat()} 起" if since else "未注明日期",
            since_en=f"since {since.isoformat()}" if since else "no date given")


FLAGGED = """
    SELECT c.row_no, c.case_id, c.power_code, c.step_id, coalesce(st.name, c.step_id) AS name,
           coalesce(ps.name, '开始') AS prev, coalesce(r.skipped, '') AS skipped,
           c.unknown_step, c.bad_order, c.overdue, c.elapsed, c.days, c.unit
    FROM (SELECT * FROM checked WHERE unknown_step OR bad_order OR overdue) c
    LEFT JOIN steps st ON st.code = c.power_code AND st.step_id = c.step_id
    LEFT JOIN steps ps ON ps.code = c.power_code AND ps.step_id = c.prev_step
    LEFT JOIN reach r ON r.code = c.power_code AND r.src = c.prev_step AND r.dst = c.step_id
"""

FLOW_KINDS = (
    ("SP803", "unknown_step"),
    ("SP804", "bad_order AND skipped <> ''"),
    ("SP805", "bad_order AND skipped = ''"),
    ("SP806", "overdue"),
)


def flow_violations(con: Any, log: CaseLog) -> Iterator[Finding]:
    """Unknown steps, skipped steps, steps out of order and overdue steps; their messages are
    rendered in SQL, as a large log has hundreds of thousands of them."""
    exprs = {"case": "case_id", "step": "step_id", "power": "power_code", "prev": "prev",
             "name": "name", "skipped": "skipped"}
    parts = []
    for code, condition in FLOW_KINDS:
        zh = {**exprs, "dur": sql_days("elapsed", "unit"), "lim": sql_days("days", "unit")}
        en = {**exprs, "dur_en": sql_days("elapsed", "unit", "en"),
              "lim_en": sql_days("days", "unit", "en")}
        parts.append(f"SELECT row_no, power_code, '{code}' AS code, {sql_message(code, 'zh', zh)}, "
                     f"{sql_message(code, 'en', en)} FROM flagged WHERE {condition}")
    sql = f"WITH flagged AS ({FLAGGED}) " + " UNION ALL ".join(parts) + " ORDER BY row_no, code"
    for row, power, code, message, message_en in _rows(con, sql):
        yield finding_at(code, log, row, power, message, message_en)


def cases_past_limits(con: Any, log: CaseLog, as_of: dt.date) -> Iterator[Finding]:
    sql = """
        SELECT last_row, case_id, power_code, closed, elapsed_total, statutory, committed, unit
        FROM cases WHERE elapsed_total > statutory OR elapsed_total > committed ORDER BY last_row
    """
    for row, case, power, closed, elapsed, statutory, committed, unit in _rows(con, sql):
        over_statutory = statutory is not None and elapsed > statutory
        code, limit = ("SP808", statutory) if over_statutory else ("SP807", committed)
        state = "用时 " if closed else f"尚未办结，截至 {as_of.isoformat()} 已用 "
        state_en = "took" if closed else f"is still open and has used, as of {as_of.isoformat()},"
        yield make_finding(code, log, row, power, case=case, state=state, state_en=state_en,
                           dur=days_text(elapsed, unit), lim=days_text(limit, unit),
                           dur_en=days_text(elapsed, unit, "en"), lim_en=days_text(limit, unit, "en"))


PAIRS = """
CREATE OR REPLACE TEMP TABLE pairs AS
SELECT case_id, power_code, person,
       bool_or(role = 'review') AND bool_or(role = 'decision') AS review_decide,
       bool_or(role = 'supervision') AND bool_or(role <> 'supervision') AS handle_supervise,
       min(row_no) FILTER (WHERE role = 'decision') AS decision_row,
       min(row_no) FILTER (WHERE role = 'supervision') AS supervision_row
FROM checked WHERE person IS NOT NULL AND role IN ('handling', 'review', 'decision', 'supervision')
GROUP BY case_id, power_code, person
HAVING review_decide OR handle_supervise
"""

SAME_PERSON = """
    SELECT f.case_id, f.power_code, f.person, f.{row},
           string_agg(DISTINCT st.name, '、' ORDER BY st.name) FILTER (WHERE c.role IN {first}),
           string_agg(DISTINCT st.name, '、' ORDER BY st.name) FILTER (WHERE c.role IN {second})
    FROM pairs f
    JOIN checked c ON c.case_id = f.case_id AND c.power_code = f.power_code
         AND c.person = f.person AND c.role IN {both}
    JOIN steps st ON st.code = c.power_code AND st.step_id = c.step_id
    WHERE f.{flag}
    GROUP BY ALL ORDER BY 4
"""


def same_person(con: Any, log: CaseLog) -> Iterator[Finding]:
    """One person in review and decision (SP809), or in handling and supervision (SP810)."""
    con.execute(PAIRS)
    pairs = (("SP809", "review_decide", "decision_row", "('review')", "('decision')",
              "('review', 'decision')"),
             ("SP810", "handle_supervise", "supervision_row", "('handling', 'review', 'decision')",
              "('supervision')", "('handling', 'review', 'decision', 'supervision')"))
    for code, flag, row_column, first, second, both in pairs:
        sql = SAME_PERSON.format(flag=flag, row=row_column, first=first, second=second, both=both)
        for case, power, person, row, first_names, second_names in _rows(con, sql):
            yield make_finding(code, log, row, power, case=case, person=person,
                               first=first_names, second=second_names)
