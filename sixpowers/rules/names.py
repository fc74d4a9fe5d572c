"""Name comparison shared by the consistency rules."""

from __future__ import annotations

import difflib
import re

from ..model import Power

_NOISE = re.compile(r"[\s，,。.、；;：:“”\"'‘’《》〈〉（）()【】\[\]—\-·]|的|之")


def normal_name(power: Power) -> str:
    """The name and sub-item with punctuation, spaces and 的/之 removed, for comparison."""
    text = power.name + (power.sub_name or "")
    text = _NOISE.sub("", text)
    return text[1:] if text.startswith("对") else text


def near_same(a: str, b: str) -> bool:
    """True when one name is the other with a few characters added or removed (a wording
    variant such as 行政许可 / 许可), not when characters are replaced (客运 / 货运)."""
    if a == b or abs(len(a) - len(b)) > 3 or min(len(a), len(b)) < 4:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < 0.85 or matcher.ratio() < 0.85:
        return False
    return all(tag in ("equal", "insert", "delete") for tag, *_ in matcher.get_opcodes())
