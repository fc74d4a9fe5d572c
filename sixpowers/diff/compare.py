"""`diff_registers`: match the powers of two registers by key and describe every difference.

Everything is done with dictionaries: powers by key, unmatched powers by a fingerprint of their
content without the code (to recognise a re-code), so ten thousand powers compare in a blink.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from ..model import MainDuty, Power
from ..register import Register, RegisterFile
from ..vocab import GOVERNMENT_TYPES, PARTY_TYPES
from .fields import KEYS, diff_models, keyed, render
from .model import DiffSummary, ListChange, PowerChange, PowerRef, RegisterDiff, Tally

Entry = tuple[RegisterFile, str, Power, str]
"""A power with its file, pointer and department name."""


def department_name(file: RegisterFile) -> str:
    return file.department.name if file.department else file.path


def _index(register: Register) -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for file in register.files:
        department = department_name(file)
        for pointer, power in file.powers:
            key, n = power.key, 1
            while key in out:
                n += 1
                key = f"{power.key}#{n}"
            out[key] = (file, pointer, power, department)
    return out


def _ref(key: str, entry: Entry) -> PowerRef:
    file, pointer, power, department = entry
    return PowerRef(key=key, code=power.code, name=power.name, title=power.title, type=power.type,
                    status=power.status.value, department=department,
                    location=file.document.locate(pointer))


def _raw(entry: Entry) -> Any:
    """The plain data a power was validated from: comparing it is far cheaper than comparing
    pydantic models, and equal data means equal powers."""
    file, pointer = entry[0], entry[1]
    data = file.document.data
    if pointer.startswith("/powers/") and isinstance(data, dict):
        powers = data.get("powers")
        index = pointer[8:]
        if isinstance(powers, list) and index.isdigit() and int(index) < len(powers):
            return powers[int(index)]
    for token in pointer.split("/")[1:]:
        if isinstance(data, list):
            data = data[int(token)]
        elif isinstance(data, dict):
            data = data.get(token.replace("~1", "/").replace("~0", "~"))
        else:
            return None
    return data


def _fingerprint(power: Power) -> str:
    return json.dumps(power.model_dump(mode="json", exclude={"code"}), sort_keys=True,
                      ensure_ascii=False)


def _match(old: dict[str, Entry], new: dict[str, Entry]) -> Iterator[tuple[str | None, str | None]]:
    """Pairs of keys: (old, new) matched by key, then by content for re-codes; one side None
    for powers added or removed."""
    common = old.keys() & new.keys()
    for key in old:
        if key in common:
            yield key, key
    old_only = [k for k in old if k not in common]
    new_only = [k for k in new if k not in common]
    by_print: dict[str, list[str]] = {}
    for key in new_only:
        by_print.setdefault(_fingerprint(new[key][2]), []).append(key)
    recoded: set[str] = set()
    for key in old_only:
        candidates = by_print.get(_fingerprint(old[key][2]))
        if candidates:
            target = candidates.pop(0)
            recoded.add(target)
            yield key, target
        else:
            yield key, None
    for key in new_only:
        if key not in recoded:
            yield None, key


def _unchanged_files(old: dict[str, Entry], new: dict[str, Entry]) -> set[tuple[int, int]]:
    """Pairs of files (old, new) of one department whose text is identical: their powers need
    no comparison. Files are paired by department name, so two folders compare as cheaply as
    two revisions."""
    old_files = {e[3]: e[0] for e in old.values()}
    new_files = {e[3]: e[0] for e in new.values()}
    pairs: set[tuple[int, int]] = set()
    for department, file in old_files.items():
        other = new_files.get(department)
        if other is not None and file.document.text is not None \
                and file.document.text == other.document.text:
            pairs.add((id(file), id(other)))
    return pairs


def _power_changes(old: dict[str, Entry], new: dict[str, Entry]) -> list[PowerChange]:
    changes: list[PowerChange] = []
    same_text = _unchanged_files(old, new)
    for a, b in _match(old, new):
        if b is None:
            assert a is not None
            changes.append(PowerChange("removed", _ref(a, old[a]), None))
            continue
        if a is None:
            changes.append(PowerChange("added", None, _ref(b, new[b])))
            continue
        old_power, new_power = old[a][2], new[b][2]
        if a == b and old[a][3] == new[b][3]:
            if (id(old[a][0]), id(new[b][0])) in same_text and old[a][1] == new[b][1]:
                continue
            raw = _raw(old[a])
            if raw is not None and raw == _raw(new[b]):
                continue
        fields = tuple(diff_models(old_power, new_power))
        change = PowerChange("matched", _ref(a, old[a]), _ref(b, new[b]), fields)
        if fields or change.moved:
            changes.append(change)
    return changes


def _departments(register: Register) -> dict[str, RegisterFile]:
    return {department_name(f): f for f in register.files if f.model is not None}


def _lists(file: RegisterFile | None) -> dict[str, tuple[str, list[Any]]]:
    model = file.model if file else None
    resp = model.responsibilities if model else None
    return {
        "responsibilities.main": ("主要职责", list(resp.main) if resp else []),
        "responsibilities.shared": ("职责边界", list(resp.shared) if resp else []),
        "negative_list": ("负面清单", list(model.negative_list) if model else []),
        "removed": ("调整记录", list(model.removed) if model else []),
    }


def _label(label: str, item: Any) -> str:
    """The list's label, or 事中事后监管 for a supervision duty kept among the main duties."""
    return item.kind if isinstance(item, MainDuty) and item.kind != label else label


