"""Hostile spreadsheets, built here with openpyxl (no binaries in the repository), each with
its expected outcome through `sixpowers import` (published lists) or `validate` (layout files)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import yaml
from conftest import ROOT

HEADER = ["序号", "事项名称", "事项类型", "实施主体", "权力编码"]
ROW = [1, "道路货物运输经营许可", "行政许可", "示例局", "140115001000"]


def sixpowers(*args: str, cwd: Path) -> tuple[int, list[dict], str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "sixpowers", *args], capture_output=True,
                            text=True, env=env, cwd=cwd, timeout=600)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr
    out = result.stdout
    start = 0 if out.startswith("[") else out.index("\n[") + 1  # JSON after the import report
    return result.returncode, json.loads(out[start:]), result.stderr + out


def imported(tmp_path: Path, source: Path) -> tuple[list[tuple], list[dict], str]:
    _code, findings, out = sixpowers("import", "-f", "json", "-o", str(tmp_path / "o.yaml"),
                                    str(source), cwd=tmp_path)
    got = [(f["code"], f["location"].get("cell") or f["location"].get("line")) for f in findings
           if f["code"] != "SP040"]
    data = yaml.safe_load((tmp_path / "o.yaml").read_text("utf-8"))
    return got, data["powers"], out


def workbook(path: Path, *rows: list) -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for row in rows:
        sheet.append(row)
    return book


def test_million_blank_rows_are_not_materialised(tmp_path):
    path = tmp_path / "list.xlsx"
    book = workbook(path, HEADER, ROW)
    book.active.cell(row=1_000_000, column=1, value="末行")
    book.save(path)
    assert path.stat().st_size < 20_000
    got, powers, out = imported(tmp_path, path)
    assert [p["code"] for p in powers] == ["140115001000"]
    assert "空行 999997" in out and "共 1000000 行" in out  # every row still accounted for
    assert "标题 1" in out and got == []  # the lone last cell reads as a title row


def test_million_blank_rows_in_a_layout_workbook(tmp_path):
    source = tmp_path / "局.yaml"
    source.write_text("department:\n  name: 示例局\npowers:\n  - code: \"140115001000\"\n"
                      "    name: 道路货物运输经营许可\n    type: 行政许可\n    subject: 示例局\n",
                      encoding="utf-8")
    sixpowers_run = subprocess.run(
        [sys.executable, "-m", "sixpowers", "convert", str(source), str(tmp_path / "局.xlsx")],
        env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, timeout=300)
    assert sixpowers_run.returncode == 0, sixpowers_run.stderr
    book = openpyxl.load_workbook(tmp_path / "局.xlsx")
    book["事项"].cell(row=1_000_000, column=1, value="140115009000")
    book.save(tmp_path / "局.xlsx")
    (tmp_path / "sixpowers.toml").write_text("[limits]\nmax_cells = 200000\n", encoding="utf-8")
    source.unlink()
    _code, findings, _ = sixpowers("validate", "-f", "json", str(tmp_path / "局.xlsx"),
                                  cwd=tmp_path)
    # the filler rows are neither read nor counted against max_cells; the last row is a power
    assert "SP007" not in [f["code"] for f in findings]
    assert findings and {f["location"]["row"] for f in findings} == {1_000_000}


def test_max_cells_stops_a_large_workbook(tmp_path):
    path = tmp_path / "局.xlsx"
    book = workbook(path, ["部门名称"], ["示例局"])
    powers = book.create_sheet("事项")
    powers.append(["编码", "事项名称", "事项类型", "实施主体"])
    for n in range(300):
        powers.append([f"1401150{n:05d}", f"许可{n}", "行政许可", "示例局"])
    book.active.title = "部门"
    book.save(path)
    (tmp_path / "sixpowers.toml").write_text("[limits]\nmax_cells = 500\n", encoding="utf-8")
    code, findings, _ = sixpowers("validate", "-f", "json", str(path), cwd=tmp_path)
    too_many = [f for f in findings if f["code"] == "SP007"]
    assert code == 1 and len(too_many) == 1
    assert too_many[0]["location"]["sheet"] == "事项" and "500" in too_many[0]["message"]


def test_header_merged_across_columns(tmp_path):
    path = tmp_path / "list.xlsx"
    book = workbook(path, ["事项", "", "类型", "实施主体", "权力编码"], ROW)
    book.active.merge_cells("A1:B1")
    book.save(path)
    got, powers, out = imported(tmp_path, path)
    assert "A 事项 → extra:事项" in out and "B 事项 → extra:事项" in out
    assert got == [("SP101", "A2")]  # no 名称 column recognised: reported, not guessed
    assert powers[0]["code"] == "140115001000"


def test_formulas_without_cached_values(tmp_path):
    path = tmp_path / "list.xlsx"
    workbook(path, HEADER, [1, "道路货物运输经营许可", "行政许可", "示例局",
                            '=TEXT(140115001000,"0")'],
             ["=A2+1", "=B2", "行政许可", "示例局", "140115001001"]).save(path)
    got, powers, _ = imported(tmp_path, path)
    assert got == [("SP053", "E2"), ("SP053", "A3"), ("SP053", "B3"), ("SP101", "A3")]
    assert len(powers) == 2


def test_dates_where_codes_belong(tmp_path):
    path = tmp_path / "list.xlsx"
    workbook(path, HEADER, [1, "道路货物运输经营许可", "行政许可", "示例局", dt.date(2025, 1, 2)]
             ).save(path)
    got, _, _ = imported(tmp_path, path)
    assert got == [("SP055", "E2")]


CSV_HEADER = "序号,事项名称,事项类型,实施主体,权力编码\n"


def test_csv_unbalanced_quote_keeps_the_rows_after_it(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(CSV_HEADER + '1,"道路货物运输经营许可,行政许可,示例局,140115001000\n'
                    "2,公路施工许可,行政许可,示例局,140115002000\n"
                    "3,对超限运输的处罚,行政处罚,示例局,140215003000\n", encoding="utf-8")
    got, powers, _ = imported(tmp_path, path)
    assert got == [("SP020", 2)]
    assert [p["code"] for p in powers] == ["140115001000", "140115002000", "140215003000"]


@pytest.mark.parametrize("quoted", ['"unclosed', 'ok,"a""b'])
def test_layout_csv_unbalanced_quote_is_located(tmp_path, quoted):
    path = tmp_path / "局.csv"
    path.write_text("【部门】\n部门名称\n示例局\n\n【事项】\n事项编码,事项名称,事项类型,实施主体\n"
                    f"140115001000,{quoted},行政许可,示例局\n"
                    "140115002000,公路施工许可,行政许可,示例局\n", encoding="utf-8")
    _code, findings, _ = sixpowers("validate", "-f", "json", str(path), cwd=tmp_path)
    assert [(f["code"], f["location"]["line"]) for f in findings if f["code"] == "SP020"] == \
        [("SP020", 7)]


def test_gb18030_csv(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes((CSV_HEADER + ",".join(map(str, ROW)) + "\n").encode("gb18030"))
    code, findings, _ = sixpowers("import", "-q", "-f", "json", "-o", str(tmp_path / "o.yaml"),
                                  str(path), cwd=tmp_path)
    assert code == 0
    assert [(f["code"], f["message"]) for f in findings] == [("SP040", "CSV 编码识别为 GB18030/GBK")]
    powers = yaml.safe_load((tmp_path / "o.yaml").read_text("utf-8"))["powers"]
    assert powers[0]["name"] == "道路货物运输经营许可"


def test_csv_with_nul_bytes(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes((CSV_HEADER + "1,道路货物\x00运输经营许可,行政许可,示例局,140115001000\n"
                      "2,公路施工许可,行政许可,示例局,140115002000\n").encode())
    got, powers, _ = imported(tmp_path, path)
    assert got == [("SP054", 2)]
    assert [p["name"] for p in powers] == ["道路货物运输经营许可", "公路施工许可"]


def test_department_names_cannot_escape_the_output_folder(tmp_path):
    path = tmp_path / "list.csv"
    names = ["../../逃逸局", "/etc/绝对局", "CON", "局\x01名", "..", "长" * 300]
    path.write_text("序号,部门,事项名称,事项类型,实施主体,权力编码\n" + "".join(
        f"{n},{name},许可{n},行政许可,示例局,1401150{n:05d}\n" for n, name in enumerate(names)),
        encoding="utf-8")
    out = tmp_path / "deep" / "out"
    sixpowers("import", "-q", "-f", "json", "-o", str(out), str(path), cwd=tmp_path)
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(["逃逸局.yaml", "etc_绝对局.yaml", "_CON.yaml", "局_名.yaml",
                              "department.yaml", "长" * 60 + ".yaml"])
    assert sorted(p.name for p in tmp_path.rglob("*.yaml")) == written
