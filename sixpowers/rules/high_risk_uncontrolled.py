"""高等级廉政风险点的防控措施不足或没有责任岗位。

## 检查什么
`level: 高` 的风险点，`measures` 少于两条，或没有 `post`（责任岗位）。

## 为什么
高风险（一级）可能构成职务犯罪，必须有多重防控并落实到岗位：一条措施或没人负责的防控，在
廉政风险防控图上就是一个无人看守的红点。

## 法律依据
中共山西省委“六权治本”（风险等级“三色预警”、防控措施落实到岗）；《中国共产党党内监督条例》。

## 示例
```yaml
risks:
  - {step: decide, description: 违规作出许可决定, level: 高, measures: [加强教育]}
```

## 改为
```yaml
risks:
  - step: decide
    description: 违规作出许可决定
    level: 高
    measures: [审查与决定岗位分离, 纪检部门定期抽查]
    post: 分管负责人
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP406"
NAME = "high-risk-uncontrolled"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "六权治本“三色预警”；《中国共产党党内监督条例》"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    for index, risk in enumerate(power.risks):
        if risk.level != "高":
            continue
        gaps = []
        if len(risk.measures) < 2:
            gaps.append((f"只有 {len(risk.measures)} 条防控措施", f"only {len(risk.measures)} measure(s)"))
        if not risk.post:
            gaps.append(("没有责任岗位", "no responsible post"))
        if gaps:
            yield violation(file, f"{pointer}/risks/{index}", power,
                            f"高风险点“{risk.description}”" + "、".join(g[0] for g in gaps),
                            f"high risk '{risk.description}' has " + " and ".join(g[1] for g in gaps),
                            "高风险点至少写两条防控措施，并写明责任岗位 post",
                            "give a high risk at least two measures and a responsible post")


check = per_power(_check)
