from __future__ import annotations

from linttest import DEPT, SP301_AT, SP407_AT, active, lint, make

TRAILING = DEPT.replace("post: 科长}\n", "post: 科长}  # sixpowers: ignore[SP301] 理由：编制仅一名科长，纪检组全量复核\n")


def test_trailing_comment_covers_its_line(tmp_path):
    findings = lint(make(tmp_path, TRAILING))
    assert active(findings) == [SP407_AT]
    (suppressed,) = [f for f in findings if f.suppressed_reason]
    assert suppressed.code == "SP301" and suppressed.suppressed_reason == "编制仅一名科长，纪检组全量复核"


def test_own_line_comment_covers_the_node_below(tmp_path):
    text = DEPT.replace("  - code:", "  # sixpowers: ignore[SP4, SP301] reason: 试点事项，另册管理\n  - code:")
    assert active(lint(make(tmp_path, text))) == []


def test_own_line_comment_before_a_field_covers_only_that_field(tmp_path):
    text = DEPT.replace("    flow:\n", "    # sixpowers: ignore[SP301] 理由：见说明\n\n    flow:\n")
    assert active(lint(make(tmp_path, text))) == [SP407_AT]
    misplaced = DEPT.replace("    flow:\n", "    # sixpowers: ignore[SP407] 理由：见说明\n    flow:\n")
    result = active(lint(make(tmp_path, misplaced)))
    assert SP407_AT in result and ("SP902", 19, 5) in result


def test_comment_without_reason_is_a_finding_and_suppresses_nothing(tmp_path):
    text = DEPT.replace("post: 科长}\n", "post: 科长}  # sixpowers: ignore[SP301]\n")
    assert active(lint(make(tmp_path, text))) == [SP407_AT, SP301_AT, ("SP901", 22, 49)]


def test_unused_and_unknown_codes(tmp_path):
    text = DEPT.replace("    subject: 示例局\n", "    subject: 示例局  # sixpowers: ignore[SP201, SP3O1] 理由：测试\n")
    result = active(lint(make(tmp_path, text)))
    assert ("SP902", 10, 19) in result and ("SP903", 10, 19) in result
    assert SP301_AT in result


def test_unused_suppression_of_a_disabled_rule_is_not_reported(tmp_path):
    text = DEPT.replace("    subject: 示例局\n", "    subject: 示例局  # sixpowers: ignore[SP201] 理由：测试\n")
    assert active(lint(make(tmp_path, text), ignore=("SP201",))) == [SP407_AT, SP301_AT]


def test_ignore_file(tmp_path):
    text = "# sixpowers: ignore-file[SP407] 理由：风险点在廉政风险防控手册中\n" + DEPT
    result = active(lint(make(tmp_path, text)))
    assert result == [(SP301_AT[0], SP301_AT[1] + 1, SP301_AT[2])]


def test_malformed_comment(tmp_path):
    text = DEPT.replace("    subject: 示例局\n", "    subject: 示例局  # sixpowers: ignroe SP301\n")
    assert ("SP903", 10, 19) in active(lint(make(tmp_path, text)))


def test_suppressions_in_a_file_that_does_not_parse_are_not_unused(tmp_path):
    text = DEPT.replace("    subject: 示例局\n", "    subject: 示例局  # sixpowers: ignore[SP201] 理由：测试\n") + "  - [\n"
    assert [c for c, _, _ in active(lint(make(tmp_path, text)))] == ["SP002"]
