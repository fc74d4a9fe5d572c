"""CJK width model and line breaking."""

from __future__ import annotations

from sixpowers.render.text import format_days, text_em, wrap_text


def test_widths() -> None:
    assert text_em("受理") == 2.0
    assert text_em("ab12") == 2.4
    assert text_em("（，）") == 3.0


def test_wrap_keeps_short_text_and_balances_long_text() -> None:
    assert wrap_text("受理") == ["受理"]
    assert wrap_text("不予许可并说明理由、告知复议诉讼权利") == ["不予许可并说明理由、", "告知复议诉讼权利"]
    assert wrap_text("一二三四五六七八九十甲乙丙", 12) == ["一二三四五六七", "八九十甲乙丙"]


def test_wrap_does_not_start_a_line_with_closing_punctuation() -> None:
    lines = wrap_text("一二三四五六七八九十甲乙，丙丁", 12)
    assert not any(line.startswith("，") for line in lines)
    assert "".join(lines) == "一二三四五六七八九十甲乙，丙丁"


def test_wrap_keeps_latin_words_and_cuts_overlong_ones() -> None:
    assert wrap_text("see https example now", 8) == ["see https", "example now"]
    assert all(text_em(line) <= 6 for line in wrap_text("x" * 30, 6))
    assert wrap_text("a\nb") == ["a", "b"] and wrap_text("") == [""]


def test_format_days() -> None:
    assert (format_days(1.0), format_days(0.5), format_days(20)) == ("1", "0.5", "20")
