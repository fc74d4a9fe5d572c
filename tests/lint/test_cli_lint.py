from __future__ import annotations

import json

from linttest import DEPT, make
from test_lint_fix import run

from sixpowers.rules import RULES


def test_lint_text_output_exit_codes_and_fail_on(tmp_path):
    root = make(tmp_path)
    result = run("lint", str(root))
    assert result.returncode == 1
    assert "22:44" in result.stdout and "SP301" in result.stdout and "review-and-decision-same-post" in result.stdout
    assert "依据" in result.stdout and "发现 2 个问题（1 个错误，1 个警告）" in result.stdout
    assert run("lint", str(root), "--ignore", "SP3").returncode == 1
    assert run("lint", str(root), "--ignore", "SP3", "--fail-on", "error").returncode == 0
    bad = run("lint", str(root), "--fail-on", "fatal")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_lint_json_and_english(tmp_path):
    root = make(tmp_path)
    result = run("lint", str(root), "--format", "json", "--lang", "en")
    data = json.loads(result.stdout)
    assert [(d["code"], d["location"]["line"], d["location"]["column"]) for d in data] == [
        ("SP407", 5, 5), ("SP301", 22, 44)]
    assert data[1]["message"].startswith("'审查' and '决定' are both held by '科长'")
    assert data[1]["legal_basis"]


def test_statistics(tmp_path):
    root = make(tmp_path, DEPT.replace("type: 行政许可", "type: 行政审批"))
    result = run("lint", str(root), "--statistics")
    lines = result.stdout.splitlines()
    assert lines == ["     1  SP301  review-and-decision-same-post",
                     "     1  SP407  missing-risk-point",
                     "     1  SP502  type-alias  [*]"]


def test_write_baseline_then_lint_with_it(tmp_path):
    root = make(tmp_path / "reg")
    baseline = tmp_path / "baseline.json"
    written = run("lint", str(root), "--write-baseline", str(baseline))
    assert written.returncode == 0 and "2" in written.stderr
    result = run("lint", str(root), "--baseline", str(baseline))
    assert result.returncode == 0 and "未发现问题" in result.stdout


def test_unknown_select_is_a_usage_error(tmp_path):
    result = run("lint", str(make(tmp_path)), "--select", "XY1")
    assert result.returncode == 2 and "XY1" in result.stderr and "Traceback" not in result.stderr


def test_rules_and_rule_commands():
    table = run("rules")
    assert table.returncode == 0
    assert table.stdout.splitlines()[0].startswith("编号")
    assert len(table.stdout.splitlines()) == len(RULES) + 1
    page = run("rule", "sp301")
    assert page.returncode == 0
    assert page.stdout.startswith("SP301 review-and-decision-same-post（错误）")
    assert "## 法律依据" in page.stdout
    by_name = run("rule", "type-alias")
    assert by_name.stdout.startswith("SP502 type-alias（警告，可自动修复）")
    missing = run("rule", "SP399")
    assert missing.returncode == 2 and "SP399" in missing.stderr
