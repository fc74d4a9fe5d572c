from __future__ import annotations

import datetime as dt
import random

import duckdb
import pytest

from sixpowers.findings import UsageError
from sixpowers.monitor.calendar import create_calendar_table, load_calendar, parse_calendar

D = dt.date


def test_national_day_2025_holiday_and_make_up_days():
    cal = load_calendar()
    assert cal.is_working(D(2025, 9, 28))  # Sunday, make-up working day
    assert cal.is_working(D(2025, 10, 11))  # Saturday, make-up working day
    assert not cal.is_working(D(2025, 10, 8))  # Wednesday inside 国庆/中秋
    assert not cal.is_working(D(2025, 10, 12))  # ordinary Sunday
    # after 9-26 (Fri): 9-28 (Sun, worked), 9-29, 9-30, then 10-9, 10-10
    assert cal.working_days_between(D(2025, 9, 26), D(2025, 10, 10)) == 5
    assert cal.add_working_days(D(2025, 9, 30), 1) == D(2025, 10, 9)
    assert cal.add_working_days(D(2025, 10, 10), 1) == D(2025, 10, 11)
    assert cal.years == {2024, 2025, 2026}


def test_spring_festival_2026():
    cal = load_calendar()
    assert cal.is_working(D(2026, 2, 14)) and cal.is_working(D(2026, 2, 28))
    assert cal.working_days_between(D(2026, 2, 13), D(2026, 2, 24)) == 2  # 2-14 and 2-24


def test_sql_calendar_agrees_with_the_rule():
    cal = load_calendar()
    con = duckdb.connect()
    create_calendar_table(con, cal, D(2023, 12, 1), D(2027, 1, 31))
    wd = dict(con.execute("SELECT d, wd FROM cal").fetchall())
    rng = random.Random(7)
    for _ in range(300):
        a = D(2024, 1, 1) + dt.timedelta(days=rng.randrange(1000))
        b = a + dt.timedelta(days=rng.randrange(60))
        assert wd[b] - wd[a] == cal.working_days_between(a, b), (a, b)


def test_extra_calendar_overrides_and_adds_years(tmp_path):
    extra = tmp_path / "local.csv"
    extra.write_text("date,kind,name\n2027-01-01,休,元旦\n2025-10-11,休,本地调整\n", encoding="utf-8")
    cal = load_calendar(extra)
    assert 2027 in cal.years
    assert not cal.is_working(D(2025, 10, 11))


@pytest.mark.parametrize(("text", "needle"), [
    ("day,kind\n", "date 和 kind"),
    ("date,kind\n2025-13-01,休\n", ":2: 日期"),
    ("date,kind\n2025-10-01,放假\n", ":2: kind"),
])
def test_bad_calendar_file_is_a_usage_error(text, needle):
    with pytest.raises(UsageError) as caught:
        parse_calendar(text, "local.csv")
    assert needle in caught.value.message
