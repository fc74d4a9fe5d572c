"""Atomic writes: a kill at any moment leaves the old file or the new one, never half."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from conftest import ROOT

from sixpowers.fsutil import atomic_directory, atomic_write_text

WRITER = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from sixpowers import fsutil
    real_fsync = os.fsync
    def slow_fsync(fd):
        print("writing", flush=True)
        time.sleep(60)
        real_fsync(fd)
    os.fsync = slow_fsync
    fsutil.atomic_write_text(Path(sys.argv[1]), "新内容\\n" * 100_000)
""")


def test_kill_mid_write_leaves_old_file(tmp_path):
    target = tmp_path / "清单.yaml"
    target.write_text("旧内容\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE,
                            text=True, env=env)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing"  # the data is written, not yet renamed
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert target.read_text(encoding="utf-8") == "旧内容\n"


def test_write_replaces_and_keeps_mode(tmp_path):
    target = tmp_path / "a.yaml"
    target.write_text("old")
    target.chmod(0o600)
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]


def test_failed_directory_build_keeps_the_old_one(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old")
    try:
        with atomic_directory(site) as staging:
            (staging / "index.html").write_text("half")
            raise RuntimeError("interrupted")
    except RuntimeError:
        pass
    assert (site / "index.html").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    with atomic_directory(site) as staging:
        (staging / "index.html").write_text("new")
    assert (site / "index.html").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
