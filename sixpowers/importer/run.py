"""`import_list`: a published XLSX or CSV list into department YAML files, with its report."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..config import Config, find_config, load_config
from ..convert.dump import dump_yaml
from ..convert.readers import looks_like_department
from ..findings import Finding, Location, Severity, UsageError
from ..fsutil import atomic_write_bytes
from ..sources import Document
from ..validate import validate_document
from .build import ImportResult, import_grids
from .grid import read_csv_grid, read_xlsx_grids

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class Imported:
    result: ImportResult
    written: list[Path] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def parse_overrides(items: list[str]) -> dict[str, str]:
    """`列名=field` pairs from --map."""
    from .columns import FIELDS, normalise_header

    overrides = {}
    for item in items:
        header, sep, target = item.partition("=")
        target = target.strip()
        if not sep or not header.strip() or (target not in FIELDS and target != "extra"):
            raise UsageError(
                f"--map {item!r} 应写作 列名=字段，字段可选：{'、'.join(sorted(FIELDS))}、extra",
                f"--map {item!r} must be HEADER=field; fields: {', '.join(sorted(FIELDS))}, extra")
        overrides[normalise_header(header)] = target
    return overrides


_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$", re.IGNORECASE)


def _safe_name(name: str) -> str:
    """A file name from a department name: no separators, control characters or Windows
    device names, at most 60 characters, so the file stays inside the output folder."""
    stem = re.sub(r'[\\/:*?"<>|\s\x00-\x1f\x7f]+', "_", name).strip("._")[:60].strip("._")
    if _RESERVED.match(stem.split(".")[0]):
        stem = f"_{stem}"
    return stem or "department"


def import_list(source: Path, output: Path, overrides: dict[str, str],
                department: str | None = None, force: bool = False,
                config_path: Path | None = None) -> Imported:
    """Read `source`, build departments, validate them at their source cells, write YAML."""
    if not source.is_file():
        raise UsageError(f"{source}: 文件不存在", f"{source}: no such file")
    suffix = source.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UsageError(f"{source}: 只能导入 .xlsx 或 .csv（.xls 请先另存为 .xlsx）",
                         f"{source}: import reads .xlsx or .csv (save .xls as .xlsx first)")
    if looks_like_department(source):
        raise UsageError(f"{source} 已是 sixpowers 的表格格式，请用 sixpowers convert 转换",
                         f"{source} is already in sixpowers' own layout; use sixpowers convert")
    config = load_config(config_path or find_config(output.resolve().parent))
    size = source.stat().st_size
    if size > config.limits.max_file_bytes:
        raise UsageError(f"{source}: 文件大小 {size} 字节，超过上限 {config.limits.max_file_bytes} 字节"
                         "（可在 sixpowers.toml 的 [limits] 中调高 max_file_bytes）",
                         f"{source}: {size} bytes, over the limit of {config.limits.max_file_bytes}")
    raw = source.read_bytes()
    display = str(source)
    encoding = None
    if suffix == ".csv":
        grids, encoding, findings = read_csv_grid(raw, display)
    else:
        grids, findings = read_xlsx_grids(raw, display)
    result = import_grids(grids, config.type_vocabulary(), overrides, source.stem, department)
    result.encoding = encoding
    result.findings[:0] = findings
    if encoding:
        result.findings.insert(0, Finding(
            "SP040", "csv-encoding", Severity.INFO, f"CSV 编码识别为 {encoding}",
            Location(display, 1, 1, row=1), message_en=f"CSV encoding detected: {encoding}"))
    imported = Imported(result, findings=list(result.findings))
    outputs = _outputs(result, output, config, imported, display)
    if not outputs:
        return imported
    existing = [p for p in outputs if p.exists()]
    if existing and not force:
        names = "、".join(str(p) for p in existing)
        raise UsageError(f"以下文件已存在，未做任何修改：{names}（使用 --force 覆盖）",
                         f"these files exist; nothing was written: {names} (use --force)")
    for path, text in outputs.items():
        atomic_write_bytes(path, text.encode("utf-8"))
        imported.written.append(path)
    return imported


def _outputs(result: ImportResult, output: Path, config: Config, imported: Imported,
             display: str) -> dict[Path, str]:
    departments = [d for d in result.departments.values() if not d.is_empty()]
    if not departments:
        imported.findings.append(Finding(
            "SP049", "nothing-imported", Severity.ERROR, "没有找到任何事项行，未写出文件",
            Location(str(output)), message_en="no power rows found; nothing written"))
        return {}
    to_folder = output.suffix.lower() not in YAML_SUFFIXES
    if not to_folder and len(departments) > 1:
        names = "、".join(d.name for d in departments)
        raise UsageError(f"表中有 {len(departments)} 个部门（{names}），请用 -o 指定一个文件夹",
                         f"the list holds {len(departments)} departments ({names}); "
                         "give a folder to -o")
    outputs: dict[Path, str] = {}
    for dept in departments:
        info: dict[str, Any] = {"name": dept.name}
        if config.info.kind == "party":
            info["kind"] = "party"
        data: dict[str, Any] = {"department": info, "powers": dept.powers}
        data.update(dept.lists())
        doc = Document(display, data, cells=dict(dept.cells))
        checked = validate_document(doc, config.type_vocabulary())
        imported.findings.extend(checked.findings)
        path = output / f"{_safe_name(dept.name)}.yaml" if to_folder else output
        outputs[path] = dump_yaml(data)
    return outputs


def report_data(imported: Imported) -> dict[str, Any]:
    """The import report: every source row and column and where it went, with counts."""
    result = imported.result
    return {
        "encoding": result.encoding,
        "departments": {d.name: len(d.powers) for d in result.departments.values()},
        "lists": {d.name: {"main": len(d.main), "shared": len(d.shared),
                           "negative_list": len(d.negative_list)}
                  for d in result.departments.values() if d.main or d.shared or d.negative_list},
        "columns": [asdict(c) for c in result.columns],
        "rows": [asdict(r) for r in result.rows],
        "counts": result.counts(),
        "written": [str(p) for p in imported.written],
    }


def write_report(imported: Imported, path: Path) -> None:
    text = json.dumps(report_data(imported), ensure_ascii=False, indent=2)
    atomic_write_bytes(path, (text + "\n").encode("utf-8"))


def summary_lines(imported: Imported, lang: str) -> list[str]:
    """The column mapping and row counts, for the terminal."""
    result = imported.result
    zh = lang != "en"
    lines = []
    if result.encoding:
        lines.append(f"{'编码' if zh else 'encoding'}: {result.encoding}")
    lines.append("列映射：" if zh else "column mapping:")
    for column in result.columns:
        lines.append(f"  [{column.sheet}] {column.column} {column.header} → {column.target}")
    labels = {"power": "事项", "duty": "职责", "prohibition": "负面清单事项",
              "merged": "并入前表事项", "header": "表头", "title": "标题", "department": "部门标题",
              "blank": "空行", "skipped": "跳过"}
    counts = result.counts()
    parts = [f"{labels[k] if zh else k} {v}" for k, v in sorted(counts.items())]
    lines.append(("行：" if zh else "rows: ") + "，".join(parts) +
                 (f"（共 {sum(counts.values())} 行）" if zh else f" ({sum(counts.values())} in all)"))
    for dept in result.departments.values():
        line = f"  {dept.name}: {len(dept.powers)} {'项' if zh else 'powers'}"
        if dept.main or dept.shared or dept.negative_list:
            line += (f"，主要职责 {len(dept.main)}，职责边界 {len(dept.shared)}，负面清单 {len(dept.negative_list)}"
                     if zh else f", {len(dept.main)} main duties, {len(dept.shared)} shared duties, "
                     f"{len(dept.negative_list)} prohibitions")
        lines.append(line)
    return lines
