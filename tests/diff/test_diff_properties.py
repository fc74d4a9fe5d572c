"""Property tests on generated valid registers: diff(a, a) is empty, and applying diff(a, b) to
a's powers gives b's powers: the same keys, and every power whose content differs is reported
with its field changes while the powers the diff leaves out are identical on both sides."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "convert"))
from strategies import power  # the convert tests' strategy for valid powers

from sixpowers.convert.dump import dump_department
from sixpowers.diff import diff_registers
from sixpowers.model import DepartmentFile, Power
from sixpowers.register import Register, load_register

FUZZ = settings(derandomize=True, max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _unique(powers: list[Power]) -> list[Power]:
    seen: set[str] = set()
    out = []
    for p in powers:
        if p.key not in seen:
            seen.add(p.key)
            out.append(p)
    return out


powers = st.lists(power.map(Power.model_validate), max_size=5).map(_unique)


def register_of(folder: Path, items: list[Power]) -> Register:
    model = DepartmentFile.model_validate({"department": {"name": "示例局"},
                                           "powers": [p.model_dump(exclude_none=True,
                                                                   by_alias=True)
                                                      for p in items]})
    folder.mkdir()
    (folder / "局.yaml").write_bytes(dump_department(model, "yaml"))
    register = load_register([folder])
    assert not register.findings, [f.message for f in register.findings]
    return register


def by_key(register: Register) -> dict[str, Power]:
    return {p.key: p for _, _, p in register.powers()}


@FUZZ
@given(powers)
def test_diff_of_a_register_with_itself_is_empty(items):
    with tempfile.TemporaryDirectory() as tmp:
        a = register_of(Path(tmp) / "a", items)
        b = register_of(Path(tmp) / "b", items)
        diff = diff_registers(a, b)
        assert not diff.has_changes
        assert diff.summary.before == diff.summary.after == len(items)


@FUZZ
@given(powers, powers, st.data())
def test_applying_diff_reproduces_the_new_powers(old_items, new_items, data):
    # some new powers take an old power's code (a changed power), some old ones are kept as is
    kept = [p for p in old_items if data.draw(st.booleans(), label="keep")]
    changed = []
    for p in new_items:
        twin = data.draw(st.sampled_from([None, *old_items]), label="twin") if old_items else None
        if twin is not None and twin.code and twin not in kept:
            p = p.model_copy(update={"code": twin.code})
        changed.append(p)
    new_all = _unique([*kept, *changed])
    with tempfile.TemporaryDirectory() as tmp:
        a = register_of(Path(tmp) / "a", old_items)
        b = register_of(Path(tmp) / "b", new_all)
        old, new = by_key(a), by_key(b)
        diff = diff_registers(a, b)
        keys = set(old)
        mentioned: set[str] = set()
        for change in diff.powers:
            if change.old is not None:
                keys.discard(change.old.key)
                mentioned.add(change.old.key)
            if change.new is not None:
                keys.add(change.new.key)
                mentioned.add(change.new.key)
            if change.kind == "matched":
                assert change.old is not None and change.new is not None
                assert change.fields or change.old.key != change.new.key
                assert old[change.old.key] != new[change.new.key] or \
                    change.old.key != change.new.key
        assert keys == set(new)
        for key in set(old) & set(new) - mentioned:
            assert old[key] == new[key]
        assert diff.summary.after == len(new) and diff.summary.before == len(old)
