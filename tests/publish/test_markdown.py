from __future__ import annotations

from pathlib import Path

import pytest

from sixpowers.publish import publish_register
from sixpowers.publish.markdown import escape_md, md_link
from sixpowers.register import load_register

DEMO = Path(__file__).parent / "demo"


@pytest.mark.parametrize("raw, escaped", [
    ("a|b", "a\\|b"),
    ("第一行\n第二行\r\n第三行\r第四", "第一行<br>第二行<br>第三行<br>第四"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"),
    ("**粗体** _斜_ `代码` [链接](http://x) ![图](y)",
     "\\*\\*粗体\\*\\* \\_斜\\_ \\`代码\\` \\[链接\\]\\(http://x\\) \\!\\[图\\]\\(y\\)"),
    ("# 标题", "\\# 标题"),
    ("a\\|b", "a\\\\\\|b"),
    ("R&D ~x~ $y$", "R&amp;D \\~x\\~ \\$y\\$"),
    ("tab\there\x00\x1b", "tab here"),
    ("行\u2028分隔", "行<br>分隔"),
    ("《中华人民共和国行政许可法》第十二条", "《中华人民共和国行政许可法》第十二条"),
])
def test_escape_md(raw, escaped):
    assert escape_md(raw) == escaped


def test_escaped_cell_never_holds_a_bare_pipe_or_newline():
    cell = escape_md("x | y \n| z |")
    assert "\n" not in cell
    assert all(cell[i - 1] == "\\" for i, ch in enumerate(cell) if ch == "|")


def test_md_link_percent_encodes():
    assert md_link("示例 局.md") == "%E7%A4%BA%E4%BE%8B%20%E5%B1%80.md"


def test_publish_markdown_writes_index_and_one_file_per_department(tmp_path):
    out = tmp_path / "md"
    summary = publish_register(load_register([DEMO]), out, "md")
    assert summary.powers == 6
    names = sorted(p.name for p in out.iterdir())
    assert names == [".sixpowers-site", "README.md", "示例县交通运输局.md", "示例县市场监督管理局.md"]
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# 示例县权力清单\n")
    assert f"| [示例县交通运输局]({md_link('示例县交通运输局.md')}) | 4 |" in readme
    transport = (out / "示例县交通运输局.md").read_text(encoding="utf-8").splitlines()
    assert transport[0] == "# 示例县交通运输局"
    header = "| 事项编码 | 事项名称 | 事项类型 | 行使层级 | 处理意见 | 实施主体 | 设定依据 |"
    assert header in transport
    row = next(line for line in transport if line.startswith("| 141015001000 "))
    assert row == ("| 141015001000 | 道路货物运输经营许可 | 行政许可 | 县级 | 保留 | 示例县交通运输局 | "
                   "【行政法规】《中华人民共和国道路运输条例》第二十四条 |")
    # Every table row has exactly the header's seven cells.
    for line in transport:
        if line.startswith("|"):
            assert line.replace("\\|", "").count("|") == 8, line


def test_hostile_register_in_markdown(tmp_path):
    from hostile_register import write_hostile_register

    register = load_register([write_hostile_register(tmp_path / "reg")])
    out = tmp_path / "md"
    publish_register(register, out, "md")
    files = sorted(p.name for p in out.iterdir())
    stem = "b_恶意_b_局_script"
    assert files[:2] == [".sixpowers-site", "README.md"]
    assert len(files) == 3 and files[2].startswith(stem + "-") and files[2].endswith(".md")
    text = (out / files[2]).read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# &lt;b&gt;恶意&lt;/b&gt;局 &amp; &lt;/script&gt;"
    assert "<script>" not in text and "<img" not in text
    row = next(line for line in text.splitlines() if "alert\\(5\\)" in line)
    assert row.replace("\\|", "").count("|") == 8
    assert "&quot;" not in row and '"&gt;&lt;img src=x onerror=alert\\(1\\)&gt;' in row
