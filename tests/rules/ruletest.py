"""Helpers for rule tests: a clean department file to mutate, and a lint that returns
(code, line, column) triples."""

from __future__ import annotations

import textwrap
from pathlib import Path

from sixpowers.laws import builtin_laws
from sixpowers.lint import LintOptions, run_lint
from sixpowers.register import load_register

LAWS = builtin_laws()

CLEAN = """\
department:
  name: 示例局
  code: "15"
  phone: "0351-1234567"
powers:
  - code: "140115001000"
    name: 道路货物运输经营许可
    type: 行政许可
    basis:
      - level: 行政法规
        title: 中华人民共和国道路运输条例
        article: 第二十四条
        version: 2023年修订
    subject: 示例局
    duties:
      - {stage: 受理责任, content: 一次性告知补正材料}
      - {stage: 审查责任, content: 审查申请材料}
      - {stage: 决定责任, content: 作出准予或不予许可的决定}
      - {stage: 送达责任, content: 送达许可证件}
      - {stage: 事后监管责任, content: 监督检查被许可人}
    accountability:
      - 对符合法定条件的申请不予受理的
    supervision:
      methods: [纪检监察, 社会监督]
      complaint: "12345"
    time_limit:
      statutory: 20
      committed: 10
    flow:
      - {id: apply, name: 申请, kind: start, next: [{to: accept}]}
      - id: accept
        name: 受理
        kind: decision
        post: 窗口岗
        days: 1
        next:
          - {to: review, label: 受理}
          - {to: reject, label: 不予受理}
      - {id: reject, name: 不予受理并告知理由, kind: end, post: 窗口岗}
      - {id: review, name: 审查, post: 审查岗, days: 5, next: [{to: decide}]}
      - id: decide
        name: 决定
        kind: decision
        post: 分管负责人
        days: 3
        next:
          - {to: deliver, label: 准予}
          - {to: refuse, label: 不予}
      - {id: refuse, name: 不予许可并说明理由, kind: end, post: 分管负责人}
      - {id: deliver, name: 送达, post: 窗口岗, days: 1, next: [{to: supervise}]}
      - {id: supervise, name: 事后监管, kind: end, post: 执法监督岗}
    risks:
      - step: decide
        description: 违规作出准予许可决定
        level: 高
        measures: [审查与决定岗位分离, 纪检部门定期抽查]
        post: 分管负责人
"""

Triple = tuple[str, int | None, int | None]


def lint_files(tmp_path: Path, files: dict[str, str], toml: str = "",
               select: tuple[str, ...] | None = None, **options: object) -> list[Triple]:
    """Write the files (dedented) and a sixpowers.toml, lint them, return active findings."""
    (tmp_path / "sixpowers.toml").write_text(textwrap.dedent(toml), encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    register = load_register([tmp_path])
    report = run_lint(register, LintOptions(select=select, **options))  # type: ignore[arg-type]
    return [(f.code, f.location.line, f.location.column)
            for f in report.findings if f.suppressed_reason is None]


def lint_one(tmp_path: Path, text: str, code: str, toml: str = "") -> list[Triple]:
    """Lint one department file with only `code` selected."""
    return lint_files(tmp_path, {"d.yaml": text}, toml, select=(code,))


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """1-based number of the line holding the nth occurrence of needle."""
    seen = 0
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == nth:
                return number
    raise AssertionError(f"{needle!r} not in text")


def col_of(text: str, needle: str, nth: int = 1) -> int:
    line = text.splitlines()[line_of(text, needle, nth) - 1]
    return line.index(needle) + 1
