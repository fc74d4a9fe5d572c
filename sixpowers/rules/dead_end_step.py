"""非终点环节没有后续环节（死环节）。

## 检查什么
`kind` 不是 `end` 的环节没有 `next`。

## 为什么
办理走到这里就停住了：既没有结论也没有下一步，案件会在这里超时。要么补上后续环节，要么把它
标为终点。

## 法律依据
国务院审改办 2016 年权力清单试点（运行流程图须完整）；中办发〔2015〕21号（逐项编制权力运行流程图并公开）；《中华人民共和国行政许可法》第三十条（公示办理程序）。

## 示例
```yaml
flow:
  - {id: apply, name: 申请, kind: start, next: [{to: review}]}
  - {id: review, name: 审查}
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

CODE = "SP306"
NAME = "dead-end-step"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2015〕21号；《中华人民共和国行政许可法》第三十条；国务院审改办 2016 年权力清单试点"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    for index, step in enumerate(power.flow):
        if step.kind != "end" and not step.next:
            yield violation(file, f"{pointer}/flow/{index}", power,
                            f"环节“{step.name}”（{step.id}）不是终点却没有后续环节",
                            f"step '{step.name}' ({step.id}) is not an end step but has no next step",
                            "补上 next，或标为 kind: end", "add next, or mark it kind: end")


check = per_power(_check)
