"""重大行政决策的合法性审查排在集体讨论决定之后。

## 检查什么
标注了 `major_decision: true` 的事项，从开始环节沿正常流向（不含退回）逐层计算每个环节的
先后，合法性审查环节晚于集体讨论决定环节（或与之同层）。没有唯一开始环节时按列出的顺序。
两个环节缺一由 SP1003 报告。

## 为什么
合法性审查是上会的前提：决策草案未经合法性审查或者经审查不合法的，不得提交决策机关讨论。
先集体讨论、后补合法性审查，审查就成了事后背书。

## 法律依据
《重大行政决策程序暂行条例》（国务院令第713号）第二十五条。

## 示例
```yaml
major_decision: true
flow:
  - {id: draft, name: 起草方案, kind: start, next: [{to: decide}]}
  - {id: decide, name: 局务会议集体讨论决定, next: [{to: legal}]}
  - {id: legal, name: 合法性审查, kind: end}
```

## 改为
```yaml
major_decision: true
flow:
  - {id: draft, name: 起草方案, kind: start, next: [{to: legal}]}
  - {id: legal, name: 合法性审查, next: [{to: decide}]}
  - {id: decide, name: 局务会议集体讨论决定, kind: end}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .procedures import flow_order, stage_of

CODE = "SP1004"
NAME = "legality-review-after-decision"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "《重大行政决策程序暂行条例》（国务院令第713号）第二十五条"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not power.major_decision:
        return
    stages = [(i, stage_of(step)) for i, step in enumerate(power.flow)]
    reviews = [i for i, stage in stages if stage == "合法性审查"]
    decisions = [i for i, stage in stages if stage == "集体讨论决定"]
    if not reviews or not decisions:
        return
    order = flow_order(power.flow)
    first_decision = min(decisions, key=lambda i: order[power.flow[i].id])
    decided_at = order[power.flow[first_decision].id]
    if any(order[power.flow[i].id] < decided_at for i in reviews):
        return
    review = reviews[0]
    yield violation(file, f"{pointer}/flow/{review}/name", power,
                    f"合法性审查环节“{power.flow[review].name}”排在集体讨论决定环节“{power.flow[first_decision].name}”之后",
                    f"legality review '{power.flow[review].name}' comes after the collective decision '{power.flow[first_decision].name}'",
                    "把合法性审查移到集体讨论决定之前：未经合法性审查的草案不得提交讨论",
                    "move the legality review before the collective decision")


check = per_power(_check)
