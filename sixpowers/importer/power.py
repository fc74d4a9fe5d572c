"""One data row of a published list into a power: every mapped cell normalised, every cell
the importer could not use kept in `extra`, every problem a located finding."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..findings import Finding, Location, Severity
from ..model import Power
from ..sources import escape_token
from ..vocab import TypeVocabulary
from .basis import parse_basis
from .values import (
    EMPTY,
    parse_duties,
    parse_levels,
    parse_scope,
    parse_status,
    parse_time_limit,
    parse_timing,
    split_items,
)


@dataclass
class RowCells:
    """The cells of one data row by target field, with their headers and locations."""

    values: dict[str, tuple[str, str, Location, bool]] = field(default_factory=dict)  # field -> (text, header, where, numeric)
    extra: dict[str, tuple[str, Location]] = field(default_factory=dict)


@dataclass
class BuiltPower:
    data: dict[str, Any]
    cells: dict[str, Location]  # pointer below the power -> source cell
    findings: list[Finding]


def _finding(code: str, name: str, severity: Severity, where: Location, zh: str, en: str,
             hint: str | None = None, hint_en: str | None = None, power: str | None = None) -> Finding:
    return Finding(code, name, severity, zh, where, power=power, hint=hint, message_en=en,
                   hint_en=hint_en)


class _Builder:
    def __init__(self, row: RowCells, vocab: TypeVocabulary) -> None:
        self.row = row
        self.vocab = vocab
        self.data: dict[str, Any] = {}
        self.cells: dict[str, Location] = {}
        self.findings: list[Finding] = []

    def put(self, path: str, value: Any, where: Location) -> None:
        target = self.data
        parts = path.split(".")
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = value
        self.cells["/" + "/".join(parts)] = where

    def keep(self, header: str, text: str, where: Location) -> None:
        self.data.setdefault("extra", {})[header] = text
        self.cells[f"/extra/{escape_token(header)}"] = where

    def unparsed(self, header: str, text: str, where: Location, what: str, what_en: str) -> None:
        self.keep(header, text, where)
        self.findings.append(_finding(
            "SP047", "value-not-understood", Severity.WARNING, where,
            f"无法识别的{what}“{_short(text)}”，原文保留在 extra“{header}”中",
            f"could not read the {what_en} '{_short(text)}'; the text is kept in extra '{header}'",
            "导入后在 YAML 中手工填写该字段", "fill in the field by hand in the YAML"))

    def build(self) -> BuiltPower:
        for target, (text, header, where, numeric) in self.row.values.items():
            value = text.strip()
            if not value or (target == "duty_basis" and self.duty_basis(value, where)):
                continue
            self.field(target, value, header, where, numeric)
        for header, (text, where) in self.row.extra.items():
            if text.strip():
                self.keep(header, text.strip(), where)
        return BuiltPower(self.data, self.cells, self.findings)

    def duty_basis(self, value: str, where: Location) -> bool:
        """责任事项依据 written per stage ("1.受理责任：《…》第N条 …") goes to each duty's
        basis; True when every stage it names has its duty in the 责任事项 cell."""
        duties_cell = self.row.values.get("duties")
        duties = parse_duties(duties_cell[0]) if duties_cell else None
        parsed = parse_duties(value)
        if not duties or not parsed:
            return False
        stages = {d["stage"]: d for d in duties}
        if any(p["stage"] not in stages or p["stage"] == "其他责任" for p in parsed):
            return False
        for item in parsed:
            stages[item["stage"]]["basis"] = item["content"]
        self.put("duties", duties, duties_cell[2] if duties_cell else where)
        return True

    def field(self, target: str, value: str, header: str, where: Location, numeric: bool) -> None:
        if target in ("code", "name", "sub_name", "subject", "undertaker", "fee", "note",
                      "supervision.phone", "supervision.complaint"):
            if target == "code" and numeric:
                self.findings.append(_finding(
                    "SP042", "code-stored-as-number", Severity.WARNING, where,
                    f"编码单元格存为数字，已按单元格格式还原为文本“{value}”；请核对前导零",
                    f"the code cell holds a number; restored as text '{value}' from its format; "
                    "check the leading zeros", "把编码列设为文本格式", "format the code column as text"))
            if target in ("sub_name", "fee", "note") and value in EMPTY:
                return
            self.put(target, value, where)
        elif target == "type":
            self.type(value, header, where)
        elif target == "basis":
            self.basis(value, header, where)
        elif target == "levels":
            levels = parse_levels(value)
            if levels is None:
                self.unparsed(header, value, where, "行使层级", "level")
            else:
                self.put("levels", levels, where)
        elif target == "duties":
            if "duties" in self.data:  # already built with the per-stage 责任事项依据
                return
            duties = parse_duties(value)
            if duties is None:
                duties = [{"stage": "其他责任", "content": value}]
            if duties:
                self.put("duties", duties, where)
        elif target in ("accountability", "accountability_basis"):
            items = split_items(value)
            if items:
                self.put(target, items, where)
        elif target == "supervision.methods":
            methods = [m.strip() for m in re.split(r"[、，,；;\n]", value) if m.strip()]
            self.put(target, methods, where)
        elif target.startswith("time_limit"):
            which = target.split(".")[1] if "." in target else None
            limit = parse_time_limit(value, which)
            if limit is None:
                self.unparsed(header, value, where, "办结时限", "time limit")
            for key, number in (limit or {}).items():
                self.put(f"time_limit.{key}", number, where)
        elif target == "status":
            status = parse_status(value)
            if status is None:
                self.unparsed(header, value, where, "处理意见", "status")
            for key, item in (status or {}).items():
                self.put(f"status.{key}", item, where)
        elif target in ("disclosure.scope", "disclosure.timing"):
            parsed = parse_scope(value) if target.endswith("scope") else parse_timing(value)
            if parsed is None:
                self.unparsed(header, value, where, "公开范围或时间", "disclosure")
            else:
                self.put(target, parsed, where)
        else:  # duty_basis and anything else the importer keeps verbatim
            self.keep(header, value, where)

    def type(self, value: str, header: str, where: Location) -> None:
        canonical = self.vocab.canonical(value)
        self.put("type", canonical or value, where)
        if canonical and canonical != value:
            self.keep(f"{header}（原文）", value, where)
            self.findings.append(_finding(
                "SP046", "type-normalised", Severity.INFO, where,
                f"事项类型“{value}”规范为“{canonical}”，原文保留在 extra 中",
                f"power type '{value}' normalised to '{canonical}'; the original is kept in extra"))

    def basis(self, value: str, header: str, where: Location) -> None:
        parsed = parse_basis(value)
        if parsed.citations:
            self.put("basis", parsed.citations, where)
        if parsed.unparsed and parsed.unparsed not in EMPTY:
            self.keep(header, parsed.unparsed, where)
            self.findings.append(_finding(
                "SP043", "basis-not-parsed", Severity.WARNING, where,
                f"依据中有无法识别为“【层级】《法规名称》第N条”的文字“{_short(parsed.unparsed)}”，原文保留在 extra 中",
                f"basis text '{_short(parsed.unparsed)}' is not a citation 【level】《title》article; "
                "kept in extra", "按“【层级】《法规全称》第N条 条文”改写", "rewrite it as 【level】《full title》article text"))
        if parsed.stray:
            marks = "".join(parsed.stray)
            self.findings.append(_finding(
                "SP044", "basis-stray-punctuation", Severity.INFO, where,
                f"依据前后多余的标点或引号“{marks}”已去掉",
                f"stray punctuation or quotes '{marks}' around the basis were dropped"))
        if parsed.guessed:
            listed = "；".join(f"《{t}》→{lv}" for t, lv in parsed.guessed)
            self.findings.append(_finding(
                "SP045", "basis-level-guessed", Severity.INFO, where,
                f"依据未注明效力层级或层级无法识别，已按名称推定：{listed}",
                f"basis level missing or unknown; guessed from the title: {listed}",
                "核对推定的层级", "check the guessed level"))


def _short(text: str, limit: int = 30) -> str:
    flat = text.replace("\n", " ")
    return flat if len(flat) <= limit else flat[:limit] + "…"


def build_power(row: RowCells, vocab: TypeVocabulary) -> BuiltPower:
    """A power's plain data from one row of cells."""
    return _Builder(row, vocab).build()


def in_model_order(data: dict[str, Any]) -> dict[str, Any]:
    """A power's keys in the order of the model's fields, as a person would write them."""
    order = {name: i for i, name in enumerate(Power.model_fields)}
    return dict(sorted(data.items(), key=lambda item: order.get(item[0], len(order))))
