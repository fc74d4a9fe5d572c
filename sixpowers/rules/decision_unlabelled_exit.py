"""判断环节的出口没有标明条件。

## 检查什么
`kind: decision` 的环节，某条 `next` 没有 `label`（如“准予”“不予”“受理”“不予受理”），或只有
一个出口（补正、退回的回路也算出口）。

## 为什么
判断环节（流程图中的菱形）必须说明每条路在什么条件下走：不予受理、不予许可的分支要告知理由并
告知复议、诉讼权利，这一分支缺失或不标明，申请人的权利就没有落实到流程上。

## 法律依据
《中华人民共和国行政许可法》第三十二条（不予受理须告知）、第三十八条第二款（不予许可须说明理由
并告知复议诉讼权利）。

## 示例
```yaml
- id: decide
  name: 决定
  kind: decision
  next: [{to: deliver}, {to: refuse}]
```

## 改为
```yaml
- id: decide
  name: 决定
  kind: decision
  next: [{to: deliver, label: 准予}, {to: refuse, label: 不予}]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP309"
NAME = "decision-unlabelled-exit"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "《中华人民共和国行政许可法》第三十二条、第三十八条第二款"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    for index, step in enumerate(power.flow):
        if step.kind != "decision":
            continue
        if len(step.next) < 2:
            yield violation(file, f"{pointer}/flow/{index}/kind", power,
                            f"判断环节“{step.name}”只有 {len(step.next)} 个出口",
                            f"decision step '{step.name}' has {len(step.next)} exit(s)",
                            "判断环节至少要有准予和不予两个出口，或改为 task",
                            "a decision needs at least two exits (yes/no), or make it a task")
        for e, edge in enumerate(step.next):
            if not edge.label:
                yield violation(file, f"{pointer}/flow/{index}/next/{e}", power,
                                f"判断环节“{step.name}”通往“{edge.to}”的出口没有标明条件",
                                f"the exit of decision step '{step.name}' to '{edge.to}' has no label",
                                "加上 label，如“准予”“不予”", "add a label such as 准予 or 不予")


check = per_power(_check)
