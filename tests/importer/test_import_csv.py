"""Importing CSV lists: encodings, several departments, undecodable bytes; and the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import yaml
from conftest import ROOT

from sixpowers.findings import UsageError
from sixpowers.importer.run import import_list, report_data

ROWS = [
    ["序号", "部门", "事项名称", "事项类型", "实施依据", "行使层级", "公开范围", "承诺时限", "处理意见"],
    ["1", "示例县卫生健康局", "医疗机构执业登记", "行政许可(国办)",
     "1.《中华人民共和国基本医疗卫生与健康促进法》第三十八条\n2.《医疗机构管理条例》第十五条", "县级",
     "社会公开", "20个工作日", "保留"],
    ["2", "", "对医疗机构的监督检查", "其他行政权力-备案", "【部门规章】《医疗机构管理条例实施细则》第七十条",
     "市、县", "向社会公开", "即办", "下放至乡镇"],
    ["", "", "", "", "", "", "", "", ""],
    ["3", "示例县医疗保障局", "医疗保障基金使用监督检查", "行政检查",
     "【行政法规】《医疗保障基金使用监督管理条例》第二十二条", "县级", "社会公开", "", "保留"],
]


def _csv(rows: list[list[str]]) -> str:
    return "".join(",".join(f'"{c}"' if ("," in c or "\n" in c) else c for c in r) + "\r\n"
                   for r in rows)


def test_gb18030_csv_with_two_departments_into_a_folder(tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_bytes(_csv(ROWS).encode("gb18030"))
    imported = import_list(source, tmp_path / "out", {})
    assert imported.result.encoding == "GB18030/GBK"
    assert ("SP040", 1) in {(f.code, f.location.line) for f in imported.findings}
    names = sorted(p.name for p in imported.written)
    assert names == ["示例县医疗保障局.yaml", "示例县卫生健康局.yaml"]
    health = yaml.safe_load((tmp_path / "out" / "示例县卫生健康局.yaml").read_text("utf-8"))
    first, second = health["powers"]
    assert first["type"] == "行政许可" and first["extra"]["事项类型（原文）"] == "行政许可(国办)"
    assert [c["title"] for c in first["basis"]] == ["中华人民共和国基本医疗卫生与健康促进法",
                                                    "医疗机构管理条例"]
    assert [c["level"] for c in first["basis"]] == ["法律", "行政法规"]
    assert first["levels"] == ["县级"] and first["disclosure"] == {"scope": "社会公开"}
    assert first["time_limit"] == {"committed": 20} and first["status"] == {"value": "保留"}
    assert second["type"] == "其他行政权力"
    assert second["levels"] == ["市级", "县级"]
    assert second["status"] == {"value": "下放", "reason": "至乡镇"}
    assert second["time_limit"] == {"committed": 0}
    assert second["subject"] == "示例县卫生健康局"  # the 部门 cell above carries down
    report = report_data(imported)
    assert report["counts"] == {"header": 1, "power": 3, "blank": 1}
    assert report["departments"] == {"示例县卫生健康局": 2, "示例县医疗保障局": 1}


def test_utf8_bom_and_undecodable_bytes_are_located(tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    text = _csv(ROWS[:2]).encode("utf-8")
    broken = text.replace("医疗机构执业登记".encode(), "医疗".encode() + b"\xff")
    source.write_bytes(b"\xef\xbb\xbf" + broken)
    imported = import_list(source, tmp_path / "d.yaml", {}, department="示例县卫生健康局")
    bad = [f for f in imported.findings if f.code == "SP041"]
    assert [(f.location.line, f.location.column) for f in bad] == [(2, 14)]
    assert imported.result.encoding == "UTF-8（带 BOM）"


def test_sections_titles_split_departments_in_one_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "事项名称", "事项类型", "实施主体"])
    sheet.append(["一、示例县自然资源局"])
    sheet.append(["1", "建设用地规划许可", "行政许可", "示例县自然资源局"])
    sheet.append(["二、示例县水利局"])
    sheet.append(["1", "取水许可", "行政许可", "示例县水利局"])
    book.create_sheet("说明").append(["本表由县委编办汇总"])
    source = tmp_path / "list.xlsx"
    book.save(source)
    imported = import_list(source, tmp_path / "out", {})
    assert sorted(imported.result.departments) == ["示例县水利局", "示例县自然资源局"]
    fates = [(r.sheet, r.row, r.fate) for r in imported.result.rows]
    assert ("Sheet", 2, "department") in fates and ("说明", 1, "skipped") in fates
    assert [f.code for f in imported.findings if f.location.sheet == "说明"] == ["SP048"]
    with pytest.raises(UsageError):
        import_list(source, tmp_path / "one.yaml", {})


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SIXPOWERS_LANG", None)
    return subprocess.run([sys.executable, "-m", "sixpowers", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_cli_import_then_validate_and_convert(tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    rows = [r[:2] + r[2:] for r in ROWS[:3]]
    rows[1][2] = "=cmd|' /C calc'!A0"
    source.write_bytes(_csv(rows).encode("utf-8"))
    result = run("import", str(source), "-o", str(tmp_path / "out"), "--report",
                 str(tmp_path / "report.json"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "列映射" in result.stderr and "部门 → department" in result.stderr
    output = tmp_path / "out" / "示例县卫生健康局.yaml"
    assert run("validate", str(output)).returncode == 0
    assert run("convert", str(output), str(tmp_path / "d.csv")).returncode == 0
    assert ",'=cmd|' /C calc'!A0," in (tmp_path / "d.csv").read_text("utf-8-sig")
    again = run("import", str(source), "-o", str(tmp_path / "out"))
    assert again.returncode == 2 and "--force" in again.stderr
    bad = run("import", str(source), "-o", str(tmp_path / "x.yaml"), "--map", "部门")
    assert bad.returncode == 2 and bad.stderr.startswith("sixpowers: --map")


def test_one_department_per_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for index, name in enumerate(["示例县教育局", "示例县民政局"]):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = name
        sheet.append([f"{name}权力清单"])
        sheet.append(["序号", "职权名称", "职权类别", "职权依据"])
        sheet.append(["1", f"{name[3:5]}事项", "行政确认", "《中华人民共和国教育法》第二十九条"])
    source = tmp_path / "list.xlsx"
    book.save(source)
    imported = import_list(source, tmp_path / "out", {})
    assert sorted(p.name for p in imported.written) == ["示例县教育局.yaml", "示例县民政局.yaml"]
    data = yaml.safe_load((tmp_path / "out" / "示例县民政局.yaml").read_text("utf-8"))
    assert data["powers"] == [{"name": "民政事项", "type": "行政确认", "basis": [
        {"level": "法律", "title": "中华人民共和国教育法", "article": "第二十九条"}],
        "subject": "示例县民政局"}]


def test_without_department_names_rows_group_by_subject(tmp_path: Path) -> None:
    rows = [["事项名称", "事项类型", "实施主体"], ["取水许可", "行政许可", "示例县水利局"],
            ["河道采砂许可", "行政许可", "示例县水利局"], ["动物防疫条件审查", "行政许可", "示例县农业农村局"]]
    source = tmp_path / "list.csv"
    source.write_text(_csv(rows), encoding="utf-8")
    imported = import_list(source, tmp_path / "out", {})
    assert {n: len(d.powers) for n, d in imported.result.departments.items()} == {
        "示例县水利局": 2, "示例县农业农村局": 1}
    named = import_list(source, tmp_path / "one.yaml", {}, department="示例县人民政府")
    assert list(named.result.departments) == ["示例县人民政府"]
    data = yaml.safe_load((tmp_path / "one.yaml").read_text("utf-8"))
    assert [p["subject"] for p in data["powers"]] == ["示例县水利局", "示例县水利局", "示例县农业农村局"]


def test_cli_json_findings_in_english(tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    rows = [["事项名称", "事项类型", "实施主体", "设定依据", "责任事项依据"],
            ["取水许可", "99", "示例县水利局", "依法办理", "《取水许可和水资源费征收管理条例》第二十条"]]
    source.write_text(_csv(rows), encoding="utf-8")
    result = run("import", str(source), "-o", str(tmp_path / "d.yaml"), "--format", "json",
                 "--lang", "en")
    assert result.returncode == 1  # type 99 is an error; the file is still written
    findings = {f["code"]: f for f in __import__("json").loads(result.stdout)}
    assert set(findings) == {"SP040", "SP043", "SP105"}  # SP040: the encoding, UTF-8
    assert findings["SP043"]["location"]["line"] == 2 and findings["SP043"]["location"]["column"] == 4
    assert findings["SP043"]["message"].startswith("basis text '依法办理'")
    assert "责任事项依据 → duties.basis or extra:责任事项依据" in result.stderr
    data = yaml.safe_load((tmp_path / "d.yaml").read_text("utf-8"))
    assert data["powers"][0]["extra"] == {"设定依据": "依法办理",
                                          "责任事项依据": "《取水许可和水资源费征收管理条例》第二十条"}


def test_map_with_an_unknown_column_is_reported(tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_text(_csv(ROWS[:2]), encoding="utf-8")
    imported = import_list(source, tmp_path / "d.yaml", {"承办股室": "undertaker", "公开范围": "note"})
    assert [f.message for f in imported.findings if f.code == "SP050"] == [
        "--map 指定的列“承办股室”不在任何表头中"]
    data = yaml.safe_load((tmp_path / "d.yaml").read_text("utf-8"))
    assert data["powers"][0]["note"] == "社会公开" and "disclosure" not in data["powers"][0]


def test_own_layout_is_sent_to_convert(tmp_path: Path) -> None:
    assert run("template", str(tmp_path / "t.xlsx")).returncode == 0
    result = run("import", str(tmp_path / "t.xlsx"), "-o", str(tmp_path / "d.yaml"))
    assert result.returncode == 2 and "sixpowers convert" in result.stderr


def test_section_title_gives_the_type_of_rows_without_one(tmp_path: Path) -> None:
    rows = [["事项名称", "事项类型", "实施主体"], ["一、行政处罚", "", ""], ["对违法采砂的处罚", "", "示例县水利局"],
            ["二、行政检查", "", ""], ["水利工程质量检查", "", "示例县水利局"], ["取水许可", "行政许可", "示例县水利局"]]
    source = tmp_path / "list.csv"
    source.write_text(_csv(rows), encoding="utf-8")
    import_list(source, tmp_path / "d.yaml", {})
    data = yaml.safe_load((tmp_path / "d.yaml").read_text("utf-8"))
    assert [p["type"] for p in data["powers"]] == ["行政处罚", "行政检查", "行政许可"]


def test_duty_basis_per_stage_goes_to_each_duty(tmp_path: Path) -> None:
    rows = [["事项名称", "事项类型", "实施主体", "责任事项", "责任事项依据"],
            ["取水许可", "行政许可", "示例县水利局", "1.受理责任：依法受理。2.审查责任：审查材料。",
             "1.受理责任：《中华人民共和国行政许可法》第三十二条 2.审查责任：《取水许可和水资源费征收管理条例》第十五条"],
            ["河道采砂许可", "行政许可", "示例县水利局", "1.受理责任：依法受理。", "《中华人民共和国水法》第三十九条"]]
    source = tmp_path / "list.csv"
    source.write_text(_csv(rows), encoding="utf-8")
    import_list(source, tmp_path / "d.yaml", {})
    first, second = yaml.safe_load((tmp_path / "d.yaml").read_text("utf-8"))["powers"]
    assert first["duties"] == [
        {"stage": "受理责任", "content": "依法受理。", "basis": "《中华人民共和国行政许可法》第三十二条"},
        {"stage": "审查责任", "content": "审查材料。", "basis": "《取水许可和水资源费征收管理条例》第十五条"}]
    assert "extra" not in first
    assert second["extra"] == {"责任事项依据": "《中华人民共和国水法》第三十九条"}


def test_power_and_responsibility_lists_on_two_sheets_merge(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    powers = book.active
    powers.title = "权力清单"
    powers.append(["示例县水利局权力清单"])
    powers.append(["序号", "事项名称", "事项类型", "设定依据"])
    powers.append(["1", "取水许可", "行政许可", "【行政法规】《取水许可和水资源费征收管理条例》第三条"])
    powers.append(["2", "取水许可", "行政许可", "【法律】《中华人民共和国水法》第四十八条"])
    duties = book.create_sheet("责任清单")
    duties.append(["示例县水利局责任清单"])
    duties.append(["序号", "事项名称", "责任事项", "追责情形"])
    duties.append(["1", "取水许可", "1.受理责任：依法受理。", "1.不依法受理的；2.索贿的。", "行政确认", "甲"])
    duties["E2"], duties["F2"] = "事项类型", "备用"
    source = tmp_path / "list.xlsx"
    book.save(source)
    imported = import_list(source, tmp_path / "d.yaml", {})
    data = yaml.safe_load((tmp_path / "d.yaml").read_text("utf-8"))
    first, second = data["powers"]  # the same name twice on one sheet stays two powers
    assert first["duties"] == [{"stage": "受理责任", "content": "依法受理。"}]
    assert first["accountability"] == ["不依法受理的", "索贿的。"]
    assert first["basis"][0]["title"] == "取水许可和水资源费征收管理条例"
    assert "duties" not in second and first["type"] == "行政许可" and first["extra"] == {"备用": "甲"}
    assert [(f.message, f.location.sheet, f.location.row) for f in imported.findings
            if f.code == "SP051"] == [("“取水许可”在前一工作表中的 type 与本表不同，保留前表的值", "责任清单", 3)]
    fates = [(r.sheet, r.row, r.fate, r.power) for r in imported.result.rows]
    assert ("责任清单", 3, "merged", 0) in fates
    assert sum(imported.result.counts().values()) == 7
