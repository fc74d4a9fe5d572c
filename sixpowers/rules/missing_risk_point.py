"""事项没有任何廉政风险点。

## 检查什么
保留、新增、整合或委托的事项，`risks` 为空。

## 为什么
每项权力都有被滥用的可能；廉政风险防控图要求逐项排查风险点、定等级、定措施。一个风险点都
没有，通常说明没有排查。

## 法律依据
中共山西省委“六权治本”两张图（廉政风险防控图）；《中国共产党党内监督条例》。

## 示例
```yaml
- name: 道路货物运输经营许可
  risks: []
```

## 改为
```yaml
- name: 道路货物运输经营许可
  risks:
    - {step: accept, description: 故意刁难申请人, level: 中, measures: [一次性告知]}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP407"
NAME = "missing-risk-point"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "六权治本“两张图”；《中国共产党党内监督条例》"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not power.risks:
        yield violation(file, f"{pointer}/risks", power, f"事项“{power.title}”没有廉政风险点",
                        f"power '{power.title}' has no integrity risk point",
                        "排查该事项的风险点，列出等级、防控措施和责任岗位",
                        "identify its risk points with level, measures and post")


check = per_power(_check)
