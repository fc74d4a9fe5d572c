"""Safe file names for published pages: derived from codes or names, they can never leave the
output folder (no `../`, no absolute paths, no separators), never hit a reserved device name and
never collide, even on a case-insensitive file system."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Windows device names are reserved in any folder, with or without an extension.
RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
            *(f"lpt{i}" for i in range(10))}
MAX_CHARS = 60  # a CJK character is 3 bytes in UTF-8; 60 chars stay well under 255 bytes

_ASCII_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def _clean(text: str, keep_unicode: bool) -> str:
    text = unicodedata.normalize("NFKC", text)
    if keep_unicode:
        text = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text)
        text = re.sub(r"_+", "_", text)
    else:
        text = _ASCII_UNSAFE.sub("_", text)
    text = text.strip("_-.")[:MAX_CHARS].strip("_-.")
    if text.split(".")[0].lower() in RESERVED:
        text = f"_{text}"
    return text


def safe_stem(text: str, *, keep_unicode: bool = False, seed: str = "") -> str:
    """A file-name stem made of `text`'s safe characters; when nothing safe remains, or the text
    had to be changed, a hash of the original keeps it unique (`item-1a2b3c4d`)."""
    cleaned = _clean(text, keep_unicode)
    if cleaned and cleaned == text:
        return cleaned
    return f"{cleaned or 'item'}-{short_hash(seed + text)}"


class NameAllocator:
    """Hands out distinct stems; a clash (also by case) gets the hash of a seed appended."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def allocate(self, stem: str, seed: str) -> str:
        candidate = stem
        salt = 0
        while candidate.lower() in self._taken:
            salt += 1
            candidate = f"{stem}-{short_hash(f'{seed}#{salt}')}"
        self._taken.add(candidate.lower())
        return candidate
