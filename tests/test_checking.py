from __future__ import annotations

import os
import subprocess
import sys

from conftest import MINIMAL_POWER, ROOT

from sixpowers import checking
from sixpowers.cache import CACHE_DIR
from sixpowers.register import load_register

HEAD = "department:\n  name: 示例局\npowers:\n"


def make_register(write, count: int = 6):
    write("reg/sixpowers.toml", "[register]\nname = \"测试\"\n")
    for i in range(count):
        extra = "    subjet: x\n" if i % 2 else ""
        write(f"reg/d{i}.yaml", HEAD + MINIMAL_POWER + extra)
    return write("reg/sixpowers.toml", "[register]\nname = \"测试\"\n").parent


def codes(register):
    return [(f.code, f.location.file, f.location.line, f.location.column)
            for f in register.findings]


def test_findings_only_load_matches_full_load(write):
    root = make_register(write)
    full = load_register([root])
    quick = load_register([root], models=False, cache=False)
    assert codes(quick) == codes(full) and quick.files == []
    assert [c[0] for c in codes(full)] == ["SP102"] * 3


def test_warm_run_reads_the_cache_and_an_edit_is_rechecked(write, monkeypatch):
    root = make_register(write)
    cold = codes(load_register([root], models=False))
    index = list((root / CACHE_DIR).glob("findings-*.json"))
    assert len(index) == 1 and (root / CACHE_DIR / ".gitignore").read_text() == "*\n"
    checked = []
    original = checking._check_one
    monkeypatch.setattr(checking, "_check_one", lambda path, *a: checked.append(path.name)
                        or original(path, *a))
    assert codes(load_register([root], models=False)) == cold and checked == []
    write("reg/d1.yaml", HEAD + MINIMAL_POWER + "    fee: 不收费\n")  # fixed: its finding goes
    warm = codes(load_register([root], models=False))
    assert warm == [c for c in cold if not c[1].endswith("d1.yaml")]
    assert checked == ["d1.yaml"], checked


def test_cached_findings_follow_a_renamed_file(write):
    root = make_register(write, 2)
    load_register([root], models=False)
    (root / "d1.yaml").rename(root / "renamed.yaml")
    assert [c[1].endswith("renamed.yaml") for c in codes(load_register([root], models=False))] == [True]


def test_corrupted_cache_is_ignored(write):
    root = make_register(write)
    expected = codes(load_register([root], models=False, cache=False))
    load_register([root], models=False)
    for index in (root / CACHE_DIR).glob("findings-*.json"):
        index.write_bytes(b'{"run": 1, "entries": {"x": 5, ')
    assert codes(load_register([root], models=False)) == expected
    for index in (root / CACHE_DIR).glob("findings-*.json"):
        index.write_bytes(b'{"run": 1, "entries": {"' + b"0" * 40 + b'": [1, [["bad"]]]}}')
    assert codes(load_register([root], models=False)) == expected


def test_no_cache_writes_nothing(write):
    root = make_register(write)
    load_register([root], models=False, cache=False)
    assert not (root / CACHE_DIR).exists()


def test_processes_give_the_same_findings(write, monkeypatch):
    root = make_register(write, 10)
    sequential = codes(load_register([root], models=False, cache=False))
    monkeypatch.setattr(checking, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(checking.os, "cpu_count", lambda: 2)
    assert codes(load_register([root], models=False, cache=False)) == sequential


def test_cli_no_cache_option(write):
    root = make_register(write, 2)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "sixpowers", "validate", "--no-cache",
                             str(root)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1 and "SP102" in result.stdout
    assert not (root / CACHE_DIR).exists()
    again = subprocess.run([sys.executable, "-m", "sixpowers", "validate", str(root)],
                           capture_output=True, text=True, env=env, timeout=120)
    assert again.stdout == result.stdout and (root / CACHE_DIR).is_dir()


def test_unchanged_size_and_time_skip_reading(write, monkeypatch):
    root = make_register(write, 4)
    old = 1_600_000_000
    for path in root.glob("*.yaml"):
        os.utime(path, (old, old))
    expected = codes(load_register([root], models=False))
    hashed = []
    original = checking.content_hash
    monkeypatch.setattr(checking, "content_hash", lambda raw: hashed.append(1) or original(raw))
    assert codes(load_register([root], models=False)) == expected and hashed == []
    write("reg/d2.yaml", HEAD + MINIMAL_POWER + "    note: 新\n")  # a new time: read again
    hashed.clear()
    load_register([root], models=False)
    assert len(hashed) == 2  # d2 alone: looked up, then checked
