"""职责边界的牵头部门不一致、都称牵头，或不在相关部门之中。

## 检查什么
两个部门的文件都记载了同一项职责边界（同名，见 SP1003）时，两边的 `lead`（牵头部门）不同；
两边都写自己牵头时单独说明。另外，任一职责边界的牵头部门既不是本部门、也不在
`with_departments` 中时同样报告。

## 为什么
牵头部门是职责边界的核心：谁牵头，谁就对协调不力负责。两份清单说法不一，或两个部门都称
牵头，出了问题既可能争着管，也可能都不管；牵头部门不是当事部门之一，这条边界就没有落到
实处。

## 法律依据
中办发〔2015〕21号（厘清部门职责边界，明确牵头部门和配合部门）。

## 示例
```yaml
# 交通运输厅.yaml
- {name: 超限超载治理, with_departments: [公路局], lead: 交通运输厅}
# 公路局.yaml
- {name: 超限超载治理, with_departments: [交通运输厅], lead: 公路局}
```

## 改为
```yaml
# 两边写同一个牵头部门
- {name: 超限超载治理, with_departments: [交通运输厅], lead: 交通运输厅}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from .base import Context, Violation
from .boundaries import counterpart, departments, normal, shared_duties

CODE = "SP1004"
NAME = "shared-duty-lead-conflict"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2015〕21号（明确牵头部门和配合部门）"


def check(ctx: Context) -> Iterator[Violation]:
    duties = list(shared_duties(ctx.register))
    known = departments(ctx.register)
    order = {id(f): i for i, f in enumerate(ctx.register.files)}
    for duty in duties:
        parties = {normal(duty.department), *(normal(d) for d in duty.duty.with_departments)}
        if normal(duty.duty.lead) not in parties:
            yield Violation(duty.file.path, f"{duty.pointer}/lead",
                            f"职责边界“{duty.duty.name}”的牵头部门“{duty.duty.lead}”既不是本部门，也不在相关部门之中",
                            f"lead '{duty.duty.lead}' of shared duty '{duty.duty.name}' is neither this department nor one it is shared with",
                            "把牵头部门写成本部门或 with_departments 中的一个部门",
                            "make the lead this department or one listed in with_departments")
        for other in duty.duty.with_departments:
            if normal(other) not in known or normal(other) == normal(duty.department):
                continue
            match = counterpart(duty, other, duties)
            if match is None or order[id(match.file)] <= order[id(duty.file)]:
                continue
            if normal(match.duty.lead) == normal(duty.duty.lead):
                continue
            both = normal(duty.duty.lead) == normal(duty.department) and \
                normal(match.duty.lead) == normal(match.department)
            if both:
                zh = f"职责边界“{match.duty.name}”两个部门都称由自己牵头（“{duty.department}”的清单写“{duty.duty.lead}”）"
                en = f"both departments claim to lead shared duty '{match.duty.name}'"
            else:
                zh = f"职责边界“{match.duty.name}”的牵头部门“{match.duty.lead}”与“{duty.department}”清单所写的“{duty.duty.lead}”不一致"
                en = f"lead '{match.duty.lead}' of shared duty '{match.duty.name}' differs from '{duty.duty.lead}' in the list of '{duty.department}'"
            yield Violation(match.file.path, f"{match.pointer}/lead", zh, en,
                            "两个部门商定一个牵头部门，两份清单写法一致",
                            "agree on one lead and write it the same way in both lists")
