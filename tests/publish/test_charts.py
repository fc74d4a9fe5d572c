from __future__ import annotations

from pathlib import Path

from sixpowers.publish import charts, publish_register
from sixpowers.register import load_register

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "shanxi-transport"


def test_charts_drawn_in_parallel_chunks_land_on_their_own_pages(tmp_path, monkeypatch):
    monkeypatch.setattr(charts, "CHUNK", 3)  # 23 powers: 8 chunks over several workers
    monkeypatch.setattr(charts, "_workers", lambda: 3)
    register = load_register([EXAMPLE])
    summary = publish_register(register, tmp_path / "site")
    assert summary.charts == 46
    for _file, _pointer, power in register.powers():
        assert power.code
        for kind in ("flow", "risk"):
            svg = (tmp_path / "site" / "charts" / f"{power.code}-{kind}.svg").read_text("utf-8")
            assert svg.lstrip().startswith("<?xml") and power.code in svg
            assert ("廉政风险防控图" in svg) == (kind == "risk")
        page = (tmp_path / "site" / "powers" / f"{power.code}.html").read_text("utf-8")
        assert f'src="../charts/{power.code}-flow.svg"' in page
        assert f'src="../charts/{power.code}-risk.svg"' in page
