"""“三重一大”或重大行政决策事项由个人岗位作出决定。

## 检查什么
标注了 `major_matter` 或 `major_decision: true` 的事项，流程中没有任何集体决策环节（见
SP1001 的说明），而名称为决定、批准、审批、签发、审定的环节由看起来是个人的岗位承担：岗位名含
负责人、领导、局长、厅长、处长、科长、主任、书记、县长、市长等，且不含会议、集体字样。
问题指向该环节的 `post`。

## 为什么
“三重一大”事项和重大行政决策都必须集体讨论决定，不得由个人或者少数人决定。流程图把决定权
交给一个人，正是“一把手说了算”的廉政风险；SP315、SP314 报告缺少集体环节，本规则指出
实际作出决定的个人岗位，便于对照改正。

## 法律依据
中办发〔2010〕17号（“三重一大”事项集体决策，不得以个人或者少数人意见代替集体决策）；
《重大行政决策程序暂行条例》（国务院令第713号）第三十条（决策草案应当经决策机关常务会议
或者全体会议讨论）。

## 示例
```yaml
major_matter: 重大项目安排
flow:
  - {id: review, name: 审核, kind: start, post: 规划处, next: [{to: decide}]}
  - {id: decide, name: 审批, kind: end, post: 主要负责人}
```

## 改为
```yaml
major_matter: 重大项目安排
flow:
  - {id: review, name: 审核, kind: start, post: 规划处, next: [{to: decide}]}
  - {id: decide, name: 局务会议集体研究决定, kind: end, post: 局务会议,
     note: 与会成员逐一发表意见，主要负责人末位表态}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .procedures import collective_steps, individual_decider

CODE = "SP1002"
NAME = "major-matter-decided-by-individual"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2010〕17号；《重大行政决策程序暂行条例》（国务院令第713号）第三十条"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if (power.major_matter is None and not power.major_decision) or collective_steps(power):
        return
    kind = f"“三重一大”事项（{power.major_matter}）" if power.major_matter else "重大行政决策事项"
    kind_en = "'three majors' matter" if power.major_matter else "major administrative decision"
    for index, step in enumerate(power.flow):
        if individual_decider(step):
            yield violation(file, f"{pointer}/flow/{index}/post", power,
                            f"{kind}由“{step.post}”一人在“{step.name}”环节决定，没有集体讨论",
                            f"{kind_en} is decided by '{step.post}' alone at '{step.name}', without collective discussion",
                            "改由领导班子会议集体讨论决定，主要负责人末位表态",
                            "have the leading group decide collectively, the head speaking last")


check = per_power(_check)
