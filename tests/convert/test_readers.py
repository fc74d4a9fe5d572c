"""CSV, XLSX and JSON department files read into located Documents and validated."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from sixpowers.config import LimitsConfig
from sixpowers.register import load_register
from sixpowers.sources import read_source

CSV = (
    "【部门】\r\n部门名称,部门代码\r\n示例局,15\r\n\r\n"
    "【事项】\r\n序号,事项编码,事项名称,事项类型,实施主体,法定办结时限\r\n"
    "1,0101,道路运输许可,行政许可,示例局,二十天\r\n"
    "2,0102,,行政处罚,示例局,\r\n\r\n"
    "【设定依据】\r\n事项序号,效力层级,法规全称,条款\r\n"
    "1,法律,中华人民共和国道路运输条例,第八条\r\n"
    "9,法律,中华人民共和国公路法,第一条\r\n"
)


def test_csv_findings_point_at_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "dept.csv"
    path.write_text(CSV, encoding="utf-8-sig")
    register = load_register([path])
    found = {(f.code, f.location.line, f.location.column) for f in register.findings}
    assert ("SP103", 7, 6) in found  # 法定办结时限 "二十天" is not a number
    assert ("SP101", 8, 3) in found  # 事项名称 empty
    assert ("SP022", 13, 1) in found  # 事项序号 9 matches no power
    doc = register.files[0].document
    assert doc.data["powers"][0]["code"] == "0101"
    assert doc.data["powers"][0]["basis"][0]["article"] == "第八条"


def test_xlsx_findings_point_at_sheet_and_cell(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "部门"
    sheet.append(["部门名称"])
    sheet.append(["示例局"])
    powers = book.create_sheet("事项")
    powers.append(["序号", "事项编码", "事项名称", "事项类型", "实施主体", "公开范围"])
    powers.append([1, 140115001000, "道路运输许可", "行政许可", "示例局", "全社会"])
    powers["B2"].number_format = "000000000000"
    powers.append([2, 7, "道路运输处罚", "行政处罚", "示例局", None])
    powers["B3"].number_format = "0000"
    book.create_sheet("草稿").append(["随手记"])
    path = tmp_path / "dept.xlsx"
    book.save(path)
    doc = read_source(path, "dept.xlsx", LimitsConfig())
    assert doc.data["powers"][0]["code"] == "140115001000"
    assert doc.data["powers"][1]["code"] == "0007"
    codes = {(f.code, f.location.sheet, f.location.cell) for f in doc.findings}
    assert codes == {("SP021", "事项", "B2"), ("SP021", "事项", "B3"), ("SP023", "草稿", "A1")}
    register = load_register([path])
    scope = [f for f in register.findings if f.code == "SP104"]
    assert [(f.location.sheet, f.location.cell, f.location.row) for f in scope] == [("事项", "F2", 2)]
    assert scope[0].location.short().endswith("dept.xlsx[事项]!F2")


def test_json_positions_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "dept.json"
    path.write_text('{\n  "department": {"name": "示例局"},\n  "powers": [\n'
                    '    {"name": "许可", "type": "行政许可", "subject": 5,\n'
                    '     "status": {"date": "2024-01-31"}}\n  ]\n}\n', encoding="utf-8")
    register = load_register([path])
    assert [(f.code, f.location.line, f.location.column) for f in register.findings] == [
        ("SP107", 4, 47)]
    doc = register.files[0].document
    assert str(doc.data["powers"][0]["status"]["date"]) == "2024-01-31"


def test_json_syntax_error_is_located(tmp_path: Path) -> None:
    path = tmp_path / "dept.json"
    path.write_text('{"department": {"name": "x"},\n "powers": [}\n', encoding="utf-8")
    doc = read_source(path, "dept.json", LimitsConfig())
    assert [(f.code, f.location.line, f.location.column) for f in doc.findings] == [
        ("SP026", 2, 13)]


def test_not_a_workbook_is_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "dept.xlsx"
    path.write_bytes(b"not a zip")
    doc = read_source(path, "dept.xlsx", LimitsConfig())
    assert [f.code for f in doc.findings] == ["SP020"]


def test_gb18030_csv_saved_by_excel_is_read_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "dept.csv"
    path.write_bytes(CSV.encode("gb18030"))
    doc = read_source(path, "dept.csv", LimitsConfig())
    assert doc.findings[0].code == "SP027" and doc.findings[0].severity.name == "INFO"
    assert doc.data["department"]["name"] == "示例局"


def test_register_folder_reads_only_tables_that_are_department_files(tmp_path: Path) -> None:
    (tmp_path / "dept.csv").write_text(CSV, encoding="utf-8-sig")
    (tmp_path / "cases.csv").write_text("case_id,power_code,step_id,time\n1,0101,accept,2025-01-02\n",
                                        encoding="utf-8")
    (tmp_path / "baseline.json").write_text('{"version": 1, "findings": []}', encoding="utf-8")
    (tmp_path / "dept.json").write_text('{"department": {"name": "局"}}', encoding="utf-8")
    book = openpyxl.Workbook()
    book.active.title = "统计"
    book.save(tmp_path / "stats.xlsx")
    register = load_register([tmp_path])
    assert sorted(Path(f.path).name for f in register.files) == ["dept.csv", "dept.json"]
    explicit = load_register([tmp_path / "cases.csv"])
    codes = {(f.code, f.location.line, f.location.column) for f in explicit.findings}
    assert ("SP102", 2, 1) in codes  # named explicitly, it is read and its columns reported
