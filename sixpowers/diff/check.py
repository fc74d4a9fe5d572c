"""增减有据: every power added, removed or changed in status must state its ground.

An added or status-changed power needs `status.reason` or `status.basis` on the new side; a
removed power needs an entry in its department's `removed:` list on the new side (which always
carries a reason, see `model.RemovedPower`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Location, Severity
from ..model import Power, RemovedPower
from ..register import Register
from .compare import department_name
from .model import PowerChange, RegisterDiff

ADDED = ("SP701", "added-without-ground")
REMOVED = ("SP702", "removed-without-ground")
STATUS = ("SP703", "status-changed-without-ground")
LEGAL_BASIS = "中办发〔2015〕21号：权力清单动态调整，增减有据"


def _has_ground(power: Power) -> bool:
    return bool((power.status.reason or "").strip() or (power.status.basis or "").strip())


def _new_powers(register: Register) -> dict[tuple[str, str], Power]:
    """New-side powers by (file, pointer), to read their status ground."""
    return {(file.path, pointer): power for file, pointer, power in register.powers()}


def _removal_records(register: Register) -> tuple[dict[str, list[RemovedPower]],
                                                 dict[str, Location]]:
    records: dict[str, list[RemovedPower]] = {}
    where: dict[str, Location] = {}
    for file in register.files:
        if file.model is None:
            continue
        name = department_name(file)
        records.setdefault(name, []).extend(file.model.removed)
        where[name] = file.document.locate("/removed")
    return records, where


def _recorded(change: PowerChange, entries: list[RemovedPower]) -> bool:
    ref = change.ref
    for entry in entries:
        if ref.code and entry.code:
            if entry.code == ref.code:
                return True
        elif entry.name in (ref.name, ref.title):
            return True
    return False


def check_grounds(diff: RegisterDiff, new: Register) -> Iterator[Finding]:
    """Located findings for each change that lacks its ground."""
    powers = _new_powers(new)
    records, where = _removal_records(new)
    every_record = [r for entries in records.values() for r in entries]
    for change in diff.powers:
        ref = change.ref
        if change.kind == "removed":
            entries = records.get(ref.department, [])
            if _recorded(change, entries) or _recorded(change, every_record):
                continue
            location = where.get(ref.department) or Location(ref.location.file)
            yield Finding(
                *REMOVED, Severity.ERROR,
                f"事项“{ref.label()}”已从清单中移除，但部门文件的 removed 中没有记录其理由",
                location, power=ref.code,
                message_en=f"power '{ref.label()}' was removed but the department's removed: "
                           "list does not record why",
                hint="在 removed: 中添加 {code, name, reason, basis}",
                hint_en="add {code, name, reason, basis} under removed:",
                legal_basis=LEGAL_BASIS)
            continue
        if change.kind == "matched" and not change.status_changed:
            continue
        assert change.new is not None
        power = powers.get((change.new.location.file, change.new.location.pointer))
        if power is None or _has_ground(power):
            continue
        pointer = change.new.location.pointer
        location = Location(change.new.location.file, change.new.location.line,
                            change.new.location.column, pointer)
        file = next((f for f in new.files if f.path == change.new.location.file), None)
        if file is not None:
            location = file.document.locate(pointer + "/status", key=True)
        if change.kind == "added":
            yield Finding(
                *ADDED, Severity.ERROR,
                f"新增事项“{ref.label()}”没有说明依据（status.reason 或 status.basis）",
                location, power=ref.code,
                message_en=f"added power '{ref.label()}' states no ground (status.reason or "
                           "status.basis)",
                hint="在 status 中写明新增理由（reason）或调整依据（basis）",
                hint_en="give status.reason or status.basis", legal_basis=LEGAL_BASIS)
        else:
            assert change.old is not None
            yield Finding(
                *STATUS, Severity.ERROR,
                f"事项“{ref.label()}”的处理意见由“{change.old.status}”改为“{change.new.status}”，"
                "但没有说明理由或依据",
                location, power=ref.code,
                message_en=f"power '{ref.label()}' changed status from {change.old.status} to "
                           f"{change.new.status} without a reason or basis",
                hint="在 status 中写明调整理由（reason）或调整依据（basis）",
                hint_en="give status.reason or status.basis", legal_basis=LEGAL_BASIS)
