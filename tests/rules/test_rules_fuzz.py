"""Rules never raise, whatever shape a parsed power's flow, risks and limits take."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sixpowers.laws import builtin_laws
from sixpowers.lint import LintOptions, run_lint
from sixpowers.register import load_register

IDS = st.sampled_from(["a", "b", "c", "d", "审查", "决定"])
NAMES = st.sampled_from(["申请", "受理", "审查", "决定", "报省政府审批", "不予批准", "事后监管", "送达"])
POSTS = st.sampled_from([None, "甲岗", "乙岗"])
EDGE = st.fixed_dictionaries({"to": IDS}, optional={"label": st.sampled_from(["准予", "不予"]),
                                                    "kind": st.sampled_from(["normal", "return"])})
STEP = st.fixed_dictionaries(
    {"id": IDS, "name": NAMES},
    optional={"kind": st.sampled_from(["start", "task", "decision", "end"]), "post": POSTS,
              "days": st.integers(0, 40), "next": st.lists(EDGE, max_size=3)})
RISK = st.fixed_dictionaries(
    {"step": IDS, "description": st.just("风险"), "level": st.sampled_from(["高", "中", "低"])},
    optional={"measures": st.lists(st.just("措施"), max_size=3), "post": POSTS})
POWER = st.fixed_dictionaries(
    {"name": st.sampled_from(["对某行为的处罚", "某许可", "对某单位的监督检查", "扣押某物", "征收某税"]),
     "type": st.sampled_from(["行政许可", "行政处罚", "行政强制", "行政征收", "行政审批", "决策权"]),
     "subject": st.just("某局")},
    optional={"code": st.from_regex(r"\A[0-9A-Z\-]{0,44}\Z"),
              "basis": st.lists(st.fixed_dictionaries(
                  {"level": st.sampled_from(["法律", "部门规章", "规范性文件", "地方政府规章", "条例"]),
                   "title": st.sampled_from(["中华人民共和国公路法", "公路法", "《某办法(试行)》", "国务院某决定", "城市房屋拆迁管理条例"])},
                  optional={"article": st.sampled_from(["第一条", "第 2 条", "第六章 总则", "x"]),
                            "version": st.sampled_from(["2009年修正", "x"]),
                            "doc_number": st.sampled_from(["晋政发[2017]33号", "无"])}), max_size=3),
              "flow": st.lists(STEP, max_size=7), "risks": st.lists(RISK, max_size=3),
              "time_limit": st.fixed_dictionaries({}, optional={
                  "statutory": st.integers(0, 400), "committed": st.integers(0, 400)}),
              "status": st.fixed_dictionaries({"value": st.sampled_from(["保留", "取消", "下放"])})})

LAWS = builtin_laws()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(powers=st.lists(POWER, min_size=1, max_size=4), kind=st.sampled_from(["government", "party"]))
def test_rules_never_raise(tmp_path: Path, powers, kind):
    (tmp_path / "sixpowers.toml").write_text(f'[register]\nkind = "{kind}"\n', encoding="utf-8")
    data = {"department": {"name": "某局", "credit_code": "91350100M000100Y43"}, "powers": powers}
    (tmp_path / "d.yaml").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = run_lint(load_register([tmp_path]), LintOptions(select=("SP", "SP507")), LAWS)
    for finding in report.findings:
        assert finding.message and finding.message_en and finding.location.line
