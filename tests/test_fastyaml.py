from __future__ import annotations

import pytest

from sixpowers import fastyaml, sources
from sixpowers.config import LimitsConfig

pytestmark = pytest.mark.skipif(not fastyaml.available(), reason="rapidyaml not installed")

TYPED = ["yes", "Yes", "NO", "on", "Off", "True", "FALSE", "Null", "~", "0101", "0o17", "0x1F",
         "0b11", "1_000", "1:20", "1:20.5", "2024-01-31", "2024-01-31T10:00:00Z", ".inf",
         "-.inf", ".NaN", "-.5", ".5", "1.", "-0", "00", "1e3", "1.5e+3", "y", "=", "true",
         "false", "null", "1.50", "12", "-3"]
CONTEXTS = ["a: {}\n", "a:\n  - {}\n", "a: [{}]\n", "a: [x, {}]\n", "a: {{k: {}}}\n",
            "a:\n  {}\n", "a: {} # c\n", "a: [ {} ]\n", "- {}\n", "a:\n- {}\n"]
ODD = ["a: 1\na: 2\n", "a:\n  b: 1\n  b: 2\n", "a: {x: 1, x: 2}\n", "a: &x 1\nb: *x\n",
       "a: !!str 1\n", "a: b: c\n", "a:\n  b: 1\n\tc: 2\n", "a: ]\n", ": a\n", "a: [?b]\n",
       "a: [:b]\n", "a: @x\n", "a: `x\n", "? a\n: b\n", "a: 1\n---\nb: 2\n", "a: 'x\n",
       "a: |\n  x\n y\n", "a: x\r\nb: y\r\n", "a: \"\\u4e2d\"\n", "a: =\n", "<<: {a: 1}\n",
       "a: 多行\n  纯文本\nb: \"双\n  折行\"\n", "a: |-\n  x\n", "a: >+\n  x\n\n", "'a''b': 1\n",
       "a: " + "[" * 64 + "]" * 64 + "\n", "a:\n" + "- " * 70 + "x\n", "a: x\x07\n"]


def typed(value):
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return type(value).__name__, value


def pointers(value, base=""):
    yield base
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(
        value, list) else ()
    for key, item in items:
        yield from pointers(item, f"{base}/{sources.escape_token(str(key))}")


def agree(text: str) -> bool:
    """The fast path either declines or gives PyYAML's data with PyYAML's positions."""
    slow = sources._compose_yaml(text, "f.yaml", LimitsConfig())
    fast = fastyaml.load_fast(text, 64)
    if fast is None:
        return False
    assert not slow.findings, text
    assert typed(fast) == typed(slow.data), text
    lazy = sources.Document("f.yaml", fast, text=text, lazy=True)
    for pointer in list(pointers(slow.data)):
        for probe in (pointer, pointer + "/missing", pointer + "/0", pointer + "/99"):
            for key in (False, True):
                a, b = slow.locate(probe, key=key), lazy.locate(probe, key=key)
                assert (a.line, a.column) == (b.line, b.column), (text, probe, key)
    return True


@pytest.mark.parametrize("value", TYPED)
def test_yaml11_typing_matches_pyyaml_in_every_context(value):
    for context in CONTEXTS:
        agree(context.replace("{}", value, 1) if context.count("{}") == 1 else context.format(value))


@pytest.mark.parametrize("text", ODD)
def test_unusual_yaml_is_left_to_pyyaml_or_agrees(text):
    agree(text)


def test_duplicates_syntax_errors_and_tags_are_declined():
    for text in ("a: 1\na: 2\n", "a: b: c\n", "a: !!str 1\n", "a: &x 1\nb: *x\n", "a: ]\n"):
        assert fastyaml.load_fast(text, 64) is None


def test_generated_register_takes_the_fast_path_with_exact_positions():
    from benchmarks.emit import department_yaml
    from benchmarks.generate import build_register

    for data in build_register(120, seed=3):
        text = department_yaml(data)
        assert agree(text)
        assert sources.parse_yaml(text, "d.yaml")._lazy


def test_lazy_position_maps_compose_on_first_read():
    doc = sources.parse_yaml("department:\n  name: 甲\npowers:\n  - name: 乙\n", "f.yaml")
    assert doc._lazy
    assert doc.values["/powers/0/name"] == (4, 11)
    assert doc.keys["/powers/0/name"] == (4, 5)
    assert not doc._lazy


def test_switch_turns_the_fast_path_off(monkeypatch):
    monkeypatch.setattr(sources, "FAST_PATH", False)
    assert not sources.parse_yaml("a: 1\n", "f.yaml")._lazy
