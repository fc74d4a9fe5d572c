"""Hostile and broken input: every corpus file gives its expected outcome, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import ROOT

CORPUS = Path(__file__).parent / "corpus"
EXPECTED = tomllib.loads((CORPUS / "expected.toml").read_text(encoding="utf-8"))["files"]
VALID = (CORPUS / "crlf.yaml").read_bytes().replace(b"\r\n", b"\n")


def run(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "sixpowers", *args], capture_output=True,
                          text=True, env=env, timeout=120, **kwargs)


def outcome(path: Path) -> list[list[object]]:
    result = run("validate", "--format", "json", str(path))
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr
    findings = json.loads(result.stdout)
    return [[f["code"], f["location"]["line"], f["location"]["column"]] for f in findings]


def test_every_corpus_file_is_listed():
    files = {p.name for p in CORPUS.glob("*.yaml")} - {"billion-laughs.yaml"}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_gives_expected_findings(name):
    assert outcome(CORPUS / name) == EXPECTED[name]


def test_billion_laughs_is_stopped(tmp_path):
    result = run("validate", "--format", "json", str(CORPUS / "billion-laughs.yaml"))
    codes = [f["code"] for f in json.loads(result.stdout)]
    assert "SP005" in codes


def test_100k_deep_nesting_does_not_crash(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert [c for c, *_ in outcome(path)] == ["SP006"]


def test_file_over_size_limit_is_not_read(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing them
    assert outcome(path) == [["SP007", None, None]]


def test_single_10mb_string_is_read(tmp_path):
    path = tmp_path / "long.yaml"
    path.write_bytes(VALID + b"    note: " + b"x" * (10 * 1024 * 1024) + b"\n")
    assert outcome(path) == []


def test_symlink_loop_in_register_folder(tmp_path):
    (tmp_path / "d.yaml").write_bytes(VALID)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    codes = [c for c, *_ in outcome(tmp_path)]
    assert codes == ["SP011"]


def test_dangling_symlink_is_a_finding(tmp_path):
    (tmp_path / "d.yaml").write_bytes(VALID)
    (tmp_path / "gone.yaml").symlink_to(tmp_path / "missing.yaml")
    assert [c for c, *_ in outcome(tmp_path)] == ["SP010"]


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_unreadable_file_is_a_finding(tmp_path):
    path = tmp_path / "secret.yaml"
    path.write_bytes(VALID)
    path.chmod(0)
    prefix: list[str] = []
    if os.geteuid() == 0:  # root reads everything: drop the capabilities that let it
        caps = "-dac_override,-dac_read_search"
        prefix = ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([*prefix, sys.executable, "-m", "sixpowers", "validate", "--format",
                             "json", str(path)], capture_output=True, text=True, env=env,
                            timeout=120)
    assert "Traceback" not in result.stderr
    findings = json.loads(result.stdout)
    assert [(f["code"], f["location"]["file"]) for f in findings] == [("SP010", str(path))]
    assert "Permission denied" in findings[0]["message"]


def test_folder_without_department_files_is_usage_error(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    result = run("validate", str(tmp_path))
    assert result.returncode == 2 and "没有找到部门文件" in result.stderr
    assert "Traceback" not in result.stderr


def test_whole_corpus_in_one_run_never_tracebacks():
    result = run("validate", str(CORPUS))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr == ""
