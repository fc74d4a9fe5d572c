"""标注了运行平台的事项，流程中没有在该平台办理的环节。

## 检查什么
事项的 `platform`（政务服务平台或公共资源交易平台）有值，而流程中没有一个环节的 `platform`
与之相同。流程为空的事项不在此列（缺流程由其他规则报告）。

## 为什么
“两平台”要求应进必进：事项标注进入平台，流程图上却没有一个环节在平台上办理，说明标注是
空的，或者流程图没有反映实际运行，平台留痕和电子监察都落不到这个事项上。

## 法律依据
《国务院关于在线政务服务的若干规定》（国务院令第716号）；《国务院办公厅关于印发整合建立
统一的公共资源交易平台工作方案的通知》（国办发〔2015〕63号）；六权治本“两平台”。

## 示例
```yaml
platform: 政务服务平台
flow:
  - {id: apply, name: 申请, kind: start, next: [{to: accept}]}
  - {id: accept, name: 受理, kind: end}
```

## 改为
```yaml
platform: 政务服务平台
flow:
  - {id: apply, name: 网上申请, kind: start, platform: 政务服务平台, next: [{to: accept}]}
  - {id: accept, name: 受理, kind: end, platform: 政务服务平台}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP1007"
NAME = "platform-step-missing"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "国务院令第716号；国办发〔2015〕63号；六权治本“两平台”"

_EN = {"政务服务平台": "the government-service platform", "公共资源交易平台": "the public-resource trading platform"}


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if power.platform is None or not power.flow:
        return
    if any(step.platform == power.platform for step in power.flow):
        return
    yield violation(file, f"{pointer}/platform", power,
                    f"事项标注在{power.platform}运行，但流程中没有一个环节在{power.platform}办理",
                    f"the power is marked to run on {_EN[power.platform]}, but no step of its flow does",
                    f"在平台上办理的环节写上 platform: {power.platform}",
                    f"mark the steps done on the platform with platform: {power.platform}")


check = per_power(_check)
