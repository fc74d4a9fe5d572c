"""The imported register lints: the DOMAIN §6 defects visible in a published list are reported
by the governance rules, on the imported YAML and on the same data converted to XLSX."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from test_import_xlsx import build_workbook

from sixpowers.importer.run import import_list


def lint(path: Path) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SIXPOWERS_LANG", None)
    result = subprocess.run([sys.executable, "-m", "sixpowers", "lint", str(path), "-f", "json"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1, result.stderr
    return json.loads(result.stdout)


def test_domain_defects_in_an_imported_list_are_reported(tmp_path: Path) -> None:
    source = tmp_path / "list.xlsx"
    build_workbook(source)
    output = tmp_path / "transport.yaml"
    import_list(source, output, {})
    findings = lint(output)
    codes = {f["code"]: f for f in findings}
    # 《山西省人民政府关于加强治超工作的通知》（晋政发〔2017〕33号） tagged 【行政法规】
    assert "晋政发〔2017〕33号" in codes["SP206"]["message"]
    assert "公路法" in codes["SP205"]["message"]  # 《公路法》 for 《中华人民共和国公路法》
    assert "99" in codes["SP105"]["message"]  # type code 99 is not a type


def test_lint_points_into_the_workbook_after_convert(tmp_path: Path) -> None:
    source = tmp_path / "list.xlsx"
    build_workbook(source)
    output = tmp_path / "transport.yaml"
    import_list(source, output, {})
    text = output.read_text("utf-8").replace("type: '99'", "type: 行政检查")
    output.write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "sixpowers", "convert", str(output),
                    str(tmp_path / "t.xlsx")], check=True, env=env, timeout=120)
    findings = [f for f in lint(tmp_path / "t.xlsx") if f["code"] == "SP205"]
    assert findings and findings[0]["location"]["sheet"] == "设定依据"
    assert findings[0]["location"]["cell"].startswith("C")
