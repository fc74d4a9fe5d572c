"""事项类型使用了别名而不是规范名称。

## 检查什么
`type` 是类型词表中的别名（如“行政审批”“其他职权”“监督检查”），而不是规范名称。

## 为什么
同一类型写法不一，统计、比对上下级清单（同一事项在省市县三级名称、类型、依据、编码统一）时
就会出错。别名仍能通过校验，但应统一成规范名称。

## 法律依据
GB/T 39554.1-2020（事项类型及其代码）；2018 年国务院办公厅推进政务服务事项标准化的要求（同一事项名称、
类型、依据、编码统一）。

## 示例
```yaml
type: 行政审批
```

## 改为
```yaml
type: 行政许可
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Fix, Violation, per_power, violation

CODE = "SP502"
NAME = "type-alias"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "GB/T 39554.1-2020；2018 年政务服务事项标准化要求"
FIXABLE = True


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    value = power.type.strip()
    canonical = ctx.vocab.aliases.get(value)
    if canonical and canonical != value and canonical in ctx.vocab.codes:
        where = f"{pointer}/type"
        yield violation(file, where, power, f"事项类型“{power.type}”是别名，规范名称为“{canonical}”",
                        f"type '{power.type}' is an alias; the canonical name is '{canonical}'",
                        f"改为“{canonical}”（可用 --fix 自动修正）", f"write '{canonical}' (--fix does it)",
                        Fix(where, canonical))


check = per_power(_check, active_only=False)
