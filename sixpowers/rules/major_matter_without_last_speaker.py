"""“三重一大”事项的集体决策环节没有写明主要负责人末位表态。

## 检查什么
标注了 `major_matter` 的事项，流程中的集体决策环节——名称、承办岗位或说明中有集体讨论、集体
研究、集体决定、常委会、党组会、部务会、办公会等（“不得提交集体讨论”这类条件或报送的说法
不算）——的说明（`note`）或办理标准（`standard`）都没有写“末位表态”（或“最后表态”“最后
发表意见”）。没有集体决策环节的事项由 SP315 报告，本规则不重复。

## 为什么
主要负责人先表态，其他成员往往随声附和，集体决策就成了形式。“三重一大”制度要求与会成员
充分发表意见，主要负责人最后发表结论性意见；把它写进流程图，才能按图监督、按图追责。

## 法律依据
中办发〔2010〕17号（“三重一大”决策制度）；《中国共产党党组工作条例》（党组集体领导、
集体决策）。

## 示例
```yaml
major_matter: 重要干部任免
flow:
  - {id: decide, name: 部务会集体讨论决定, kind: end, post: 部务会议}
```

## 改为
```yaml
major_matter: 重要干部任免
flow:
  - {id: decide, name: 部务会集体讨论决定, kind: end, post: 部务会议,
     note: 与会成员逐一发表意见，主要负责人末位表态}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .procedures import collective_steps, has_last_speaker

CODE = "SP1001"
NAME = "major-matter-without-last-speaker"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "中办发〔2010〕17号（“三重一大”决策制度）；《中国共产党党组工作条例》"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if power.major_matter is None:
        return
    steps = collective_steps(power)
    if not steps or any(has_last_speaker(power.flow[i]) for i in steps):
        return
    index = steps[-1]
    step = power.flow[index]
    yield violation(file, f"{pointer}/flow/{index}/name", power,
                    f"“三重一大”事项的集体决策环节“{step.name}”没有写明主要负责人末位表态",
                    f"the collective-decision step '{step.name}' of a 'three majors' matter does not record that the head speaks last",
                    "在该环节的 note 中写明“与会成员逐一发表意见，主要负责人末位表态”",
                    "state in the step's note that members speak in turn and the head speaks last (末位表态)")


check = per_power(_check)
