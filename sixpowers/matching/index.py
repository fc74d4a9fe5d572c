"""Matching powers against a reference list: by code, then by normalised name, then by a fuzzy
score (rapidfuzz) inside blocks of the same type and department code, so a county register of
thousands of powers meets a catalogue of ten thousand in a few seconds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from ..model import Department, Power
from ..rules.codes import split_item_code
from .names import power_name

# fuzz.ratio (normalised Indel similarity, 0-100) a name needs to count as a variant of another:
# VARIANT when one name only adds or drops filler words (道路运输经营许可 / 道路运输经营行政许可),
# safe to rename; NEAR when other characters are added or replaced, which needs a higher score
# and no second candidate close behind, and is only suggested: 道路危险货物运输经营许可 is not
# 道路货物运输经营许可, and 客运 / 货运 in otherwise equal penalty names stays unmatched.
VARIANT_SCORE = 80.0
NEAR_SCORE = 90.0
MARGIN = 3.0

How = Literal["code", "name", "fuzzy"]
NameKind = Literal["same", "variant", "near", "different"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One reference power with what matching needs, and `ref` for the caller's bookkeeping."""

    power: Power
    name: str
    type: str
    code: str | None
    department_code: str | None
    file: str = ""
    pointer: str = ""
    department: Department | None = None
    ref: int = 0


@dataclass(frozen=True, slots=True)
class Match:
    """How a power met a reference entry: by code, equal name or fuzzy name, and how alike the
    names are."""

    entry: Entry
    how: How
    name_kind: NameKind
    score: float


def make_entry(power: Power, type_: str, department: Department | None = None, file: str = "",
               pointer: str = "", ref: int = 0) -> Entry:
    code = split_item_code(power.code)[0] if power.code else None
    return Entry(power, power_name(power), type_, code, department_code(code, department),
                 file, pointer, department, ref)


def department_code(code: str | None, department: Department | None) -> str | None:
    """The two-digit department code: digits 5-6 of a 12-digit code, else the department's."""
    if code and len(code) == 12 and code.isdigit():
        return code[4:6]
    return department.code if department and department.code else None


# Words whose presence or absence does not change which power a name means.
FILLER = ("证核发", "行政", "事项", "有关", "相关", "工作", "办理", "核发", "证件", "证")


def _only_filler(short: str, long: str) -> bool:
    """True when `long` is `short` with filler words inserted, and nothing else changed."""
    ops = Indel.opcodes(short, long)
    for op in ops:
        if op.tag == "equal":
            continue
        if op.tag != "insert":
            return False
        chunk = long[op.dest_start:op.dest_end]
        for word in FILLER:
            chunk = chunk.replace(word, "")
        if chunk:
            return False
    return True


def name_kind(mine: str, theirs: str) -> NameKind:
    """How alike two normalised names are."""
    if mine == theirs:
        return "same"
    score = fuzz.ratio(mine, theirs)
    short, long = sorted((mine, theirs), key=len)
    if score >= VARIANT_SCORE and len(short) >= 4 and _only_filler(short, long):
        return "variant"
    return "near" if score >= NEAR_SCORE else "different"


@dataclass
class CatalogueIndex:
    """Reference entries indexed by basic code, by normalised name and in fuzzy blocks."""

    entries: list[Entry]
    by_code: dict[str, Entry] = field(default_factory=dict)
    by_name: dict[str, list[Entry]] = field(default_factory=dict)
    blocks: dict[tuple[str, str | None], list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for entry in self.entries:
            if entry.code:
                self.by_code.setdefault(entry.code, entry)
            self.by_name.setdefault(entry.name, []).append(entry)
        seen: dict[tuple[str, str | None], set[str]] = {}
        for entry in self.entries:
            for key in {(entry.type, entry.department_code), (entry.type, None)}:
                names = seen.setdefault(key, set())
                if entry.name not in names:
                    names.add(entry.name)
                    self.blocks.setdefault(key, []).append(entry.name)

    def _pick(self, name: str, type_: str, dept: str | None) -> Entry:
        candidates = self.by_name[name]
        return min(candidates, key=lambda e: (e.type != type_, e.department_code != dept))

    def match(self, power: Power, type_: str, department: Department | None = None) -> Match | None:
        """The reference entry this power is, or None."""
        name = power_name(power)
        code = split_item_code(power.code)[0] if power.code else None
        dept = department_code(code, department)
        if code and code in self.by_code:
            entry = self.by_code[code]
            kind = name_kind(name, entry.name)
            if kind == "different" and name in self.by_name:
                return Match(self._pick(name, type_, dept), "name", "same", 100.0)
            return Match(entry, "code", kind, fuzz.ratio(name, entry.name))
        if name in self.by_name:
            return Match(self._pick(name, type_, dept), "name", "same", 100.0)
        return self._fuzzy(name, type_, dept)

    def _fuzzy(self, name: str, type_: str, dept: str | None) -> Match | None:
        keys = [(type_, dept), (type_, None)] if dept else [(type_, None)]
        for key in keys:
            block = self.blocks.get(key)
            if not block:
                continue
            found = process.extract(name, block, scorer=fuzz.ratio, limit=2,
                                    score_cutoff=VARIANT_SCORE)
            if not found:
                continue
            best, score, _ = found[0]
            kind = name_kind(name, best)
            if kind == "near" and len(found) > 1 and found[1][1] > score - MARGIN:
                kind = "different"  # two candidates nearly as close: do not guess
            if kind in ("variant", "near"):
                return Match(self._pick(best, type_, dept), "fuzzy", kind, score)
        return None


def build_index(entries: Iterable[Entry]) -> CatalogueIndex:
    return CatalogueIndex(list(entries))
