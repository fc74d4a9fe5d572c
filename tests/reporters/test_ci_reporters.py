"""The CI reporters: golden output for each, SARIF against the official 2.1.0 schema, the
GitHub annotation cap, and fingerprints that survive reordering."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from dataclasses import replace

import jsonschema
import pytest
from conftest import ROOT
from golden import check_golden

from sixpowers.findings import Finding, Location, Severity
from sixpowers.reporters import REPORTERS, default_format
from sixpowers.reporters.fingerprint import fingerprint
from sixpowers.reporters.sarif import sarif_log

FINDINGS = [
    Finding("SP101", "missing-field", Severity.ERROR, "缺少必填字段“subject”",
            Location("departments/交通 运输.yaml", 12, 5, "/powers/0"), power="140115001000",
            hint="在此处添加“subject”", message_en="missing required field 'subject'",
            hint_en="add 'subject' here"),
    Finding("SP102", "unknown-field", Severity.WARNING,
            "未知字段“a,b:c”，值为 100% | <b>粗体</b>\n第二行",
            Location("departments/highway.yaml", 3, 1, "/department/a,b:c"),
            message_en="unknown field 'a,b:c'"),
    Finding("SP104", "value-not-allowed", Severity.ERROR, "“level”的值“法规”不在允许范围内",
            Location("departments/highway.yaml", 20, 9, "/powers/3/basis/0/level"),
            power="140106001000", legal_basis="《中华人民共和国立法法》",
            message_en="'level' value '法规' is not allowed"),
    Finding("SP701", "added-without-ground", Severity.ERROR, "新增事项没有说明依据",
            Location("registers/sheet.xlsx", None, None, "/powers/7", sheet="权力清单",
                     cell="D9", row=9), power="140101003000"),
    Finding("SP105", "unknown-power-type", Severity.INFO, "事项类型“行政指导”不在类型目录中",
            Location("departments/highway.yaml"), suppressed_reason="本地扩展类别，经法制办同意"),
]

EXTENSIONS = {"github": "txt", "sarif": "json", "junit": "xml", "gitlab": "json",
              "markdown": "md"}


def render(fmt: str, findings: list[Finding], lang: str = "zh") -> str:
    out = io.StringIO()
    REPORTERS[fmt]([f.localized(lang) for f in findings], out, lang)
    return out.getvalue()


@pytest.mark.parametrize("fmt", sorted(EXTENSIONS))
def test_golden(fmt: str) -> None:
    check_golden(f"reporters/{fmt}.{EXTENSIONS[fmt]}", render(fmt, FINDINGS))


@pytest.mark.parametrize("fmt", sorted(EXTENSIONS))
def test_golden_without_findings(fmt: str) -> None:
    check_golden(f"reporters/{fmt}-empty.{EXTENSIONS[fmt]}", render(fmt, []))


def test_github_annotation_escapes_properties_and_data() -> None:
    lines = render("github", FINDINGS).splitlines()
    assert lines[0] == ("::error file=departments/交通 运输.yaml,line=12,col=5,"
                        "title=SP101 missing-field::缺少必填字段“subject”（140115001000）"
                        "%0A提示：在此处添加“subject”")
    assert lines[1].startswith("::warning file=departments/highway.yaml,line=3,col=1,")
    assert "值为 100%25 | <b>粗体</b>%0A第二行" in lines[1]
    assert not any("SP105" in line for line in lines)  # suppressed


def test_github_cap_says_how_many_were_not_shown() -> None:
    many = [replace(FINDINGS[0], location=Location("d.yaml", n, 1)) for n in range(1, 26)]
    many += [replace(FINDINGS[1], location=Location("d.yaml", n, 1)) for n in range(1, 13)]
    lines = render("github", many).splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 10
    assert sum(line.startswith("::warning ") for line in lines) == 10
    assert lines[-1] == ("另有 15 个错误，2 个警告未显示为注释（GitHub 每步每类最多显示 10 条），"
                         "已在上方日志中列出。")
    assert "d.yaml:11:1: 错误 SP101 缺少必填字段“subject”" in lines
    en = render("github", many, "en").splitlines()
    assert en[-1].startswith("15 error(s), 2 warning(s) not shown as annotations")


def test_github_is_default_under_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert default_format(None) == "github"
    assert default_format("json") == "json"
    monkeypatch.delenv("GITHUB_ACTIONS")
    assert default_format(None) == "text"


def _sarif_schema() -> dict[str, object]:
    return json.loads((ROOT / "tests/data/sarif-schema-2.1.0.json").read_text("utf-8"))


def test_sarif_validates_against_the_official_schema() -> None:
    schema = _sarif_schema()
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    for findings in (FINDINGS, []):
        log = json.loads(render("sarif", findings))
        errors = sorted(validator.iter_errors(log), key=str)
        assert errors == []


def test_sarif_schema_catches_a_broken_log() -> None:
    log = sarif_log(FINDINGS)
    log["runs"][0]["results"][0]["level"] = "fatal"
    validator = jsonschema.Draft4Validator(_sarif_schema())
    assert any("fatal" in e.message for e in validator.iter_errors(log))


def test_sarif_rules_fingerprints_and_suppressions() -> None:
    run = sarif_log(FINDINGS)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["SP101", "SP102", "SP104", "SP105", "SP701"]
    assert rules[2]["properties"] == {"legalBasis": "《中华人民共和国立法法》"}
    results = run["results"]
    assert [rules[r["ruleIndex"]]["id"] for r in results] == [r["ruleId"] for r in results]
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "departments/交通%20运输.yaml"
    assert results[3]["properties"] == {"pointer": "/powers/7", "sheet": "权力清单",
                                        "cell": "D9", "row": 9}
    assert results[4]["suppressions"] == [{"kind": "external", "status": "accepted",
                                           "justification": "本地扩展类别，经法制办同意"}]
    assert "suppressions" not in results[0]


def test_fingerprint_is_stable_when_powers_move_and_lines_shift() -> None:
    original = FINDINGS[2]
    moved = replace(original, location=Location("departments/other.yaml", 480, 3,
                                                "/powers/57/basis/0/level"))
    assert fingerprint(moved) == fingerprint(original)
    other_rule = replace(original, code="SP203")
    other_field = replace(original, location=replace(original.location,
                                                     pointer="/powers/3/basis/1/level"))
    assert len({fingerprint(original), fingerprint(other_rule), fingerprint(other_field)}) == 3


def test_junit_counts_and_cases() -> None:
    root = ET.fromstring(render("junit", FINDINGS).split("\n", 1)[1])
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("5", "4", "1")
    cases = suite.findall("testcase")
    assert cases[0].get("name") == "SP101 departments/交通 运输.yaml:12:5"
    failure = cases[0].find("failure")
    assert failure is not None and failure.get("type") == "SP101"
    skipped = cases[4].find("skipped")
    assert skipped is not None and skipped.get("message") == "本地扩展类别，经法制办同意"


def test_gitlab_code_quality() -> None:
    issues = json.loads(render("gitlab", FINDINGS))
    assert [i["check_name"] for i in issues] == ["SP101", "SP102", "SP104", "SP701"]
    assert issues[0]["location"] == {"path": "departments/交通 运输.yaml", "lines": {"begin": 12}}
    assert issues[3]["location"]["lines"] == {"begin": 9}
    assert [i["severity"] for i in issues] == ["major", "minor", "major", "major"]
    assert len({i["fingerprint"] for i in issues}) == 4


def test_markdown_escapes_register_text_and_stays_under_64k() -> None:
    text = render("markdown", FINDINGS)
    assert "100% \\| &lt;b&gt;粗体&lt;/b&gt; 第二行" in text
    many = [replace(FINDINGS[0], location=Location("d.yaml", n, 1), message="很长的说明" * 40)
            for n in range(1, 3001)]
    big = render("markdown", many)
    assert len(big.encode("utf-8")) < 65_536
    assert "个问题未列出（评论上限 64 KB）" in big


def test_validate_picks_github_annotations_under_github_actions(write) -> None:
    import os
    import subprocess
    import sys

    path = write("d.yaml", "department:\n  name: 示例局\npowers:\n  - name: x\n    type: 行政许可\n"
                           "    subject: 示例局\n    subjet: y\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GITHUB_ACTIONS": "true"}
    env.pop("SIXPOWERS_LANG", None)
    result = subprocess.run([sys.executable, "-m", "sixpowers", "validate", "d.yaml"],
                            capture_output=True, text=True, env=env, cwd=path.parent, timeout=120)
    assert result.returncode == 1
    assert result.stdout.startswith("::error file=d.yaml,line=7,col=5,title=SP102 unknown-field::")
    sarif = subprocess.run([sys.executable, "-m", "sixpowers", "validate", "d.yaml", "-f", "sarif"],
                           capture_output=True, text=True, env=env, cwd=path.parent, timeout=120)
    assert json.loads(sarif.stdout)["runs"][0]["results"][0]["ruleId"] == "SP102"
    lint = subprocess.run([sys.executable, "-m", "sixpowers", "lint", "d.yaml"],
                          capture_output=True, text=True, env=env, cwd=path.parent, timeout=120)
    assert lint.returncode == 1
    assert lint.stdout.startswith("::error file=d.yaml,")
    assert "title=SP102 unknown-field::" in lint.stdout
