"""Schema validation: a Document's data against the model, each problem a located SP1xx finding.

Each power is validated on its own, so one broken power never hides the others from lint.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from .findings import Finding, Severity
from .model import Department, DepartmentFile, Power
from .sources import Document, escape_token
from .vocab import TypeVocabulary, nearest


@dataclass
class ValidatedFile:
    """What survived validation of one file: the file model without broken powers, and the
    pointer of each power that parsed."""

    document: Document
    model: DepartmentFile | None
    powers: list[tuple[str, Power]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


_MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("缺少必填字段“{field}”", "missing required field '{field}'"),
    "extra_forbidden": ("未知字段“{field}”", "unknown field '{field}'"),
    "string_type": ("“{field}”应为文本，实际为{got}", "'{field}' must be text, got {got_en}"),
    "int_type": ("“{field}”应为整数，实际为{got}", "'{field}' must be an integer, got {got_en}"),
    "float_type": ("“{field}”应为数字，实际为{got}", "'{field}' must be a number, got {got_en}"),
    "bool_type": ("“{field}”应为 true 或 false，实际为{got}", "'{field}' must be true or false, got {got_en}"),
    "list_type": ("“{field}”应为列表，实际为{got}", "'{field}' must be a list, got {got_en}"),
    "dict_type": ("“{field}”应为映射（键: 值），实际为{got}", "'{field}' must be a mapping, got {got_en}"),
    "model_type": ("“{field}”应为映射（键: 值），实际为{got}", "'{field}' must be a mapping, got {got_en}"),
    "date_type": ("“{field}”应为日期（如 2024-01-31），实际为{got}", "'{field}' must be a date such as 2024-01-31, got {got_en}"),
    "string_too_short": ("“{field}”不能为空", "'{field}' must not be empty"),
    "literal_error": ("“{field}”的值“{value}”不在允许范围内：{expected}", "'{field}' value '{value}' is not one of: {expected}"),
    "greater_than_equal": ("“{field}”的值 {value} 不能小于 {ge}", "'{field}' value {value} must be at least {ge}"),
    "less_than_equal": ("“{field}”的值 {value} 不能大于 {le}", "'{field}' value {value} must be at most {le}"),
}
_NAMES = {
    "missing": ("SP101", "missing-field"),
    "extra_forbidden": ("SP102", "unknown-field"),
    "literal_error": ("SP104", "value-not-allowed"),
    "string_too_short": ("SP108", "empty-value"),
    "greater_than_equal": ("SP108", "value-out-of-range"),
    "less_than_equal": ("SP108", "value-out-of-range"),
    "date_type": ("SP109", "invalid-date"),
}


def _describe(value: Any) -> tuple[str, str]:
    if value is None:
        return "空值", "null"
    if isinstance(value, bool):
        return f"布尔值 {str(value).lower()}", f"boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"数字 {value}", f"number {value}"
    if isinstance(value, dt.date):
        return f"日期 {value.isoformat()}", f"date {value.isoformat()}"
    if isinstance(value, list):
        return "列表", "a list"
    if isinstance(value, dict):
        return "映射", "a mapping"
    return f"文本“{value}”", f"text '{value}'"


def _pointer(base: str, loc: tuple[int | str, ...]) -> str:
    return base + "".join(f"/{escape_token(str(part))}" for part in loc)


def _finding_for(error: Any, doc: Document, base: str, power: str | None) -> Finding:
    kind = error["type"]
    loc = tuple(error["loc"])
    pointer = _pointer(base, loc)
    field_name = str(loc[-1]) if loc else "(根)"
    if kind == "missing":
        field_name = str(loc[-1])
    value = error.get("input")
    ctx = error.get("ctx") or {}
    got, got_en = _describe(value)
    code, name = _NAMES.get(kind, ("SP103", "wrong-type"))
    hint: str | None = None
    hint_en: str | None = None
    if kind == "string_type" and isinstance(value, bool):
        code, name = "SP106", "yaml-boolean-trap"
        hint = "YAML 1.1 把 yes/no/on/off 读作布尔值；文本请加引号，如 \"是\""
        hint_en = "YAML 1.1 reads yes/no/on/off as booleans; quote text values"
    elif kind == "string_type" and isinstance(value, int | float):
        code, name = "SP107", "number-where-text"
        hint = "编码等文本请加引号，如 code: \"0101\"，否则前导零会丢失"
        hint_en = "quote codes and other text (code: \"0101\") or leading zeros are lost"
    elif kind == "literal_error":
        options = [o.strip(" '") for o in str(ctx.get("expected", "")).replace(" or ", ",").split(",")]
        ctx = {**ctx, "expected": "、".join(o for o in options if o)}
        guess = nearest(str(value), [o for o in options if o])
        if guess:
            hint, hint_en = f"是否应为“{guess}”？", f"did you mean '{guess}'?"
    elif kind == "extra_forbidden":
        hint, hint_en = "检查字段名拼写，或删除该字段", "check the spelling or remove the field"
    elif kind == "missing":
        hint, hint_en = f"在此处添加“{field_name}”", f"add '{field_name}' here"
    zh, en = _MESSAGES.get(kind, ("“{field}”的值无效：{msg}", "invalid value for '{field}': {msg}"))
    values = {"field": field_name, "got": got, "got_en": got_en, "value": value,
              "msg": error.get("msg", ""), **{k: v for k, v in ctx.items()}}
    location = doc.locate(pointer, key=kind == "extra_forbidden")
    return Finding(code=code, name=name, severity=Severity.ERROR,
                   message=zh.format(**values), message_en=en.format(**values),
                   location=location, power=power, hint=hint, hint_en=hint_en)


def _errors(exc: ValidationError) -> Iterator[Any]:
    yield from exc.errors(include_url=False)


def validate_document(doc: Document, vocab: TypeVocabulary) -> ValidatedFile:
    """Check a parsed file against the model; keep every power that passes."""
    result = ValidatedFile(doc, None, findings=list(doc.findings))
    data = doc.data
    if data is None:
        if not doc.findings:
            result.findings.append(Finding(
                "SP004", "empty-file", Severity.ERROR, "文件为空", doc.locate(""),
                message_en="the file is empty", hint="至少需要 department 部分",
                hint_en="a department file needs at least a department section"))
        return result
    if not isinstance(data, dict):
        got, got_en = _describe(data)
        result.findings.append(Finding(
            "SP110", "top-level-not-mapping", Severity.ERROR,
            f"文件顶层应为映射（department、powers 等），实际为{got}", doc.locate(""),
            message_en=f"the top level must be a mapping (department, powers, ...), got {got_en}"))
        return result
    raw_powers = data.get("powers")
    skeleton = {k: v for k, v in data.items() if k != "powers"}
    if not isinstance(raw_powers, list):
        skeleton["powers"] = raw_powers if raw_powers is not None else []
        raw_powers = []
    model: DepartmentFile | None
    try:
        model = DepartmentFile.model_validate(skeleton)
    except ValidationError as exc:
        result.findings.extend(_finding_for(e, doc, "", None) for e in _errors(exc))
        model = _salvage(skeleton)
    for index, raw in enumerate(raw_powers):
        pointer = f"/powers/{index}"
        code = raw.get("code") if isinstance(raw, dict) else None
        code = code if isinstance(code, str) else None
        raw_type = raw.get("type") if isinstance(raw, dict) else None
        if isinstance(raw_type, str) and raw_type:
            type_finding = _check_type(raw_type, code, vocab, doc, pointer)
            if type_finding:
                result.findings.append(type_finding)
        try:
            power = Power.model_validate(raw)
        except ValidationError as exc:
            result.findings.extend(_finding_for(e, doc, pointer, code) for e in _errors(exc))
            continue
        result.powers.append((pointer, power))
    result.model = model
    return result


def _salvage(skeleton: dict[str, Any]) -> DepartmentFile | None:
    """A file model from the department section alone, so the file's powers still lint."""
    try:
        department = Department.model_validate(skeleton.get("department"))
    except ValidationError:
        return None
    return DepartmentFile(department=department)


def _check_type(value: str, code: str | None, vocab: TypeVocabulary, doc: Document,
                pointer: str) -> Finding | None:
    if vocab.canonical(value) is not None:
        return None
    guess = vocab.suggest(value)
    allowed = "、".join(vocab.codes)
    return Finding(
        "SP105", "unknown-power-type", Severity.ERROR,
        f"事项类型“{value}”不在类型目录中（{allowed}）",
        doc.locate(pointer + "/type"), power=code,
        message_en=f"power type '{value}' is not in the vocabulary ({allowed})",
        hint=f"是否应为“{guess}”？" if guess else "在 sixpowers.toml 的 [vocab.types] 中扩展类型",
        hint_en=f"did you mean '{guess}'?" if guess else "extend [vocab.types] in sixpowers.toml")
