from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from linttest import active, lint, make

BROKEN = """\
# 示例局权责清单（注释必须保留）
department:
  name: 示例局   # 部门全称
  phone: "0351-1234567"
powers:
  - code: "140115001000"
    name: 道路货物运输经营许可
    type: 行政审批          # 旧表中的写法
    basis:
      - level: 行政法规
        title: 《道路运输条例》
        article: "第 二十四 条"
      - {level: 规范性文件, title: 'Some(试行)', doc_number: '晋政发[2017]33号'}
    subject: 示例局
"""

FIXED = """\
# 示例局权责清单（注释必须保留）
department:
  name: 示例局   # 部门全称
  phone: "0351-1234567"
powers:
  - code: "140115001000"
    name: 道路货物运输经营许可
    type: 行政许可          # 旧表中的写法
    basis:
      - level: 行政法规
        title: 中华人民共和国道路运输条例
        article: "第二十四条"
      - {level: 规范性文件, title: 'Some（试行）', doc_number: '晋政发〔2017〕33号'}
    subject: 示例局
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SIXPOWERS_LANG", None)
    return subprocess.run([sys.executable, "-m", "sixpowers", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=120)


def test_fix_edits_values_in_place_and_keeps_comments(tmp_path):
    root = make(tmp_path, BROKEN)
    result = run("lint", str(root), "--fix", "--select", "SP204,SP205,SP502")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (root / "d.yaml").read_text(encoding="utf-8") == FIXED
    assert "已修复" in result.stderr and "SP502" in result.stderr and "“行政审批” → “行政许可”" in result.stderr
    assert active(lint(root, select=("SP204", "SP205", "SP502"))) == []


def test_diff_shows_changes_without_writing(tmp_path):
    root = make(tmp_path, BROKEN)
    result = run("lint", str(root), "--diff")
    assert result.returncode == 1
    assert "-    type: 行政审批          # 旧表中的写法" in result.stdout
    assert "+    type: 行政许可          # 旧表中的写法" in result.stdout
    assert (root / "d.yaml").read_text(encoding="utf-8") == BROKEN
    assert "可修复 5 处" in result.stderr


def test_fix_preserves_crlf_and_bom(tmp_path):
    root = make(tmp_path, "")
    (root / "d.yaml").write_bytes(b"\xef\xbb\xbf" + BROKEN.replace("\n", "\r\n").encode("utf-8"))
    result = run("lint", str(root), "--fix", "--select", "SP502")
    assert result.returncode == 0, result.stdout + result.stderr
    data = (root / "d.yaml").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == BROKEN.count("\n")
    assert "type: 行政许可".encode() in data


def test_suppressed_findings_are_not_fixed(tmp_path):
    text = BROKEN.replace("# 旧表中的写法", "# sixpowers: ignore[SP502] 理由：与省级目录保持一致")
    root = make(tmp_path, text)
    run("lint", str(root), "--fix", "--select", "SP502")
    assert "type: 行政审批" in (root / "d.yaml").read_text(encoding="utf-8")
