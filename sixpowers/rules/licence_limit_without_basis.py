"""行政许可的法定时限超过 20 个工作日，却没有写明特别法依据。

## 检查什么
类型为行政许可、`time_limit.statutory` 大于 20（单位为工作日）且没有 `time_limit.special_basis`。
超过 30 时提示：即使经本机关负责人批准延长 10 日也不能达到。

## 为什么
行政许可法规定的一般时限是 20 个工作日，延长 10 日须经负责人批准并告知申请人，延长的期限不是
“法定时限”；更长的时限只能来自法律、法规的特别规定，必须写明出处。

## 法律依据
《中华人民共和国行政许可法》第四十二条第一款；第四十五条（听证、检验、专家评审时间不计入）。

## 示例
```yaml
type: 行政许可
time_limit: {statutory: 45}
```

## 改为
```yaml
type: 行政许可
time_limit: {statutory: 45, special_basis: 《中华人民共和国某某法》第二十条}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP311"
NAME = "licence-limit-without-basis"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "《中华人民共和国行政许可法》第四十二条第一款、第四十五条"
KINDS = ("government",)


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    limit = power.time_limit
    if ctx.vocab.canonical(power.type) != "行政许可" or limit is None or limit.statutory is None:
        return
    if limit.unit != "工作日" or limit.statutory <= 20 or limit.special_basis:
        return
    beyond = "，延长 10 日后也超过" if limit.statutory > 30 else ""
    yield violation(file, f"{pointer}/time_limit/statutory", power,
                    f"行政许可法定时限 {limit.statutory:g} 个工作日超过一般时限 20 个工作日{beyond}，未写明特别法依据",
                    f"licence limit of {limit.statutory:g} working days exceeds the general 20"
                    + (" (and 30 with an extension)" if beyond else "") + " without a special-law basis",
                    "在 time_limit.special_basis 写明规定该时限的法律法规条款，否则改为 20",
                    "cite the special law in time_limit.special_basis, or use 20")


check = per_power(_check)
