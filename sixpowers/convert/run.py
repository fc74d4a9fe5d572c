"""`convert_path`: a department file or a whole register folder into another format."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..config import CONFIG_NAME, Config, find_config, load_config
from ..findings import Finding, Severity, UsageError
from ..fsutil import atomic_directory, atomic_write_bytes, copy_staged
from ..model import DepartmentFile
from ..register import discover_files
from ..sources import read_source
from ..validate import validate_document
from .dump import FORMATS, dump_department
from .flatten import Table
from .layout import SHEETS


@dataclass
class Converted:
    """What a conversion wrote, and the findings of its inputs (nothing is written on errors)."""

    written: list[Path] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def format_of(path: Path, label: str = "输出") -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: 无法从扩展名判断{label}格式（可用 .yaml .yml .json .csv .xlsx）",
                         f"{path}: cannot tell the format from the extension "
                         "(use .yaml .yml .json .csv .xlsx)")
    return fmt


def _config(source: Path, config_path: Path | None) -> Config:
    path = config_path or find_config(source.resolve())
    return load_config(path)


def read_department(path: Path, display: str, config: Config) -> tuple[DepartmentFile | None, list[Finding]]:
    """A department file as a model, or None with the findings that stop it."""
    document = read_source(path, display, config.limits)
    checked = validate_document(document, config.type_vocabulary())
    findings = checked.findings
    if any(f.severity >= Severity.ERROR for f in findings):
        return None, findings
    return DepartmentFile.model_validate(document.data), findings


def convert_path(source: Path, target: Path, to: str | None = None,
                 config_path: Path | None = None, force: bool = False) -> Converted:
    """Convert a file (format from each extension) or a folder (every department file into
    `to` format, `sixpowers.toml` copied). Inputs with errors stop the run before any write."""
    if not source.exists():
        raise UsageError(f"{source}: 文件或文件夹不存在", f"{source}: no such file or folder")
    config = _config(source, config_path)
    result = Converted()
    if not source.is_dir():
        fmt = format_of(target)
        format_of(source, "输入")
        if target.exists() and target.resolve() == source.resolve():
            raise UsageError("输入与输出是同一个文件", "input and output are the same file")
        model, result.findings = read_department(source, str(source), config)
        if model is not None:
            atomic_write_bytes(target, dump_department(model, fmt))
            result.written.append(target)
        return result
    fmt = to or "yaml"
    suffix = {"yaml": ".yaml", "json": ".json", "csv": ".csv", "xlsx": ".xlsx"}.get(fmt)
    if suffix is None:
        raise UsageError(f"不支持的格式 {fmt!r}（yaml、json、csv、xlsx）",
                         f"unsupported format {fmt!r} (yaml, json, csv, xlsx)")
    if target.suffix.lower() in FORMATS or (target.exists() and not target.is_dir()):
        raise UsageError(f"{target}: 转换文件夹时输出必须是文件夹", f"{target}: a folder converts into a folder")
    if target.resolve() == source.resolve() or source.resolve() in target.resolve().parents:
        raise UsageError("输出文件夹不能是输入文件夹或在其内部",
                         "the output folder cannot be the input folder or inside it")
    if target.exists() and any(target.iterdir()) and not force:
        raise UsageError(f"{target}: 文件夹已存在且不为空（使用 --force 整体替换）",
                         f"{target}: folder exists and is not empty (use --force to replace it)")
    files, result.findings = discover_files(source)
    outputs: dict[Path, bytes] = {}
    for path in files:
        if path.name == CONFIG_NAME:
            continue
        rel = path.relative_to(source)
        model, findings = read_department(path, str(path), config)
        result.findings.extend(findings)
        if model is not None:
            outputs[rel.with_suffix(suffix)] = dump_department(model, fmt)
    if any(f.severity >= Severity.ERROR for f in result.findings):
        return result
    with atomic_directory(target) as staging:
        for rel, data in sorted(outputs.items()):
            atomic_write_bytes(staging / rel, data)
        if (source / CONFIG_NAME).is_file():
            copy_staged(source / CONFIG_NAME, staging / CONFIG_NAME)
    result.written = [target / rel for rel in sorted(outputs)]
    return result


def write_template(target: Path, force: bool = False) -> Path:
    """An empty workbook (or CSV) with every sheet's headers and dropdowns."""
    fmt = format_of(target)
    if fmt not in ("xlsx", "csv"):
        raise UsageError("模板只能是 .xlsx 或 .csv", "a template is .xlsx or .csv")
    if target.exists() and not force:
        raise UsageError(f"{target}: 文件已存在（使用 --force 覆盖）", f"{target}: exists (use --force)")
    from .csvfile import write_csv
    from .xlsx import write_workbook

    tables = [Table(sheet) for sheet in SHEETS]
    atomic_write_bytes(target, write_workbook(tables) if fmt == "xlsx" else write_csv(tables))
    return target
