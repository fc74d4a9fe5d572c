"""同一事项出现在两个部门的清单中（交叉职责）。

## 检查什么
两个不同部门的文件中，事项名称加子项名称（忽略标点、空格、“的”）完全相同。

## 为什么
同一权力由两个部门行使是典型的交叉职责：要么重复执法、多头审批，要么互相推诿。应当明确由
一个部门行使，或在责任清单的职责边界（responsibilities.shared）中写明牵头与配合。

## 法律依据
中办发〔2015〕21号（理清部门职责边界，解决多头管理、交叉执法）。

## 示例
```yaml
# 交通运输厅.yaml 与 公安厅.yaml 中都有：
- {name: 对超限运输车辆的处罚, type: 行政处罚}
```

## 改为
```yaml
# 只保留在主管部门，另一部门在 responsibilities.shared 中写明配合职责
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from .base import ACTIVE_STATUSES, Context, Violation
from .names import normal_name

CODE = "SP603"
NAME = "cross-department-power"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "中办发〔2015〕21号（理清部门职责边界）"


def check(ctx: Context) -> Iterator[Violation]:
    owner: dict[str, tuple[str, str]] = {}
    for file in ctx.register.files:
        department = file.department.name if file.department else file.path
        for pointer, power in file.powers:
            if power.status.value not in ACTIVE_STATUSES:
                continue
            key = normal_name(power)
            if key in owner and owner[key][0] != department:
                yield Violation(file.path, f"{pointer}/name",
                                f"事项“{power.title}”同时出现在“{owner[key][0]}”的清单中（交叉职责）",
                                f"power '{power.title}' is also held by '{owner[key][0]}' (overlapping duties)",
                                "明确由一个部门行使，或在 responsibilities.shared 中写明牵头与配合",
                                "give it to one department, or record lead and support under responsibilities.shared",
                                power.key)
            owner.setdefault(key, (department, file.path))
