"""Helpers for engine tests: a small register on disk and its lint results."""

from __future__ import annotations

import textwrap
from pathlib import Path

from sixpowers.findings import Finding
from sixpowers.lint import LintOptions, run_lint
from sixpowers.register import load_register

# One power with exactly two problems: review and decision by the same post (SP301, line 18)
# and no risk point (SP407, line 10 col 5 - the power mapping).
DEPT = """\
department:
  name: 示例局
  phone: "0351-1234567"
powers:
  - code: "140115001000"
    name: 道路货物运输经营许可
    type: 行政许可
    basis:
      - {level: 行政法规, title: 中华人民共和国道路运输条例, article: 第二十四条}
    subject: 示例局
    duties:
      - {stage: 受理责任, content: 受理}
      - {stage: 审查责任, content: 审查}
      - {stage: 决定责任, content: 决定}
      - {stage: 送达责任, content: 送达}
      - {stage: 事后监管责任, content: 监管}
    accountability: [不依法受理的]
    supervision: {methods: [纪检监察], complaint: "12345"}
    flow:
      - {id: a, name: 申请, kind: start, next: [{to: r}]}
      - {id: r, name: 审查, post: 科长, next: [{to: d}]}
      - {id: d, name: 决定, kind: end, post: 科长}
"""
SP301_AT = ("SP301", 22, 44)
SP407_AT = ("SP407", 5, 5)


def make(tmp_path: Path, text: str = DEPT, toml: str = "", name: str = "d.yaml") -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "sixpowers.toml").write_text(textwrap.dedent(toml), encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def lint(root: Path, **options: object) -> list[Finding]:
    return run_lint(load_register([root]), LintOptions(**options)).findings  # type: ignore[arg-type]


def active(findings: list[Finding]) -> list[tuple[str, int | None, int | None]]:
    return [(f.code, f.location.line, f.location.column) for f in findings if f.suppressed_reason is None]
