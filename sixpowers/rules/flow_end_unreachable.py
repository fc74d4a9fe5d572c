"""从起点出发到不了任何终点。

## 检查什么
流程有唯一起点，但沿 `next` 走不到任何 `kind: end` 的环节（或流程根本没有终点）。

## 为什么
没有终点的流程意味着办理没有结论：申请人得不到准予或不予的决定，时限也无从计算。

## 法律依据
《中华人民共和国行政许可法》第三十八条（依法作出准予或不予的书面决定）；
《中华人民共和国行政处罚法》第五十七条（调查终结后作出决定）。

## 示例
```yaml
flow:
  - {id: apply, name: 申请, kind: start, next: [{to: review}]}
  - {id: review, name: 审查, next: [{to: apply, kind: return}]}
```

## 改为
```yaml
flow:
  - {id: apply, name: 申请, kind: start, next: [{to: review}]}
  - {id: review, name: 审查, next: [{to: decide}]}
  - {id: decide, name: 决定, kind: end}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .flowgraph import reachable, steps_by_id

CODE = "SP304"
NAME = "flow-end-unreachable"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "《中华人民共和国行政许可法》第三十八条；《中华人民共和国行政处罚法》第五十七条"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    starts = [i for i, s in enumerate(power.flow) if s.kind == "start"]
    if len(starts) != 1:
        return
    seen = reachable(power.flow)
    ids = steps_by_id(power.flow)
    if not any(power.flow[ids[i]].kind == "end" for i in seen):
        yield violation(file, f"{pointer}/flow/{starts[0]}", power,
                        "从起点出发到不了任何终点（kind: end）",
                        "no end step (kind: end) can be reached from the start",
                        "补上决定、送达等终点环节，并用 next 连通",
                        "add the end step and connect it with next")


check = per_power(_check)