def _list_changes(old: Register, new: Register) -> list[ListChange]:
    old_deps, new_deps = _departments(old), _departments(new)
    changes: list[ListChange] = []
    for dep in sorted(old_deps.keys() | new_deps.keys()):
        a, b = _lists(old_deps.get(dep)), _lists(new_deps.get(dep))
        for list_name, (label, old_items) in a.items():
            new_items = b[list_name][1]
            if old_items == new_items:
                continue
            sample = (old_items or new_items)[0]
            key = KEYS[type(sample)]
            old_map, new_map = keyed(old_items, key), keyed(new_items, key)
            for k, item in old_map.items():
                if k not in new_map:
                    changes.append(ListChange(dep, list_name, _label(label, item), "removed",
                                              render(item)))
            for k, item in new_map.items():
                if k not in old_map:
                    changes.append(ListChange(dep, list_name, _label(label, item), "added",
                                              render(item)))
                elif old_map[k] != item:
                    changes.append(ListChange(dep, list_name, _label(label, item), "changed",
                                              render(item), tuple(diff_models(old_map[k], item))))
    return changes


_TYPE_ORDER = {**GOVERNMENT_TYPES, **PARTY_TYPES}


def _type_order(name: str) -> tuple[str, str]:
    """Types in the order of their national codes (许可 01, 处罚 02 …), unknown ones last."""
    return (_TYPE_ORDER.get(name, "99"), name)


def _tallies(before: Counter[str], after: Counter[str], added: Counter[str],
             removed: Counter[str], order: Callable[[str], Any] = str) -> tuple[Tally, ...]:
    names = sorted(before.keys() | after.keys(), key=order)
    return tuple(Tally(n, before[n], after[n], added[n], removed[n]) for n in names)


def summarize(old: dict[str, Entry], new: dict[str, Entry],
              changes: list[PowerChange]) -> DiffSummary:
    """Counts by status transition, by department and by type, before → after."""
    dep_before = Counter(e[3] for e in old.values())
    dep_after = Counter(e[3] for e in new.values())
    type_before = Counter(e[2].type for e in old.values())
    type_after = Counter(e[2].type for e in new.values())
    added = [c.ref for c in changes if c.kind == "added"]
    removed = [c.ref for c in changes if c.kind == "removed"]
    transitions = Counter(t for c in changes if (t := c.transition()) is not None)
    matched = [c for c in changes if c.kind == "matched"]
    return DiffSummary(
        before=len(old), after=len(new), added=len(added), removed=len(removed),
        modified=sum(1 for c in matched if c.fields), moved=sum(1 for c in matched if c.moved),
        recoded=sum(1 for c in matched if c.recoded),
        transitions=tuple(sorted(transitions.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_department=_tallies(dep_before, dep_after, Counter(r.department for r in added),
                               Counter(r.department for r in removed)),
        by_type=_tallies(type_before, type_after, Counter(r.type for r in added),
                         Counter(r.type for r in removed), _type_order),
    )


def diff_registers(old: Register, new: Register, old_label: str = "旧版",
                   new_label: str = "新版") -> RegisterDiff:
    """Every difference between two registers: powers, the other lists, and the summary."""
    old_index, new_index = _index(old), _index(new)
    changes = _power_changes(old_index, new_index)
    order = {"removed": 0, "added": 1, "matched": 2}
    changes.sort(key=lambda c: (c.ref.department, order[c.kind], c.ref.key))
    return RegisterDiff(
        old_label=old_label, new_label=new_label, powers=tuple(changes),
        lists=tuple(_list_changes(old, new)), summary=summarize(old_index, new_index, changes),
        load_problems=len(old.findings) + len(new.findings))
