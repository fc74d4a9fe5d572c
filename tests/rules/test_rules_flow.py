from __future__ import annotations

from ruletest import CLEAN, col_of, line_of, lint_one

REVIEW = "      - {id: review, name: 审查, post: 审查岗, days: 5, next: [{to: decide}]}\n"


def test_sp301_review_and_decision_same_post(tmp_path):
    text = CLEAN.replace("post: 审查岗", "post: 分管负责人")
    line = line_of(text, "name: 决定")
    assert lint_one(tmp_path, text, "SP301") == [("SP301", line + 2, 15)]
    assert lint_one(tmp_path, CLEAN, "SP301") == []


def test_sp302_handling_and_supervision_same_post(tmp_path):
    text = CLEAN.replace("post: 执法监督岗", "post: 窗口岗")
    line = line_of(text, "id: supervise")
    assert lint_one(tmp_path, text, "SP302") == [("SP302", line, col_of(text, "窗口岗}", 2))]
    assert lint_one(tmp_path, CLEAN, "SP302") == []


def test_sp303_no_start_and_two_starts(tmp_path):
    none = CLEAN.replace("name: 申请, kind: start", "name: 申请, kind: task")
    assert lint_one(tmp_path, none, "SP303") == [("SP303", line_of(none, "id: apply"), 7)]
    two = CLEAN.replace("name: 审查, post", "name: 审查, kind: start, post")
    assert lint_one(tmp_path, two, "SP303") == [("SP303", line_of(two, "id: review"), col_of(two, "start, post"))]
    assert lint_one(tmp_path, CLEAN, "SP303") == []


def test_sp304_no_reachable_end(tmp_path):
    text = CLEAN.replace("kind: end, post: 窗口岗}", "post: 窗口岗, next: [{to: apply}]}") \
        .replace("kind: end, post: 分管负责人}", "post: 分管负责人, next: [{to: apply}]}") \
        .replace("name: 事后监管, kind: end,", "name: 事后监管, next: [{to: apply}],")
    assert lint_one(tmp_path, text, "SP304") == [("SP304", line_of(text, "id: apply"), 9)]
    assert lint_one(tmp_path, CLEAN, "SP304") == []


def test_sp305_unreachable_step(tmp_path):
    text = CLEAN.replace("{to: review, label: 受理}", "{to: decide, label: 受理}")
    assert lint_one(tmp_path, text, "SP305") == [("SP305", line_of(text, "id: review"), 9)]
    assert lint_one(tmp_path, CLEAN, "SP305") == []


def test_sp306_dead_end_step(tmp_path):
    text = CLEAN.replace(", next: [{to: supervise}]", "")
    assert lint_one(tmp_path, text, "SP306") == [("SP306", line_of(text, "id: deliver"), 9)]
    assert lint_one(tmp_path, CLEAN, "SP306") == []


def test_sp307_unknown_next_and_duplicate_id(tmp_path):
    text = CLEAN.replace("next: [{to: decide}]", "next: [{to: decdie}]")
    line = line_of(text, "decdie")
    assert lint_one(tmp_path, text, "SP307") == [("SP307", line, col_of(text, "decdie"))]
    dup = CLEAN.replace("id: refuse", "id: reject")
    line = line_of(dup, "id: reject", 2)
    assert lint_one(tmp_path, dup, "SP307") == [("SP307", line - 1, 18), ("SP307", line, 14)]
    assert lint_one(tmp_path, CLEAN, "SP307") == []


def test_sp307_hint_suggests_the_nearest_id(tmp_path):
    from ruletest import lint_files  # noqa: F401  (same helper, full findings below)

    from sixpowers.lint import LintOptions, run_lint
    from sixpowers.register import load_register

    (tmp_path / "d.yaml").write_text(CLEAN.replace("{to: decide}]", "{to: decdie}]"), encoding="utf-8")
    (tmp_path / "sixpowers.toml").write_text("", encoding="utf-8")
    (finding,) = run_lint(load_register([tmp_path]), LintOptions(select=("SP307",))).findings
    assert "decide" in (finding.hint or "")


def test_sp308_step_days_exceed_statutory(tmp_path):
    text = CLEAN.replace("days: 5, next: [{to: decide}]", "days: 18, next: [{to: decide}]")
    assert lint_one(tmp_path, text, "SP308") == [("SP308", line_of(text, "statutory: 20"), 18)]
    assert lint_one(tmp_path, CLEAN, "SP308") == []


def test_sp309_decision_exit_without_label_and_single_exit(tmp_path):
    text = CLEAN.replace("{to: refuse, label: 不予}", "{to: refuse}")
    assert lint_one(tmp_path, text, "SP309") == [("SP309", line_of(text, "{to: refuse}"), 13)]
    single = CLEAN.replace("          - {to: reject, label: 不予受理}\n", "")
    assert lint_one(tmp_path, single, "SP309") == [("SP309", line_of(single, "name: 受理") + 1, 15)]
    assert lint_one(tmp_path, CLEAN, "SP309") == []


def test_sp310_committed_exceeds_statutory(tmp_path):
    text = CLEAN.replace("committed: 10", "committed: 25")
    assert lint_one(tmp_path, text, "SP310") == [("SP310", line_of(text, "committed: 25"), 18)]
    assert lint_one(tmp_path, CLEAN, "SP310") == []


def test_sp311_licence_limit_needs_special_basis(tmp_path):
    text = CLEAN.replace("statutory: 20", "statutory: 45")
    assert lint_one(tmp_path, text, "SP311") == [("SP311", line_of(text, "statutory: 45"), 18)]
    based = text.replace("committed: 10", "committed: 10\n      special_basis: 《某某法》第二十条")
    assert lint_one(tmp_path, based, "SP311") == []
    assert lint_one(tmp_path, CLEAN, "SP311") == []


def test_sp312_penalty_limit_over_90_days(tmp_path):
    penalty = CLEAN.replace("name: 道路货物运输经营许可\n    type: 行政许可", "name: 对超限运输的处罚\n    type: 行政处罚")
    text = penalty.replace("statutory: 20", "statutory: 180").replace("committed: 10", "unit: 自然日")
    assert lint_one(tmp_path, text, "SP312") == [("SP312", line_of(text, "statutory: 180"), 18)]
    assert lint_one(tmp_path, penalty, "SP312") == []


def test_sp313_seizure_limit_over_30_days(tmp_path):
    seizure = CLEAN.replace("name: 道路货物运输经营许可\n    type: 行政许可", "name: 扣押违法运输车辆\n    type: 行政强制")
    text = seizure.replace("statutory: 20", "statutory: 60").replace("committed: 10", "unit: 自然日")
    assert lint_one(tmp_path, text, "SP313") == [("SP313", line_of(text, "statutory: 60"), 18)]
    assert lint_one(tmp_path, seizure, "SP313") == []
