"""承办与监督由同一岗位承担（承办与监督相分离）。

## 检查什么
名称含“监督、监管、督查”的环节，其 `post` 与同一流程中某个办理环节（受理、审查、决定、送达等）
相同。

## 为什么
自己监督自己等于没有监督；“承办与监督相分离”要求事后监管和监督检查由办理岗位以外的岗位承担。

## 法律依据
中共山西省委“六权治本”科学配置权力（承办与监督相分离）；《中华人民共和国行政许可法》第六十条、
第六十一条（监督检查）。

## 示例
```yaml
flow:
  - {id: handle, name: 受理, post: 窗口岗, next: [{to: check}]}
  - {id: check, name: 事后监管, kind: end, post: 窗口岗}
```

## 改为
```yaml
flow:
  - {id: handle, name: 受理, post: 窗口岗, next: [{to: check}]}
  - {id: check, name: 事后监管, kind: end, post: 执法监督岗}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .flowgraph import role

CODE = "SP302"
NAME = "handling-and-supervision-same-post"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "六权治本“承办与监督相分离”；《中华人民共和国行政许可法》第六十条、第六十一条"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    handlers = {s.post: s for s in power.flow
                if s.post and s.kind != "start" and role(s) != "supervision" and s.kind != "end"}
    for index, step in enumerate(power.flow):
        if step.post and role(step) == "supervision" and step.post in handlers:
            handler = handlers[step.post]
            yield violation(file, f"{pointer}/flow/{index}/post", power,
                            f"监督环节“{step.name}”与办理环节“{handler.name}”都由“{step.post}”承担",
                            f"supervision step '{step.name}' and handling step '{handler.name}' are both held by '{step.post}'",
                            "监督环节改由办理岗位以外的岗位承担", "give supervision to a post that does not handle the case")


check = per_power(_check)
