"""Importing a published XLSX list in its real shape: title row, two-row header with merged
cells, section titles, a merged 主项 over its 子项, multi-line basis cells, numeric codes."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
import yaml

from sixpowers.importer.run import import_list, report_data

HEADERS = ["序号", "项目", "项目", "职权类型", "设定依据", "实施主体", "责任事项", "追责情形",
           "法定办结时限", "承诺办结时限", "备注", "权力编码", "职责边界", "职责边界"]
BASIS = ("【法律】《中华人民共和国公路法》（2017年修正）第八条：国务院交通主管部门主管全国公路工作。\n"
         "【行政法规】《中华人民共和国道路运输条例》(2023年修订)第二十四条 申请从事货运经营的，应当……")
DUTIES = ("1.受理责任：公示应当提交的材料，一次性告知补正材料。2.审查责任：对申请材料进行审查。\n"
          "3.决定责任：作出准予或不予许可的决定。4.送达责任：制发证件并送达。5.事后监管责任：监督检查。")


def build_workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["示例县交通运输局权责清单"])
    sheet.merge_cells("A1:N1")
    sheet.append(HEADERS)
    sheet.append(["", "主项", "子项", "", "", "", "", "", "", "", "", "", "县级", "乡镇"])
    for column in "ADEFGHIJKL":
        sheet.merge_cells(f"{column}2:{column}3")
    sheet.merge_cells("B2:C2")
    sheet.merge_cells("M2:N2")
    sheet.append(["一、行政许可（2项）"])
    sheet.merge_cells("A4:N4")
    sheet.append([1, "道路货物运输经营许可", "普通货运", "行政许可", BASIS, "示例县交通运输局",
                  DUTIES, "1.对符合法定条件的申请不予受理的；2.索取或者收受他人财物的。",
                  "20个工作日", "10个工作日", "=cmd|' /C calc'!A0", 140115001000, "审批", "初审"])
    sheet["L5"].number_format = "000000000000"
    sheet["K5"].data_type = "s"  # text that looks like a formula, as Excel stores '=…
    sheet.append([2, None, "危险货物运输", "行政审批", "“、《中华人民共和国道路运输条例》第二十三条”",
                  "示例县交通运输局", "", "", "法定20日，承诺即办", "", "", "140115001001", "", ""])
    sheet.merge_cells("B5:B6")
    sheet.append([])
    sheet.append(["二、行政处罚"])
    sheet.append([3, "对超限运输车辆的处罚", "", "02",
                  "【行政法规】《山西省人民政府关于加强治超工作的通知》（晋政发〔2017〕33号）",
                  "示例县交通运输局", "", "", "90日", "", "", "140215002000", "", ""])
    sheet.append([4, "公路路政检查", "", "99", "《公路法》第七十一条", "", "", "", "", "", "",
                  "149915003000", "", ""])
    book.save(path)


@pytest.fixture
def imported(tmp_path: Path):
    source = tmp_path / "list.xlsx"
    build_workbook(source)
    output = tmp_path / "transport.yaml"
    result = import_list(source, output, {})
    return result, yaml.safe_load(output.read_text("utf-8")), output


def test_rows_become_powers_field_by_field(imported) -> None:
    _, data, output = imported
    assert output.read_text("utf-8").startswith("# yaml-language-server: $schema=")
    assert data["department"] == {"name": "示例县交通运输局"}
    first, second, third, fourth = data["powers"]
    assert first["code"] == "140115001000"
    assert (first["name"], first["sub_name"]) == ("道路货物运输经营许可", "普通货运")
    assert second["name"] == "道路货物运输经营许可"  # merged 主项 filled down
    assert first["basis"] == [
        {"level": "法律", "title": "中华人民共和国公路法", "version": "2017年修正",
         "article": "第八条", "text": "国务院交通主管部门主管全国公路工作。"},
        {"level": "行政法规", "title": "中华人民共和国道路运输条例", "version": "2023年修订",
         "article": "第二十四条", "text": "申请从事货运经营的，应当……"}]
    assert [d["stage"] for d in first["duties"]] == ["受理责任", "审查责任", "决定责任", "送达责任",
                                                    "事后监管责任"]
    assert first["duties"][1]["content"] == "对申请材料进行审查。"
    assert first["accountability"] == ["对符合法定条件的申请不予受理的", "索取或者收受他人财物的。"]
    assert first["time_limit"] == {"statutory": 20, "committed": 10}
    assert first["note"] == "=cmd|' /C calc'!A0"
    assert first["extra"] == {"职责边界/县级": "审批", "职责边界/乡镇": "初审"}
    assert second["type"] == "行政许可" and second["extra"]["职权类型（原文）"] == "行政审批"
    assert second["basis"] == [{"level": "行政法规", "title": "中华人民共和国道路运输条例",
                                "article": "第二十三条"}]
    assert second["time_limit"] == {"statutory": 20, "committed": 0}
    assert third["type"] == "行政处罚"
    assert third["basis"][0]["level"] == "行政法规"  # as tagged: the defect stays visible
    assert third["basis"][0]["doc_number"] == "晋政发〔2017〕33号"
    assert fourth["type"] == "99" and fourth["subject"] == "示例县交通运输局"
    assert fourth["basis"] == [{"level": "法律", "title": "公路法", "article": "第七十一条"}]


def test_findings_name_sheet_cell_and_row(imported) -> None:
    result, _, _ = imported
    found = {(f.code, f.location.sheet, f.location.cell, f.location.row) for f in result.findings}
    assert ("SP042", "Sheet1", "L5", 5) in found  # code stored as a number
    assert ("SP046", "Sheet1", "D6", 6) in found  # 行政审批 → 行政许可
    assert ("SP044", "Sheet1", "E6", 6) in found  # stray quotes around the basis
    assert ("SP045", "Sheet1", "E10", 10) in found  # 《公路法》 level guessed
    assert ("SP105", "Sheet1", "D10", 10) in found  # type code 99 is not a type
    assert not [f for f in result.findings if f.code.startswith("SP1") and f.code != "SP105"]


def test_report_accounts_for_every_row_and_column(imported, tmp_path: Path) -> None:
    result, data, _ = imported
    report = report_data(result)
    assert report["counts"] == {"title": 3, "header": 2, "power": 4, "blank": 1}
    assert sum(report["counts"].values()) == 10 == len(report["rows"])
    assert [r["row"] for r in report["rows"]] == list(range(1, 11))
    assert report["departments"] == {"示例县交通运输局": 4} and len(data["powers"]) == 4
    targets = {c["header"]: c["target"] for c in report["columns"]}
    assert targets["项目/主项"] == "name" and targets["项目/子项"] == "sub_name"
    assert targets["职权类型"] == "type" and targets["权力编码"] == "code"
    assert targets["序号"] == "index (not imported)"
    assert targets["职责边界/县级"] == "extra:职责边界/县级"
    assert len(report["columns"]) == len(HEADERS)
    json.dumps(report, ensure_ascii=False)


def test_map_overrides_a_column(tmp_path: Path) -> None:
    source = tmp_path / "list.xlsx"
    build_workbook(source)
    result = import_list(source, tmp_path / "t.yaml", {"备注": "fee"})
    data = yaml.safe_load((tmp_path / "t.yaml").read_text("utf-8"))
    assert data["powers"][0]["fee"] == "=cmd|' /C calc'!A0" and "note" not in data["powers"][0]
    assert any(c.header == "备注" and c.target == "fee" for c in result.result.columns)
