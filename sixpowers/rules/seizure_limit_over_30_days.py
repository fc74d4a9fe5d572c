"""查封、扣押的期限超过 30 日，却没有写明特别规定。

## 检查什么
类型为行政强制、名称含“查封”或“扣押”、`time_limit.statutory` 大于 30 且没有
`time_limit.special_basis`（延长 30 日须经行政机关负责人批准，延长的期限不是法定时限）。

## 为什么
查封、扣押直接限制当事人的财产权，期限不得超过三十日；情况复杂的经负责人批准可延长，但不得
超过三十日；法律、行政法规另有规定的除外，并须写明。

## 法律依据
《中华人民共和国行政强制法》第二十五条第一款。

## 示例
```yaml
name: 扣押违法运输车辆
type: 行政强制
time_limit: {statutory: 60, unit: 自然日}
```

## 改为
```yaml
name: 扣押违法运输车辆
type: 行政强制
time_limit: {statutory: 30, unit: 自然日}
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP313"
NAME = "seizure-limit-over-30-days"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "《中华人民共和国行政强制法》第二十五条第一款"
KINDS = ("government",)

_SEIZURE = re.compile(r"查封|扣押")


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    limit = power.time_limit
    if ctx.vocab.canonical(power.type) != "行政强制" or not _SEIZURE.search(power.name):
        return
    if limit and limit.statutory is not None and limit.statutory > 30 and not limit.special_basis:
        yield violation(file, f"{pointer}/time_limit/statutory", power,
                        f"查封、扣押期限 {limit.statutory:g} 日超过 30 日，未写明特别规定",
                        f"seizure limit of {limit.statutory:g} days exceeds 30 without a special provision",
                        "改为 30（延长须经负责人批准，另行告知），或在 special_basis 写明法律、行政法规的特别规定",
                        "use 30 (extensions need approval) or cite the special provision in special_basis")


check = per_power(_check)
