"""Nothing lost: package code writes files only through `sixpowers.fsutil`; commands never
touch their inputs (except `lint --fix`); a publish killed mid-run leaves the old site whole."""

from __future__ import annotations

import ast
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

PACKAGE = ROOT / "sixpowers"
WRITE_METHODS = {"write_text", "write_bytes", "write_file", "touch"}
SHUTIL_WRITERS = {"copy", "copy2", "copyfile", "copytree", "move"}


def _mode(call: ast.Call, position: int) -> str | None:
    for keyword in call.keywords:
        if keyword.arg == "mode" and isinstance(keyword.value, ast.Constant):
            return str(keyword.value.value)
    if len(call.args) > position and isinstance(call.args[position], ast.Constant):
        return str(call.args[position].value)
    return None


def file_writes(source: str) -> list[tuple[int, str]]:
    """(line, what) of every call in `source` that writes a file directly."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "open":
            mode = _mode(node, 1)
            if mode and set(mode) & set("wax+"):
                found.append((node.lineno, f"open(..., {mode!r})"))
        elif isinstance(func, ast.Attribute):
            if func.attr in WRITE_METHODS:
                found.append((node.lineno, f".{func.attr}("))
            elif func.attr in {"open", "fdopen"}:
                mode = _mode(node, 0 if func.attr == "open" else 1)
                if mode and set(mode) & set("wax+"):
                    found.append((node.lineno, f".{func.attr}(..., {mode!r})"))
            elif (func.attr in SHUTIL_WRITERS and isinstance(func.value, ast.Name)
                  and func.value.id == "shutil"):
                found.append((node.lineno, f"shutil.{func.attr}("))
    return found


def test_scanner_sees_every_kind_of_write():
    source = ("open(p, 'w')\nopen(p, mode='ab')\np.write_text('x')\np.write_bytes(b'')\n"
              "p.open('w')\nos.fdopen(fd, 'wb')\nshutil.copyfile(a, b)\nopen(p)\np.read_text()\n")
    assert [line for line, _ in file_writes(source)] == [1, 2, 3, 4, 5, 6, 7]


def test_package_writes_files_only_through_fsutil():
    offenders = [f"{path.relative_to(ROOT)}:{line}: {what}"
                 for path in sorted(PACKAGE.rglob("*.py")) if path.name != "fsutil.py"
                 for line, what in file_writes(path.read_text(encoding="utf-8"))]
    assert offenders == []


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    # The findings cache is the tool's own output (safe to delete, git-ignored), not an input.
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*"))
            if p.is_file() and ".sixpowers_cache" not in p.parts}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "sixpowers", *args], capture_output=True,
                          text=True, env=env, timeout=600, cwd=cwd)


def test_commands_leave_their_inputs_untouched(tmp_path):
    inputs = tmp_path / "examples"
    shutil.copytree(EXAMPLES, inputs)
    before = _snapshot(inputs)
    reg = inputs / "shanxi-transport"
    out = tmp_path / "out"
    commands = [
        ["validate", str(reg)],
        ["lint", str(reg)],
        ["lint", "--diff", str(reg)],
        ["lint", "--statistics", str(reg)],
        ["lint", "--write-baseline", str(out / "baseline.json"), str(reg)],
        ["diff", str(reg), str(inputs / "county-party-org")],
        ["diff", "--check", str(reg), str(reg)],
        ["render", "-q", "--format", "dot", "-o", str(out / "dot"), str(reg)],
        ["render", "-q", "--format", "svg", "--engine", "wasm", "--chart", "flow",
         "-o", str(out / "svg"), str(reg)],
        ["publish", "-q", "-o", str(out / "site"), str(reg)],
        ["publish", "-q", "--format", "md", "-o", str(out / "md"), str(reg)],
        ["monitor", "-q", "-o", str(out / "board"), str(reg), str(inputs / "cases-2025.parquet")],
        ["validate", str(inputs / "broken")],
        ["lint", str(inputs / "broken")],
    ]
    for args in commands:
        result = run(*args, cwd=tmp_path)
        assert "Traceback" not in result.stderr, (args, result.stderr)
        assert result.returncode in (0, 1, 2), (args, result.stderr)
        assert _snapshot(inputs) == before, args
    # --fix is the one explicit request to write inputs: it may change the broken examples
    result = run("lint", "--fix", str(inputs / "broken"), cwd=tmp_path)
    assert "Traceback" not in result.stderr
    after = _snapshot(inputs)
    assert {k: v for k, v in after.items() if not k.startswith("broken/")} == \
        {k: v for k, v in before.items() if not k.startswith("broken/")}


def test_publish_killed_mid_run_leaves_the_old_site_whole(tmp_path):
    reg = tmp_path / "reg"
    shutil.copytree(EXAMPLES / "shanxi-transport", reg)
    site = tmp_path / "site"
    first = run("publish", "-q", "--no-charts", "-o", str(site), str(reg), cwd=tmp_path)
    assert first.returncode in (0, 1), first.stderr
    old = _snapshot(site)
    assert "index.html" in old
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # with charts the run lasts long enough to be caught while it fills its staging folder
    proc = subprocess.Popen([sys.executable, "-m", "sixpowers", "publish", "-q", "-o", str(site),
                             str(reg)], env=env, cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    staging: list[Path] = []
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        staging = [p for p in tmp_path.glob(".site.*") if p.is_dir()]
        if staging and any(staging[0].iterdir()):
            break
        time.sleep(0.005)
    killed = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    if not killed:
        pytest.fail("publish finished before its staging folder was seen; cannot test the kill")
    assert staging, "no staging folder appeared"
    assert _snapshot(site) == old
