"""Property tests: the source reader and validator never raise, whatever they are given."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sixpowers.findings import Finding
from sixpowers.sources import Document, decode_text, parse_yaml
from sixpowers.validate import validate_document
from sixpowers.vocab import TypeVocabulary

FUZZ = settings(derandomize=True, max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
VOCAB = TypeVocabulary.build()

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=20), st.dates())
keys = st.sampled_from(["department", "powers", "name", "code", "type", "subject", "basis",
                        "flow", "risks", "level", "title", "next", "to", "id", "x"])
nested = st.recursive(scalars, lambda children: st.one_of(
    st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=5)), max_leaves=30)
yamlish = st.text(alphabet=st.sampled_from(list("abc: -\n\t[]{}&*!#'\"|>%@`,?0123456789许可\ufeff\x00")),
                  max_size=200)


@FUZZ
@given(yamlish)
def test_parse_yaml_never_raises(text):
    doc = parse_yaml(text, "f.yaml")
    assert all(isinstance(f, Finding) for f in doc.findings)
    validate_document(doc, VOCAB)


@FUZZ
@given(st.binary(max_size=200))
def test_decode_never_raises(raw):
    text, findings = decode_text(raw, "f.yaml")
    assert (text is None) == bool(findings)


@FUZZ
@given(st.dictionaries(keys, nested, max_size=4) | nested)
def test_validate_never_raises_on_nested_data(data):
    result = validate_document(Document("f.yaml", data, text="x"), VOCAB)
    for finding in result.findings:
        assert finding.code.startswith("SP") and finding.message and finding.message_en
