"""A register: a folder with `sixpowers.toml` and department files, loaded and validated."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .config import CONFIG_NAME, Config, find_config, load_config
from .findings import Finding, Location, Severity, UsageError
from .model import Department, DepartmentFile, Power
from .sources import Document, is_register_file, read_source
from .validate import validate_document

IGNORED_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".sixpowers_cache",
                "site", "templates"}


@dataclass
class RegisterFile:
    """One department file after validation."""

    path: str
    document: Document
    model: DepartmentFile | None
    powers: list[tuple[str, Power]]

    @property
    def department(self) -> Department | None:
        return self.model.department if self.model else None


@dataclass
class Register:
    """All department files of a register with the config that governs them."""

    config: Config
    root: Path | None
    files: list[RegisterFile] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def powers(self) -> Iterator[tuple[RegisterFile, str, Power]]:
        """Every power that parsed, with its file and JSON pointer."""
        for file in self.files:
            for pointer, power in file.powers:
                yield file, pointer, power

    def power_count(self) -> int:
        return sum(len(f.powers) for f in self.files)


def _display(path: Path) -> str:
    """A file as the user named it (folders joined with the names found under them)."""
    return str(path)


def discover_files(target: Path) -> tuple[list[Path], list[Finding]]:
    """Department files under a folder (sorted, symlink loops skipped), or the file itself."""
    if not target.is_dir():
        return [target], []
    found: list[Path] = []
    findings: list[Finding] = []
    seen_dirs: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(target, followlinks=True):
        try:
            stat = os.stat(folder)
        except OSError:
            continue
        ident = (stat.st_dev, stat.st_ino)
        if ident in seen_dirs:
            findings.append(Finding(
                "SP011", "symlink-loop", Severity.WARNING,
                "符号链接构成循环，已跳过该文件夹", Location(_display(Path(folder))),
                message_en="symbolic links form a loop; the folder is skipped"))
            dirs[:] = []
            continue
        seen_dirs.add(ident)
        dirs[:] = sorted(d for d in dirs if d not in IGNORED_DIRS and not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and is_register_file(Path(folder) / name):
                found.append(Path(folder) / name)
    return found, findings


def load_register(targets: Sequence[Path], config_path: Path | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  exclude: Sequence[Path] = ()) -> Register:
    """Read, parse and validate every department file named or found under `targets`, except
    those at or under `exclude` (a catalogue kept inside the register)."""
    if not targets:
        raise UsageError("没有指定要检查的文件或文件夹", "no file or folder given")
    for target in targets:
        if not target.exists() and not target.is_symlink():
            raise UsageError(f"{target}: 文件或文件夹不存在", f"{target}: no such file or folder")
    if config_path is None:
        config_path = find_config(targets[0].resolve())
    elif not config_path.is_file():
        raise UsageError(f"{config_path}: 配置文件不存在", f"{config_path}: no such config file")
    config = load_config(config_path)
    root = config_path.parent if config_path else (targets[0] if targets[0].is_dir() else None)
    register = Register(config=config, root=root)
    paths: list[Path] = []
    # The register's own data files ([lint] laws, catalogue) are not department files.
    data = [(root / d).resolve() for d in (config.lint.laws, config.lint.catalogue) if d and root]
    data += [p.resolve() for p in exclude]
    for target in targets:
        found, findings = discover_files(target)
        paths.extend(p for p in found if p.name != CONFIG_NAME and not any(
            p.resolve() == d or d in p.resolve().parents for d in data))
        register.findings.extend(findings)
    if not paths:
        names = "、".join(str(t) for t in targets)
        raise UsageError(f"{names}: 没有找到部门文件（.yaml/.yml）",
                         f"{names}: no department files (.yaml/.yml) found")
    vocab = config.type_vocabulary()
    for done, path in enumerate(paths, 1):
        document = read_source(path, _display(path), config.limits)
        checked = validate_document(document, vocab)
        register.findings.extend(checked.findings)
        register.files.append(RegisterFile(document.path, document, checked.model, checked.powers))
        if progress:
            progress(done, len(paths))
    return register


def load_registers(targets: Sequence[Path], config_path: Path | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   exclude: Sequence[Path] = ()) -> list[Register]:
    """One Register per governing `sixpowers.toml`: each target is checked under its own
    register's config (a party register's types are not a department's)."""
    if config_path is not None or len(targets) <= 1:
        return [load_register(targets, config_path, progress, exclude)]
    groups: dict[Path | None, list[Path]] = {}
    for target in targets:
        if not target.exists() and not target.is_symlink():
            raise UsageError(f"{target}: 文件或文件夹不存在", f"{target}: no such file or folder")
        groups.setdefault(find_config(target.resolve()), []).append(target)
    return [load_register(group, config, progress, exclude) for config, group in groups.items()]
