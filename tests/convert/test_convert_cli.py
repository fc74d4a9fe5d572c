"""`sixpowers convert` and `sixpowers template` end to end."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import yaml
from conftest import ROOT

SCAFFOLD = ROOT / "sixpowers" / "scaffold" / "department.yaml.tmpl"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SIXPOWERS_LANG", None)
    return subprocess.run([sys.executable, "-m", "sixpowers", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=120)


def _department(tmp_path: Path) -> Path:
    path = tmp_path / "dept.yaml"
    path.write_text(SCAFFOLD.read_text("utf-8"), encoding="utf-8")
    return path


def test_yaml_to_xlsx_to_yaml_gives_the_same_data(tmp_path: Path) -> None:
    source = _department(tmp_path)
    assert run("convert", str(source), str(tmp_path / "d.xlsx")).returncode == 0
    result = run("convert", str(tmp_path / "d.xlsx"), str(tmp_path / "back.yaml"))
    assert result.returncode == 0, result.stderr
    back = (tmp_path / "back.yaml").read_text("utf-8")
    assert back.startswith("# yaml-language-server: $schema=")
    assert yaml.safe_load(back)["powers"][0]["code"] == "140115001000"
    original = yaml.safe_load(source.read_text("utf-8"))
    assert yaml.safe_load(back)["powers"][0]["flow"] == original["powers"][0]["flow"]


def test_workbook_is_laid_out_for_clerks(tmp_path: Path) -> None:
    source = _department(tmp_path)
    run("convert", str(source), str(tmp_path / "d.xlsx"))
    book = openpyxl.load_workbook(tmp_path / "d.xlsx")
    assert book.sheetnames[:4] == ["部门", "事项", "设定依据", "责任事项"]
    assert book.sheetnames[-1] == "填写说明" and "事项序号" in book["填写说明"]["A3"].value
    powers = book["事项"]
    assert powers.freeze_panes == "A2"
    assert [c.value for c in powers[1]][:4] == ["序号", "事项编码", "事项名称", "子项名称"]
    assert powers["B2"].value == "140115001000" and powers["B2"].data_type == "s"
    assert powers["B2"].number_format == "@"  # codes stay text when retyped
    assert powers.column_dimensions["C"].number_format == "@"  # new rows typed as text
    # 事项名称 道路货物运输经营许可 is 10 CJK characters: 20 columns, plus padding
    assert powers.column_dimensions["C"].width == 22
    lists = {str(dv.sqref).split(":")[0]: dv.formula1
             for dv in powers.data_validations.dataValidation}
    assert lists["T2"] == '"保留,取消,下放,转移,整合,新增,委托,暂停"'
    assert "社会公开" in lists["Y2"]
    risks = book["廉政风险"]
    assert [c.value for c in risks[1]] == ["事项序号", "所在环节", "风险点", "表现形式", "风险等级",
                                          "风险类别", "防控措施", "责任岗位"]
    assert risks["G3"].value == "审查与决定岗位分离\n集体研究重大许可事项\n纪检部门定期抽查"


def test_formula_like_cells_are_neutralised_and_read_back(tmp_path: Path) -> None:
    text = SCAFFOLD.read_text("utf-8").replace("fee: 不收费", "fee: \"=cmd|' /C calc'!A0\"")
    source = tmp_path / "dept.yaml"
    source.write_text(text, encoding="utf-8")
    assert run("convert", str(source), str(tmp_path / "d.csv")).returncode == 0
    raw = (tmp_path / "d.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header = rows[rows.index(["【事项】"]) + 1]
    row = rows[rows.index(["【事项】"]) + 2]
    assert row[header.index("收费依据和标准")] == "'=cmd|' /C calc'!A0"
    assert run("convert", str(source), str(tmp_path / "d.xlsx")).returncode == 0
    book = openpyxl.load_workbook(tmp_path / "d.xlsx")
    cell = book["事项"].cell(2, header.index("收费依据和标准") + 1)
    assert cell.value == "'=cmd|' /C calc'!A0" and cell.data_type == "s"
    for name in ("d.csv", "d.xlsx"):
        assert run("convert", str(tmp_path / name), str(tmp_path / f"{name}.yaml")).returncode == 0
        back = yaml.safe_load((tmp_path / f"{name}.yaml").read_text("utf-8"))
        assert back["powers"][0]["fee"] == "=cmd|' /C calc'!A0"


def test_convert_refuses_a_broken_input_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "dept.yaml"
    source.write_text("department:\n  name: 局\npowers:\n  - name: x\n", encoding="utf-8")
    result = run("convert", str(source), str(tmp_path / "d.xlsx"))
    assert result.returncode == 1
    assert "SP101" in result.stdout and not (tmp_path / "d.xlsx").exists()


def test_convert_unknown_extension_is_a_usage_error(tmp_path: Path) -> None:
    result = run("convert", str(_department(tmp_path)), str(tmp_path / "d.txt"))
    assert result.returncode == 2
    assert result.stderr.startswith("sixpowers: ") and "扩展名" in result.stderr


def test_convert_folder_into_workbooks(tmp_path: Path) -> None:
    register = tmp_path / "reg"
    (register / "departments").mkdir(parents=True)
    (register / "sixpowers.toml").write_text('[register]\nname = "示例"\n', encoding="utf-8")
    (register / "departments" / "a.yaml").write_text(SCAFFOLD.read_text("utf-8"), encoding="utf-8")
    result = run("convert", str(register), str(tmp_path / "out"), "--to", "xlsx")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "departments" / "a.xlsx").is_file()
    assert (tmp_path / "out" / "sixpowers.toml").is_file()
    assert run("validate", str(tmp_path / "out")).returncode == 0
    again = run("convert", str(register), str(tmp_path / "out"), "--to", "xlsx")
    assert again.returncode == 2 and "--force" in again.stderr


def test_template_has_headers_and_dropdowns(tmp_path: Path) -> None:
    result = run("template", str(tmp_path / "t.xlsx"))
    assert result.returncode == 0
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert [c.value for c in book["设定依据"][1]] == ["事项序号", "效力层级", "法规全称", "条款",
                                                   "版本", "文号", "条文内容"]
    levels = book["设定依据"].data_validations.dataValidation[0]
    assert "行政法规" in levels.formula1 and levels.showErrorMessage
    assert book["事项"].max_row == 1
    assert run("template", str(tmp_path / "t.xlsx")).returncode == 2


def test_control_character_cannot_go_to_xlsx_but_csv_keeps_it(tmp_path: Path) -> None:
    text = SCAFFOLD.read_text("utf-8").replace("fee: 不收费", 'fee: "不收\\x01费"')
    source = tmp_path / "dept.yaml"
    source.write_text(text, encoding="utf-8")
    result = run("convert", str(source), str(tmp_path / "d.xlsx"))
    assert result.returncode == 2 and "控制字符" in result.stderr and not (tmp_path / "d.xlsx").exists()
    assert run("convert", str(source), str(tmp_path / "d.csv")).returncode == 0
    assert run("convert", str(tmp_path / "d.csv"), str(tmp_path / "back.yaml")).returncode == 0
    assert yaml.safe_load((tmp_path / "back.yaml").read_text("utf-8"))["powers"][0]["fee"] == "不收\x01费"
