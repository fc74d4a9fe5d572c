"""审查与决定由同一岗位承担（审查与批准相分离）。

## 检查什么
流程中名称含“审查、审核、初审、复核”的环节与名称含“决定、批准、审批、签发”的环节，`post`
（承办岗位）相同。以“报、上报、提请”开头的环节（如“报省人民政府审批”）是转报，决定在别处作出，
不算决定环节；以“不予、告知、送达、通知”开头的环节（如“不予批准并说明理由”）是告知在别的环节
作出的决定，也不算。

## 为什么
审查的人自己批准，就没有任何人复核他的审查意见，是最常见的廉政风险点；六权治本“科学配置权力”
要求审查与批准相分离。

## 法律依据
《中华人民共和国行政许可法》第三十四条至第三十八条（审查与决定）；中共山西省委“六权治本”
科学配置权力（审查与批准相分离、定事与办事相分离、承办与监督相分离）。

## 示例
```yaml
flow:
  - {id: review, name: 审查, post: 审批科长, next: [{to: decide}]}
  - {id: decide, name: 决定, kind: decision, post: 审批科长}
```

## 改为
```yaml
flow:
  - {id: review, name: 审查, post: 审查岗, next: [{to: decide}]}
  - {id: decide, name: 决定, kind: decision, post: 分管负责人}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .flowgraph import role

CODE = "SP301"
NAME = "review-and-decision-same-post"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "《中华人民共和国行政许可法》第三十四条至第三十八条；六权治本“审查与批准相分离”"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    reviews = {s.post: s for s in power.flow if s.post and role(s) == "review"}
    for index, step in enumerate(power.flow):
        if step.post and role(step) == "decision" and step.post in reviews:
            review = reviews[step.post]
            yield violation(file, f"{pointer}/flow/{index}/post", power,
                            f"“{review.name}”与“{step.name}”都由“{step.post}”承担，审查与决定未分离",
                            f"'{review.name}' and '{step.name}' are both held by '{step.post}': review and decision are not separated",
                            "由不同岗位分别承担审查和决定", "give review and decision to different posts")


check = per_power(_check)
