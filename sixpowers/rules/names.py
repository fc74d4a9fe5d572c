"""Name comparison shared by the consistency rules."""

from __future__ import annotations

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
    short, long = sorted((a, b), key=len)
    extra = len(long) - len(short)
    # Only insertions: the shorter name is a subsequence of the longer, and the difflib
    # similarity 2·len(short) / (len(a) + len(b)) is at least 0.85.
    if not 1 <= extra <= 3 or len(short) < 4 or 2 * len(short) / (len(a) + len(b)) < 0.85:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)
