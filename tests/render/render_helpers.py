"""Shared helpers for the render tests: the fixture register and an SVG fit checker."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from sixpowers.model import Power
from sixpowers.register import Register, load_register
from sixpowers.render.text import ASCENT_EM, DESCENT_EM, text_em

FIXTURE = Path(__file__).parent / "fixtures" / "register"
SVG = "{http://www.w3.org/2000/svg}"


@cache
def fixture_register() -> Register:
    register = load_register([FIXTURE])
    assert not register.findings, register.findings
    return register


def fixture_powers() -> list[Power]:
    return [power for _, _, power in fixture_register().powers()]


def _numbers(text: str) -> list[float]:
    return [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", text)]


def _outline(group: ET.Element) -> list[tuple[float, float]]:
    """The node's outline as points: its first polygon, or the control points of its path."""
    for element in group:
        if element.tag == f"{SVG}polygon":
            values = _numbers(element.get("points", ""))
            return list(zip(values[::2], values[1::2], strict=True))
        if element.tag == f"{SVG}path":
            values = _numbers(element.get("d", ""))
            points = list(zip(values[::2], values[1::2], strict=True))
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            return [(min(xs), min(ys)), (max(xs), min(ys)), (max(xs), max(ys)), (min(xs), max(ys))]
    raise AssertionError("node without outline")


def _inside(point: tuple[float, float], polygon: list[tuple[float, float]]) -> bool:
    """Point in polygon (even-odd), with a quarter-point tolerance on the edges."""
    x, y = point
    xs, ys = [p[0] for p in polygon], [p[1] for p in polygon]
    if not (min(xs) - 0.25 <= x <= max(xs) + 0.25 and min(ys) - 0.25 <= y <= max(ys) + 0.25):
        return False
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > y) != (y2 > y):
            cross = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < cross:
                inside = not inside
    if inside:
        return True
    # on an edge (within tolerance) counts as inside
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 or 1.0
        distance = abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length
        if distance <= 0.25 and min(x1, x2) - 0.25 <= x <= max(x1, x2) + 0.25:
            return True
    return False


def text_boxes_outside(svg: bytes) -> list[str]:
    """Every node text line whose box (from the width model: CJK one em, Latin 0.6 em) is not
    inside its node's outline; returns descriptions of the misfits (empty when all fit)."""
    root = ET.fromstring(svg)
    misfits: list[str] = []
    nodes = [g for g in root.iter(f"{SVG}g") if g.get("class") == "node"]
    assert nodes, "no nodes in SVG"
    for group in nodes:
        name = group.findtext(f"{SVG}title")
        outline = _outline(group)
        for text in group.iter(f"{SVG}text"):
            content = text.text or ""
            size = float(text.get("font-size", "14"))
            x, y = float(text.get("x", "0")), float(text.get("y", "0"))
            width = text_em(content) * size
            left = x - width / 2 if text.get("text-anchor") == "middle" else x
            corners = [(left, y - ASCENT_EM * size), (left + width, y - ASCENT_EM * size),
                       (left, y + DESCENT_EM * size), (left + width, y + DESCENT_EM * size)]
            if not all(_inside(c, outline) for c in corners):
                misfits.append(f"{name}: {content!r}")
    return misfits


def node_texts(svg: bytes) -> dict[str, list[str]]:
    root = ET.fromstring(svg)
    return {g.findtext(f"{SVG}title") or "": [t.text or "" for t in g.iter(f"{SVG}text")]
            for g in root.iter(f"{SVG}g") if g.get("class") == "node"}
