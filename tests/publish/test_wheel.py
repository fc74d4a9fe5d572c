"""The built wheel carries the templates the publisher needs (force-included by pyproject)."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_ships_templates_and_static_files(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(tmp_path)], capture_output=True, text=True, timeout=300)
    if result.returncode != 0:  # no hatchling in this environment: let pip fetch it
        result = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w",
             str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("sixpowers-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in ("base.html.j2", "index.html.j2", "power.html.j2", "stats.html.j2",
                     "index.md.j2", "department.md.j2", "static/site.css", "static/site.js"):
        assert f"sixpowers/_data/templates/{template}" in names
    assert "sixpowers/publish/site.py" in names and "sixpowers/cli/publish.py" in names
