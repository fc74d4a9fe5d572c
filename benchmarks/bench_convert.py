"""Benchmark: a department file of N full powers (flow, risks, duties, basis; default 1,000)
written and read back as YAML, JSON, CSV and XLSX, and a published list of N rows imported.
Prints CPU seconds (process time, so a busy machine does not distort it). Not a test.

    python benchmarks/bench_convert.py [--count 1000]
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402

from sixpowers.config import LimitsConfig  # noqa: E402
from sixpowers.convert.dump import dump_department  # noqa: E402
from sixpowers.importer.run import import_list  # noqa: E402
from sixpowers.model import DepartmentFile  # noqa: E402
from sixpowers.sources import parse_yaml, read_source  # noqa: E402

SCAFFOLD = ROOT / "sixpowers" / "scaffold" / "department.yaml.tmpl"


def _register(count: int) -> DepartmentFile:
    data = parse_yaml(SCAFFOLD.read_text("utf-8"), "scaffold").data
    template = data["powers"][0]
    data["powers"] = [{**copy.deepcopy(template), "code": f"1401150{i:05d}"} for i in range(count)]
    return DepartmentFile.model_validate(data)


def _published(path: Path, count: int) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["示例县交通运输局权责清单"])
    sheet.append(["序号", "事项名称", "职权类型", "设定依据", "实施主体", "责任事项", "追责情形",
                  "法定办结时限", "承诺办结时限", "权力编码"])
    for i in range(count):
        sheet.append([i + 1, f"事项{i}", "行政许可",
                      "【法律】《中华人民共和国公路法》第八条：……\n【行政法规】《中华人民共和国道路运输条例》第二十四条 ……",
                      "示例县交通运输局", "1.受理责任：受理。2.审查责任：审查。3.决定责任：决定。",
                      "1.不予受理的；2.索贿的。", "20个工作日", "10个工作日", f"1401150{i:05d}"])
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    model = _register(args.count)
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("yaml", "json", "csv", "xlsx"):
            path = Path(folder) / f"department.{fmt}"
            start = time.process_time()
            path.write_bytes(dump_department(model, fmt))
            written = time.process_time() - start
            start = time.process_time()
            back = DepartmentFile.model_validate(read_source(path, path.name, LimitsConfig()).data)
            read = time.process_time() - start
            assert back == model
            print(f"{fmt:5} {args.count} powers: write {written:6.2f} s, read {read:6.2f} s, "
                  f"{path.stat().st_size / 1e6:5.1f} MB")
        source = Path(folder) / "published.xlsx"
        _published(source, args.count)
        start = time.process_time()
        imported = import_list(source, Path(folder) / "imported.yaml", {})
        print(f"import {args.count} rows: {time.process_time() - start:6.2f} s, "
              f"{len(imported.findings)} findings")


if __name__ == "__main__":
    main()
