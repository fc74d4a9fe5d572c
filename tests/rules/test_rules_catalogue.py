"""SP605-SP608: a county register checked against a provincial catalogue."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from catalogue_fixture import CATALOGUE_CODES, COUNTY, write_pair
from ruletest import col_of, line_of

from sixpowers.findings import UsageError
from sixpowers.lint import LintOptions, run_lint
from sixpowers.register import load_register


def _findings(county: Path, catalogue: Path | None):
    report = run_lint(load_register([county]), LintOptions(select=CATALOGUE_CODES, catalogue=catalogue))
    return report


def test_each_drift_is_reported_where_it_is(tmp_path):
    county = write_pair(tmp_path)
    report = _findings(county, tmp_path / "省级目录")
    got = [(f.code, f.location.line, f.location.column) for f in report.findings]
    assert got == [
        ("SP608", 1, 20),  # 出租汽车经营许可: held nowhere (公路超限运输许可 is 省级 only)
        ("SP605", 3, 11),  # same name, different code
        ("SP605", line_of(COUNTY, "type: 行政确认"), 11),  # same name, different type
        ("SP607", line_of(COUNTY, "的行政处罚"), 11),  # near name
        ("SP605", line_of(COUNTY, "level: 部门规章"), 9),  # different strongest basis
        ("SP606", line_of(COUNTY, "服务质量备案审批"), 11),  # licence outside the catalogue
        ("SP606", line_of(COUNTY, "站（场）"), 11),  # the catalogue cancelled this licence
    ]
    messages = {(f.code, f.location.line): f for f in report.findings}
    code = messages[("SP605", 3)]
    assert "140115009000" in code.message and "140115001000" in code.message
    assert "140115001000" in code.message_en
    kind = messages[("SP605", line_of(COUNTY, "type: 行政确认"))]
    assert "“行政确认”" in kind.message and "“行政许可”" in kind.message
    basis = messages[("SP605", line_of(COUNTY, "level: 部门规章"))]
    assert "【部门规章】《道路货物运输及站场管理规定》" in basis.message
    assert "【行政法规】《中华人民共和国道路运输条例》" in basis.message
    missing = messages[("SP608", 1)]
    assert "出租汽车经营许可" in missing.message and missing.power == "140115004000"
    assert "possibly missing" in missing.message_en
    outside = messages[("SP606", line_of(COUNTY, "服务质量备案审批"))]
    assert "国办发〔2022〕2号" in (outside.legal_basis or "")
    assert [(f.code, fix.value) for f, fix in report.fixes] == [
        ("SP607", "对未取得道路运输经营许可擅自从事道路运输经营的处罚")]


def test_a_faithful_county_has_no_findings_and_no_catalogue_means_no_check(tmp_path):
    faithful = """\
department: {name: 平遥县交通运输局, code: "15"}
powers:
  - {code: "140115001000", name: 道路货物运输经营许可, type: 行政许可, subject: 平遥县交通运输局,
     basis: [{level: 行政法规, title: 中华人民共和国道路运输条例, article: 第二十四条}]}
  - {name: 道路旅客运输经营许可, type: 行政许可, subject: 平遥县交通运输局}
  - {name: 对未取得道路运输经营许可擅自从事道路运输经营的处罚, type: 行政处罚, subject: 平遥县交通运输局}
  - {name: 出租汽车经营许可, type: 行政许可, subject: 平遥县交通运输局}
  - {name: 对道路运输经营者的监督检查, type: 行政检查, subject: 平遥县交通运输局}
"""
    county = write_pair(tmp_path, faithful)
    assert _findings(county, tmp_path / "省级目录").findings == []
    assert _findings(county, None).findings == []


def test_catalogue_from_config_and_level_filter(tmp_path):
    # Without a level every applicable item counts, so 公路超限运输许可 (省级) is reported too.
    county = write_pair(tmp_path, toml='[lint]\ncatalogue = "../省级目录"\n')
    found = [f for f in _findings(county, None).findings if f.code == "SP608"]
    assert sorted(f.power for f in found) == ["140115004000", "140115005000"]


def test_cli_catalogue_fix_adopts_the_name_and_keeps_comments(tmp_path):
    county = write_pair(tmp_path)
    run = [sys.executable, "-m", "sixpowers", "lint", str(county), "--catalogue",
           str(tmp_path / "省级目录"), "--select", "SP607"]
    first = subprocess.run(run, capture_output=True, text=True, encoding="utf-8")
    assert first.returncode == 1 and "SP607" in first.stdout
    fixed = subprocess.run([*run, "--fix"], capture_output=True, text=True, encoding="utf-8")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    text = (county / "交通运输局.yaml").read_text(encoding="utf-8")
    line = line_of(COUNTY, "的行政处罚")
    assert text.splitlines()[line - 1] == \
        "  - name: 对未取得道路运输经营许可擅自从事道路运输经营的处罚  # 照抄旧表"
    assert "  # 县里的叫法" in text
    assert text.replace("的处罚  #", "的行政处罚  #") == COUNTY
    assert col_of(COUNTY, "对未取得") == 11


def test_cli_catalogue_inside_the_register_is_not_a_department(tmp_path):
    county = write_pair(tmp_path)
    inner = county / "目录"
    (tmp_path / "省级目录").rename(inner)
    result = subprocess.run([sys.executable, "-m", "sixpowers", "lint", str(county), "--catalogue",
                             str(inner), "--select", "SP606", "--format", "json"],
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 1
    assert "交通运输厅.yaml" not in result.stdout and result.stdout.count('"SP606"') == 2


def test_missing_catalogue_is_a_usage_error(tmp_path):
    county = write_pair(tmp_path)
    result = subprocess.run([sys.executable, "-m", "sixpowers", "lint", str(county), "--catalogue",
                             str(tmp_path / "无")], capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 2 and result.stderr.strip().endswith("上级目录不存在")


def test_catalogue_is_read_only_when_a_catalogue_rule_is_on(tmp_path):
    county = write_pair(tmp_path, toml='[lint]\ncatalogue = "../无此目录"\n')
    register = load_register([county])
    assert run_lint(register, LintOptions(select=("SP301",))).findings == []
    with pytest.raises(UsageError, match="上级目录不存在"):
        run_lint(register, LintOptions(select=("SP6",)))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_spreadsheet_catalogue_gives_the_same_findings(tmp_path, suffix):
    county = write_pair(tmp_path)
    sheet = tmp_path / f"目录{suffix}"
    converted = subprocess.run([sys.executable, "-m", "sixpowers", "convert",
                                str(tmp_path / "省级目录" / "交通运输厅.yaml"), str(sheet)],
                               capture_output=True, text=True, encoding="utf-8")
    assert converted.returncode == 0, converted.stderr
    expected = [(f.code, f.location.line, f.message) for f in _findings(county, tmp_path / "省级目录").findings]
    got = [(f.code, f.location.line, f.message) for f in _findings(county, sheet).findings]
    assert got == expected and len(got) == 7
