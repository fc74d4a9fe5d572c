"""“三重一大”事项的流程中没有集体决策环节。

## 检查什么
标注了 `major_matter`（重大事项决策、重要干部任免、重大项目安排、大额度资金使用）的事项，流程
（`flow`）中没有一个环节的名称、承办岗位或说明表明由集体决定：集体讨论、集体研究、集体决定、
常委会、党组会、部务会、办公会等。“不得提交集体讨论”“提请集体研究”这类条件或报送的说法不算。

## 为什么
“三重一大”事项必须由领导班子集体讨论决定，不得以个人或者少数人意见代替集体决策；流程图上
没有集体决策环节，说明清单记载的运行程序本身就违反了民主集中制，也无法据此监督。

## 法律依据
中共中央办公厅、国务院办公厅《关于进一步推进国有企业贯彻落实“三重一大”决策制度的意见》
（中办发〔2010〕17号）；《中国共产党工作机关条例（试行）》第二十四条；《中国共产党党组
工作条例》第二十三条。

## 示例
```yaml
major_matter: 大额度资金使用
flow:
  - {id: review, name: 审核, kind: start, post: 财务处, next: [{to: decide}]}
  - {id: decide, name: 审批, kind: end, post: 主要负责人}
```

## 改为
```yaml
major_matter: 大额度资金使用
flow:
  - {id: review, name: 审核, kind: start, post: 财务处, next: [{to: decide}]}
  - {id: decide, name: 党组会议集体研究决定, kind: end, post: 厅党组会议,
     note: 与会成员逐一发表意见，主要负责人末位表态}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .procedures import collective_steps

CODE = "SP1001"
NAME = "major-matter-without-collective-decision"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2010〕17号（“三重一大”集体决策）；《中国共产党工作机关条例（试行）》第二十四条"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if power.major_matter is None or collective_steps(power):
        return
    yield violation(file, f"{pointer}/major_matter", power,
                    f"“三重一大”事项（{power.major_matter}）的流程中没有集体讨论决定环节",
                    f"'three majors, one large' matter ({power.major_matter}) has no collective-decision step in its flow",
                    "增加由领导班子集体讨论决定的环节（如“党组会议集体研究决定”），并写明末位表态",
                    "add a step where the leading group decides collectively (e.g. a Party group meeting) and record that the head speaks last")


check = per_power(_check)
