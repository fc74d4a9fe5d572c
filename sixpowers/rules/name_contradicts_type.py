"""事项名称的动词与事项类型矛盾。

## 检查什么
名称以“处罚”结尾却不是行政处罚，以“检查、监督检查、抽查”结尾却不是行政检查，以“许可、核准”
结尾却不是行政许可（“审批”还允许其他行政权力），含“查封、扣押、冻结、强制执行”却不是行政强制，
以“征收”“奖励”“裁决”结尾却不是对应类型。党组织清单不适用。

## 为什么
类型决定设定权限、办理程序、时限和救济途径。真实清单中“…的检查”被标成行政强制、“…的处罚”
被标成行政许可的情况屡见不鲜，这会让合法性审查和统计全部失真。

## 法律依据
GB/T 39554.1-2020（事项类型及其代码）；中办发〔2015〕21号（规范权力类型，逐项确定权力类别）。

## 示例
```yaml
- name: 对道路运输经营者的监督检查
  type: 行政强制
```

## 改为
```yaml
- name: 对道路运输经营者的监督检查
  type: 行政检查
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP501"
NAME = "name-contradicts-type"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "GB/T 39554.1-2020；中办发〔2015〕21号"
KINDS = ("government",)

_ENDINGS: tuple[tuple[re.Pattern[str], frozenset[str], str], ...] = (
    (re.compile(r"(处罚|罚款)$"), frozenset({"行政处罚"}), "处罚"),
    (re.compile(r"(检查|抽查|巡查)$"), frozenset({"行政检查"}), "检查"),
    (re.compile(r"(许可|核准)$"), frozenset({"行政许可"}), "许可"),
    (re.compile(r"审批$"), frozenset({"行政许可", "其他行政权力"}), "审批"),
    (re.compile(r"(强制执行|查封|扣押|冻结|代履行|强制拆除)$"), frozenset({"行政强制"}), "强制"),
    (re.compile(r"征收$"), frozenset({"行政征收"}), "征收"),
    (re.compile(r"(奖励|表彰)$"), frozenset({"行政奖励"}), "奖励"),
    (re.compile(r"裁决$"), frozenset({"行政裁决"}), "裁决"),
)
_TRAILER = re.compile(r"[（(][^（）()]*[）)]$")


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    canonical = ctx.vocab.canonical(power.type)
    if canonical is None:
        return
    name = _TRAILER.sub("", power.name.strip())
    for pattern, allowed, verb in _ENDINGS:
        if pattern.search(name):
            if canonical not in allowed:
                expected = "或".join(sorted(allowed))
                yield violation(file, f"{pointer}/type", power,
                                f"名称“{power.name}”是{verb}事项，类型却是“{power.type}”",
                                f"name '{power.name}' reads as {verb} but the type is '{power.type}'",
                                f"类型是否应为“{expected}”？或修改名称", f"should the type be {expected}? or fix the name")
            return


check = per_power(_check, active_only=False)
