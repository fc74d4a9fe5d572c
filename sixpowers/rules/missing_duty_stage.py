"""行政许可、行政处罚缺少法定环节的责任。

## 检查什么
行政许可须有受理、审查、决定、送达、事后监管五个环节的责任；行政处罚须有审查、决定、送达、执行
四个环节的责任。只在事项已经列出责任（否则由 SP401 报告）时检查缺了哪些环节。

## 为什么
这些环节是法律规定的程序，每一个都有特定的义务（一次性告知、说明理由、告知救济权利、送达），
缺一个环节的责任，该环节的失职就无法追责。

## 法律依据
《中华人民共和国行政许可法》第三十二条、第三十四条、第三十八条、第四十四条、第六十一条；
《中华人民共和国行政处罚法》第五十七条、第六十一条、第六十六条至第七十三条。

## 示例
```yaml
type: 行政许可
duties:
  - {stage: 受理责任, content: 依法受理}
```

## 改为
```yaml
type: 行政许可
duties:
  - {stage: 受理责任, content: 依法受理}
  - {stage: 审查责任, content: 审查申请材料}
  - {stage: 决定责任, content: 作出准予或不予许可决定}
  - {stage: 送达责任, content: 送达许可证件}
  - {stage: 事后监管责任, content: 监督检查被许可人}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP402"
NAME = "missing-duty-stage"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "《中华人民共和国行政许可法》第三十二条至第四十四条、第六十一条；《中华人民共和国行政处罚法》第五十七条至第七十三条"
KINDS = ("government",)

STAGES = {
    "行政许可": ("受理责任", "审查责任", "决定责任", "送达责任", "事后监管责任"),
    "行政处罚": ("审查责任", "决定责任", "送达责任", "执行责任"),
}


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    wanted = STAGES.get(ctx.vocab.canonical(power.type) or "")
    if not wanted or not power.duties:
        return
    present = {d.stage for d in power.duties}
    missing = [s for s in wanted if s not in present]
    if missing:
        yield violation(file, f"{pointer}/duties", power,
                        f"{power.type}事项缺少{'、'.join(missing)}",
                        f"this {power.type} power lacks duties for {', '.join(missing)}",
                        "为缺少的环节补写责任内容", "add duties for the missing stages")


check = per_power(_check)
