"""流程没有起点或有多个起点。

## 检查什么
`flow` 非空时，`kind: start` 的环节必须恰好一个。

## 为什么
流程图要从唯一的起点（申请、立案、发现线索）开始，才能判断每个环节是否可达、时限如何累计；
电子监察平台（1+X）也按唯一起点比对案件轨迹。

## 法律依据
国务院审改办 2016 年权力清单试点：保留事项须编制运行流程图，列明每个环节的承办主体、
办理标准、办理程序、办理时限、监督方式；中办发〔2015〕21号（逐项编制权力运行流程图并公开）；《中华人民共和国行政许可法》第三十条（公示办理程序）。

## 示例
```yaml
flow:
  - {id: accept, name: 受理, next: [{to: decide}]}
  - {id: decide, name: 决定, kind: end}
```

## 改为
```yaml
flow:
  - {id: apply, name: 申请, kind: start, next: [{to: accept}]}
  - {id: accept, name: 受理, next: [{to: decide}]}
  - {id: decide, name: 决定, kind: end}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP303"
NAME = "flow-start-count"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2015〕21号；《中华人民共和国行政许可法》第三十条；国务院审改办 2016 年权力清单试点"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not power.flow:
        return
    starts = [i for i, s in enumerate(power.flow) if s.kind == "start"]
    if not starts:
        yield violation(file, f"{pointer}/flow", power, "流程没有起点（kind: start）",
                        "the flow has no start step (kind: start)",
                        "把第一个环节标为 kind: start", "mark the first step kind: start")
    for index in starts[1:]:
        yield violation(file, f"{pointer}/flow/{index}/kind", power,
                        f"流程有 {len(starts)} 个起点，只能有一个",
                        f"the flow has {len(starts)} start steps; it needs exactly one",
                        "只保留一个 kind: start，其余改为 task", "keep one start and make the rest tasks")


check = per_power(_check)
