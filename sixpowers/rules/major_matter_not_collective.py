"""“三重一大”事项的流程中没有集体决策环节。

## 检查什么
设置了 `major_matter`（重大事项决策、重要干部任免、重大项目安排、大额度资金使用）的事项，流程中
没有由集体承担的决定环节：环节名称或承办岗位中应有“会议、党组、党委、常委会、部务会、班子、
集体、委员会”之类的集体决策主体。流程为空时不检查。

## 为什么
“三重一大”事项必须由领导班子集体讨论决定，不得以个人或少数人意见代替集体决策，主要负责人
末位表态并记录在案。流程里只有个人审批，就是“一把手说了算”。

## 法律依据
中共中央办公厅、国务院办公厅《关于进一步推进国有企业贯彻落实“三重一大”决策制度的意见》
（中办发〔2010〕17号）；《重大行政决策程序暂行条例》第三十条（集体讨论决定）；
《中国共产党党组工作条例》（党组集体领导、集体决策）。

## 示例
```yaml
major_matter: 大额度资金使用
flow:
  - {id: apply, name: 申请, kind: start, next: [{to: decide}]}
  - {id: decide, name: 审批, kind: end, post: 局长}
```

## 改为
```yaml
major_matter: 大额度资金使用
flow:
  - {id: apply, name: 申请, kind: start, next: [{to: decide}]}
  - {id: decide, name: 局党组会议集体研究决定, kind: end, post: 局党组会议, note: 主要负责人末位表态}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .flowgraph import COLLECTIVE

CODE = "SP315"
NAME = "major-matter-not-collective"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2010〕17号；《重大行政决策程序暂行条例》第三十条；《中国共产党党组工作条例》"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not power.major_matter or not power.flow:
        return
    if not any(COLLECTIVE.search(s.name) or (s.post and COLLECTIVE.search(s.post)) for s in power.flow):
        yield violation(file, f"{pointer}/flow", power,
                        f"“三重一大”（{power.major_matter}）事项的流程中没有集体决策环节",
                        f"the flow of this major matter ({power.major_matter}) has no collective decision step",
                        "增加由领导班子会议集体讨论决定的环节，并注明主要负责人末位表态",
                        "add a step where the leading group decides collectively, the head speaking last")


check = per_power(_check)
