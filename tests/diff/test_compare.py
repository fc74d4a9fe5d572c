"""`diff_registers` on registers loaded from folders: matching, field changes, the other lists,
the summary, and a 5,000-power change whose Markdown fits a pull-request comment."""

from __future__ import annotations

import io
from pathlib import Path

from diffrepo import department, power

from sixpowers.diff import diff_registers
from sixpowers.diff.markdown import report_diff_markdown
from sixpowers.diff.model import transition_label
from sixpowers.register import Register, load_register


def load(folder: Path, files: dict[str, str]) -> Register:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return load_register([folder])


def test_powers_without_code_match_by_name_and_sub_item(tmp_path: Path) -> None:
    old = load(tmp_path / "a", {"d.yaml": department("乡政府", [
        power("", "对违法建设的处罚", "行政处罚", sub_name="农村"),
        power("", "对违法建设的处罚", "行政处罚", sub_name="集镇")])})
    new = load(tmp_path / "b", {"d.yaml": department("乡政府", [
        power("", "对违法建设的处罚", "行政处罚", sub_name="集镇", undertaker="综合执法办"),
        power("", "对违法建设的处罚", "行政处罚", sub_name="农村")])})
    diff = diff_registers(old, new)
    assert [(c.kind, c.ref.key, [f.text() for f in c.fields]) for c in diff.powers] == [
        ("matched", "对违法建设的处罚/集镇", ["新增承办机构：综合执法办"])]


def test_field_changes_read_in_chinese(tmp_path: Path) -> None:
    base = power("1", "许可", basis=[{"level": "法律", "title": "甲法", "article": "第1条"}],
                 time_limit={"statutory": 20, "committed": 10},
                 risks=[{"step": "s", "description": "刁难", "level": "中"}],
                 levels=["省级"], accountability=["不予受理的"])
    changed = dict(base, subject="另一厅", basis=[
        {"level": "行政法规", "title": "甲法", "article": "第1条"},
        {"level": "规范性文件", "title": "乙办法", "doc_number": "晋政发〔2017〕33号"}],
        time_limit={"statutory": 20, "committed": 5},
        risks=[{"step": "s", "description": "刁难", "level": "高"}],
        levels=["省级", "市级"], accountability=[])
    old = load(tmp_path / "a", {"d.yaml": department("厅", [base])})
    new = load(tmp_path / "b", {"d.yaml": department("厅", [changed])})
    (change,) = diff_registers(old, new).powers
    assert [f.text() for f in change.fields] == [
        "设定依据[《甲法》第1条]·效力层级：法律 → 行政法规",
        "新增设定依据：【规范性文件】《乙办法》（晋政发〔2017〕33号）",
        "实施主体：示例厅 → 另一厅",
        "新增行使层级：市级",
        "删除追责情形：不予受理的",
        "办结时限·承诺办结时限：10 → 5",
        "廉政风险点[s:刁难]·风险等级：中 → 高",
    ]
    assert change.fields[0].text("en") == "basis[《甲法》第1条].level: 法律 → 行政法规"


def test_lists_of_the_department_are_compared(tmp_path: Path) -> None:
    neg = [{"id": "N1", "act": "不得违规收费", "basis": ["甲法第3条"]}]
    resp = {"main": [{"name": "道路运输管理"}], "shared": [
        {"name": "超限治理", "with_departments": ["公安厅"], "lead": "交通运输厅"}]}
    old = load(tmp_path / "a", {"d.yaml": department("厅", [], negative_list=neg,
                                                     responsibilities=resp)})
    new = load(tmp_path / "b", {"d.yaml": department("厅", [], negative_list=[
        dict(neg[0], consequence="依纪依法追责")], responsibilities={"main": [
            {"name": "道路运输管理"}, {"name": "事中事后监管", "kind": "事中事后监管"}]})})
    diff = diff_registers(old, new)
    assert [(c.list_name, c.kind, c.key, [f.text() for f in c.fields]) for c in diff.lists] == [
        ("responsibilities.main", "added", "事中事后监管", []),
        ("responsibilities.shared", "removed", "超限治理（牵头：交通运输厅）", []),
        ("negative_list", "changed", "不得违规收费", ["新增违反后果：依纪依法追责"]),
    ]


def test_summary_counts_transitions_and_totals(tmp_path: Path) -> None:
    old_powers = [power(f"{i:04d}", f"事项{i}", "行政处罚" if i % 2 else "行政许可")
                  for i in range(10)]
    new_powers = [dict(p, status={"value": "取消", "reason": "法律修订"}) if i < 3 else p
                  for i, p in enumerate(old_powers[:8])]
    new_powers.append(power("0100", "新事项", status={"value": "新增", "basis": "某文件"}))
    old = load(tmp_path / "a", {"d.yaml": department("厅", old_powers)})
    new = load(tmp_path / "b", {"d.yaml": department("厅", new_powers)})
    s = diff_registers(old, new).summary
    assert (s.before, s.after, s.added, s.removed, s.modified) == (10, 9, 1, 2, 3)
    assert [(transition_label(p), n) for p, n in s.transitions] == [
        ("保留→取消", 3), ("移出清单（原保留）", 2), ("新增", 1)]
    assert [(t.name, t.before, t.after, t.added, t.removed) for t in s.by_type] == [
        ("行政许可", 5, 5, 1, 1), ("行政处罚", 5, 4, 0, 1)]


def test_markdown_for_5000_power_change_fits_a_comment(tmp_path: Path) -> None:
    old_powers = [power(f"14{i:010d}", f"对第{i}类违法行为的处罚", "行政处罚",
                        basis=[{"level": "法律", "title": f"第{i}号法律", "article": "第十条"}])
                  for i in range(5000)]
    new_powers = [dict(p, basis=[{"level": "地方性法规", "title": f"第{i}号条例", "article": "第二条"}],
                       status={"value": "下放", "reason": "赋予县级行使"})
                  for i, p in enumerate(old_powers[:4000])]
    new_powers += [power(f"15{i:010d}", f"新增事项{i}", "行政许可") for i in range(1000)]
    old = load(tmp_path / "a", {f"d{n}.yaml": department(f"部门{n}", old_powers[n::5])
                                for n in range(5)})
    new = load(tmp_path / "b", {f"d{n}.yaml": department(f"部门{n}", new_powers[n::5])
                                for n in range(5)})
    diff = diff_registers(old, new, "main", "HEAD")
    assert (diff.summary.added, diff.summary.removed, diff.summary.modified) == (1000, 1000, 4000)
    out = io.StringIO()
    report_diff_markdown(diff, out)
    text = out.getvalue()
    assert len(text.encode("utf-8")) < 65_536
    assert "**事项总数 5,000 → 5,000（新增 1,000，移出 1,000，修改 4,000，跨部门移动 0，重新编码 0）**" in text
    assert "| **合计** | **5,000** | **5,000** | **1,000** | **1,000** |" in text
    assert "**处理意见变化**：保留→下放 4,000 · 新增 1,000 · 移出清单（原保留） 1,000" in text
    assert text.count("<details>") == text.count("</details>")
    omitted = int(text.rsplit("另有 ", 1)[1].split(" 项明细未列出")[0].replace(",", ""))
    listed = text.count("\n- ")
    assert omitted + listed == 6000
    assert omitted > 0 and listed > 100
