"""A small register and a helper to check hand-built case logs against it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from sixpowers.findings import Finding
from sixpowers.monitor import MonitorOptions, MonitorResult, monitor_cases
from sixpowers.register import load_register

LICENCE = "140115001000"
PENALTY = "140215001000"
CANCELLED = "140115002000"
DEVOLVED = "140115003000"
REMOVED = "140115009000"
ADDED = "140115004000"

REGISTER = f"""\
department:
  name: 示例交通局
powers:
  - code: "{LICENCE}"
    name: 道路货物运输经营许可
    type: 行政许可
    subject: 示例交通局
    time_limit: {{statutory: 20, committed: 10, unit: 工作日}}
    flow:
      - {{id: apply, name: 申请, kind: start, days: 0, next: [{{to: accept}}]}}
      - id: accept
        name: 受理
        kind: decision
        post: 窗口受理岗
        days: 1
        next:
          - {{to: review, label: 受理}}
          - {{to: apply, label: 补正, kind: return}}
      - {{id: review, name: 审查, post: 审查岗, days: 5, next: [{{to: decide}}]}}
      - id: decide
        name: 决定
        kind: decision
        post: 分管负责人
        days: 3
        next: [{{to: deliver, label: 准予}}, {{to: refuse, label: 不予}}]
      - {{id: refuse, name: 不予许可并说明理由, kind: end, post: 分管负责人}}
      - {{id: deliver, name: 送达, post: 窗口受理岗, days: 1, next: [{{to: supervise}}]}}
      - {{id: supervise, name: 事后监管, kind: end, post: 执法监督岗}}
  - code: "{PENALTY}"
    name: 对未取得道路运输经营许可擅自从事经营的处罚
    type: 行政处罚
    subject: 示例交通局
    time_limit: {{statutory: 90, committed: 60, unit: 自然日}}
    flow:
      - {{id: file, name: 立案, kind: start, next: [{{to: investigate}}]}}
      - {{id: investigate, name: 调查取证, days: 30, next: [{{to: decide}}]}}
      - {{id: decide, name: 决定, days: 7, next: [{{to: deliver}}]}}
      - {{id: deliver, name: 送达, kind: end, days: 7}}
  - code: "{CANCELLED}"
    name: 公路建设项目施工许可
    type: 行政许可
    subject: 示例交通局
    status: {{value: 取消, date: 2025-07-01, reason: 国务院决定取消}}
  - code: "{DEVOLVED}"
    name: 道路运输经营许可
    type: 行政许可
    subject: 示例交通局
    status: {{value: 下放, to: 市级交通运输主管部门}}
  - code: "{ADDED}"
    name: 道路运输从业人员从业资格许可
    type: 行政许可
    subject: 示例交通局
    status: {{value: 新增, date: 2025-04-01, basis: 省政府令第300号}}
removed:
  - code: "{REMOVED}"
    name: 机动车维修经营许可
    reason: 改为备案
    date: 2025-03-01
"""

HEADER = "case_id,power_code,step_id,post,person,time,outcome\n"


def make_register(root: Path) -> Path:
    folder = root / "register"
    folder.mkdir(exist_ok=True)
    (folder / "sixpowers.toml").write_text('[register]\nname = "示例县权责清单"\n', encoding="utf-8")
    (folder / "交通局.yaml").write_text(REGISTER, encoding="utf-8")
    return folder


def check_log(root: Path, rows: str, name: str = "cases.csv",
              options: MonitorOptions | None = None) -> MonitorResult:
    """Write `rows` (CSV body, dedented) after the header and check it against the register."""
    folder = make_register(root)
    log = root / name
    log.write_text(HEADER + textwrap.dedent(rows), encoding="utf-8")
    register = load_register([folder])
    assert register.findings == []
    return monitor_cases(register, log, options or MonitorOptions())


def codes(findings: list[Finding]) -> list[tuple[str, int | None]]:
    return [(f.code, f.location.line) for f in findings]
