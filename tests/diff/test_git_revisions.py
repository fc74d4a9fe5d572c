"""`sixpowers diff` between revisions of real git repositories (no checkout)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from diffrepo import Repo, department, power

BASIS = [{"level": "行政法规", "title": "中华人民共和国道路运输条例", "article": "第二十四条"}]
FREIGHT = power("140115001000", "道路货物运输经营许可", basis=BASIS,
                flow=[{"id": "accept", "name": "受理", "days": 1},
                      {"id": "review", "name": "审查", "post": "审查岗", "days": 5}])
OVERLOAD = power("140102001000", "对超限运输的处罚", "行政处罚")
STATION = power("140106001000", "对客运站的监督检查", "行政检查")
NEWCOMER = power("140101002000", "出租汽车经营许可",
                 status={"value": "新增", "reason": "《出租汽车经营服务管理规定》2024年修正"})
BARE = power("140101003000", "网约车平台经营许可")


def run(repo: Repo, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name in ("SIXPOWERS_LANG", "GITHUB_ACTIONS"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "sixpowers", *args], capture_output=True,
                          text=True, cwd=repo.root, env=env, timeout=120)


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    """Three commits: a start; a move with a re-code, a status change without reason and a
    field edit; then an added power with and one without ground and a removal without record."""
    repo = Repo(tmp_path / "register")
    repo.write("sixpowers.toml", '[register]\nname = "测试清单"\n')
    repo.write("departments/transport.yaml", department("交通运输厅", [FREIGHT, OVERLOAD]))
    repo.write("departments/highway.yaml", department("公路局", [STATION]))
    repo.commit("start")
    freight = dict(FREIGHT, type="行政许可", status={"value": "下放"},
                   flow=[{"id": "accept", "name": "受理", "days": 2},
                         {"id": "review", "name": "审查", "post": "审查岗", "days": 5},
                         {"id": "decide", "name": "决定", "post": "分管负责人"}])
    station = dict(STATION, code="140106009000")
    repo.write("departments/transport.yaml", department("交通运输厅", [freight, OVERLOAD, station]))
    repo.write("departments/highway.yaml", department("公路局", []))
    repo.commit("move, re-code and delegate")
    repo.write("departments/transport.yaml",
               department("交通运输厅", [freight, station, NEWCOMER, BARE]))
    repo.commit("add two, remove one")
    return repo


def test_move_recode_and_status_change_between_revisions(repo: Repo) -> None:
    result = run(repo, "diff", "HEAD~2", "HEAD~1", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    by_key = {(p["new"] or p["old"])["key"]: p for p in data["powers"]}
    station = by_key["140106009000"]
    assert station["kind"] == "matched" and station["moved"] and station["recoded"]
    assert station["old"]["department"] == "公路局" and station["new"]["department"] == "交通运输厅"
    assert [f["path"] for f in station["fields"]] == ["code"]
    freight = by_key["140115001000"]
    assert freight["transition"] == "保留→下放"
    assert [(f["path"], f["kind"], f["old"], f["new"]) for f in freight["fields"]] == [
        ("status.value", "changed", "保留", "下放"),
        ("flow[accept].days", "changed", "1", "2"),
        ("flow", "added", None, "决定（分管负责人）"),
    ]
    summary = data["summary"]
    assert (summary["before"], summary["after"], summary["moved"], summary["recoded"]) == (3, 3, 1, 1)
    assert {(t["name"], t["before"], t["after"]) for t in summary["by_department"]} == {
        ("交通运输厅", 2, 3), ("公路局", 1, 0)}


def test_check_reports_status_change_without_reason_at_its_line(repo: Repo) -> None:
    result = run(repo, "diff", "HEAD~2", "HEAD~1", "--check", "--format", "json")
    assert result.returncode == 1
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["location"]["file"], f["location"]["line"], f["location"]["column"],
             f["power"]) for f in findings] == [
        ("SP703", "departments/transport.yaml", 23, 3, "140115001000")]
    text = repo.git("show", "HEAD~1:departments/transport.yaml").splitlines()
    assert text[22] == "  status:"


def test_added_and_removed_without_ground(repo: Repo) -> None:
    result = run(repo, "diff", "HEAD~1", "HEAD", "--check", "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    kinds = {(p["new"] or p["old"])["key"]: p["kind"] for p in data["powers"]}
    assert kinds == {"140101002000": "added", "140101003000": "added",
                     "140102001000": "removed"}
    codes = [(f["code"], f["power"]) for f in data["findings"]]
    assert codes == [("SP702", "140102001000"), ("SP701", "140101003000")]
    removed = data["findings"][0]
    assert removed["location"]["file"] == "departments/transport.yaml"
    assert removed["message"].startswith("事项“140102001000 对超限运输的处罚”已从清单中移除")


def test_removal_record_is_ground(repo: Repo) -> None:
    text = (repo.root / "departments/transport.yaml").read_text("utf-8")
    text += ("removed:\n- code: '140102001000'\n  name: 对超限运输的处罚\n"
             "  reason: 并入综合执法事项\n")
    repo.write("departments/transport.yaml", text)
    repo.commit("record the removal")
    result = run(repo, "diff", "HEAD~2", "HEAD", "--check", "--format", "json")
    data = json.loads(result.stdout)
    assert [f["code"] for f in data["findings"]] == ["SP701"]
    assert [(c["department"], c["list_name"], c["kind"]) for c in data["lists"]] == [
        ("交通运输厅", "removed", "added")]


def test_one_revision_compares_with_working_tree(repo: Repo) -> None:
    repo.write("departments/highway.yaml", department("公路局", [dict(STATION, name="对汽车客运站的监督检查")]))
    result = run(repo, "diff", "HEAD", "--format", "json")
    data = json.loads(result.stdout)
    assert data["new"] == "工作区"
    assert [(p["kind"], (p["new"] or p["old"])["key"]) for p in data["powers"]] == [
        ("added", "140106001000")]
    assert run(repo, "diff", "HEAD", "--exit-code").returncode == 1
    assert run(repo, "diff", "HEAD", "HEAD").returncode == 0
    same = run(repo, "diff", "HEAD", "HEAD", "--exit-code")
    assert same.returncode == 0 and "两个版本的清单内容相同" in same.stdout


def test_revision_path_restricts_the_side(repo: Repo) -> None:
    result = run(repo, "diff", "HEAD~2:departments/highway.yaml",
                 "HEAD~1:departments/highway.yaml", "--format", "json")
    data = json.loads(result.stdout)
    assert [(p["kind"], p["old"]["key"]) for p in data["powers"]] == [("removed", "140106001000")]


def test_text_output_in_chinese_and_english(repo: Repo) -> None:
    zh = run(repo, "diff", "HEAD~2", "HEAD~1")
    assert "~ 140115001000 道路货物运输经营许可 — 交通运输厅" in zh.stdout
    assert "    处理意见：保留 → 下放" in zh.stdout
    assert "    运行流程[accept]·环节时限：1 → 2" in zh.stdout
    assert "跨部门移动：公路局 → 交通运输厅；重新编码：140106001000 → 140106009000" in zh.stdout
    en = run(repo, "diff", "HEAD~2", "HEAD~1", "--lang", "en")
    assert "    status.value: 保留 → 下放" in en.stdout
    assert "Powers 3 → 3 (0 added, 0 removed, 2 changed, 1 moved, 1 re-coded)" in en.stdout


def test_bad_spec_is_usage_error(repo: Repo) -> None:
    result = run(repo, "diff", "no-such-branch", "HEAD")
    assert result.returncode == 2
    assert "既不是文件或文件夹，也不是 git 版本" in result.stderr
    assert "Traceback" not in result.stderr
    missing = run(repo, "diff", "HEAD:nowhere", "HEAD")
    assert missing.returncode == 2 and "nowhere" in missing.stderr


def test_check_findings_as_github_annotations(repo: Repo) -> None:
    result = run(repo, "diff", "HEAD~1", "HEAD", "--check", "--format", "github")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("::error file=departments/transport.yaml,")
    assert "title=SP702 removed-without-ground::" in lines[0]
    assert lines[1].startswith("::error file=departments/transport.yaml,line=")


def test_revision_reads_its_own_config_and_counts_load_problems(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "cfg")
    repo.write("sixpowers.toml", '[vocab]\ntypes = { "行政指导" = "31" }\n')
    repo.write("d.yaml", department("厅", [power("1", "对企业的行政指导", "行政指导")]))
    repo.commit("local type")
    repo.write("sixpowers.toml", "[register]\n")
    repo.write("e.yaml", "department:\n  name: 局\npowers:\n  - name: 缺少类型\n")
    repo.commit("drop the type, add a broken file")
    result = run(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    data = json.loads(result.stdout)
    assert data["load_problems"] == 3  # SP105 unknown type, SP101 missing type and subject
    assert data["powers"] == []  # the power still parses; the broken one is not compared
    old_only = run(repo, "diff", "HEAD~1", "HEAD~1", "--format", "json")
    assert json.loads(old_only.stdout)["load_problems"] == 0
    text = run(repo, "diff", "HEAD~1", "HEAD")
    assert "读取时有 3 个问题（用 sixpowers validate 查看），相关事项未参与比较。" in text.stdout


def test_usage_errors_are_one_line(repo: Repo) -> None:
    missing = run(repo, "diff", "--textconv", "nope.yaml")
    assert missing.returncode == 2 and missing.stderr.startswith("sixpowers: nope.yaml: 无法读取文件")
    sarif = run(repo, "diff", "HEAD~1", "HEAD", "--format", "sarif")
    assert sarif.returncode == 2 and "--check" in sarif.stderr
    outside = subprocess.run([sys.executable, "-m", "sixpowers", "diff", "HEAD"], cwd=repo.root.parent,
                             capture_output=True, text=True, timeout=120,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert outside.returncode == 2 and "Traceback" not in outside.stderr


def test_revision_skips_symlinks_and_oversized_files(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "big")
    repo.write("sixpowers.toml", "[limits]\nmax_file_bytes = 2000\n")
    repo.write("d.yaml", department("厅", [power("1", "甲许可")]))
    repo.write("huge.yaml", department("局", [power(str(n), f"事项{n}") for n in range(40)]))
    (repo.root / "link.yaml").symlink_to("d.yaml")
    repo.commit("one")
    result = run(repo, "diff", "HEAD", "HEAD", "--format", "json")
    data = json.loads(result.stdout)
    assert data["summary"]["before"] == 1  # the link is not read as a second copy
    assert data["load_problems"] == 2  # huge.yaml (SP007) on each side
