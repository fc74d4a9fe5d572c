"""Checking many files when only their findings are wanted (`sixpowers validate`).

Findings of files whose bytes the content-hash cache has seen are read back; the rest are read,
parsed and validated, on every core when the work is large enough to pay for starting
processes. Workers send back findings only: pydantic models cost more to pickle than to build.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import FindingsCache, cache_enabled, content_hash
from .findings import Finding

if TYPE_CHECKING:
    from .config import Config, LimitsConfig
    from .vocab import TypeVocabulary

PARALLEL_MIN_FILES = 4
PARALLEL_MIN_BYTES = 2 * 1024 * 1024

Item = tuple[int, Path, str]


def _check_one(path: Path, display: str, limits: LimitsConfig,
               vocab: TypeVocabulary) -> tuple[str | None, list[Finding]]:
    """Findings of one file and the hash of the bytes they were found in (None when the file
    could not be read whole: such findings are not cached)."""
    from .sources import READERS, read_source, read_yaml  # not needed when all is cached
    from .validate import validate_document

    try:
        raw = path.read_bytes() if path.stat().st_size <= limits.max_file_bytes else None
    except OSError:
        raw = None
    if raw is None:
        return None, validate_document(read_source(path, display, limits), vocab).findings
    document = READERS.get(path.suffix.lower(), read_yaml)(raw, display, limits)
    return content_hash(raw), validate_document(document, vocab).findings


def _check_chunk(items: list[Item], limits: LimitsConfig,
                 vocab: TypeVocabulary) -> list[tuple[int, str | None, list[Finding]]]:
    return [(index, *_check_one(path, display, limits, vocab)) for index, path, display in items]


def _chunks(items: list[Item], sizes: dict[int, int], count: int) -> list[list[Item]]:
    """`count` chunks of about equal bytes, largest files first, for an even load."""
    chunks: list[list[Item]] = [[] for _ in range(count)]
    loads = [0] * count
    for item in sorted(items, key=lambda i: -sizes[i[0]]):
        lightest = loads.index(min(loads))
        chunks[lightest].append(item)
        loads[lightest] += sizes[item[0]]
    return [c for c in chunks if c]


def _store(cache: FindingsCache | None, path: Path, stat: os.stat_result | None,
           digest: str | None, findings: list[Finding]) -> None:
    if cache is not None and digest is not None:
        cache.put(digest, findings)
        if stat is not None:
            cache.remember(path, stat, digest)


def _pool_context() -> multiprocessing.context.BaseContext | None:
    try:
        return multiprocessing.get_context("fork")  # the parent's imports come for free
    except ValueError:  # pragma: no cover - no fork on this platform
        return None


def check_files(files: Sequence[tuple[Path, str]], config: Config, cache_root: Path | None,
                progress: Callable[[int, int], None] | None = None) -> list[Finding]:
    """Findings of every file, from the cache where its bytes are known."""
    threshold = gc.get_threshold()
    # Validation allocates millions of short-lived objects and keeps none: collecting the
    # youngest generation every 700 allocations costs about a quarter of the validation time.
    gc.set_threshold(50_000, *threshold[1:])
    try:
        return _check_files(files, config, cache_root, progress)
    finally:
        gc.set_threshold(*threshold)


def _check_files(files: Sequence[tuple[Path, str]], config: Config, cache_root: Path | None,
                 progress: Callable[[int, int], None] | None) -> list[Finding]:
    cache = (FindingsCache(cache_root, config=config.model_dump_json(), rules="validate")
             if cache_root is not None and cache_enabled() else None)
    results: dict[int, list[Finding]] = {}
    todo: list[Item] = []
    sizes: dict[int, int] = {}
    total = len(files)
    stats: dict[int, os.stat_result] = {}
    for index, (path, display) in enumerate(files):
        try:
            stats[index] = stat = path.stat()
        except OSError:
            sizes[index] = 0
            todo.append((index, path, display))
            continue
        sizes[index] = stat.st_size
        if cache is not None and stat.st_size <= config.limits.max_file_bytes:
            digest = cache.known_digest(path, stat)
            if digest is None:
                try:
                    digest = content_hash(path.read_bytes())
                except OSError:
                    digest = None
            hit = cache.get(digest, display) if digest is not None else None
            if hit is not None and digest is not None:
                results[index] = hit
                cache.remember(path, stat, digest)
                continue
        todo.append((index, path, display))
    if progress and results:
        progress(len(results), total)
    vocab = config.type_vocabulary()
    workers = min(os.cpu_count() or 1, len(todo))
    if (workers > 1 and len(todo) >= PARALLEL_MIN_FILES
            and sum(sizes.values()) >= PARALLEL_MIN_BYTES):
        with ProcessPoolExecutor(workers, mp_context=_pool_context()) as pool:
            futures = [pool.submit(_check_chunk, chunk, config.limits, vocab)
                       for chunk in _chunks(todo, sizes, workers * 4)]
            for future in futures:
                for index, digest, findings in future.result():
                    results[index] = findings
                    _store(cache, files[index][0], stats.get(index), digest, findings)
                if progress:
                    progress(len(results), total)
    else:
        for index, path, display in todo:
            digest, findings = _check_one(path, display, config.limits, vocab)
            results[index] = findings
            _store(cache, path, stats.get(index), digest, findings)
            if progress:
                progress(len(results), total)
    if cache is not None:
        cache.save()
    return [f for index in sorted(results) for f in results[index]]
