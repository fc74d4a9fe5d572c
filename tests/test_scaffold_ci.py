"""`sixpowers init` writes ready-to-use CI definitions and the git diff driver attributes."""

from __future__ import annotations

from pathlib import Path

import yaml

from sixpowers.scaffold import init_register


def test_init_writes_github_and_gitlab_ci(tmp_path: Path) -> None:
    written = init_register(tmp_path / "reg", "测试清单", "测试县", "140000")
    rel = sorted(str(p.relative_to(tmp_path / "reg")) for p in written)
    assert ".github/workflows/sixpowers.yml" in rel and ".gitlab-ci.yml" in rel
    assert ".gitattributes" in rel
    github = yaml.safe_load((tmp_path / "reg/.github/workflows/sixpowers.yml").read_text("utf-8"))
    steps = github["jobs"]["check"]["steps"]
    runs = "\n".join(s.get("run", "") for s in steps)
    assert "sixpowers validate ." in runs and "sixpowers lint ." in runs
    assert 'sixpowers diff "origin/$BASE_REF" HEAD --check --format markdown' in runs
    assert "GITHUB_STEP_SUMMARY" in runs and "gh pr comment" in runs
    assert github["permissions"]["pull-requests"] == "write"
    gitlab = yaml.safe_load((tmp_path / "reg/.gitlab-ci.yml").read_text("utf-8"))
    assert gitlab["sixpowers"]["artifacts"]["reports"]["codequality"] == [
        "sixpowers-validate.json", "sixpowers-lint.json"]
    diff_job = gitlab["sixpowers-diff"]
    assert diff_job["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'}]
    assert any("--format markdown" in line for line in diff_job["script"])
    attributes = (tmp_path / "reg/.gitattributes").read_text("utf-8")
    assert "*.yaml diff=sixpowers" in attributes


def test_ci_shell_snippets_parse(tmp_path: Path) -> None:
    import subprocess

    init_register(tmp_path / "reg", "测试清单", "测试县", "140000")
    github = yaml.safe_load((tmp_path / "reg/.github/workflows/sixpowers.yml").read_text("utf-8"))
    gitlab = yaml.safe_load((tmp_path / "reg/.gitlab-ci.yml").read_text("utf-8"))
    scripts = [s["run"] for s in github["jobs"]["check"]["steps"] if "run" in s]
    scripts += ["\n".join(job["script"]) for job in gitlab.values()
                if isinstance(job, dict) and "script" in job]
    assert len(scripts) == 6
    for script in scripts:
        result = subprocess.run(["bash", "-n"], input=script, text=True, capture_output=True)
        assert result.returncode == 0, script + result.stderr
