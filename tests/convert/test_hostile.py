"""Hostile and random input to the spreadsheet readers and the importer: findings, never a
traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sixpowers.config import LimitsConfig
from sixpowers.convert.readers import read_csv, read_json, read_xlsx
from sixpowers.findings import Finding
from sixpowers.importer.build import import_grids
from sixpowers.importer.grid import read_csv_grid
from sixpowers.validate import validate_document
from sixpowers.vocab import TypeVocabulary

FUZZ = settings(derandomize=True, max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
VOCAB = TypeVocabulary.build()
LIMITS = LimitsConfig()
csvish = st.lists(st.sampled_from([
    "【部门】", "【事项】", "【设定依据】", "【流程走向】", "【其他列】", "【未知】", "序号", "事项序号",
    "事项名称", "事项类型", "实施主体", "设定依据", "环节编号", "列名", "部门名称", "法定办结时限",
    "1", "2", "0101", "'=1+1", "[1,", "[\"a\"]", "是", "x", "", ",", "\n", "\r\n", "\"", "一、行政许可",
    "【法律】《中华人民共和国公路法》第八条", "1.受理责任：受理", "20个工作日", "部门", "子项"]),
    max_size=40).map("".join)


@FUZZ
@given(csvish)
def test_layout_csv_reader_never_raises(text: str) -> None:
    doc = read_csv(text.encode("utf-8"), "f.csv", LIMITS)
    assert all(isinstance(f, Finding) for f in doc.findings)
    validate_document(doc, VOCAB)


@FUZZ
@given(csvish | st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
def test_import_never_raises(text: str) -> None:
    grids, _, _ = read_csv_grid(text.encode("utf-8", "surrogatepass"), "f.csv")
    result = import_grids(grids, VOCAB, {}, "示例局")
    assert sum(result.counts().values()) == sum(len(g.rows) for g in grids)


@FUZZ
@given(st.binary(max_size=300))
def test_json_and_xlsx_readers_never_raise(raw: bytes) -> None:
    for reader in (read_json, read_xlsx):
        doc = reader(raw, "f", LIMITS)
        validate_document(doc, VOCAB)


def test_xml_entity_bomb_in_a_workbook_is_refused(tmp_path: Path) -> None:
    doctype = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
               '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    import openpyxl

    book = openpyxl.Workbook()
    book.active["A1"] = "x"
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = doctype.encode() + data
            target.writestr(item, data)
    doc = read_xlsx(out.getvalue(), "bomb.xlsx", LIMITS)
    assert [f.code for f in doc.findings] == ["SP020"]
