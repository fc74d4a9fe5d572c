"""A canonical readable text of one department file, for git's `textconv` diff driver.

Powers are sorted by key and every field is printed under its Chinese title, one value per
line, so `git log -p` shows what changed in words, not in YAML indentation. A file that does not
parse is printed as it is: a diff driver must never fail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..config import Config, find_config, load_config
from ..findings import UsageError
from ..sources import READERS, read_yaml
from ..validate import validate_document
from .fields import render


def _lines(model: BaseModel, indent: str) -> list[str]:
    out: list[str] = []
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if value is None or value is False or value in ([], {}, ""):
            continue
        title = info.title or name
        if isinstance(value, list):
            out.append(f"{indent}{title}：")
            for item in value:
                out.append(f"{indent}  - {render(item)}")
                if isinstance(item, BaseModel) and type(item).__name__ in ("Citation", "Risk", "Step"):
                    out.extend(_lines(item, indent + "      "))
        elif isinstance(value, BaseModel):
            out.append(f"{indent}{title}：")
            out.extend(_lines(value, indent + "  "))
        else:
            out.append(f"{indent}{title}：{render(value)}")
    return out


def canonical_text(path: Path) -> str:
    """The readable canonical text of a department file (or its raw text if it is broken)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: 无法读取文件：{exc.strerror}",
                         f"{path}: cannot read file: {exc.strerror}") from exc
    try:
        config = load_config(find_config(path.resolve()))
    except UsageError:
        config = Config()
    reader = READERS.get(path.suffix.lower(), read_yaml)
    checked = validate_document(reader(raw, str(path), config.limits), config.type_vocabulary())
    if checked.model is None:
        return raw.decode("utf-8", "replace")
    model = checked.model
    out = [f"部门：{model.department.name}"]
    out.extend(_lines(model.department, "  ")[1:])
    for _pointer, power in sorted(checked.powers, key=lambda p: p[1].key):
        out.append("")
        out.append(f"== {power.code or '（无编码）'} {power.title} ==")
        out.extend(_lines(power, "  "))
    rest: dict[str, Any] = {"responsibilities": model.responsibilities,
                            "negative_list": model.negative_list, "removed": model.removed}
    for name, value in rest.items():
        if value:
            out.append("")
            out.append(f"== {type(model).model_fields[name].title} ==")
            if isinstance(value, BaseModel):
                out.extend(_lines(value, "  "))
            else:
                out.extend(f"  - {render(item)}" for item in value)
    if checked.findings:
        out.append("")
        out.append(f"（有 {len(checked.findings)} 个校验问题；原文如下）")
        out.append(raw.decode("utf-8", "replace"))
    return "\n".join(out) + "\n"
