"""Normalising the free-text cells of published lists: duties, accountability, time limits,
levels, status and disclosure. Each function returns plain data, or None when the text says
nothing it understands (the caller keeps the original in `extra`)."""

from __future__ import annotations

import re
from typing import Any

from .. import vocab

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}
NUMBERED = re.compile(r"(?:(?:^|(?<=[\s；;。]))(?:\d{1,2}[\.、．]|[（(]\d{1,2}[）)]|"
                      r"[一二三四五六七八九十]{1,3}、)|[①-⑳])\s*")
STAGES = {"受理": "受理责任", "审查": "审查责任", "审核": "审查责任", "决定": "决定责任",
          "送达": "送达责任", "执行": "执行责任", "事后监管": "事后监管责任", "监管": "事后监管责任",
          "其他": "其他责任"}
DUTY = re.compile(r"(?P<label>[\u4e00-\u9fa5]{2,8}?)责任\s*[:：]")
EMPTY = {"", "无", "/", "／", "—", "-", "——", "暂无", "空"}


def chinese_number(text: str) -> int | None:
    """二十 → 20, 一百零五 → 105, 45 → 45."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char in "十百千":
            unit = {"十": 10, "百": 100, "千": 1000}[char]
            total += (current or 1) * unit
            current = 0
        else:
            return None
    return total + current


def split_items(text: str) -> list[str]:
    """Numbered items (1. / （1） / ① / 一、), else lines, else `；`-separated parts."""
    value = text.strip()
    if value in EMPTY:
        return []
    marks = list(NUMBERED.finditer(value))
    if len(marks) >= 2 or (marks and marks[0].start() == 0):
        ends = [m.start() for m in marks[1:]] + [len(value)]
        items = [value[m.end():end] for m, end in zip(marks, ends, strict=True)]
    elif "\n" in value:
        items = value.split("\n")
    else:
        items = re.split(r"[；;]", value)
    return [i.strip().rstrip("；;，,") for i in items if i.strip().strip("；;。，,")]


def parse_duties(text: str) -> list[dict[str, str]] | None:
    """`1.受理责任：… 2.审查责任：…` into per-stage duties; None when no stage is named."""
    value = text.strip()
    if value in EMPTY:
        return []
    matches = list(DUTY.finditer(value))
    if not matches:
        return None
    duties = []
    for match, end in zip(matches, [m.start() for m in matches[1:]] + [len(value)], strict=True):
        label = re.sub(r"^[\d\.、．（()）①-⑳\s]+", "", match.group("label"))
        content = value[match.end():end].strip()
        content = re.sub(r"\s*(?:\d{1,2}[\.、．]|[（(]\d{1,2}[）)]|[①-⑳])\s*$", "", content).strip()
        stage = STAGES.get(label, "其他责任")
        if stage == "其他责任" and label != "其他":
            content = f"{label}责任：{content}"
        if content:
            duties.append({"stage": stage, "content": content})
    head = value[:matches[0].start()].strip(" \n：:；;") if matches else ""
    if re.sub(r"^[\d\.、．（()）①-⑳\s]+$", "", head):
        duties.insert(0, {"stage": "其他责任", "content": head})
    return duties


_NUMBER = r"(\d+(?:\.\d+)?|[一二三四五六七八九十百两零〇]+)"


def _days(text: str) -> float | int | None:
    number = chinese_number(text) if not re.fullmatch(r"\d+\.\d+", text) else None
    if number is not None:
        return number
    try:
        return float(text)
    except ValueError:
        return None


def parse_time_limit(text: str, which: str | None = None) -> dict[str, Any] | None:
    """`20个工作日`, `法定20日，承诺10日`, `即办`. `which` is statutory or committed when the
    column says which limit it holds; None when unknown."""
    value = text.strip()
    if value in EMPTY:
        return {}
    result: dict[str, Any] = {}
    if "自然日" in value:
        result["unit"] = "自然日"
    for key, word in (("statutory", "法定"), ("committed", "承诺")):
        found = re.search(rf"{word}[^\d一二三四五六七八九十两；;，,]{{0,6}}{_NUMBER}", value)
        if found:
            result[key] = _days(found.group(1))
        elif re.search(rf"{word}[^；;，,]{{0,4}}(?:即办|即时|当场)", value):
            result[key] = 0
    if "statutory" not in result and "committed" not in result:
        if re.search(r"即办|即时|当场|立即", value):
            result[which or "committed"] = 0
        else:
            found = re.search(rf"{_NUMBER}\s*(?:个)?(?:工作日|日|天|自然日)", value)
            if not found:
                return None
            result[which or "statutory"] = _days(found.group(1))
    if any(v is None for k, v in result.items() if k != "unit"):
        return None
    return result


def parse_levels(text: str) -> list[str] | None:
    items = [p.strip() for p in re.split(r"[、，,；;/\s]+", text) if p.strip()]
    levels = []
    for item in items:
        level = item if item in vocab.ADMIN_LEVELS else vocab.ADMIN_LEVEL_ALIASES.get(item)
        if level is None:
            return None
        if level not in levels:
            levels.append(level)
    return levels


def parse_status(text: str) -> dict[str, str] | None:
    value = text.strip()
    for status in vocab.STATUSES:
        if value.startswith(status) or (status in value and len(value) <= 8):
            reason = value[len(status):].strip(" ：:，,。（()）") if value.startswith(status) else value
            return {"value": status, **({"reason": reason} if reason else {})}
    return None


def parse_scope(text: str) -> str | None:
    value = text.strip()
    if "不公开" in value or "不予公开" in value:
        return "不公开"
    for key, scope in (("社会", "社会公开"), ("党内", "党内公开"), ("机关内部", "机关内部公开"),
                       ("单位内部", "单位内部公开"), ("内部", "单位内部公开"), ("全部公开", "社会公开"),
                       ("主动公开", "社会公开"), ("公开", "社会公开")):
        if key in value:
            return scope
    return None


def parse_timing(text: str) -> str | None:
    value = text.strip()
    return next((t for t in vocab.DISCLOSURE_TIMINGS if t in value), None)
