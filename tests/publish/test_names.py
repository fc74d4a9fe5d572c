from __future__ import annotations

import pytest

from sixpowers.publish.names import NameAllocator, safe_stem, short_hash


@pytest.mark.parametrize("code", ["141015001000", "A1401-02_x"])
def test_clean_codes_are_kept(code):
    assert safe_stem(code) == code


@pytest.mark.parametrize("code, prefix", [
    ("../../etc/passwd", "etc_passwd-"),
    ("/abs/path", "abs_path-"),
    ("..", "item-"),
    ("a/b\\c", "a_b_c-"),
    ("14 01", "14_01-"),
    ("", "item-"),
])
def test_unsafe_codes_become_safe_stems_with_hash(code, prefix):
    stem = safe_stem(code)
    assert stem == prefix + short_hash(code)
    assert "/" not in stem and "\\" not in stem and not stem.startswith(".")


@pytest.mark.parametrize("name", ["CON", "nul", "Com1", "LPT9"])
def test_reserved_device_names_are_prefixed(name):
    assert safe_stem(name) == f"_{name}-{short_hash(name)}"


def test_unicode_kept_when_asked_and_length_bounded():
    assert safe_stem("示例县交通运输局", keep_unicode=True) == "示例县交通运输局"
    long = safe_stem("局" * 200, keep_unicode=True)
    assert len(long) == 60 + 1 + 8


def test_allocator_separates_clashes_including_case():
    names = NameAllocator()
    first = names.allocate("abc", "one")
    second = names.allocate("ABC", "two")
    third = names.allocate("abc", "three")
    assert first == "abc"
    assert second == f"ABC-{short_hash('two#1')}"
    assert len({first.lower(), second.lower(), third.lower()}) == 3
