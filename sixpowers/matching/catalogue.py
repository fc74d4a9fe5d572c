"""A reference catalogue (the provincial 通用目录, the national licensing list): itself a register,
in any format `sources.READERS` reads, loaded once and matched against the register under lint."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..config import CONFIG_NAME, Config, find_config, load_config
from ..findings import UsageError
from ..model import Power
from ..register import Register, RegisterFile, discover_files
from ..rules.base import ACTIVE_STATUSES
from ..sources import read_source
from ..validate import validate_document
from ..vocab import TypeVocabulary
from .index import CatalogueIndex, Entry, Match, make_entry
from .names import department_key

Located = tuple[RegisterFile, str, Power]


@dataclass
class RegisterMatches:
    """Each power of a register with its catalogue match (None: not in the catalogue)."""

    powers: list[tuple[RegisterFile, str, Power, Match | None]]
    held: set[int] = field(default_factory=set)  # refs of catalogue entries some power matched


@dataclass
class Catalogue:
    """The reference entries (active powers only), their index and where they came from."""

    path: Path
    config: Config
    entries: list[Entry]
    index: CatalogueIndex
    _matched: dict[int, tuple[Register, RegisterMatches]] = field(default_factory=dict)
    _by_department: dict[tuple[str, str | None], list[Entry]] = field(default_factory=dict)

    def match_register(self, register: Register, vocab: TypeVocabulary) -> RegisterMatches:
        """Match every active power of `register` (computed once per register)."""
        cached = self._matched.get(id(register))
        if cached is not None and cached[0] is register:
            return cached[1]
        result = RegisterMatches([])
        for file, pointer, power in register.powers():
            if power.status.value not in ACTIVE_STATUSES:
                continue
            type_ = vocab.canonical(power.type) or power.type
            match = self.index.match(power, type_, file.department)
            result.powers.append((file, pointer, power, match))
            if match is not None:
                result.held.add(match.entry.ref)
        self._matched[id(register)] = (register, result)
        return result

    def entries_of(self, key: str | None, code: str | None) -> list[Entry]:
        """Entries of catalogue departments of the same kind (by department code or name)."""
        if not self._by_department:
            for entry in self.entries:
                if entry.department is not None:
                    for k in (("code", entry.department.code), ("key", department_key(entry.department))):
                        if k[1]:
                            self._by_department.setdefault(k, []).append(entry)
        found = {e.ref: e for k in (("code", code), ("key", key)) if k[1]
                 for e in self._by_department.get(k, [])}
        return [found[ref] for ref in sorted(found)]


def _config_for(path: Path) -> Config:
    own = path / CONFIG_NAME if path.is_dir() else path.parent / CONFIG_NAME
    return load_config(own if own.is_file() else find_config(path))


def load_catalogue(path: Path) -> Catalogue:
    """Read a catalogue folder or file; its own `sixpowers.toml` (if any) gives its vocabulary.
    Catalogue files are read as department files without reporting their own problems: powers
    that do not validate are left out."""
    if not path.exists():
        raise UsageError(f"{path}: 上级目录不存在", f"{path}: no such catalogue")
    config = _config_for(path)
    vocab = config.type_vocabulary()
    files, _ = discover_files(path)
    entries: list[Entry] = []
    for file in files:
        if file.name == CONFIG_NAME:
            continue
        checked = validate_document(read_source(file, str(file), config.limits), vocab)
        department = checked.model.department if checked.model else None
        for pointer, power in checked.powers:
            if power.status.value in ACTIVE_STATUSES:
                entries.append(make_entry(power, vocab.canonical(power.type) or power.type,
                                          department, str(file), pointer, len(entries)))
    if not entries:
        raise UsageError(f"{path}: 上级目录中没有可用的事项", f"{path}: the catalogue holds no usable power")
    return Catalogue(path, config, entries, CatalogueIndex(entries))


def load_catalogues(paths: Sequence[Path | None]) -> Catalogue | None:
    """The first given catalogue, or None."""
    for path in paths:
        if path is not None:
            return load_catalogue(path)
    return None
