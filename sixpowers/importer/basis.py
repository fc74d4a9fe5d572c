"""Basis cells of published lists into structured citations.

`【法律】《中华人民共和国X法》(2019年修正)第N条 article text`, several per cell, with or
without the level in brackets, numbered or not, with stray quotes and leading punctuation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..vocab import canonical_basis_level

NUMERAL = r"[一二三四五六七八九十百千零〇两\d]+"
ARTICLE = re.compile(rf"第{NUMERAL}条(?:之{NUMERAL})?(?:第{NUMERAL}款)?(?:第{NUMERAL}项)?"
                     rf"(?:[、，,和及至-]第{NUMERAL}条(?:第{NUMERAL}款)?(?:第{NUMERAL}项)?)*")
LEVEL = re.compile(r"【([^】]{1,12})】|\[([^\]]{1,12})\]")
NUMBERING = r"(?:\d{1,2}[\.、．]|[（(]\d{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]{1,3}、)"
START = re.compile(rf"(?:^|\n)[\s\"'“”‘’]*(?:{NUMBERING})?[\s\"'“”‘’]*(?=【|《)|【")
VERSION = re.compile(r"^\s*[（(]([^）)]*(?:修正|修订|修改|公布|施行|版|通过)[^）)]*)[）)]")
DOC_NUMBER = re.compile(r"[\u4e00-\u9fa5]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d+号")
STRAY = "\"'“”‘’、，,;；:：.。 \t\n"
LOCAL = re.compile(r"^[\u4e00-\u9fa5]{2,7}?(省|自治区|市|州|县|盟)")


@dataclass
class ParsedBasis:
    citations: list[dict[str, Any]] = field(default_factory=list)
    stray: list[str] = field(default_factory=list)  # punctuation or quotes that were dropped
    guessed: list[tuple[str, str]] = field(default_factory=list)  # (title, level guessed)
    unparsed: str | None = None


def guess_level(title: str, doc_number: str | None) -> str:
    """The instrument level a title suggests, when the cell does not say."""
    if doc_number or re.search(r"[〔\[［]\d{4}[〕\]］]", title):
        return "规范性文件"
    if title.startswith("国务院") and "决定" in title:
        return "国务院决定"
    local = LOCAL.match(title) is not None and not title.startswith("中华人民共和国")
    if title.endswith(("规定", "办法", "细则", "规则")):
        return "地方政府规章" if local else "部门规章"
    if title.endswith("法"):
        return "法律"
    if title.endswith("条例"):
        return "地方性法规" if local else "行政法规"
    return "规范性文件"


def _chunks(text: str) -> list[str]:
    if "【" in text:
        marks = [m.start() for m in re.finditer("【", text)]
    else:
        marks = [m.start() for m in START.finditer(text)]
    if not marks:
        return [text] if text.strip() else []
    head = text[:marks[0]]
    parts = [text[a:b] for a, b in zip(marks, [*marks[1:], len(text)], strict=True)]
    if head.strip(STRAY) and parts:
        parts[0] = head + parts[0]
    return parts


def parse_basis(cell: str) -> ParsedBasis:
    """Citations in a basis cell; text without any 《title》 is returned as `unparsed`."""
    result = ParsedBasis()
    text = cell.replace("\r\n", "\n").strip()
    if "《" not in text:
        result.unparsed = text or None
        return result
    for chunk in _chunks(text):
        citation = _citation(chunk, result)
        if citation:
            result.citations.append(citation)
    return result


def _citation(chunk: str, result: ParsedBasis) -> dict[str, Any] | None:
    body = chunk.strip()
    while True:
        numbered = re.match(rf"{NUMBERING}\s*", body)
        if numbered:
            body = body[numbered.end():]
            continue
        lead = len(body) - len(body.lstrip(STRAY))
        if not lead:
            break
        if body[:lead].strip(" \t\n"):
            result.stray.append(body[:lead].strip())
        body = body[lead:]
    level_text = None
    match = LEVEL.match(body)
    if match:
        level_text = match.group(1) or match.group(2)
        body = body[match.end():].lstrip(STRAY)
    title_match = re.match(r"《([^》]+)》", body)
    if not title_match:
        if body.strip(STRAY):
            result.unparsed = ((result.unparsed or "") + "\n" + chunk.strip()).strip()
        return None
    title = title_match.group(1).strip()
    rest = body[title_match.end():]
    citation: dict[str, Any] = {"title": title}
    version = VERSION.match(rest)
    if version:
        value = version.group(1).strip()
        if DOC_NUMBER.fullmatch(value) or re.fullmatch(r".*[〔\[［]\d{4}[〕\]］]\d+号", value):
            citation["doc_number"] = value
        else:
            citation["version"] = value
        rest = rest[version.end():]
    doc = re.match(r"^\s*[（(]([^）)]*[〔\[［]\d{4}[〕\]］]\d+号)[）)]", rest)
    if doc:
        citation["doc_number"] = doc.group(1).strip()
        rest = rest[doc.end():]
    article = ARTICLE.match(rest.lstrip())
    if article:
        citation["article"] = article.group(0)
        rest = rest.lstrip()[article.end():]
    tail = rest.strip()
    stripped = tail.strip(STRAY + "》")
    trailing = tail[len(tail.rstrip(STRAY)):].strip(" \n\t：:。；;，,")
    if trailing:
        result.stray.append(trailing)
    if stripped:
        citation["text"] = tail.lstrip(STRAY).rstrip(" \n\t\"'“”‘’")
    level = canonical_basis_level(level_text) if level_text else None
    if level is None:
        level = guess_level(title, citation.get("doc_number"))
        result.guessed.append((title, level if not level_text else f"{level_text}→{level}"))
    return {"level": level, **citation}
