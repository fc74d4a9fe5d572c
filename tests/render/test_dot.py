"""DOT output: golden files, determinism, the chart elements of DOMAIN.md §7, escaping."""

from __future__ import annotations

import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from render_helpers import SVG, fixture_powers

from sixpowers.model import Power
from sixpowers.render import ChartOptions, flow_dot, flow_mermaid
from sixpowers.render.dot import quote
from sixpowers.render.engines import system_dot, wasm_batch_svg
from sixpowers.render.files import safe_stem

GOLDENS = Path(__file__).resolve().parents[1] / "goldens" / "render"
UPDATE = bool(os.environ.get("SIXPOWERS_UPDATE_GOLDENS"))


def _check_golden(name: str, text: str) -> None:
    path = GOLDENS / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"missing golden {name}; run with SIXPOWERS_UPDATE_GOLDENS=1"
    assert text == path.read_text(encoding="utf-8"), name


@pytest.mark.parametrize("chart", ["flow", "risk"])
def test_fixture_powers_match_golden_dot_and_mermaid(chart: str) -> None:
    for power in fixture_powers():
        stem = safe_stem(power.code, power.name, power.key)
        _check_golden(f"fixture/{stem}.{chart}.gv", flow_dot(power, chart=chart))  # type: ignore[arg-type]
        _check_golden(f"fixture/{stem}.{chart}.mmd", flow_mermaid(power, chart=chart))  # type: ignore[arg-type]


def test_lanes_golden() -> None:
    penalty = fixture_powers()[0]
    _check_golden("fixture/140215002000.risk.unit-lanes.gv",
                  flow_dot(penalty, chart="risk", options=ChartOptions(lanes="unit")))


def test_dot_is_deterministic_across_processes() -> None:
    code = ("from render_helpers import fixture_powers;from sixpowers.render import flow_dot;"
            "print(''.join(flow_dot(p, chart='risk') for p in fixture_powers()))")
    runs = {subprocess.run(["python", "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed,
                                "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent),
                                                               str(GOLDENS.parents[2])])}).stdout
            for seed in ("1", "2")}
    assert len(runs) == 1


def test_flowchart_elements() -> None:
    transport = fixture_powers()[2]
    dot = flow_dot(transport)
    assert 's2 [label="受理\\n岗位：窗口受理岗\\n时限：1工作日" shape=diamond' in dot
    assert 's4 [label="审查\\n岗位：审查岗\\n时限：5工作日" shape=box style="filled"' in dot
    # refusals from a decision go to the side, on the decision's rank, and say why
    assert "{rank=same; s2; s3;}" in dot and "{rank=same; s5; s6;}" in dot
    assert 's6 [label="不予许可并说明理由、\\n告知复议诉讼权利\\n岗位：分管负责人" shape=box style="rounded,filled,dashed"' in dot
    assert '  s2 -> s1 [label=" 补正 " style=dashed constraint=false' in dot
    assert '  s5 -> s7 [label=" 准予 "];' in dot
    footer = re.search(r'footer \[label="([^"]*)"', dot)
    assert footer is not None
    assert footer.group(1).split("\\l")[:-1] == [
        "办结时限：法定 20工作日；承诺 10工作日", "实施主体：示例部门；承办机构：运输管理科",
        "监督方式：纪检监察、行政复议、社会监督", "监督电话：0000-12345678", "投诉渠道：12345"]
    assert 'title [label="道路货物运输经营许可\\n权力运行流程图　事项编码：140115001000"' in dot


def test_refusal_without_reason_gets_one_and_approval_end_stays_in_line() -> None:
    power = Power.model_validate({
        "name": "某项许可", "type": "行政许可", "subject": "局",
        "flow": [{"id": "d", "name": "决定", "kind": "decision",
                  "next": [{"to": "ok", "label": "准予"}, {"to": "no", "label": "不予"}]},
                 {"id": "ok", "name": "办结", "kind": "end"},
                 {"id": "no", "name": "不予许可", "kind": "end"}]})
    dot = flow_dot(power)
    assert 's3 [label="不予许可\\n（告知理由）" shape=box style="rounded,filled,dashed"' in dot
    assert 's2 [label="办结" shape=box style="rounded,filled"' in dot
    assert "{rank=same; s1; s3;}" in dot and "s1; s2" not in dot


def test_risk_chart_colours_legend_and_config_override() -> None:
    penalty = fixture_powers()[0]
    dot = flow_dot(penalty, chart="risk", options=ChartOptions(
        risk_colours=(("高", "红"), ("中", "#00ff00"), ("低", "蓝"))))
    # risks in flow order, 高 before 中 on the same step
    assert re.findall(r"(r\d) \[label=\"【(.)】", dot) == [("r1", "高"), ("r2", "中"), ("r3", "高"), ("r4", "低")]
    assert 'fillcolor="#00ff00" color="#00ff00"' in dot  # bright fill: black text
    assert 'legend1 [label="高风险（一级）" shape=box style="filled" width=1.47 height=0.42 fillcolor="#d32f2f"' in dot
    assert "{rank=same; s2; r1; r2;}" in dot
    # the step takes the colour of its worst risk
    assert re.search(r's2 \[label="调查取证[^\]]*color="#d32f2f" penwidth=2.5', dot)


def test_unknown_colour_is_a_usage_error() -> None:
    from sixpowers.findings import UsageError

    with pytest.raises(UsageError, match="粉"):
        ChartOptions(risk_colours=(("高", "粉"),))


def test_quote_escapes_dot_syntax() -> None:
    assert quote('a"b\\c\nd') == '"a\\"b\\\\cd"'
    assert quote("<b>") == '"<b>"'


HOSTILE = fixture_powers()[1]


@pytest.mark.parametrize("engine", [
    pytest.param("dot", marks=pytest.mark.skipif(system_dot() is None, reason="no dot")), "wasm"])
@pytest.mark.parametrize("chart", ["flow", "risk"])
def test_script_in_names_is_text_in_svg(engine: str, chart: str) -> None:
    assert HOSTILE.name.startswith("<script>")
    source = flow_dot(HOSTILE, chart=chart)  # type: ignore[arg-type]
    if engine == "wasm":
        svg = wasm_batch_svg([source])[0]
    else:
        svg = subprocess.run(["dot", "-Tsvg"], input=source.encode(), capture_output=True,
                             check=True).stdout
    assert source.startswith('digraph "<script>alert(\\"x\\")</script> 对\\"引号\\"\\\\反斜杠')
    root = ET.fromstring(svg)
    assert root.findtext(f"{SVG}g/{SVG}title", "").startswith('<script>alert("x")</script> 对"引号"\\')
    assert {el.tag for el in root.iter()} <= {f"{SVG}{t}" for t in (
        "svg", "g", "title", "polygon", "path", "text", "polyline", "ellipse")}
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts[:2] == ['<script>alert("x")</script> 对"', '引号"\\反斜杠\\N 的检查 & <b>加粗</b>']
    assert "<img src=x" in texts and "onerror=alert(1)>" in texts
    assert 'label="x"] ;' in texts
    assert "岗位：\"岗\"\\" in texts and "未定义的环节：ghost" in texts
    if chart == "risk":
        assert "【低】</text><script>" in texts


def test_mermaid_escapes_markup() -> None:
    text = flow_mermaid(HOSTILE, chart="risk")
    assert "<script>" not in text and '"x"' not in text and "</text>" not in text
    assert 'title["#60;script#62;alert#40;#34;x#34;#41;#60;/script#62; 对#34;<br/>引号#34;#92;反斜' in text
