"""Field-level comparison of two model values, in readable Chinese and English.

Lists of records are matched by a natural key (a citation by law and article, a step by id, a
risk by step and description), so reordering is not a change and one edited step reads as one
change, not a removal and an addition.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from pydantic import BaseModel

from ..model import (
    Citation,
    Duty,
    Edge,
    MainDuty,
    Prohibition,
    RemovedPower,
    Risk,
    SharedDuty,
    Step,
)
from .model import FieldChange


def _citation(c: Citation) -> str:
    text = f"【{c.level}】《{c.title}》{c.article or ''}"
    if c.doc_number:
        text += f"（{c.doc_number}）"
    if c.version:
        text += f"（{c.version}）"
    return text


def _step(s: Step) -> str:
    parts = [p for p in (s.post, f"{s.days:g}天" if s.days is not None else None) if p]
    return f"{s.name}（{'，'.join(parts)}）" if parts else s.name


def _edge(e: Edge) -> str:
    text = f"→{e.to}"
    if e.label:
        text += f"（{e.label}）"
    return text + ("（退回）" if e.kind == "return" else "")


RENDER: dict[type, Callable[[Any], str]] = {
    Citation: _citation,
    Step: _step,
    Edge: _edge,
    Risk: lambda r: f"[{r.level}] {r.description}",
    Duty: lambda d: f"{d.stage}：{d.content}",
    MainDuty: lambda d: d.name,
    SharedDuty: lambda d: f"{d.name}（牵头：{d.lead}）",
    Prohibition: lambda p: p.act,
    RemovedPower: lambda r: f"{r.code + ' ' if r.code else ''}{r.name}（{r.reason}）",
}

KEYS: dict[type, Callable[[Any], str]] = {
    Citation: lambda c: f"《{c.title}》{c.article or ''}{c.doc_number or ''}",
    Step: lambda s: s.id,
    Edge: lambda e: f"{e.to}|{e.label or ''}",
    Risk: lambda r: f"{r.step}:{r.description}",
    Duty: lambda d: d.stage,
    MainDuty: lambda d: d.name,
    SharedDuty: lambda d: d.name,
    Prohibition: lambda p: p.id or p.act,
    RemovedPower: lambda r: r.code or r.name,
}


def render(value: Any) -> str:
    """A value as one readable line."""
    if value is None:
        return ""
    if isinstance(value, BaseModel):
        fn = RENDER.get(type(value))
        if fn:
            return fn(value)
        parts = []
        for name, info in type(value).model_fields.items():
            item = getattr(value, name)
            if item not in (None, [], {}, "") and item != info.default:
                parts.append(f"{info.title or name}：{render(item)}")
        return "；".join(parts)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return "、".join(render(v) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{k}：{render(v)}" for k, v in value.items())
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _join(label: str, name: str) -> str:
    if not label or label.rsplit("·", 1)[-1] == name:
        return label or name
    return f"{label}·{name}"


def diff_models(old: BaseModel, new: BaseModel, path: str = "", label: str = "",
                skip: Sequence[str] = ()) -> Iterator[FieldChange]:
    """Every field that differs between two instances of the same model."""
    if old == new:
        return
    for name, info in type(new).model_fields.items():
        if name in skip:
            continue
        a, b = getattr(old, name), getattr(new, name)
        if a == b:
            continue
        fpath = f"{path}.{name}" if path else name
        flabel = _join(label, info.title or name)
        yield from diff_values(a, b, fpath, flabel)


def diff_values(a: Any, b: Any, path: str, label: str) -> Iterator[FieldChange]:
    """Changes between two values of one field."""
    if isinstance(a, BaseModel) and isinstance(b, BaseModel) and type(a) is type(b) \
            and type(a) not in RENDER:
        yield from diff_models(a, b, path, label)
    elif isinstance(a, list) and isinstance(b, list):
        yield from diff_lists(a, b, path, label)
    elif isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(a.keys() | b.keys()):
            if a.get(key) != b.get(key):
                yield from diff_values(a.get(key), b.get(key), f"{path}[{key}]",
                                       f"{label}[{key}]")
    elif a is None or a in ([], {}):
        yield FieldChange(path, label, "added", None, render(b))
    elif b is None or b in ([], {}):
        yield FieldChange(path, label, "removed", render(a), None)
    else:
        yield FieldChange(path, label, "changed", render(a), render(b))


def keyed(items: Sequence[Any], key: Callable[[Any], str]) -> dict[str, Any]:
    """Items by key; a repeated key gets `#2`, `#3` so nothing is lost."""
    out: dict[str, Any] = {}
    for item in items:
        k = key(item)
        probe, n = k, 1
        while probe in out:
            n += 1
            probe = f"{k}#{n}"
        out[probe] = item
    return out


def diff_lists(a: list[Any], b: list[Any], path: str, label: str) -> Iterator[FieldChange]:
    """Lists of records by natural key; lists of text as sets."""
    sample = a[0] if a else b[0] if b else None
    if sample is None:
        return
    key = KEYS.get(type(sample))
    if key is None:
        old_set, new_set = [render(x) for x in a], [render(x) for x in b]
        for item in old_set:
            if item not in new_set:
                yield FieldChange(path, label, "removed", item, None)
        for item in new_set:
            if item not in old_set:
                yield FieldChange(path, label, "added", None, item)
        return
    old_map, new_map = keyed(a, key), keyed(b, key)
    for k, item in old_map.items():
        if k not in new_map:
            yield FieldChange(path, label, "removed", render(item), None)
    for k, item in new_map.items():
        if k not in old_map:
            yield FieldChange(path, label, "added", None, render(item))
        elif old_map[k] != item:
            yield from diff_models(old_map[k], item, f"{path}[{k}]", f"{label}[{k}]")
