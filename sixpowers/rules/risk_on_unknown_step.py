"""廉政风险点标在不存在的环节上。

## 检查什么
`risks[].step` 不是本事项流程中任何环节的 `id`（事项没有流程时也报告）。

## 为什么
廉政风险防控图把风险点画在流程的环节上；找不到环节的风险点画不出来，纪检人员也不知道该盯
哪一步。

## 法律依据
中共山西省委“六权治本”两张图（权力运行流程图、廉政风险防控图）。

## 示例
```yaml
flow:
  - {id: decide, name: 决定, kind: end}
risks:
  - {step: approve, description: 违规审批, level: 高}
```

## 改为
```yaml
risks:
  - {step: decide, description: 违规审批, level: 高}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from ..vocab import nearest
from .base import Context, Violation, per_power, violation

CODE = "SP405"
NAME = "risk-on-unknown-step"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "六权治本“两张图”（廉政风险防控图）"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    ids = sorted({s.id for s in power.flow})
    for index, risk in enumerate(power.risks):
        if risk.step not in ids:
            guess = nearest(risk.step, ids) if ids else None
            yield violation(file, f"{pointer}/risks/{index}/step", power,
                            f"风险点“{risk.description}”所在环节“{risk.step}”不存在",
                            f"risk '{risk.description}' sits on unknown step '{risk.step}'",
                            f"是否应为“{guess}”？" if guess else "改为流程中某个环节的 id",
                            f"did you mean '{guess}'?" if guess else "use the id of a step of the flow")


check = per_power(_check)
