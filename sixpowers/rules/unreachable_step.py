"""流程中有从起点到不了的环节。

## 检查什么
从唯一起点出发，沿 `next`（含补正、退回）走不到的环节。

## 为什么
到不了的环节是画错的流程：要么漏画了连线，要么是已经不用的环节。公开的流程图与实际办理
不一致，电子监察也无法比对。

## 法律依据
国务院审改办 2016 年权力清单试点（运行流程图须反映实际办理程序）；中办发〔2015〕21号（逐项编制权力运行流程图并公开）；《中华人民共和国行政许可法》第三十条（公示办理程序）。

## 示例
```yaml
flow:
  - {id: apply, name: 申请, kind: start, next: [{to: decide}]}
  - {id: review, name: 审查, next: [{to: decide}]}
  - {id: decide, name: 决定, kind: end}
```

## 改为
```yaml
flow:
  - {id: apply, name: 申请, kind: start, next: [{to: review}]}
  - {id: review, name: 审查, next: [{to: decide}]}
  - {id: decide, name: 决定, kind: end}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .flowgraph import reachable

CODE = "SP305"
NAME = "unreachable-step"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2015〕21号；《中华人民共和国行政许可法》第三十条；国务院审改办 2016 年权力清单试点"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if sum(1 for s in power.flow if s.kind == "start") != 1:
        return
    seen = reachable(power.flow)
    for index, step in enumerate(power.flow):
        if step.id not in seen:
            yield violation(file, f"{pointer}/flow/{index}", power,
                            f"环节“{step.name}”（{step.id}）从起点到不了",
                            f"step '{step.name}' ({step.id}) cannot be reached from the start",
                            "用 next 把它连进流程，或删除该环节", "connect it with next or delete it")


check = per_power(_check)
