"""Changes to the responsibility and negative lists of the bundled transport example show field
by field in `sixpowers diff`: a shared duty's lead and partners, a supervision duty's rules, a
prohibition's scope, and prohibitions added."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from conftest import EXAMPLES

from sixpowers.diff import diff_registers
from sixpowers.diff.text import report_diff_text
from sixpowers.register import load_register


def _edited_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "new"
    shutil.copytree(EXAMPLES / "shanxi-transport", copy)
    bureau = copy / "公路局.yaml"
    text = bureau.read_text(encoding="utf-8")
    edits = [
        ("        - 山西省交通运输厅\n        - 山西省公安厅\n      lead: 山西省交通运输厅",
         "        - 山西省交通运输厅\n        - 山西省公安厅\n        - 山西省应急管理厅\n      lead: 山西省公安厅"),
        ("    scope: 岗位\n    basis:\n      - 《交通运输部", "    scope: 全体人员\n    basis:\n      - 《交通运输部"),
        ("        - 超限检测站点24小时值守制度\n", "        - 超限检测站点24小时值守制度\n        - 超限车辆信用惩戒制度\n"),
        ("  - id: GL-FM-03\n", "  - id: GL-FM-04\n    act: 利用职务便利为亲友承揽公路工程\n    scope: 全体人员\n"
         "    basis:\n      - 《中华人民共和国公职人员政务处分法》第三十六条\n  - id: GL-FM-03\n"),
    ]
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    bureau.write_text(text, encoding="utf-8")
    return copy


def test_list_changes_read_field_by_field(tmp_path):
    old = load_register([EXAMPLES / "shanxi-transport"])
    new = load_register([_edited_copy(tmp_path)])
    diff = diff_registers(old, new)
    assert diff.powers == ()
    assert [(c.department, c.label, c.kind, c.key, [f.text() for f in c.fields]) for c in diff.lists] == [
        ("山西省公路局", "事中事后监管", "changed", "公路超限运输许可事中事后监管", ["新增监管制度：超限车辆信用惩戒制度"]),
        ("山西省公路局", "职责边界", "changed", "公路货车违法超限超载治理（牵头：山西省公安厅）",
         ["新增相关部门：山西省应急管理厅", "牵头部门：山西省交通运输厅 → 山西省公安厅"]),
        ("山西省公路局", "负面清单", "changed", "对违法超限车辆只罚款不卸载，或者收费放行", ["适用范围：岗位 → 全体人员"]),
        ("山西省公路局", "负面清单", "added", "利用职务便利为亲友承揽公路工程", []),
    ]
    out = io.StringIO()
    report_diff_text(diff, out)
    assert "* 山西省公路局 · 职责边界：修改 公路货车违法超限超载治理（牵头：山西省公安厅）\n" \
           "    新增相关部门：山西省应急管理厅\n    牵头部门：山西省交通运输厅 → 山西省公安厅\n" in out.getvalue()


def test_the_edited_boundary_is_now_a_lint_finding(tmp_path):
    """The same edit breaks the agreement with the other department: SP1004 reports it."""
    from sixpowers.lint import LintOptions, run_lint

    copy = _edited_copy(tmp_path)
    report = run_lint(load_register([copy]), LintOptions(select=("SP1004",)))
    assert [(f.code, Path(f.location.file).name) for f in report.findings] == [("SP1004", "公路局.yaml")]
