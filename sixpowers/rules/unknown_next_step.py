"""`next.to` 指向不存在的环节，或环节编号重复。

## 检查什么
`next` 中的 `to` 不是本流程中任何环节的 `id`；两个环节使用同一个 `id`。

## 为什么
连线断了，流程图画不出来，可达性和时限也无法计算；编号重复时连线指向哪个环节是含糊的。

## 法律依据
国务院审改办 2016 年权力清单试点（运行流程图）；中办发〔2015〕21号（逐项编制权力运行流程图并公开）；《中华人民共和国行政许可法》第三十条（公示办理程序）。

## 示例
```yaml
flow:
  - {id: apply, name: 申请, kind: start, next: [{to: reveiw}]}
  - {id: review, name: 审查, kind: end}
```

## 改为
```yaml
flow:
  - {id: apply, name: 申请, kind: start, next: [{to: review}]}
  - {id: review, name: 审查, kind: end}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from ..vocab import nearest
from .base import Context, Violation, per_power, violation

CODE = "SP307"
NAME = "unknown-next-step"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2015〕21号；《中华人民共和国行政许可法》第三十条；国务院审改办 2016 年权力清单试点"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    ids: set[str] = set()
    for index, step in enumerate(power.flow):
        if step.id in ids:
            yield violation(file, f"{pointer}/flow/{index}/id", power,
                            f"环节编号“{step.id}”重复", f"step id '{step.id}' is used twice",
                            "每个环节使用不同的 id", "give each step its own id")
        ids.add(step.id)
    for index, step in enumerate(power.flow):
        for e, edge in enumerate(step.next):
            if edge.to not in ids:
                guess = nearest(edge.to, sorted(ids))
                yield violation(file, f"{pointer}/flow/{index}/next/{e}/to", power,
                                f"环节“{step.name}”的后续环节“{edge.to}”不存在",
                                f"step '{step.name}' leads to unknown step '{edge.to}'",
                                f"是否应为“{guess}”？" if guess else "改为本流程中某个环节的 id",
                                f"did you mean '{guess}'?" if guess else "use the id of a step of this flow")


check = per_power(_check)
