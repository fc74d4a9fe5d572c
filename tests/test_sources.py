from __future__ import annotations

from sixpowers.config import LimitsConfig
from sixpowers.sources import decode_text, parse_yaml, read_yaml


def codes(doc):
    return [(f.code, f.location.line, f.location.column) for f in doc.findings]


def test_positions_map_pointers_to_lines_and_columns():
    doc = parse_yaml("department:\n  name: 甲\npowers:\n  - name: 乙\n    type: 行政许可\n", "f.yaml")
    assert doc.data["powers"][0]["type"] == "行政许可"
    assert doc.locate("/powers/0/type").line == 5
    assert doc.locate("/powers/0/type").column == 11
    assert (doc.locate("/powers/0/type", key=True).line, doc.locate("/powers/0/type", key=True).column) == (5, 5)


def test_missing_pointer_falls_back_to_parent_mapping():
    doc = parse_yaml("department:\n  name: 甲\npowers:\n  - name: 乙\n", "f.yaml")
    loc = doc.locate("/powers/0/subject")
    assert (loc.line, loc.column) == (4, 5)


def test_duplicate_key_is_reported_at_second_key():
    doc = parse_yaml("a: 1\nb: 2\na: 3\n", "f.yaml")
    assert codes(doc) == [("SP003", 3, 1)]
    assert "第 1 行" in doc.findings[0].message


def test_syntax_error_is_located():
    doc = parse_yaml("a:\n  b: 1\n\tc: 2\n", "f.yaml")
    assert codes(doc) == [("SP002", 3, 1)]
    assert "Tab" in (doc.findings[0].hint or "")


def test_python_tags_are_refused_not_constructed():
    doc = parse_yaml("a: !!python/object/apply:os.system ['echo hi']\n", "f.yaml")
    assert [f.code for f in doc.findings] == ["SP008"]
    assert doc.data == {"a": None}


def test_alias_bomb_is_bounded():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8))
    doc = parse_yaml(bomb, "f.yaml", LimitsConfig(max_aliases=100))
    assert "SP005" in [f.code for f in doc.findings]


def test_deep_nesting_is_bounded():
    doc = parse_yaml("a: " + "[" * 200 + "]" * 200 + "\n", "f.yaml", LimitsConfig(max_depth=64))
    assert [f.code for f in doc.findings] == ["SP006"]


def test_bom_is_accepted_and_gbk_is_a_located_error():
    text, findings = decode_text("\ufeffa: 1\n".encode(), "f.yaml")
    assert text == "a: 1\n" and not findings
    doc = read_yaml("a: 1\nname: 交通运输厅\n".encode("gb18030"), "f.yaml", LimitsConfig())
    assert codes(doc) == [("SP001", 2, 7)]
    assert "GB18030" in doc.findings[0].message


def test_utf16_is_reported():
    doc = read_yaml("a: 1\n".encode("utf-16"), "f.yaml", LimitsConfig())
    assert [f.code for f in doc.findings] == ["SP001"]


def test_yaml11_scalars_keep_their_resolved_types():
    doc = parse_yaml("a: yes\nb: '0101'\nc: 0101\nd: 2024-01-31\n", "f.yaml")
    assert doc.data["a"] is True and doc.data["b"] == "0101"
    assert doc.data["c"] == 65  # octal in YAML 1.1: exactly the trap validation reports
    assert str(doc.data["d"]) == "2024-01-31"
