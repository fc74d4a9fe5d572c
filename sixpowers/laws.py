"""The laws file (`laws.yaml`): titles, short titles, levels and status of the instruments
registers cite. A built-in file covers common laws; a register may add or override entries
with its own file (`[lint] laws` in sixpowers.toml)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .findings import UsageError

STATUSES = ("现行有效", "已修改", "已废止")


@dataclass(frozen=True)
class Law:
    """One instrument: its full title, the short titles people cite, level and status."""

    title: str
    level: str
    status: str = "现行有效"
    short: tuple[str, ...] = ()
    enacted: dt.date | None = None
    effective: dt.date | None = None
    amended: tuple[dt.date, ...] = ()
    repealed: dt.date | None = None
    replaced_by: str | None = None

    @property
    def latest_year(self) -> int | None:
        """The year of the newest version (last amendment, else enactment)."""
        dates = [d for d in (*self.amended, self.enacted) if d]
        return max(dates).year if dates else None


@dataclass
class Laws:
    """Laws by full title and by short title."""

    by_title: dict[str, Law] = field(default_factory=dict)
    by_short: dict[str, Law] = field(default_factory=dict)

    def add(self, law: Law) -> None:
        self.by_title[law.title] = law
        for short in law.short:
            self.by_short[short] = law

    def find(self, title: str) -> Law | None:
        return self.by_title.get(title) or self.by_short.get(title)

    def full_title(self, title: str) -> str | None:
        """The full title when `title` is a known short title."""
        if title in self.by_title:
            return None
        law = self.by_short.get(title)
        return law.title if law else None


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise UsageError(f"{where}: 日期“{value}”无效", f"{where}: invalid date '{value}'") from exc


def _law(raw: Any, where: str) -> Law:
    if not isinstance(raw, dict) or not isinstance(raw.get("title"), str):
        raise UsageError(f"{where}: 每条法规须为含 title 的映射", f"{where}: each law needs a title")
    status = str(raw.get("status", "现行有效"))
    if status not in STATUSES:
        raise UsageError(f"{where}: 状态“{status}”应为 {'、'.join(STATUSES)}",
                         f"{where}: status '{status}' must be one of {', '.join(STATUSES)}")
    title = raw["title"]
    short = raw.get("short") or []
    if isinstance(short, str):
        short = [short]
    if title.startswith("中华人民共和国") and title[7:] not in short:
        short = [*short, title[7:]]
    amended = raw.get("amended") or []
    return Law(title=title, level=str(raw.get("level", "")), status=status,
               short=tuple(str(s) for s in short), enacted=_date(raw.get("enacted"), where),
               effective=_date(raw.get("effective"), where),
               amended=tuple(d for d in (_date(a, where) for a in amended) if d),
               repealed=_date(raw.get("repealed"), where), replaced_by=raw.get("replaced_by"))


def parse_laws(text: str, where: str, laws: Laws | None = None) -> Laws:
    """Entries of a laws file added to `laws` (later entries win)."""
    laws = laws or Laws()
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UsageError(f"{where}: 法规文件语法错误：{exc}", f"{where}: laws file syntax error: {exc}") from exc
    entries = data.get("laws") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise UsageError(f"{where}: 法规文件应为列表（或含 laws 列表）", f"{where}: a laws file is a list")
    for index, raw in enumerate(entries):
        laws.add(_law(raw, f"{where}#{index + 1}"))
    return laws


def builtin_laws() -> Laws:
    text = resources.files(__package__).joinpath("laws.yaml").read_text(encoding="utf-8")
    return parse_laws(text, "sixpowers/laws.yaml")


def load_laws(extra: Path | None) -> Laws:
    """The built-in laws plus a register's own laws file."""
    laws = builtin_laws()
    if extra is None:
        return laws
    try:
        text = extra.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(f"{extra}: 无法读取法规文件：{exc}", f"{extra}: cannot read laws file: {exc}") from exc
    return parse_laws(text, str(extra), laws)


# Citation text helpers shared by the legal-basis rules and the fixer.

_DOC_NUMBER = re.compile(r"[〔\[［(（【]\s*(19|20)\d{2}\s*[〕\]］)）】]\s*\d+\s*号")
_NUMERAL = "第零〇一二三四五六七八九十百千0-9０-９"
_ARTICLE_SPACE = re.compile(f"\\s+(?=[{_NUMERAL}条款项章节目之、，,；;])|(?<=[{_NUMERAL}、，,；;])\\s+")
_YEAR = re.compile(r"(19|20)\d{2}")
_STRAY = "《》<>〈〉“”\"'‘’「」『』"


def looks_like_doc_number(text: str) -> bool:
    """True for a red-header document number such as 晋政发〔2017〕33号."""
    return bool(_DOC_NUMBER.search(text))


def clean_title(title: str) -> str:
    """A title without surrounding book-title marks, quotes or spaces, with full-width
    parentheses. Inner 《》 (关于印发《…》的通知) and the single spaces between joint issuers
    (交通运输部 财政部关于…) stay; other runs of spaces become one."""
    value = " ".join(title.split()).strip(_STRAY + " ")
    value = re.sub(r"(?<=[（(]) | (?=[）)])", "", value)
    return value.replace("(", "（").replace(")", "）")


def clean_article(article: str) -> str:
    """An article reference without stray spaces and with full-width punctuation; the one
    space between a chapter and its heading (第六章 讨论决定) stays."""
    value = _ARTICLE_SPACE.sub("", " ".join(article.split()))
    return value.replace(",", "，").replace(";", "；").replace("(", "（").replace(")", "）")


def clean_doc_number(number: str) -> str:
    """A document number with 〔〕 around the year, as the 党政机关公文格式 standard requires."""
    value = "".join(ch for ch in number if not ch.isspace())
    return re.sub(r"[\[［(（【]((?:19|20)\d{2})[\]］)）】]", r"〔\1〕", value)


def version_year(version: str | None) -> int | None:
    match = _YEAR.search(version or "")
    return int(match.group(0)) if match else None
