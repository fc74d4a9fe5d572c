"""Every rule documents itself completely; codes and names are unique and well formed."""

from __future__ import annotations

import inspect
import re

import pytest

from sixpowers.findings import Severity
from sixpowers.rules import RULES
from sixpowers.rules.base import KEBAB, SECTIONS
from sixpowers.rules.catalogue import rule_page

FAMILIES = {"2", "3", "4", "5", "6", "9", "10"}


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_has_complete_documentation(code):
    rule = RULES[code]
    # Three digits (family = the first), or SP10xx for the lists and decision procedures.
    assert re.fullmatch(r"SP\d{3}|SP10\d{2}", rule.CODE) and rule.CODE[2:-2] in FAMILIES
    assert KEBAB.match(rule.NAME), rule.NAME
    assert isinstance(rule.SEVERITY, Severity)
    assert rule.LEGAL_BASIS.strip()
    doc = inspect.getdoc(rule) or ""
    assert doc.splitlines()[0].strip(), "first line is the summary"
    positions = [doc.find(section) for section in SECTIONS]
    assert all(p >= 0 for p in positions), f"{code} lacks {[s for s, p in zip(SECTIONS, positions, strict=True) if p < 0]}"
    assert positions == sorted(positions), f"{code}: sections out of order"
    bodies = re.split("|".join(map(re.escape, SECTIONS)), doc)[1:]
    assert all(len(body.strip()) >= 10 for body in bodies), f"{code} has an empty section"
    assert re.search(r"第[一二三四五六七八九十百\d]+条|〔\d{4}〕|GB|六权治本|本工具约定", doc.split("## 法律依据")[1]), \
        f"{code}: legal basis should name an article or document"
    for example in ("## 示例", "## 改为"):
        assert "```" in doc.split(example)[1].split("##")[0], f"{code}: {example} needs a code block"
    assert callable(rule.check)


def test_codes_and_names_are_unique():
    names = [r.NAME for r in RULES.values()]
    assert len(set(names)) == len(names)
    assert all(code == rule.CODE for code, rule in RULES.items())


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_page_renders(code):
    page = rule_page(code)
    assert page.startswith(code) and RULES[code].NAME in page
    assert rule_page(RULES[code].NAME) == page
