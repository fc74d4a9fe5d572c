"""Item-code and credit-code shapes (DOMAIN §5), shared by the code rules."""

from __future__ import annotations

import re

CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CREDIT = re.compile(f"^[{CREDIT_CHARS}]{{18}}$")


def credit_code_problem(code: str) -> tuple[str, str] | None:
    """Why `code` is not a valid 统一社会信用代码 (GB 32100-2015), or None when it is."""
    if len(code) != 18:
        return f"长度为 {len(code)} 位，应为 18 位", f"has {len(code)} characters, not 18"
    if not _CREDIT.match(code):
        bad = next(ch for ch in code if ch not in CREDIT_CHARS)
        return f"含有不允许的字符“{bad}”", f"contains the character '{bad}', which is not allowed"
    total = sum(CREDIT_CHARS.index(ch) * w for ch, w in zip(code[:17], CREDIT_WEIGHTS, strict=True))
    expected = CREDIT_CHARS[(31 - total % 31) % 31]
    if code[17] != expected:
        return f"校验码应为“{expected}”，实际为“{code[17]}”", f"check character should be '{expected}', not '{code[17]}'"
    return None


def split_item_code(code: str) -> tuple[str, str | None, str | None]:
    """(basic 12-digit code, area code, body code) of an item or implementation code; the
    parts are None when absent. Separators (-, space) are ignored."""
    compact = re.sub(r"[-\s]", "", code)
    if len(compact) <= 12:
        return compact, None, None
    return compact[:12], compact[12:24], compact[24:] or None
