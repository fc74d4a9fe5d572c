"""保留的事项没有列出任何责任事项。

## 检查什么
保留、新增、整合或委托的事项，`duties` 为空。

## 为什么
权责一致：每项权力都对应按环节（受理、审查、决定、送达、事后监管）列明的责任，责任清单就是
这些责任的汇总。只有权力没有责任，追责就无从谈起。

## 法律依据
中办发〔2015〕21号（权力清单与责任清单同步编制，逐一厘清与权力对应的责任事项）。

## 示例
```yaml
- name: 道路货物运输经营许可
  type: 行政许可
```

## 改为
```yaml
- name: 道路货物运输经营许可
  type: 行政许可
  duties:
    - {stage: 受理责任, content: 一次性告知补正材料，依法受理或不予受理}
    - {stage: 审查责任, content: 审查申请材料，提出审核意见}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP401"
NAME = "missing-duties"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2015〕21号"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not power.duties:
        yield violation(file, f"{pointer}/duties", power, f"事项“{power.title}”没有列出责任事项",
                        f"power '{power.title}' lists no duties",
                        "按受理、审查、决定、送达、事后监管等环节列出 duties",
                        "list duties per stage (受理, 审查, 决定, 送达, 事后监管)")


check = per_power(_check)
