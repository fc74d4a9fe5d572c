"""The search index the published site loads lazily: character bigram → ids of the powers whose
code, title or type contains it, as sorted ids delta-encoded in a compact variable-length code.

The browser intersects the postings of a query's bigrams (rarest first) and then checks each
candidate's text, so the index only narrows; it never decides a match on its own."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

# 64 characters safe inside a JSON string and a JS source: 32 final digits, 32 continuation.
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
FINAL, MORE = ALPHABET[:32], ALPHABET[32:]


def normalize(text: str) -> str:
    """What both sides search: NFKC (full-width → half-width) and lower case."""
    return unicodedata.normalize("NFKC", text).lower()


def bigrams(text: str) -> set[str]:
    """The character bigrams of `text` that hold no whitespace."""
    return {text[i:i + 2] for i in range(len(text) - 1)
            if not text[i].isspace() and not text[i + 1].isspace()}


def encode_postings(ids: Sequence[int]) -> str:
    """Sorted ids as gaps (first id + 1, then differences), 5 bits per character, low first."""
    out: list[str] = []
    previous = -1
    for value in ids:
        gap = value - previous
        previous = value
        while gap >= 32:
            out.append(MORE[gap & 31])
            gap >>= 5
        out.append(FINAL[gap])
    return "".join(out)


def decode_postings(text: str) -> list[int]:
    """The inverse of `encode_postings` (the browser script does the same)."""
    ids: list[int] = []
    previous, gap, shift = -1, 0, 0
    for char in text:
        digit = ALPHABET.index(char)
        if digit >= 32:
            gap |= (digit - 32) << shift
            shift += 5
            continue
        gap |= digit << shift
        previous += gap
        ids.append(previous)
        gap, shift = 0, 0
    return ids


def search_texts(code: str, title: str, kind: str) -> str:
    """The searchable text of one power, fields joined by a newline (no bigram spans two)."""
    return normalize(f"{code}\n{title}\n{kind}")


def build_search_index(texts: Iterable[str]) -> dict[str, Any]:
    """`{"v": 1, "n": count, "b": {bigram: postings}}` over already normalized texts."""
    postings: dict[str, list[int]] = {}
    count = 0
    for ident, text in enumerate(texts):
        count += 1
        for gram in bigrams(text):
            postings.setdefault(gram, []).append(ident)
    return {"v": 1, "n": count,
            "b": {gram: encode_postings(ids) for gram, ids in sorted(postings.items())}}


def js_literal(value: object) -> str:
    """JSON that is safe as a JS literal in a script file or an HTML data block: `<`, `>` and
    `&` as escapes (no `</script>` or `<!--`), and U+2028/U+2029 escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def js_assignment(name: str, value: object) -> str:
    """`window.NAME = <literal>;` for a data file loaded with a script tag (file:// pages cannot
    fetch JSON)."""
    return f"window.{name}={js_literal(value)};\n"
