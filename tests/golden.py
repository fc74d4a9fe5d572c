"""Golden-file comparison: set SIXPOWERS_UPDATE_GOLDENS=1 to rewrite the goldens."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import ROOT

GOLDENS = ROOT / "tests" / "goldens"


def check_golden(rel: str, actual: str) -> None:
    path: Path = GOLDENS / rel
    if os.environ.get("SIXPOWERS_UPDATE_GOLDENS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{rel} differs; rerun with SIXPOWERS_UPDATE_GOLDENS=1 to update"
