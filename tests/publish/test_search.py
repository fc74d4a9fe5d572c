from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from sixpowers.publish.search import (
    bigrams,
    build_search_index,
    decode_postings,
    encode_postings,
    js_assignment,
    js_literal,
    normalize,
    search_texts,
)


@given(st.lists(st.integers(min_value=0, max_value=5_000_000), unique=True))
def test_postings_round_trip(ids):
    ids = sorted(ids)
    encoded = encode_postings(ids)
    assert decode_postings(encoded) == ids
    assert all(ch.isalnum() or ch in "-_" for ch in encoded)


def test_small_gaps_take_one_character():
    assert encode_postings([0, 1, 2, 3]) == "1111"
    assert encode_postings([30]) == "V"  # gap 31: the last one-character gap
    assert encode_postings([31]) == "W1"  # gap 32: low five bits 0 continue, then 1


def test_bigrams_skip_whitespace_and_field_breaks():
    assert bigrams("权力 清单") == {"权力", "清单"}
    assert bigrams(search_texts("14", "许可", "行政许可")) == {"14", "许可", "行政", "政许"}


def test_normalize_folds_full_width_and_case():
    assert normalize("ＡＢ１２") == "ab12"


def test_index_lists_each_power_under_its_bigrams():
    texts = [search_texts("", "道路运输许可", "行政许可"),
             search_texts("", "对运输的监督检查", "行政检查"),
             search_texts("", "权力监督", "其他行政权力")]
    index = build_search_index(texts)
    assert index["n"] == 3
    assert decode_postings(index["b"]["许可"]) == [0]
    assert decode_postings(index["b"]["监督"]) == [1, 2]
    assert decode_postings(index["b"]["权力"]) == [2]
    assert decode_postings(index["b"]["运输"]) == [0, 1]


def test_js_literal_cannot_close_a_script_or_break_a_line():
    value = {"name": "</script><script>alert(1)</script>\u2028\u2029<!--&"}
    text = js_literal(value)
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == value
    assert js_assignment("X", [1]) == "window.X=[1];\n"
