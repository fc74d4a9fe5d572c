"""重大行政决策事项的流程缺少法定程序环节。

## 检查什么
标注了 `major_decision: true` 的事项，流程中找不到下列五个法定程序之一（按环节名称识别）：
公众参与（公众参与、征求意见、听证等）、专家论证（专家论证、专家咨询等）、风险评估、合法性
审查（合法性审查、合法性审核）、集体讨论决定（集体讨论、常务会议、党组会等，名称、岗位或
说明均可）。缺几个就在一条问题里列出几个。

## 为什么
《重大行政决策程序暂行条例》把公众参与、专家论证、风险评估、合法性审查和集体讨论决定规定为
重大行政决策的法定程序；清单中的流程图缺项，决策就可能跳过法定程序，既违法，也让决策后评估
和责任追究失去依据。

## 法律依据
《重大行政决策程序暂行条例》（国务院令第713号，2019年9月1日施行）第三章（公众参与、专家
论证、风险评估）、第四章（合法性审查和集体讨论决定，其中第二十五条合法性审查、第三十条集体
讨论）。

## 示例
```yaml
major_decision: true
flow:
  - {id: draft, name: 起草方案, kind: start, next: [{to: legal}]}
  - {id: legal, name: 合法性审查, next: [{to: decide}]}
  - {id: decide, name: 局务会议集体讨论决定, kind: end}
```

## 改为
```yaml
major_decision: true
flow:
  - {id: draft, name: 起草方案, kind: start, next: [{to: public}]}
  - {id: public, name: 公众参与（公开征求意见）, next: [{to: expert}]}
  - {id: expert, name: 专家论证, next: [{to: risk}]}
  - {id: risk, name: 风险评估, next: [{to: legal}]}
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
from .procedures import STAGES, stage_of

CODE = "SP1003"
NAME = "major-decision-missing-stage"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "《重大行政决策程序暂行条例》（国务院令第713号）第三章、第四章"

_EN = {"公众参与": "public participation", "专家论证": "expert review", "风险评估": "risk assessment",
       "合法性审查": "legality review", "集体讨论决定": "collective decision"}


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not power.major_decision:
        return
    present = {stage_of(step) for step in power.flow}
    missing = [stage for stage, _ in STAGES if stage not in present]
    if not missing:
        return
    yield violation(file, f"{pointer}/major_decision", power,
                    f"重大行政决策事项的流程缺少法定程序：{'、'.join(missing)}",
                    f"major administrative decision lacks statutory stage(s): {', '.join(_EN[m] for m in missing)}",
                    "按《重大行政决策程序暂行条例》补齐环节，并在环节名称中写明（如“专家论证”“合法性审查”）",
                    "add the missing stages to the flow and name them in the step names")


check = per_power(_check)
