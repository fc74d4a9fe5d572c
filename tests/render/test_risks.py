"""The risk table: flow order, level order, colours from the config."""

from __future__ import annotations

from render_helpers import fixture_powers, fixture_register

from sixpowers.render import ChartOptions, risk_table


def test_rows_in_flow_order_with_high_first() -> None:
    rows = risk_table(fixture_powers()[0])
    assert [(r.step_name, r.level, r.description) for r in rows] == [
        ("调查取证（两名以上执法人员，出示证件）", "高", "泄露举报人信息"),
        ("调查取证（两名以上执法人员，出示证件）", "中", "选择性执法、取证不全"),
        ("集体讨论决定", "高", "滥用自由裁量权"),
        ("送达", "低", "送达不规范"),
    ]
    assert rows[1].measures == ("执法全过程记录",) and rows[1].post == "执法岗"
    assert (rows[0].colour, rows[0].font_colour, rows[0].level_name) == ("#d32f2f", "#ffffff", "高风险（一级）")


def test_unknown_step_last_and_config_colours() -> None:
    options = ChartOptions.from_config(fixture_register().config)
    assert dict(options.risk_colours) == {"高": "红", "中": "橙", "低": "蓝"}
    rows = risk_table(fixture_powers()[2], options)
    assert [(r.step_name, r.colour) for r in rows] == [("受理", "#f57c00"), ("决定", "#d32f2f")]
    hostile = risk_table(fixture_powers()[1])
    assert [(r.step_id, r.step_name, r.post) for r in hostile] == [("nowhere", "nowhere", "")]
