"""The detail page of one power: every field as labelled rows and tables, ready to lay out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import Power
from .context import PowerEntry


@dataclass(frozen=True, slots=True)
class Row:
    """A labelled value; `values` holds several lines (a list field), shown one per line."""

    label: str
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    kind: str  # "flow" or "risk"
    caption: str
    src: str  # relative to the power page
    alt: str


@dataclass(frozen=True, slots=True)
class RiskView:
    step: str
    description: str
    forms: str
    level: str
    measures: tuple[str, ...]
    post: str
    rank: str = ""  # 高 / 中 / 低
    colour: str = ""  # the level's fill as the charts draw it (#rrggbb), if known
    font_colour: str = ""


@dataclass
class PowerPage:
    entry: PowerEntry
    basic: list[Row]
    basis: list[dict[str, str]]
    duties: list[dict[str, str]]
    accountability: list[Row]
    supervision: list[Row]
    time_limit: list[Row]
    status: list[Row]
    disclosure: list[Row]
    steps: list[dict[str, str]]
    risks: list[RiskView]
    charts: list[Chart] = field(default_factory=list)


def _days(value: float | None, unit: str, t: Mapping[str, Any]) -> str:
    if value is None:
        return ""
    number = int(value) if float(value).is_integer() else value
    return str(t["unit_days"].format(n=number, unit=unit))


def _rows(t: Mapping[str, Any], pairs: list[tuple[str, object]]) -> list[Row]:
    """Rows for the non-empty values; lists become several lines."""
    rows = []
    for key, value in pairs:
        if value is None or value == "" or value == [] or value == ():
            continue
        if isinstance(value, list | tuple):
            rows.append(Row(t[key], tuple(str(v) for v in value)))
        elif isinstance(value, bool):
            rows.append(Row(t[key], (t["yes"] if value else t["no"],)))
        else:
            rows.append(Row(t[key], (str(value),)))
    return rows


def build_power_page(entry: PowerEntry, t: Mapping[str, Any],
                     risks: list[RiskView] | None = None) -> PowerPage:
    """All fields of `entry.power`; `risks` comes from the chart library's risk table."""
    p: Power = entry.power
    basic = _rows(t, [
        ("code", entry.code), ("name", p.name), ("sub_name", p.sub_name), ("type", p.type),
        ("department", entry.department), ("subject", p.subject),
        ("subject_credit_code", p.subject_credit_code), ("undertaker", p.undertaker),
        ("level", list(p.levels)), ("fee", p.fee), ("major_matter", p.major_matter),
        ("major_decision", p.major_decision if p.major_decision else None),
        ("platform", p.platform), ("note", p.note)])
    basic += [Row(key, (value,)) for key, value in sorted(p.extra.items())]
    supervision = p.supervision
    limit = p.time_limit
    steps = {s.id: s.name for s in p.flow}
    return PowerPage(
        entry=entry, basic=basic,
        basis=[{"level": c.level, "title": c.title, "article": c.article or "",
                "version": c.version or "", "doc_number": c.doc_number or "",
                "text": c.text or ""} for c in p.basis],
        duties=[{"stage": d.stage, "content": d.content, "basis": d.basis or ""}
                for d in p.duties],
        accountability=_rows(t, [("accountability", p.accountability),
                                 ("accountability_basis", p.accountability_basis)]),
        supervision=_rows(t, [
            ("supervision_methods", supervision.methods if supervision else None),
            ("phone", supervision.phone if supervision else None),
            ("complaint", supervision.complaint if supervision else None)]),
        time_limit=_rows(t, [
            ("statutory", _days(limit.statutory, limit.unit, t) if limit else None),
            ("committed", _days(limit.committed, limit.unit, t) if limit else None),
            ("special_basis", limit.special_basis if limit else None)]),
        status=_rows(t, [("status", p.status.value), ("status_reason", p.status.reason),
                         ("status_basis", p.status.basis),
                         ("status_date", str(p.status.date) if p.status.date else None),
                         ("status_to", p.status.to)]),
        disclosure=_rows(t, [("disclosure_scope", p.disclosure.scope),
                             ("disclosure_timing", p.disclosure.timing),
                             ("disclosure_reason", p.disclosure.reason)]),
        steps=[{"name": s.name, "post": " / ".join(x for x in (s.unit, s.post) if x),
                "days": _days(s.days, p.time_limit.unit if p.time_limit else "工作日", t),
                "standard": s.standard or s.note or ""} for s in p.flow],
        risks=risks if risks is not None else [
            RiskView(steps.get(r.step, r.step), r.description, r.forms or "", r.level,
                     tuple(r.measures), r.post or "", r.level) for r in p.risks],
    )
