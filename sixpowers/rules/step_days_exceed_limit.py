"""各环节时限之和超过了法定办结时限。

## 检查什么
沿流程从起点到终点（不计补正、退回回路）累加各环节的 `days`，取最长的一条路径；它超过
`time_limit.statutory`（没有法定时限时比较承诺时限）时报告。

## 为什么
按流程图逐环节用足时限就会超期，说明流程时限或法定时限写错了；电子监察平台按环节时限亮灯，
总时限对不上会让红灯失去意义。

## 法律依据
《中华人民共和国行政许可法》第四十二条；《中华人民共和国行政处罚法》第六十条。

## 示例
```yaml
time_limit: {statutory: 5}
flow:
  - {id: a, name: 受理, kind: start, days: 2, next: [{to: b}]}
  - {id: b, name: 审查, kind: end, days: 5}
```

## 改为
```yaml
time_limit: {statutory: 10}
flow:
  - {id: a, name: 受理, kind: start, days: 2, next: [{to: b}]}
  - {id: b, name: 审查, kind: end, days: 5}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .flowgraph import longest_days

CODE = "SP308"
NAME = "step-days-exceed-limit"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "《中华人民共和国行政许可法》第四十二条；《中华人民共和国行政处罚法》第六十条"


def _fmt(days: float) -> str:
    return f"{days:g}"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    limit = power.time_limit
    if limit is None or not power.flow:
        return
    bound, field = (limit.statutory, "statutory") if limit.statutory is not None else (limit.committed, "committed")
    if bound is None:
        return
    total = longest_days(power.flow)
    if total > bound:
        label = "法定" if field == "statutory" else "承诺"
        yield violation(file, f"{pointer}/time_limit/{field}", power,
                        f"各环节时限合计 {_fmt(total)} 天，超过{label}办结时限 {_fmt(bound)} 天",
                        f"step limits add up to {_fmt(total)} days, over the {field} limit of {_fmt(bound)}",
                        "压缩环节时限，或核对办结时限", "shorten the step limits or check the overall limit")


check = per_power(_check)
