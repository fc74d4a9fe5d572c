"""The bundled examples: the registers are clean, each broken file gives exactly its finding."""

from __future__ import annotations

from conftest import EXAMPLES

from sixpowers.register import load_register, load_registers

BROKEN = {
    "missing-name.yaml": [("SP101", 8, 5)],
    "unknown-field.yaml": [("SP102", 17, 5)],
    "bad-type.yaml": [("SP105", 10, 11)],
    "yes-as-bool.yaml": [("SP106", 18, 10)],
    "code-as-number.yaml": [("SP107", 8, 11)],
    "duplicate-key.yaml": [("SP003", 11, 5)],
    "tab-indent.yaml": [("SP002", 16, 1)],
    "bad-risk-level.yaml": [("SP104", 38, 16)],
    "gbk-encoded.yaml": [("SP001", 2, 3)],
    "empty.yaml": [("SP004", 1, 1)],
    "alias-bomb.yaml": [("SP102", 3, 1), ("SP005", 4, 6)],
}


def test_example_registers_are_clean():
    registers = load_registers([EXAMPLES / "shanxi-transport", EXAMPLES / "county-party-org"])
    assert len(registers) == 2
    assert [f for r in registers for f in r.findings] == []
    transport, party = registers
    assert transport.power_count() >= 15
    assert len({p.type for _, _, p in transport.powers()}) >= 6
    assert party.config.info.kind == "party"


def test_every_broken_example_is_listed():
    assert {p.name for p in (EXAMPLES / "broken").glob("*.yaml")} == set(BROKEN)


def test_each_broken_example_gives_exactly_its_finding():
    for name, expected in BROKEN.items():
        register = load_register([EXAMPLES / "broken" / name])
        found = sorted((f.code, f.location.line, f.location.column) for f in register.findings)
        assert found == sorted(expected), name


def test_bad_type_suggests_the_nearest_type():
    register = load_register([EXAMPLES / "broken" / "bad-type.yaml"])
    (finding,) = register.findings
    assert "行政许可" in (finding.hint or "") and "did you mean" in (finding.hint_en or "")
