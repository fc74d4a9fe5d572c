"""Text measuring and wrapping for chart labels.

Graphviz's WebAssembly build does not measure CJK glyphs (it guesses Latin widths), and the
system `dot` measures with whatever font fontconfig picks. So the charts size every node from the
text themselves: a CJK character is one em wide, a Latin character about 0.6 em. Every label is
wrapped here, never by the engine.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

WIDE_EM = 1.0
NARROW_EM = 0.6
EPSILON = 1e-6  # sums of 0.6 em drift in floating point; compare widths with a margin
LINE_EM = 1.3  # line pitch used for box heights; dot uses ~1.1 em, the wasm build 1.2 em
ASCENT_EM = 0.88  # of a CJK font's em box, above the baseline
DESCENT_EM = 0.12

# Characters that must not start a line (避头) and must not end one (避尾).
NO_LINE_START = set("，。、；：？！）》」』】〕〉”’,.;:?!)]}%…·")
NO_LINE_END = set("（《「『【〔〈“‘([{")


@lru_cache(maxsize=8192)
def char_em(char: str) -> float:
    """Width of one character in em: wide, full-width and ambiguous characters are one em."""
    if unicodedata.combining(char):
        return 0.0
    return WIDE_EM if unicodedata.east_asian_width(char) in ("W", "F", "A") else NARROW_EM


def text_em(text: str) -> float:
    """Width of a line of text in em."""
    return sum(char_em(c) for c in text)


def _tokens(text: str) -> list[str]:
    """Wide characters one by one; runs of narrow characters (Latin words, numbers) together."""
    tokens: list[str] = []
    for char in text:
        narrow = char_em(char) < WIDE_EM and not char.isspace()
        if narrow and tokens and tokens[-1] and char_em(tokens[-1][-1]) < WIDE_EM \
                and not tokens[-1][-1].isspace():
            tokens[-1] += char
        else:
            tokens.append(char)
    return tokens


def wrap_text(text: str, max_em: float = 12.0) -> list[str]:
    """Greedy line breaking at `max_em` with simple Chinese line-breaking rules (禁则).

    Explicit newlines are kept; a Latin word longer than a line is cut by characters.
    """
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        lines.extend(_balanced(" ".join(paragraph.split()), max_em))
    return lines or [""]


def _balanced(text: str, max_em: float) -> list[str]:
    """The fewest lines greedy wrapping needs, made as even as possible (no lone last char)."""
    greedy = _wrap_paragraph(text, max_em)
    if len(greedy) < 2:
        return greedy
    longest = max(text_em(token) for token in _tokens(text))
    width = max(float(int(text_em(text) / len(greedy)) + 1), min(longest, max_em))
    while width < max_em:
        even = _wrap_paragraph(text, width)
        if len(even) == len(greedy):
            return even
        width += 1.0
    return greedy


def _wrap_paragraph(text: str, max_em: float) -> list[str]:
    if not text:
        return [""]
    lines: list[str] = []
    line, width = "", 0.0
    for token in _tokens(text):
        token_em = text_em(token)
        pieces = list(token) if token_em > max_em + EPSILON else [token]  # an over-long word: cut it
        for piece in pieces:
            piece_em = token_em if len(pieces) == 1 else char_em(piece)
            if line and width + piece_em > max_em + EPSILON:
                if piece[0] in NO_LINE_START:
                    line, width = line + piece, width + piece_em  # stays with what it closes
                    continue
                if len(line) > 1 and line[-1] in NO_LINE_END:
                    lines.append(line[:-1].rstrip())
                    line = line[-1] + piece
                else:
                    lines.append(line.rstrip())
                    line = piece.lstrip()
                width = text_em(line)
            else:
                line, width = line + piece, width + piece_em
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def block_em(lines: list[str]) -> tuple[float, float]:
    """Width and height in em of a block of lines."""
    width = max((text_em(line) for line in lines), default=0.0)
    return width, max(len(lines), 1) * LINE_EM


def format_days(days: float) -> str:
    """1.0 -> "1", 0.5 -> "0.5"."""
    return str(int(days)) if float(days).is_integer() else f"{days:g}"
