"""同一部门中同一事项名称出现了两次。

## 检查什么
同一部门文件中，两个事项的名称加子项名称（忽略标点、空格、“的”和开头的“对”）完全相同。

## 为什么
重复列项虚增了权力数量，也说明梳理时没有“整合内容相同或相似”的事项；两条记录的依据、
流程、责任往往还不一致，公开后让人无所适从。

## 法律依据
中办发〔2015〕21号（对职责相同或相近的事项进行整合）；国务院审改办 2016 年权力清单试点。

## 示例
```yaml
- {name: 道路货物运输经营许可, type: 行政许可}
- {name: 道路货物运输经营的许可, type: 行政许可}
```

## 改为
```yaml
- {name: 道路货物运输经营许可, type: 行政许可}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from .base import ACTIVE_STATUSES, Context, Violation
from .names import normal_name

CODE = "SP601"
NAME = "duplicate-name"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2015〕21号（整合内容相同或相似的事项）"


def check(ctx: Context) -> Iterator[Violation]:
    for file in ctx.register.files:
        seen: dict[str, str] = {}
        for pointer, power in file.powers:
            if power.status.value not in ACTIVE_STATUSES:
                continue
            key = normal_name(power)
            if key in seen:
                yield Violation(file.path, f"{pointer}/name",
                                f"事项“{power.title}”与本部门的“{seen[key]}”重复",
                                f"power '{power.title}' duplicates '{seen[key]}' of the same department",
                                "合并为一个事项，或用 sub_name 区分子项", "merge them or tell them apart with sub_name",
                                power.key)
            else:
                seen[key] = power.title
