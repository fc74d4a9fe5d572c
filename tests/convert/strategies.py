"""Hypothesis strategies for valid department files (every field, awkward text included)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from sixpowers import vocab
from sixpowers.model import BasisLevel, DepartmentFile
from sixpowers.vocab import GOVERNMENT_TYPES

# CJK, ASCII, the separators the cell codecs use, formula starters and quotes; no control
# characters other than tab and newline (YAML and XML forbid them).
ALPHABET = st.sampled_from(
    [*list("法规条例许可处罚第一二三十条款abcXYZ0129 "), "、", "，", ";", "|", "\n", "\t", "=", "+", "-", "@", "'", '"', "[", "]", "{", "}", "【", "】", "《", "》", "（", "）"])

text = st.text(ALPHABET, min_size=1, max_size=12)
opt_text = st.none() | st.text(ALPHABET, min_size=0, max_size=12)
code = st.none() | st.text(st.sampled_from(list("0123456789")), min_size=1, max_size=12)
days = st.none() | st.integers(0, 3650) | st.floats(0, 3650, allow_nan=False).map(lambda f: round(f, 2))
date = st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
texts = st.lists(text, max_size=3)


def _maybe(**fields: Any) -> st.SearchStrategy[dict[str, Any]]:
    """A dict with some of the optional fields present."""
    return st.fixed_dictionaries({}, optional=fields)


citation = st.fixed_dictionaries(
    {"level": st.sampled_from(list(BasisLevel.__args__)), "title": text},  # type: ignore[attr-defined]
    optional={"article": opt_text, "version": opt_text, "doc_number": opt_text, "text": opt_text})
duty = st.fixed_dictionaries({"stage": st.sampled_from(vocab.DUTY_STAGES), "content": text},
                             optional={"basis": opt_text})
edge = st.fixed_dictionaries({"to": text}, optional={
    "label": opt_text, "kind": st.sampled_from(["normal", "return"])})
risk = st.fixed_dictionaries(
    {"step": text, "description": text, "level": st.sampled_from(vocab.RISK_LEVELS)},
    optional={"forms": opt_text, "kind": opt_text, "measures": texts, "post": opt_text})


@st.composite
def flows(draw: st.DrawFn) -> list[dict[str, Any]]:
    ids = draw(st.lists(text, max_size=4, unique=True))
    return [draw(st.fixed_dictionaries({"id": st.just(i), "name": text}, optional={
        "kind": st.sampled_from(vocab.STEP_KINDS), "post": opt_text, "unit": opt_text,
        "days": days, "standard": opt_text, "platform": st.none() | st.sampled_from(vocab.PLATFORMS),
        "note": opt_text, "next": st.lists(edge, max_size=2)})) for i in ids]


power = st.fixed_dictionaries(
    {"name": text, "type": st.sampled_from([*GOVERNMENT_TYPES, "行政审批"]), "subject": text},
    optional={
        "code": code, "sub_name": opt_text, "basis": st.lists(citation, max_size=2),
        "subject_credit_code": opt_text, "undertaker": opt_text,
        "levels": st.lists(st.sampled_from(vocab.ADMIN_LEVELS), max_size=2),
        "duties": st.lists(duty, max_size=2), "accountability": texts,
        "accountability_basis": texts,
        "supervision": st.none() | _maybe(methods=texts, phone=opt_text, complaint=opt_text),
        "time_limit": st.none() | _maybe(statutory=days, committed=days,
                                         unit=st.sampled_from(["工作日", "自然日"]),
                                         special_basis=opt_text),
        "fee": opt_text,
        "status": _maybe(value=st.sampled_from(vocab.STATUSES), reason=opt_text, basis=opt_text,
                         date=date, to=opt_text),
        "disclosure": _maybe(scope=st.sampled_from(vocab.DISCLOSURE_SCOPES),
                             timing=st.none() | st.sampled_from(vocab.DISCLOSURE_TIMINGS),
                             reason=opt_text),
        "major_matter": st.none() | st.sampled_from(vocab.MAJOR_MATTERS),
        "major_decision": st.booleans(),
        "platform": st.none() | st.sampled_from(vocab.PLATFORMS),
        "flow": flows(), "risks": st.lists(risk, max_size=2), "note": opt_text,
        "extra": st.dictionaries(text, st.text(ALPHABET, max_size=8), max_size=2),
    })

responsibilities = _maybe(
    main=st.lists(st.fixed_dictionaries({"name": text}, optional={
        "kind": st.sampled_from(["主要职责", "事中事后监管"]), "rules": texts, "basis": texts,
        "accountability": texts}), max_size=2),
    shared=st.lists(st.fixed_dictionaries(
        {"name": text, "with_departments": texts, "lead": text},
        optional={"division": opt_text, "basis": texts, "accountability": texts}), max_size=2))

department_files = st.fixed_dictionaries(
    {"department": st.fixed_dictionaries({"name": text}, optional={
        "code": code, "credit_code": opt_text, "kind": st.sampled_from(["government", "party"]),
        "phone": opt_text})},
    optional={
        "powers": st.lists(power, max_size=3),
        "responsibilities": st.none() | responsibilities,
        "negative_list": st.lists(st.fixed_dictionaries({"act": text}, optional={
            "id": opt_text, "scope": st.sampled_from(["部门", "岗位", "全体人员"]),
            "basis": texts, "consequence": opt_text}), max_size=2),
        "removed": st.lists(st.fixed_dictionaries({"name": text, "reason": text}, optional={
            "code": code, "basis": opt_text, "date": date}), max_size=2),
    }).map(DepartmentFile.model_validate)
