"""Golden outputs of `sixpowers diff` on the bundled Shanxi transport example, edited the way a
department edits its list: a delegation, a removal, a re-code, a move, a new power, a changed
type and basis, and a dropped negative-list entry. SIXPOWERS_UPDATE_GOLDENS=1 rewrites them."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import EXAMPLES
from diffrepo import _NoAliases
from golden import check_golden

from sixpowers.diff.check import check_grounds
from sixpowers.diff.compare import diff_registers
from sixpowers.diff.json import report_diff_json
from sixpowers.diff.markdown import report_diff_markdown
from sixpowers.diff.model import RegisterDiff
from sixpowers.diff.text import report_diff_text
from sixpowers.findings import sort_findings
from sixpowers.register import load_register

EXAMPLE = EXAMPLES / "shanxi-transport"


def _edit(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text("utf-8"))
    change(data)
    path.write_text(yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False,
                              width=1000), encoding="utf-8")


@pytest.fixture
def diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[RegisterDiff, list[Any]]:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(EXAMPLE, "old")
    shutil.copytree(EXAMPLE, "new")
    highway = yaml.safe_load((EXAMPLE / "公路局.yaml").read_text("utf-8"))
    moved = highway["powers"][0]

    def transport(data: dict[str, Any]) -> None:
        powers = data["powers"]
        powers[0]["status"] = {"value": "下放", "reason": "赋予设区的市交通运输主管部门实施"}
        powers[2]["code"] = powers[2]["code"][:-3] + "900"
        powers[3]["type"] = "行政确认"
        powers[3].setdefault("basis", []).append(
            {"level": "规范性文件", "title": "山西省交通运输厅关于规范行政确认事项的通知",
             "doc_number": "晋交法规〔2024〕1号"})
        del powers[1]
        powers.append(dict(moved))
        powers.append({"code": "140115099000", "name": "道路运输从业人员从业资格核准",
                       "type": "行政许可", "subject": "山西省交通运输厅"})

    def road(data: dict[str, Any]) -> None:
        del data["powers"][0]
        del data["negative_list"][1]

    _edit(Path("new/交通运输厅.yaml"), transport)
    _edit(Path("new/公路局.yaml"), road)
    old, new = load_register([Path("old")]), load_register([Path("new")])
    result = diff_registers(old, new, "old", "new")
    return result, sort_findings(check_grounds(result, new))


def _render(fn: Any, diff: RegisterDiff, findings: list[Any], lang: str = "zh") -> str:
    out = io.StringIO()
    fn(diff, out, lang, findings)
    return out.getvalue()


def test_summary_of_the_edit(diff: tuple[RegisterDiff, list[Any]]) -> None:
    result, findings = diff
    s = result.summary
    assert (s.before, s.after, s.added, s.removed, s.moved, s.recoded) == (23, 23, 1, 1, 1, 1)
    assert [f.code for f in findings] == ["SP701", "SP702"]


def test_text_golden(diff: tuple[RegisterDiff, list[Any]]) -> None:
    check_golden("diff/shanxi-transport.txt", _render(report_diff_text, *diff))


def test_markdown_golden(diff: tuple[RegisterDiff, list[Any]]) -> None:
    check_golden("diff/shanxi-transport.md", _render(report_diff_markdown, *diff))
    en = [f.localized("en") for f in diff[1]]
    check_golden("diff/shanxi-transport.en.md", _render(report_diff_markdown, diff[0], en, "en"))


def test_json_golden(diff: tuple[RegisterDiff, list[Any]]) -> None:
    check_golden("diff/shanxi-transport.json", _render(report_diff_json, *diff))
