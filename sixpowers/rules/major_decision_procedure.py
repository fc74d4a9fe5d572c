"""重大行政决策的流程缺少法定程序，或可以绕过合法性审查。

## 检查什么
`major_decision: true` 的事项，流程中应当有公众参与（征求意见、听证）、专家论证、风险评估、
合法性审查、集体讨论决定五个环节（按环节名称识别）；并且从起点出发，不经过合法性审查就不能
到达集体讨论决定的环节。

## 为什么
重大行政决策的五个法定程序缺一不可；未经合法性审查或者经审查不合法的，不得提交集体讨论。
流程图上能绕开合法性审查，实际办理中就可能被绕开。

## 法律依据
《重大行政决策程序暂行条例》（国务院令第713号）第二十五条（未经合法性审查不得提交讨论）、第三十条
（集体讨论决定）。

## 示例
```yaml
major_decision: true
flow:
  - {id: draft, name: 起草方案, kind: start, next: [{to: decide}]}
  - {id: decide, name: 集体讨论决定, kind: end, post: 厅务会议}
```

## 改为
```yaml
major_decision: true
flow:
  - {id: draft, name: 起草方案, kind: start, next: [{to: public}]}
  - {id: public, name: 公众参与, next: [{to: expert}]}
  - {id: expert, name: 专家论证, next: [{to: risk}]}
  - {id: risk, name: 风险评估, next: [{to: legal}]}
  - {id: legal, name: 合法性审查, next: [{to: decide}]}
  - {id: decide, name: 集体讨论决定, kind: end, post: 厅务会议}
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .flowgraph import COLLECTIVE, steps_by_id

CODE = "SP314"
NAME = "major-decision-procedure"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "《重大行政决策程序暂行条例》第二十五条、第三十条"

STAGES = (
    ("公众参与", re.compile(r"公众参与|征求意见|听证")),
    ("专家论证", re.compile(r"专家")),
    ("风险评估", re.compile(r"风险评估")),
    ("合法性审查", re.compile(r"合法性审查|合法性审核")),
    ("集体讨论决定", COLLECTIVE),
)


def _reaches_without(power: Power, target: set[str], avoid: set[str]) -> bool:
    ids = steps_by_id(power.flow)
    todo = [s.id for s in power.flow if s.kind == "start" and s.id not in avoid]
    seen: set[str] = set()
    while todo:
        current = todo.pop()
        if current in seen or current not in ids:
            continue
        if current in target:
            return True
        seen.add(current)
        todo.extend(e.to for e in power.flow[ids[current]].next
                    if e.kind == "normal" and e.to not in avoid)
    return False


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not power.major_decision or not power.flow:
        return
    found = {label: {s.id for s in power.flow if pattern.search(s.name) or
                     (label == "集体讨论决定" and s.post and COLLECTIVE.search(s.post))}
             for label, pattern in STAGES}
    missing = [label for label, ids in found.items() if not ids]
    if missing:
        yield violation(file, f"{pointer}/flow", power,
                        f"重大行政决策事项的流程缺少{'、'.join(missing)}环节",
                        f"the major-decision flow lacks: {', '.join(missing)}",
                        "按《重大行政决策程序暂行条例》补齐法定程序环节",
                        "add the statutory stages of the Major Administrative Decision Regulation")
        return
    legal, collective = found["合法性审查"], found["集体讨论决定"] - found["合法性审查"]
    if _reaches_without(power, collective, legal):
        index = next(i for i, s in enumerate(power.flow) if s.id in collective)
        yield violation(file, f"{pointer}/flow/{index}", power,
                        f"不经合法性审查即可到达“{power.flow[index].name}”",
                        f"'{power.flow[index].name}' can be reached without the legality review",
                        "让所有通往集体讨论决定的路径都经过合法性审查",
                        "route every path to the collective decision through the legality review")


check = per_power(_check)
