"""Writing generated registers: YAML in the style people write it (block mappings, short flow
lists, quoted codes) and the same powers as one CSV with a Frictionless Table Schema.

PyYAML's emitter would take minutes for a province-sized register, so this writes the few
shapes the generator produces directly."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

_PLAIN_FIRST_BAD = set("-?:,[]{}#&*!|>'\"%@` ~+.0123456789")
_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


class Raw(str):
    """A scalar written verbatim (unquoted): how the generator plants YAML 1.1 traps."""


def scalar(value: Any, flow: bool = False) -> str:
    if isinstance(value, Raw):
        return str(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if (not text or text[0] in _PLAIN_FIRST_BAD or text.lower() in _WORDS or ": " in text
            or " #" in text or "\n" in text or text != text.strip() or text.endswith(":")
            or (flow and any(c in text for c in ",[]{}"))):
        return json.dumps(text, ensure_ascii=False)
    return text


def _flow_map(data: dict[str, Any]) -> str | None:
    if not all(not isinstance(v, dict | list) or (isinstance(v, list) and all(
            isinstance(i, dict) and all(not isinstance(x, dict | list) for x in i.values())
            for i in v)) for v in data.values()):
        return None
    parts = []
    for key, value in data.items():
        if isinstance(value, list):
            inner = ", ".join("{" + ", ".join(f"{k}: {scalar(x, True)}" for k, x in i.items()) + "}"
                              for i in value)
            parts.append(f"{key}: [{inner}]")
        else:
            parts.append(f"{key}: {scalar(value, True)}")
    text = "{" + ", ".join(parts) + "}"
    return text if len(text) <= 110 else None


def _block(data: Any, indent: int, out: list[str]) -> None:
    pad = " " * indent
    for key, value in data.items():
        if isinstance(value, dict):
            out.append(f"{pad}{key}:\n")
            _block(value, indent + 2, out)
        elif isinstance(value, list):
            if not value:
                out.append(f"{pad}{key}: []\n")
            elif all(not isinstance(v, dict | list) for v in value) and sum(
                    len(str(v)) for v in value) < 40:
                out.append(f"{pad}{key}: [{', '.join(scalar(v, True) for v in value)}]\n")
            else:
                out.append(f"{pad}{key}:\n")
                _items(value, indent + 2, out)
        else:
            out.append(f"{pad}{key}: {scalar(value)}\n")


def _items(items: list[Any], indent: int, out: list[str]) -> None:
    pad = " " * indent
    for item in items:
        if not isinstance(item, dict):
            out.append(f"{pad}- {scalar(item)}\n")
            continue
        flow = _flow_map(item) if item.get("_flow") is not False else None
        if flow is not None:
            out.append(f"{pad}- {flow}\n")
            continue
        sub: list[str] = []
        _block({k: v for k, v in item.items() if k != "_flow"}, indent + 2, sub)
        sub[0] = pad + "- " + sub[0][indent + 2:]
        out.extend(sub)


def department_yaml(data: dict[str, Any]) -> str:
    out = ["# yaml-language-server: $schema=../../schemas/department.schema.json\n"]
    _block(data, 0, out)
    return "".join(out)


CSV_COLUMNS = ("部门", "事项编码", "事项名称", "子项名称", "事项类型", "设定依据", "实施主体",
               "承办机构", "行使层级", "责任事项", "追责情形", "追责依据", "监督方式", "监督电话",
               "投诉电话", "法定办结时限", "承诺办结时限", "收费依据和标准", "处理意见",
               "公开范围", "公开时间", "运行流程", "廉政风险点")


def _basis(citations: list[dict[str, Any]]) -> str:
    return "\n".join(f"【{c['level']}】《{c['title']}》" + (f"（{c['version']}）" if c.get("version")
                     else "") + f"{c.get('article', '')}：{c.get('text', '')}" for c in citations)


def power_row(department: str, p: dict[str, Any]) -> list[str]:
    """One power as one CSV row, multi-valued cells joined by newlines as published lists do."""
    limit = p.get("time_limit") or {}
    sup = p.get("supervision") or {}
    return [
        department, str(p.get("code", "")), p.get("name", ""), p.get("sub_name") or "",
        str(p.get("type", "")), _basis(p.get("basis", [])), p.get("subject", ""),
        p.get("undertaker", ""), "、".join(p.get("levels", [])),
        "\n".join(f"{d['stage']}：{d['content']}" for d in p.get("duties", [])),
        "\n".join(p.get("accountability", [])), "\n".join(p.get("accountability_basis", [])),
        "、".join(sup.get("methods", [])), sup.get("phone", ""), sup.get("complaint", ""),
        str(limit.get("statutory", "")), str(limit.get("committed", "")), str(p.get("fee", "")),
        p.get("status", {}).get("value", ""), p.get("disclosure", {}).get("scope", ""),
        p.get("disclosure", {}).get("timing", ""),
        " → ".join(f"{s['name']}（{s.get('post', '')}）" for s in p.get("flow", [])),
        "\n".join(f"{r['step']}：{r['description']}（{r['level']}）" for r in p.get("risks", [])),
    ]


def register_csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue()


def table_schema(types: list[str]) -> dict[str, Any]:
    """The Frictionless Table Schema the CSV is checked against: the same constraints the
    YAML model enforces on these columns."""
    fields: list[dict[str, Any]] = [{"name": c, "type": "string"} for c in CSV_COLUMNS]
    by_name = {f["name"]: f for f in fields}
    for name in ("部门", "事项编码", "事项名称", "事项类型", "实施主体"):
        by_name[name]["constraints"] = {"required": True}
    by_name["事项编码"]["constraints"]["pattern"] = r"\d{12}"
    by_name["事项类型"]["constraints"]["enum"] = types
    by_name["处理意见"]["constraints"] = {"enum": ["保留", "取消", "下放", "转移", "整合", "新增",
                                                   "委托", "暂停"]}
    by_name["公开范围"]["constraints"] = {"enum": ["社会公开", "党内公开", "机关内部公开",
                                                   "单位内部公开", "不公开"]}
    for name in ("法定办结时限", "承诺办结时限"):
        by_name[name]["type"] = "number"
        by_name[name]["constraints"] = {"minimum": 0, "maximum": 3650}
    return {"fields": fields, "primaryKey": ["事项编码"]}
