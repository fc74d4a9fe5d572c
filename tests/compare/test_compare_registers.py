"""`sixpowers compare` on the two example registers and a third derived from the transport one."""

from __future__ import annotations

import copy
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from sixpowers.compare import compare_registers
from sixpowers.compare.page import render_comparison_html
from sixpowers.compare.report import (
    report_comparison_json,
    report_comparison_markdown,
    report_comparison_text,
)
from sixpowers.register import load_register

EXAMPLES = Path(__file__).parents[2] / "examples"
TRANSPORT, PARTY = EXAMPLES / "shanxi-transport", EXAMPLES / "county-party-org"


def derive(tmp_path: Path) -> Path:
    """The transport register with one power renamed (a variant, code dropped), one re-named
    under the same code, one cancelled and one added."""
    target = tmp_path / "derived"
    shutil.copytree(TRANSPORT, target)
    (target / "sixpowers.toml").write_text('[register]\nname = "派生清单"\nlevel = "省级"\n', encoding="utf-8")
    roads = target / "公路局.yaml"
    data = yaml.safe_load(roads.read_text(encoding="utf-8"))
    data["powers"][0]["name"] = "公路超限运输行政许可"
    del data["powers"][0]["code"]
    data["powers"][1]["name"] = "超限车辆擅自行驶公路处罚|<b>示例</b>"
    roads.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    dept = target / "交通运输厅.yaml"
    data = yaml.safe_load(dept.read_text(encoding="utf-8"))
    acceptance = next(p for p in data["powers"] if p["name"] == "公路建设项目竣工验收")
    acceptance["status"] = {"value": "取消", "reason": "示例：取消"}
    added = copy.deepcopy(data["powers"][2])
    added.update(code="140115009000", name="网络预约出租汽车经营许可")
    data["powers"].append(added)
    dept.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def compare(*paths: Path):
    registers = [load_register([p]) for p in paths]
    return compare_registers(registers, [r.config.info.name or p.name for r, p in zip(registers, paths, strict=True)])


def test_the_two_examples_share_nothing():
    result = compare(TRANSPORT, PARTY)
    totals = {(result.labels[d.register], d.department): d.total for d in result.departments}
    assert totals == {("山西省交通运输厅权责清单", "山西省交通运输厅"): 18,
                      ("山西省交通运输厅权责清单", "山西省公路局"): 4,
                      ("中共平遥县委组织部权责清单", "中共平遥县委组织部"): 12}
    assert result.types[:2] == ["行政许可", "行政处罚"] and result.types[-1] == "组织处理权"
    assert len(result.partial()) == 34 and result.code_names == []


def test_derived_register_differences(tmp_path):
    result = compare(TRANSPORT, derive(tmp_path), PARTY)
    by_title = {g.title: sorted(g.names) for g in result.partial()}
    assert by_title["公路建设项目竣工验收"] == [0]  # cancelled in the derived register
    assert by_title["网络预约出租汽车经营许可"] == [1]  # added
    assert by_title["公路超限运输许可"] == [0, 1]  # the variant name matched it
    assert by_title["对车辆在公路上擅自超限行驶的处罚"] == [0, 1]  # matched by code
    assert by_title["全县年度发展党员计划审批"] == [2]
    group = next(g for g in result.groups if g.title == "公路超限运输许可")
    assert group.names == {0: "公路超限运输许可", 1: "公路超限运输行政许可"}
    assert [(c.code, c.names) for c in result.code_names] == [
        ("140216001000", {0: "对车辆在公路上擅自超限行驶的处罚", 1: "超限车辆擅自行驶公路处罚|<b>示例</b>"})]
    counts = {d.department: d.counts for d in result.departments if d.register == 1}
    assert counts["山西省交通运输厅"]["行政许可"] == 4 and "行政确认" not in counts["山西省交通运输厅"]
    assert sum(counts["山西省交通运输厅"].values()) == 18  # one cancelled, one added


def test_reports(tmp_path):
    result = compare(TRANSPORT, derive(tmp_path))
    md = io.StringIO()
    report_comparison_markdown(result, md)
    text = md.getvalue()
    assert "| 140216001000 | 对车辆在公路上擅自超限行驶的处罚 | 超限车辆擅自行驶公路处罚\\|\\<b\\>示例\\</b\\> |" in text
    assert "| 网络预约出租汽车经营许可 | 行政许可 | — | ✓ |" in text
    assert "| 合计 | 22 | 22 |" in text
    out = io.StringIO()
    report_comparison_json(result, out)
    data = json.loads(out.getvalue())
    assert data["registers"] == ["山西省交通运输厅权责清单", "派生清单"]
    assert {p["name"]: p["held_by"] for p in data["partial"]} == {
        "公路建设项目竣工验收": ["山西省交通运输厅权责清单"], "网络预约出租汽车经营许可": ["派生清单"]}
    term = io.StringIO()
    report_comparison_text(result, term, "en", width=160)
    lines = term.getvalue().splitlines()
    assert any("网络预约出租汽车经营许可" in line and "✓" in line for line in lines)
    # Rich pads by display width: every row of a table is as wide as its border.
    table = [line for line in lines if line.startswith(("┃", "│"))]
    from rich.cells import cell_len
    assert len({cell_len(line) for line in table[:5]}) == 1


def test_html_page(tmp_path):
    result = compare(TRANSPORT, derive(tmp_path))
    page = render_comparison_html(result)
    assert page.startswith("<!DOCTYPE html>") and "<title>清单比较</title>" in page
    assert "超限车辆擅自行驶公路处罚|&lt;b&gt;示例&lt;/b&gt;" in page and "<b>示例" not in page
    assert '<td class="n">22</td>' in page
    assert '<td class="">网络预约出租汽车经营许可</td><td class="">行政许可</td><td class="no">—</td><td class="yes">✓</td>' in page


def test_cli(tmp_path):
    run = [sys.executable, "-m", "sixpowers", "compare"]
    one = subprocess.run([*run, str(TRANSPORT)], capture_output=True, text=True, encoding="utf-8")
    assert one.returncode == 2 and "至少需要两个清单" in one.stderr
    ok = subprocess.run([*run, str(TRANSPORT), str(derive(tmp_path)), "-f", "markdown"],
                        capture_output=True, text=True, encoding="utf-8")
    assert ok.returncode == 0 and ok.stdout.startswith("## 各清单事项数（按类型）")
    bad = subprocess.run([*run, str(TRANSPORT), str(PARTY), "-f", "xml"], capture_output=True, text=True)
    assert bad.returncode == 2 and "xml" in bad.stderr
