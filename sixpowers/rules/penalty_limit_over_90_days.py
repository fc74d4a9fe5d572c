"""行政处罚的法定时限超过 90 日，却没有写明特别规定。

## 检查什么
类型为行政处罚、`time_limit.statutory` 大于 90 且没有 `time_limit.special_basis`。

## 为什么
行政处罚案件应当自立案之日起九十日内作出处理决定；法律、法规、规章另有规定的从其规定，
但必须写明出处。清单上写出更长的“法定时限”，等于给拖延办案开了口子。

## 法律依据
《中华人民共和国行政处罚法》第六十条。

## 示例
```yaml
type: 行政处罚
time_limit: {statutory: 180, unit: 自然日}
```

## 改为
```yaml
type: 行政处罚
time_limit: {statutory: 90, unit: 自然日}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP312"
NAME = "penalty-limit-over-90-days"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "《中华人民共和国行政处罚法》第六十条"
KINDS = ("government",)


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    limit = power.time_limit
    if ctx.vocab.canonical(power.type) != "行政处罚" or limit is None or limit.statutory is None:
        return
    if limit.statutory > 90 and not limit.special_basis:
        yield violation(file, f"{pointer}/time_limit/statutory", power,
                        f"行政处罚法定时限 {limit.statutory:g} 日超过 90 日，未写明特别规定",
                        f"penalty limit of {limit.statutory:g} days exceeds 90 without a special provision",
                        "在 time_limit.special_basis 写明另有规定的条款，否则改为 90",
                        "cite the special provision in time_limit.special_basis, or use 90")


check = per_power(_check)
