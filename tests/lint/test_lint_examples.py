"""The bundled examples lint clean, and --fix restores a degraded copy of one exactly."""

from __future__ import annotations

import shutil

from conftest import EXAMPLES
from linttest import active
from test_lint_fix import run

from sixpowers.lint import lint_registers
from sixpowers.register import load_registers


def test_party_example_is_clean():
    registers = load_registers([EXAMPLES / "county-party-org"])
    assert active(lint_registers(registers).findings) == []


def test_transport_example_is_clean():
    registers = load_registers([EXAMPLES / "shanxi-transport"])
    assert active(lint_registers(registers).findings) == []


def test_two_registers_are_linted_each_under_its_own_config():
    result = run("lint", str(EXAMPLES / "shanxi-transport"), str(EXAMPLES / "county-party-org"),
                 "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "[]"


def test_fix_restores_a_degraded_copy_of_the_example(tmp_path):
    copy = tmp_path / "shanxi-transport"
    shutil.copytree(EXAMPLES / "shanxi-transport", copy)
    target = copy / "交通运输厅.yaml"
    text = target.read_text(encoding="utf-8")
    degraded = text.replace("type: 行政许可", "type: 行政审批", 2).replace(
        "title: 中华人民共和国道路运输条例", "title: 《道路运输条例》", 3).replace(
        "title: 中华人民共和国公路法", "title: '中华人民共和国公路法 '", 1)
    assert degraded.count("行政审批") >= 2 and degraded != text
    target.write_text(degraded, encoding="utf-8")
    result = run("lint", str(copy), "--fix", "--select", "SP204,SP205,SP502")
    assert result.returncode == 0, result.stdout + result.stderr
    # Quoting is the user's choice and is kept; everything else is back to the original.
    expected = text.replace("title: 中华人民共和国公路法", "title: '中华人民共和国公路法'", 1)
    assert target.read_text(encoding="utf-8") == expected
    assert result.stderr.count("已修复") == 6
