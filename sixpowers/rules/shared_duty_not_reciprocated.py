"""职责边界只在一个部门的清单中写明，另一部门没有对应记载。

## 检查什么
部门 A 的 `responsibilities.shared` 中某项职责写明与部门 B 共同承担（`with_departments`），
而 B 的部门文件也在本清单中（按部门名称匹配，忽略空格和标点），但：B 的职责边界中没有同名
职责；或者 B 有同名职责，其 `with_departments` 却没有列出 A。

## 为什么
职责边界是两个部门之间的约定。只有一方写明，另一方的清单里查不到，群众和监督机关按 B 的
清单找不到责任人，出了问题两边互相推诿——这正是厘清职责边界要解决的问题。

## 法律依据
中办发〔2015〕21号（推行地方各级政府工作部门权力清单制度，厘清部门职责边界，明确牵头与
配合）。

## 示例
```yaml
# 交通运输厅.yaml
responsibilities:
  shared:
    - {name: 超限超载治理, with_departments: [公路局], lead: 交通运输厅}
# 公路局.yaml：responsibilities.shared 中没有“超限超载治理”
```

## 改为
```yaml
# 公路局.yaml
responsibilities:
  shared:
    - {name: 超限超载治理, with_departments: [交通运输厅], lead: 交通运输厅}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from .base import Context, Violation
from .boundaries import counterpart, departments, normal, shared_duties

CODE = "SP1003"
NAME = "shared-duty-not-reciprocated"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "中办发〔2015〕21号（厘清部门职责边界）"


def check(ctx: Context) -> Iterator[Violation]:
    duties = list(shared_duties(ctx.register))
    known = departments(ctx.register)
    for duty in duties:
        for other in duty.duty.with_departments:
            if normal(other) not in known or normal(other) == normal(duty.department):
                continue
            match = counterpart(duty, other, duties)
            if match is None:
                yield Violation(duty.file.path, duty.with_pointer(other),
                                f"职责边界“{duty.duty.name}”写明与“{other}”共同承担，但“{other}”的责任清单中没有这项职责",
                                f"shared duty '{duty.duty.name}' names '{other}', but '{other}' does not list it",
                                f"在“{other}”的 responsibilities.shared 中补记同名职责，写明牵头部门和分工",
                                f"record the same duty under responsibilities.shared of '{other}'")
            elif not match.names(duty.department):
                yield Violation(match.file.path, f"{match.pointer}/with_departments",
                                f"职责边界“{match.duty.name}”没有列出“{duty.department}”，而“{duty.department}”的清单写明与本部门共同承担",
                                f"shared duty '{match.duty.name}' does not name '{duty.department}', which lists it as shared with this department",
                                f"在 with_departments 中加上“{duty.department}”，或与对方核实职责边界",
                                f"add '{duty.department}' to with_departments, or settle the boundary with them")
