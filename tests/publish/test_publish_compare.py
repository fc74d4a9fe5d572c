"""`sixpowers publish --compare`: the comparison page in the site and compare.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).parents[2] / "examples"


def publish(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sixpowers", "publish", str(EXAMPLES / "shanxi-transport"),
                           "-o", str(tmp_path / "site"), "--no-charts", "--quiet",
                           "--compare", str(EXAMPLES / "county-party-org"), *extra],
                          capture_output=True, text=True, encoding="utf-8")


def test_site_has_a_comparison_page_linked_from_every_page(tmp_path):
    result = publish(tmp_path)
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    page = (site / "compare.html").read_text(encoding="utf-8")
    assert '<a href="compare.html" aria-current="page">清单比较</a>' in page
    assert "<th scope=\"col\">中共平遥县委组织部权责清单</th>" in page
    assert '<td>合计</td><td class="num">22</td><td class="num">12</td>' in page
    assert '<a href="compare.html">清单比较</a>' in (site / "index.html").read_text(encoding="utf-8")
    power_page = next((site / "powers").iterdir()).read_text(encoding="utf-8")
    assert '<a href="../compare.html">清单比较</a>' in power_page


def test_markdown_has_compare_md_and_a_plain_publish_has_no_link(tmp_path):
    result = publish(tmp_path, "--format", "md")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "site" / "compare.md").read_text(encoding="utf-8")
    assert text.startswith("## 各清单事项数（按类型）") and "| 合计 | 22 | 12 |" in text
    plain = subprocess.run([sys.executable, "-m", "sixpowers", "publish", str(EXAMPLES / "shanxi-transport"),
                            "-o", str(tmp_path / "plain"), "--no-charts", "--quiet"],
                           capture_output=True, text=True, encoding="utf-8")
    assert plain.returncode == 0, plain.stderr
    assert "compare.html" not in (tmp_path / "plain" / "index.html").read_text(encoding="utf-8")
    assert not (tmp_path / "plain" / "compare.html").exists()
