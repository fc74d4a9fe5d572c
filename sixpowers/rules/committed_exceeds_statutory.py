"""承诺办结时限超过了法定办结时限。

## 检查什么
`time_limit.committed` 大于 `time_limit.statutory`。

## 为什么
承诺时限是在法定时限内作出的提速承诺，超过法定时限的“承诺”本身就是违法承诺。

## 法律依据
《中华人民共和国行政许可法》第四十二条；《优化营商环境条例》（压减办理时限）。

## 示例
```yaml
time_limit: {statutory: 20, committed: 25}
```

## 改为
```yaml
time_limit: {statutory: 20, committed: 10}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP310"
NAME = "committed-exceeds-statutory"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "《中华人民共和国行政许可法》第四十二条；《优化营商环境条例》"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    limit = power.time_limit
    if limit and limit.committed is not None and limit.statutory is not None \
            and limit.committed > limit.statutory:
        yield violation(file, f"{pointer}/time_limit/committed", power,
                        f"承诺时限 {limit.committed:g} 天超过法定时限 {limit.statutory:g} 天",
                        f"committed limit {limit.committed:g} days exceeds the statutory {limit.statutory:g}",
                        "承诺时限不得超过法定时限", "the committed limit must not exceed the statutory one")


check = per_power(_check)
