"""The built wheel carries the templates the publisher needs (force-included by pyproject), and
an installed wheel publishes from them, away from the repository."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(out)], capture_output=True, text=True, timeout=300)
    if result.returncode != 0:  # no hatchling in this environment: let pip fetch it
        result = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return next(out.glob("sixpowers-*.whl"))


def test_wheel_ships_templates_and_static_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in ("base.html.j2", "index.html.j2", "power.html.j2", "stats.html.j2",
                     "index.md.j2", "department.md.j2", "static/site.css", "static/site.js"):
        assert f"sixpowers/_data/templates/{template}" in names
    assert "sixpowers/publish/site.py" in names and "sixpowers/cli/publish.py" in names


def test_installed_wheel_publishes_with_its_own_templates(wheel, tmp_path):
    venv = tmp_path / "venv"
    # The dependencies come from this interpreter's site-packages; sixpowers from the wheel.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip",
                    str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SIXPOWERS_LANG")}
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                              "-q", "--no-deps", "--no-index", str(wheel)], capture_output=True, text=True,
                             env=env, timeout=300)
    assert install.returncode == 0, install.stderr
    where = subprocess.run([str(python), "-c", "import sixpowers.publish.templating as t; "
                            "print(t.builtin_templates())"], capture_output=True, text=True,
                           env=env, cwd=tmp_path, timeout=60)
    assert where.stdout.strip().startswith(str(venv)), where.stdout + where.stderr
    assert where.stdout.strip().endswith("sixpowers/_data/templates")
    result = subprocess.run([str(python), "-m", "sixpowers", "publish",
                             str(EXAMPLES / "shanxi-transport"), "-o", "site", "--no-charts"],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site" / "powers" / "140116001000.html").read_text(encoding="utf-8")
    assert "<h1 id=\"power-title\">公路超限运输许可</h1>" in page
    assert (tmp_path / "site" / "static" / "site.js").is_file()
