"""One side of a comparison: a file, a register folder, or a git revision read with git itself.

A revision is read without a checkout: `git ls-tree -r` lists the blobs and one
`git cat-file --batch` process streams them all, each fed through the same reader and
validator as a file on disk.
"""

from __future__ import annotations

import os
import subprocess
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pydantic import ValidationError

from ..config import CONFIG_NAME, Config, load_config
from ..findings import UsageError
from ..register import IGNORED_DIRS, Register, RegisterFile, load_register
from ..sources import READERS, Document, read_yaml, source_finding
from ..validate import validate_document

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Side:
    """A loaded side with the label shown in reports."""

    label: str
    register: Register


def _git(args: list[str], cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True,
                              check=False)
    except FileNotFoundError as exc:
        raise UsageError("找不到 git 命令，无法读取版本", "git is not installed; cannot read revisions") from exc


def repo_root(cwd: Path) -> Path | None:
    """The top of the git work tree containing `cwd`, or None."""
    result = _git(["rev-parse", "--show-toplevel"], cwd)
    if result.returncode != 0:
        return None
    return Path(result.stdout.decode("utf-8").strip())


def is_revision(spec: str, cwd: Path) -> bool:
    rev = spec.split(":", 1)[0]
    return _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], cwd).returncode == 0


def _display(root: Path, rel: str) -> str:
    try:
        return os.path.relpath(root / rel)
    except ValueError:  # another drive on Windows
        return rel


def _wanted(rel: str) -> bool:
    parts = PurePosixPath(rel).parts
    if any(p in IGNORED_DIRS or p.startswith(".") for p in parts[:-1]):
        return False
    name = parts[-1]
    return not name.startswith(".") and PurePosixPath(name).suffix.lower() in READERS


def _read_blobs(root: Path, shas: list[str]) -> dict[str, bytes]:
    """All blobs in one `git cat-file --batch` process."""
    if not shas:
        return {}
    result = _git(["cat-file", "--batch"], root, ("\n".join(shas) + "\n").encode())
    if result.returncode != 0:
        raise UsageError(f"git cat-file 失败：{result.stderr.decode('utf-8', 'replace').strip()}",
                         f"git cat-file failed: {result.stderr.decode('utf-8', 'replace').strip()}")
    out, data, pos = {}, result.stdout, 0
    while pos < len(data):
        end = data.index(b"\n", pos)
        sha, _kind, size = data[pos:end].decode().split()
        start = end + 1
        out[sha] = data[start:start + int(size)]
        pos = start + int(size) + 1
    return out


def _revision_config(root: Path, rev: str, rel: str, blobs: dict[str, str],
                     fallback: Path | None) -> tuple[Config, str | None]:
    if fallback is not None:
        return load_config(fallback), None
    folder = PurePosixPath(rel)
    for candidate in (folder, *folder.parents):
        name = str(candidate / CONFIG_NAME) if str(candidate) != "." else CONFIG_NAME
        if name in blobs:
            raw = _read_blobs(root, [blobs[name]])[blobs[name]]
            try:
                return Config.model_validate(tomllib.loads(raw.decode("utf-8-sig"))), name
            except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValidationError) as exc:
                raise UsageError(f"{rev}:{name}: 配置文件无效：{exc}",
                                 f"{rev}:{name}: invalid config: {exc}") from exc
    return Config(), None


def load_revision(spec: str, cwd: Path, config_path: Path | None = None,
                  progress: Progress | None = None) -> Side:
    """A register as it was at a git revision; `REV:path` restricts it to a folder or file."""
    rev, _, rel = spec.partition(":")
    root = repo_root(cwd)
    if root is None:
        raise UsageError(f"{cwd}: 不在 git 仓库中，无法读取版本 {rev}",
                         f"{cwd}: not inside a git repository; cannot read revision {rev}")
    rel = rel.strip("/")
    if not rel and cwd.resolve() != root.resolve():
        rel = Path(os.path.relpath(cwd.resolve(), root.resolve())).as_posix()
    listing = _git(["ls-tree", "-r", "-z", "-l", "--full-tree", rev], root)
    if listing.returncode != 0:
        raise UsageError(f"无法列出版本 {rev} 的文件", f"cannot list the files of revision {rev}")
    blobs: dict[str, str] = {}
    sizes: dict[str, int] = {}
    for entry in listing.stdout.decode("utf-8").split("\0"):
        if not entry:
            continue
        meta, path = entry.split("\t", 1)
        mode, kind, sha, size = meta.split()
        if kind == "blob" and mode != "120000":  # symbolic links hold a path, not a file
            blobs[path] = sha
            sizes[path] = int(size)
    chosen = sorted(p for p in blobs
                    if (not rel or p == rel or p.startswith(rel + "/")) and _wanted(p)
                    and PurePosixPath(p).name != CONFIG_NAME)
    if rel and not chosen and rel not in blobs and not any(p.startswith(rel + "/") for p in blobs):
        raise UsageError(f"版本 {rev} 中没有 {rel}", f"{rel} does not exist at revision {rev}")
    config, _ = _revision_config(root, rev, rel if rel not in blobs else str(PurePosixPath(rel).parent),
                                 blobs, config_path)
    register = Register(config=config, root=None)
    limit = config.limits.max_file_bytes
    raw = _read_blobs(root, [blobs[p] for p in chosen if sizes[p] <= limit])
    vocab = config.type_vocabulary()
    for done, path in enumerate(chosen, 1):
        display = _display(root, path)
        if sizes[path] > limit:
            document = Document(display, None, [source_finding(
                "SP007", "file-too-large", display, None, None,
                f"文件大小 {sizes[path]} 字节，超过上限 {limit} 字节",
                f"file is {sizes[path]} bytes, over the limit of {limit}")])
        else:
            reader = READERS.get(PurePosixPath(path).suffix.lower(), read_yaml)
            document = reader(raw[blobs[path]], display, config.limits)
        checked = validate_document(document, vocab)
        register.findings.extend(checked.findings)
        register.files.append(RegisterFile(document.path, document, checked.model, checked.powers))
        if progress:
            progress(done, len(chosen))
    return Side(spec, register)


def load_side(spec: str, cwd: Path, config_path: Path | None = None,
              progress: Progress | None = None) -> Side:
    """A path on disk when it exists, else a git revision."""
    path = Path(spec)
    if not path.is_absolute() and cwd.resolve() != Path.cwd().resolve():
        path = cwd / path
    if path.exists():
        return Side(spec, load_register([path], config_path, progress))
    if is_revision(spec, cwd):
        return load_revision(spec, cwd, config_path, progress)
    raise UsageError(f"{spec}：既不是文件或文件夹，也不是 git 版本",
                     f"{spec}: neither a file or folder nor a git revision")


def working_tree_for(spec: str, cwd: Path) -> str:
    """The working-tree counterpart of a revision spec (`HEAD~3:regs` → `regs`)."""
    _, _, rel = spec.partition(":")
    if not rel:
        return "."
    root = repo_root(cwd) or cwd
    return os.path.relpath(root / rel, cwd)
