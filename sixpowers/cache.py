"""A content-hash cache of checked files under `.sixpowers_cache/` in the register root.

One index per namespace maps the hash of a file's bytes to the findings checking it gave. The
namespace is the tool version and build, the config and the rule set: change any of them and the
old entries are simply not found. Deleting the folder is always safe; an unreadable or corrupted
index is ignored (the run is then cold), never an error. The index is written once per run,
atomically.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import __version__
from .findings import Finding, Location, Severity
from .fsutil import atomic_write_bytes

try:
    import orjson

    def _dumps(value: Any) -> bytes:
        return orjson.dumps(value)

    _loads = orjson.loads
except ImportError:  # pragma: no cover - orjson comes with the fast path
    import json

    def _dumps(value: Any) -> bytes:
        return json.dumps(value, ensure_ascii=False).encode("utf-8")

    def _loads(data: bytes) -> Any:  # type: ignore[misc]
        return json.loads(data)

CACHE_DIR = ".sixpowers_cache"
KEEP_RUNS = 20  # entries unused for this many runs are dropped


def content_hash(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=20).hexdigest()


def _build_fingerprint() -> str:
    """The tool version plus the size and time of every module, so a changed build never
    reads entries an older build wrote."""
    package = Path(__file__).parent
    parts = [__version__]
    for path in sorted(package.rglob("*.py")):
        try:
            stat = path.stat()
        except OSError:
            continue
        parts.append(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


def _finding_to_json(finding: Finding) -> list[Any]:
    loc = finding.location
    return [finding.code, finding.name, int(finding.severity), finding.message, finding.power,
            finding.hint, finding.message_en, finding.hint_en, finding.legal_basis,
            finding.suppressed_reason, loc.line, loc.column, loc.pointer, loc.sheet, loc.cell,
            loc.row]


def _finding_from_json(item: list[Any], path: str) -> Finding:
    (code, name, severity, message, power, hint, message_en, hint_en, legal_basis, suppressed,
     line, column, pointer, sheet, cell, row) = item
    return Finding(code, name, Severity(severity), message,
                   Location(path, line, column, pointer, sheet, cell, row), power, hint,
                   message_en, hint_en, legal_basis, suppressed)


class FindingsCache:
    """Findings per file content in one namespace; `get` and `put` by content hash."""

    def __init__(self, root: Path, *, config: str, rules: str) -> None:
        key = hashlib.blake2b(f"{_build_fingerprint()}\0{config}\0{rules}".encode(),
                              digest_size=12).hexdigest()
        self.path = root / CACHE_DIR / f"findings-{key}.json"
        self.run = 0
        self.entries: dict[str, list[Any]] = {}
        self.stats: dict[str, list[Any]] = {}
        self.written_ns = 0
        self.dirty = False
        try:
            stored = _loads(self.path.read_bytes())
            if isinstance(stored, dict) and isinstance(stored.get("entries"), dict):
                self.run = int(stored.get("run", 0)) + 1
                self.entries = stored["entries"]
                stats = stored.get("stats")
                self.stats = stats if isinstance(stats, dict) else {}
                self.written_ns = int(stored.get("written_ns", 0))
        except (OSError, ValueError, TypeError):
            self.entries, self.stats = {}, {}

    def known_digest(self, path: Path, stat: os.stat_result) -> str | None:
        """The content hash recorded for `path` when its size and modification time are
        unchanged, as git's index does: no need to read it again. A file modified within two
        seconds of the last write is read anyway (its time may not have ticked)."""
        entry = self.stats.get(str(path.absolute()))
        try:
            if (entry is not None and entry[0] == stat.st_size and entry[1] == stat.st_mtime_ns
                    and stat.st_mtime_ns < self.written_ns - 2_000_000_000
                    and isinstance(entry[2], str)):
                return entry[2]
        except (TypeError, IndexError):
            pass
        return None

    def remember(self, path: Path, stat: os.stat_result, digest: str) -> None:
        key = str(path.absolute())
        entry = [stat.st_size, stat.st_mtime_ns, digest]
        if self.stats.get(key) != entry:
            self.stats[key] = entry
            self.dirty = True

    def get(self, digest: str, path: str) -> list[Finding] | None:
        """The findings stored for this content, stamped with `path`; None on a miss or a
        damaged entry."""
        entry = self.entries.get(digest)
        try:
            findings = [_finding_from_json(item, path) for item in entry[1]]  # type: ignore[index]
        except (TypeError, ValueError, IndexError, KeyError):
            return None
        if entry[0] != self.run:  # type: ignore[index]
            entry[0] = self.run  # type: ignore[index]
            self.dirty = True
        return findings

    def put(self, digest: str, findings: Iterable[Finding]) -> None:
        self.entries[digest] = [self.run, [_finding_to_json(f) for f in findings]]
        self.dirty = True

    def save(self) -> None:
        """Write the index atomically, dropping entries no run has used for a while. A
        read-only register simply stays uncached."""
        if not self.dirty:
            return
        kept = {k: v for k, v in self.entries.items()
                if isinstance(v, list) and v and isinstance(v[0], int)
                and v[0] > self.run - KEEP_RUNS}
        stats = {k: v for k, v in self.stats.items()
                 if isinstance(v, list) and len(v) == 3 and v[2] in kept}
        try:
            atomic_write_bytes(self.path, _dumps({"run": self.run, "written_ns": time.time_ns(),
                                                  "entries": kept, "stats": stats}))
            ignore = self.path.parent / ".gitignore"
            if not ignore.exists():
                atomic_write_bytes(ignore, b"*\n")
        except OSError:
            pass
        self.dirty = False


def cache_enabled() -> bool:
    return os.environ.get("SIXPOWERS_NO_CACHE", "") in ("", "0")
