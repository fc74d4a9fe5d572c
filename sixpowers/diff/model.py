"""The values a register comparison produces: frozen, plain, ready for any output format."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..findings import Finding, Location

ChangeKind = Literal["added", "removed", "changed"]
PowerKind = Literal["added", "removed", "matched"]


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field-level change, e.g. a basis citation added or a step's time limit changed.

    `path` is the field path in English (`flow[review].days`); `label` the same in Chinese
    (`运行流程[review]·环节时限`); `old`/`new` are readable renderings of the values."""

    path: str
    label: str
    kind: ChangeKind
    old: str | None = None
    new: str | None = None

    def text(self, lang: str = "zh") -> str:
        """One readable line: `新增设定依据：…`, `类型：行政许可 → 行政确认`."""
        if lang == "en":
            if self.kind == "added":
                return f"added {self.path}: {self.new}"
            if self.kind == "removed":
                return f"removed {self.path}: {self.old}"
            return f"{self.path}: {self.old or '(empty)'} → {self.new or '(empty)'}"
        if self.kind == "added":
            return f"新增{self.label}：{self.new}"
        if self.kind == "removed":
            return f"删除{self.label}：{self.old}"
        return f"{self.label}：{self.old or '（空）'} → {self.new or '（空）'}"


@dataclass(frozen=True, slots=True)
class PowerRef:
    """A power as it stands on one side of the comparison."""

    key: str
    code: str | None
    name: str
    title: str
    type: str
    status: str
    department: str
    location: Location

    def label(self) -> str:
        return f"{self.code} {self.title}" if self.code else self.title


@dataclass(frozen=True, slots=True)
class PowerChange:
    """A power added, removed, or present on both sides with some difference."""

    kind: PowerKind
    old: PowerRef | None
    new: PowerRef | None
    fields: tuple[FieldChange, ...] = ()

    @property
    def ref(self) -> PowerRef:
        """The newest view of the power."""
        ref = self.new or self.old
        assert ref is not None
        return ref

    @property
    def moved(self) -> bool:
        return bool(self.old and self.new and self.old.department != self.new.department)

    @property
    def recoded(self) -> bool:
        return bool(self.old and self.new and self.old.code != self.new.code)

    @property
    def status_changed(self) -> bool:
        return bool(self.old and self.new and self.old.status != self.new.status)

    def transition(self) -> tuple[str, str] | None:
        """(old status, new status), "" for the side where the power is absent; None when the
        status did not change."""
        if self.kind == "added":
            assert self.new is not None
            return ("", self.new.status)
        if self.kind == "removed":
            assert self.old is not None
            return (self.old.status, "")
        if self.status_changed:
            assert self.old is not None and self.new is not None
            return (self.old.status, self.new.status)
        return None


def transition_label(pair: tuple[str, str], lang: str = "zh") -> str:
    """`保留→取消`, `新增`, `新增（下放）`, `移出清单（原保留）`."""
    old, new = pair
    if not old:
        if new in ("新增", "保留"):
            return "新增" if lang != "en" else "added"
        return f"新增（{new}）" if lang != "en" else f"added ({new})"
    if not new:
        return f"移出清单（原{old}）" if lang != "en" else f"removed (was {old})"
    return f"{old}→{new}"


@dataclass(frozen=True, slots=True)
class ListChange:
    """A change to a department's responsibility list, negative list or removal record."""

    department: str
    list_name: str
    label: str
    kind: ChangeKind
    key: str
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True, slots=True)
class Tally:
    """Before → after counts for one department or type."""

    name: str
    before: int
    after: int
    added: int = 0
    removed: int = 0


@dataclass(frozen=True, slots=True)
class DiffSummary:
    """Counts a department reports upward."""

    before: int
    after: int
    added: int
    removed: int
    modified: int
    moved: int
    recoded: int
    transitions: tuple[tuple[tuple[str, str], int], ...]
    by_department: tuple[Tally, ...]
    by_type: tuple[Tally, ...]


@dataclass(frozen=True, slots=True)
class RegisterDiff:
    """Everything that differs between two registers."""

    old_label: str
    new_label: str
    powers: tuple[PowerChange, ...]
    lists: tuple[ListChange, ...]
    summary: DiffSummary
    findings: tuple[Finding, ...] = field(default=())
    load_problems: int = 0

    @property
    def has_changes(self) -> bool:
        return bool(self.powers or self.lists)
