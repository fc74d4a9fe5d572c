from __future__ import annotations

import pytest
from linttest import SP301_AT, SP407_AT, active, lint, make

from sixpowers.findings import Severity, UsageError


def test_default_runs_every_default_rule(tmp_path):
    assert active(lint(make(tmp_path))) == [SP407_AT, SP301_AT]


def test_select_and_ignore_by_code_and_prefix(tmp_path):
    root = make(tmp_path)
    assert active(lint(root, select=("SP3",))) == [SP301_AT]
    assert active(lint(root, ignore=("SP4",))) == [SP301_AT]
    assert active(lint(root, select=("SP3", "SP4"), ignore=("SP301",))) == [SP407_AT]


def test_more_specific_selector_wins(tmp_path):
    root = make(tmp_path, toml='[lint]\nignore = ["SP3"]\nextend_select = ["SP301"]\n')
    assert active(lint(root)) == [SP407_AT, SP301_AT]


def test_config_select_and_cli_override(tmp_path):
    root = make(tmp_path, toml='[lint]\nselect = ["SP4"]\n')
    assert active(lint(root)) == [SP407_AT]
    assert active(lint(root, select=("SP301",))) == [SP301_AT]


def test_severity_override_by_prefix(tmp_path):
    root = make(tmp_path, toml='[lint]\nseverity = { SP3 = "warning", SP407 = "info" }\n')
    by_code = {f.code: f.severity for f in lint(root)}
    assert by_code == {"SP301": Severity.WARNING, "SP407": Severity.INFO}


def test_per_file_ignores_match_paths_relative_to_the_register(tmp_path):
    (tmp_path / "old").mkdir()
    make(tmp_path / "old")
    (tmp_path / "old" / "sixpowers.toml").unlink()
    root = make(tmp_path, toml='[lint]\nper_file_ignores = { "old/*.yaml" = ["SP3"] }\n')
    findings = lint(root)
    assert sorted((f.location.file.endswith("old/d.yaml"), f.code) for f in findings) == [
        (False, "SP301"), (False, "SP407"), (True, "SP407"), (True, "SP505")]


def test_unknown_selector_stops_the_run(tmp_path):
    with pytest.raises(UsageError) as caught:
        lint(make(tmp_path), select=("SP399",))
    assert "SP399" in caught.value.message
    with pytest.raises(UsageError):
        lint(make(tmp_path, toml='[lint]\nseverity = { SP301 = "fatal" }\n'))


def test_validation_findings_are_reported_and_selectable(tmp_path):
    root = make(tmp_path, DEPT_WITH_TYPO)
    codes = [f.code for f in lint(root)]
    assert "SP102" in codes
    assert "SP102" in [f.code for f in lint(root, select=("SP3",))]
    assert "SP102" not in [f.code for f in lint(root, ignore=("SP1",))]


def test_legal_basis_is_stamped(tmp_path):
    finding = next(f for f in lint(make(tmp_path)) if f.code == "SP301")
    assert finding.legal_basis and "行政许可法" in finding.legal_basis
    assert finding.message_en and finding.power == "140115001000"


DEPT_WITH_TYPO = """\
department:
  name: 示例局
  nmae: x
"""


def test_laws_file_and_catalogue_in_the_register_are_not_department_files(tmp_path):
    (tmp_path / "laws.yaml").write_text("- {title: 某某条例, level: 地方性法规}\n", encoding="utf-8")
    (tmp_path / "目录").mkdir()
    make(tmp_path / "目录")
    root = make(tmp_path, toml='[lint]\nlaws = "laws.yaml"\ncatalogue = "目录"\n')
    files = {f.location.file for f in lint(root)}
    assert files == {str(root / "d.yaml")}
