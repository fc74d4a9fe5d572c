from __future__ import annotations

from ruletest import CLEAN, lint_files, lint_one

POWER = CLEAN[CLEAN.index("  - code:"):]


def second(name: str, code: str = "140115002000") -> str:
    return POWER.replace("道路货物运输经营许可", name).replace("140115001000", code)


def test_sp601_duplicate_name(tmp_path):
    text = CLEAN + second("道路货物运输经营的许可")
    line = CLEAN.count("\n") + 2
    assert lint_one(tmp_path, text, "SP601") == [("SP601", line, 11)]
    assert lint_one(tmp_path, CLEAN + second("道路旅客运输经营许可"), "SP601") == []


def test_sp602_similar_name_but_not_replaced_words(tmp_path):
    text = CLEAN + second("道路货物运输经营行政许可")
    line = CLEAN.count("\n") + 2
    assert lint_one(tmp_path, text, "SP602") == [("SP602", line, 11)]
    assert lint_one(tmp_path, CLEAN + second("道路旅客运输经营许可"), "SP602") == []


def test_sp603_same_power_in_two_departments(tmp_path):
    other = CLEAN.replace("name: 示例局", "name: 另一局").replace("140115001000", "140116001000")
    assert lint_files(tmp_path, {"a.yaml": CLEAN, "b.yaml": other}, select=("SP603",)) == [("SP603", 7, 11)]
    renamed = other.replace("道路货物运输经营许可", "道路旅客运输经营许可")
    assert lint_files(tmp_path, {"a.yaml": CLEAN, "b.yaml": renamed}, select=("SP603",)) == []


def test_sp604_status_without_reason(tmp_path):
    text = CLEAN + "    status: {value: 下放}\n"
    line = text.count("\n")
    assert lint_one(tmp_path, text, "SP604") == [("SP604", line, 13)]
    reasoned = CLEAN + "    status: {value: 下放, reason: 方便就近办理, to: 各市交通运输局}\n"
    assert lint_one(tmp_path, reasoned, "SP604") == []


def test_sp605_name_and_type_differ_from_the_catalogue(tmp_path):
    upper = tmp_path / "省级目录"
    upper.mkdir()
    (upper / "sixpowers.toml").write_text("", encoding="utf-8")
    (upper / "厅.yaml").write_text(CLEAN, encoding="utf-8")
    county = tmp_path / "县"
    county.mkdir()
    text = CLEAN.replace("name: 道路货物运输经营许可\n    type: 行政许可", "name: 货运经营许可\n    type: 行政给付")
    toml = '[lint]\ncatalogue = "../省级目录"\n'
    assert lint_one(county, text, "SP605", toml=toml) == [("SP605", 7, 11), ("SP605", 8, 11)]
    assert lint_one(county, CLEAN, "SP605", toml=toml) == []
    assert lint_one(county, text, "SP605") == []
