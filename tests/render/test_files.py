"""File names from codes stay inside the output folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from sixpowers.findings import UsageError
from sixpowers.render.files import chart_path, safe_stem


@pytest.mark.parametrize(("code", "name", "expected"), [
    ("140115001000", "x", "140115001000"),
    ("0001", "x", "0001"),
    ("../../etc/passwd", "x", "etc_passwd-"),
    ("/abs/path", "x", "abs_path-"),
    ("..", "道路许可", "道路许可-"),
    ("CON", "x", "x-"),
    ("nul.txt", "x", "x-"),
    ("a\\b:c", "x", "a_b_c-"),
    ("", "对<script>的处罚", "对_script_的处罚-"),
    (None, "...", "power-"),
    (".hidden", "x", "hidden-"),
])
def test_safe_stem(code: str | None, name: str, expected: str) -> None:
    stem = safe_stem(code, name, code or name)
    assert stem.startswith(expected)
    if expected.endswith("-"):
        assert len(stem) == len(expected) + 8  # slug + 8 hex digits of the key's hash
    assert "/" not in stem and "\\" not in stem and not stem.startswith(".")


def test_codes_differing_only_in_unsafe_characters_get_distinct_names() -> None:
    assert safe_stem("a/b", "x", "a/b") != safe_stem("a_b", "x", "a_b")
    assert safe_stem("", "同名", "同名/甲") != safe_stem("", "同名", "同名/乙")


def test_chart_path_stays_in_folder(tmp_path: Path) -> None:
    assert chart_path(tmp_path, "14", "flow", "dot") == tmp_path / "14.flow.gv"
    assert chart_path(tmp_path, "14", "risk", "mermaid") == tmp_path / "14.risk.mmd"
    with pytest.raises(UsageError):
        chart_path(tmp_path, "../x", "flow", "svg")
