"""Atomic writes: every output goes to a temporary file in the same folder and is renamed into
place, so an interrupted run leaves the old file or the new one, never half of either."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (fsync, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            shutil.copymode(path, tmp)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


@contextmanager
def atomic_directory(target: Path) -> Iterator[Path]:
    """Build a folder in a temporary sibling and swap it into place when the block succeeds."""
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        yield staging
        os.chmod(staging, 0o755)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
            old.rmdir()
            os.replace(target, old)
            os.replace(staging, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def write_staged_bytes(path: Path, data: bytes) -> None:
    """Write a file inside a folder that is itself swapped into place atomically (the staging
    folder of `atomic_directory`) or thrown away (a temporary folder): no rename per file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write_staged_text(path: Path, text: str) -> None:
    write_staged_bytes(path, text.encode("utf-8"))


def copy_staged(source: Path, target: Path) -> None:
    """Copy a file into a staging or temporary folder (see `write_staged_bytes`)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
