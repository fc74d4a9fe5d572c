"""取消、下放、转移、整合、暂停或委托的事项没有写明理由（增减有据）。

## 检查什么
`status.value` 不是“保留”“新增”，且没有 `status.reason`；下放、转移、委托的还应写明承接主体
`status.to`。

## 为什么
清单的每一次增减都要有据可查：为什么取消、依据哪份文件下放、交给了谁。没有理由的调整无法通过
合法性审查，也无法向社会说明。

## 法律依据
中办发〔2015〕21号（权力清单动态调整，增减有据）；国务院审改办 2016 年权力清单试点（逐项提出
取消、下放、保留意见并说明理由）。

## 示例
```yaml
status: {value: 下放}
```

## 改为
```yaml
status: {value: 下放, reason: 方便群众就近办理, basis: 晋政发〔2017〕33号, to: 各市交通运输局}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP604"
NAME = "status-without-reason"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2015〕21号（增减有据）；国务院审改办 2016 年权力清单试点"

_HANDED_OVER = {"下放", "转移", "委托"}


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    status = power.status
    if status.value in ("保留", "新增"):
        return
    missing = []
    if not status.reason:
        missing.append(("理由", "a reason"))
    if status.value in _HANDED_OVER and not status.to:
        missing.append(("承接主体", "the receiving body"))
    if missing:
        yield violation(file, f"{pointer}/status", power,
                        f"处理意见为“{status.value}”，但没有写明" + "和".join(m[0] for m in missing),
                        f"status is '{status.value}' but gives no " + " and ".join(m[1] for m in missing),
                        "在 status 中写明 reason（及 basis、to）", "add status.reason (and basis, to)")


check = per_power(_check, active_only=False)
