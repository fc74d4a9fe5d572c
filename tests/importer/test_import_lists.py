"""A 权责分立 workbook: the power list on one sheet, the responsibility list (主要职责, 事中事后
监管, 职责边界) on a second and the negative list on a third; all three lists come out of one
import, each value validated at its source cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import yaml

from sixpowers.importer.grid import Grid
from sixpowers.importer.lists import find_list_header, scope_of
from sixpowers.importer.run import import_list, report_data, summary_lines
from sixpowers.register import load_register

DEPARTMENT = "示例县交通运输局"


def build_workbook(path: Path, scope: str = "全体工作人员") -> None:
    book = openpyxl.Workbook()
    powers = book.active
    powers.title = "权力清单"
    powers.append([f"{DEPARTMENT}权力清单"])
    powers.append(["序号", "事项编码", "事项名称", "事项类型", "设定依据", "实施主体"])
    powers.append([1, "140115001000", "道路货物运输经营许可", "行政许可",
                   "【行政法规】《中华人民共和国道路运输条例》第二十四条", DEPARTMENT])
    duties = book.create_sheet("责任清单")
    duties.append([f"{DEPARTMENT}责任清单"])
    duties.append(["序号", "职责事项", "职责类别", "牵头部门", "配合部门", "职责边界", "事中事后监管制度",
                   "依据", "追责情形"])
    duties.append([1, "负责全县道路运输市场监管", "主要职责", "", "", "", "",
                   "《中华人民共和国道路运输条例》第七条", "监管不力，造成严重后果的"])
    duties.append([2, "道路运输经营事中事后监管", "事中事后监管", "", "", "", "1.“双随机、一公开”抽查\n2.信用评价",
                   "《中华人民共和国道路运输条例》第五十八条", ""])
    duties.append([3, "非法营运整治", "职责边界", DEPARTMENT, "示例县公安局、示例县市场监督管理局",
                   "交通部门查处非法营运；公安机关查处阻碍执法行为", "", "", "推诿扯皮的"])
    negative = book.create_sheet("负面清单")
    negative.append(["编号", "禁止事项", "适用范围", "依据", "违反后果"])
    negative.append(["FM-01", "违规收取停车费、保管费", scope, "《中华人民共和国行政强制法》第二十六条",
                     "依法给予处分"])
    negative.append(["FM-02", "在法律法规之外设定行政许可", "部门", "", ""])
    book.save(path)


@pytest.fixture
def imported(tmp_path: Path):
    source = tmp_path / "清单.xlsx"
    build_workbook(source)
    output = tmp_path / "out"
    output.mkdir()
    result = import_list(source, output, {})
    (written,) = result.written
    return result, yaml.safe_load(written.read_text("utf-8")), written


def test_one_workbook_gives_all_three_lists(imported) -> None:
    _, data, written = imported
    assert written.name == f"{DEPARTMENT}.yaml"
    assert data["department"] == {"name": DEPARTMENT}
    assert [p["name"] for p in data["powers"]] == ["道路货物运输经营许可"]
    assert data["responsibilities"]["main"] == [
        {"name": "负责全县道路运输市场监管", "kind": "主要职责",
         "basis": ["《中华人民共和国道路运输条例》第七条"], "accountability": ["监管不力，造成严重后果的"]},
        {"name": "道路运输经营事中事后监管", "kind": "事中事后监管",
         "rules": ["“双随机、一公开”抽查", "信用评价"], "basis": ["《中华人民共和国道路运输条例》第五十八条"]}]
    assert data["responsibilities"]["shared"] == [
        {"name": "非法营运整治", "with_departments": ["示例县公安局", "示例县市场监督管理局"],
         "lead": DEPARTMENT, "division": "交通部门查处非法营运；公安机关查处阻碍执法行为",
         "accountability": ["推诿扯皮的"]}]
    assert data["negative_list"] == [
        {"id": "FM-01", "act": "违规收取停车费、保管费", "scope": "全体人员",
         "basis": ["《中华人民共和国行政强制法》第二十六条"], "consequence": "依法给予处分"},
        {"id": "FM-02", "act": "在法律法规之外设定行政许可", "scope": "部门"}]


def test_the_written_file_validates_and_lints_the_lists(imported) -> None:
    from sixpowers.lint import LintOptions, run_lint

    _, _, written = imported
    register = load_register([written])
    assert register.findings == []
    report = run_lint(register, LintOptions(select=("SP1005",)))
    lines = written.read_text("utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if "FM-02" in text)
    assert [(f.code, f.location.line) for f in report.findings] == [("SP1005", line)]


def test_report_counts_duties_and_prohibitions(imported) -> None:
    result, _, _ = imported
    report = report_data(result)
    assert report["counts"] == {"title": 2, "header": 3, "power": 1, "duty": 3, "prohibition": 2}
    assert report["lists"] == {DEPARTMENT: {"main": 2, "shared": 1, "negative_list": 2}}
    targets = {(c["sheet"], c["header"]): c["target"] for c in report["columns"]}
    assert targets[("责任清单", "牵头部门")] == "responsibilities.lead"
    assert targets[("负面清单", "禁止事项")] == "negative_list.act"
    assert targets[("负面清单", "编号")] == "negative_list.id"
    assert targets[("责任清单", "配合部门")] == "responsibilities.with_departments"
    assert targets[("责任清单", "序号")] == "index (not imported)"
    assert f"  {DEPARTMENT}: 1 项，主要职责 2，职责边界 1，负面清单 2" in summary_lines(result, "zh")
    normalised = [(f.code, f.location.sheet, f.location.cell) for f in result.findings if f.code == "SP052"]
    assert normalised == [("SP052", "负面清单", "C2")]


def test_an_unreadable_scope_is_reported_at_its_cell(tmp_path: Path) -> None:
    source = tmp_path / "清单.xlsx"
    build_workbook(source, scope="领导班子成员")
    result = import_list(source, tmp_path / "d.yaml", {}, department=DEPARTMENT)
    bad = [(f.code, f.location.sheet, f.location.cell) for f in result.findings if f.code.startswith("SP1")]
    assert bad == [("SP104", "负面清单", "C2")]


def test_a_power_sheet_with_a_boundary_column_stays_a_power_sheet() -> None:
    grid = Grid("Sheet1", "x.xlsx", rows=[["序号", "事项名称", "职责边界", "牵头部门", "追责情形"]])
    assert find_list_header(grid) is None
    grid = Grid("Sheet1", "x.xlsx", rows=[["序号", "职责事项", "牵头部门", "追责情形"]])
    header = find_list_header(grid)
    assert header is not None and header.kind == "responsibilities"
    assert header.columns == {1: "index", 2: "name", 3: "lead", 4: "accountability"}


def test_scope_words() -> None:
    assert [scope_of(s) for s in ("全体人员", "全体干部职工", "审批岗位", "本部门", "机关", "领导")] == \
        ["全体人员", "全体人员", "岗位", "部门", "部门", None]
