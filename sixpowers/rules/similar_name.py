"""同一部门中有两个名称几乎相同的事项。

## 检查什么
同一部门文件中，一个事项的名称只比另一个多出或少了几个字（如“道路运输经营许可”与“道路运输
经营行政许可”），而不是替换了关键字（“客运”与“货运”不报告）。

## 为什么
这类事项往往是同一权力被写了两遍，或上下级清单的两种叫法混在一起；应当整合为一个事项，并与
上级清单使用同一名称。

## 法律依据
中办发〔2015〕21号（整合内容相同或相似的事项）；2018 年事项标准化要求（同一事项名称统一）。

## 示例
```yaml
- {name: 道路运输经营许可}
- {name: 道路运输经营行政许可}
```

## 改为
```yaml
- {name: 道路运输经营许可}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from .base import ACTIVE_STATUSES, Context, Violation
from .names import near_same, normal_name

CODE = "SP602"
NAME = "similar-name"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "中办发〔2015〕21号；2018 年事项标准化要求"


def check(ctx: Context) -> Iterator[Violation]:
    for file in ctx.register.files:
        items = [(normal_name(p), ptr, p) for ptr, p in file.powers
                 if p.status.value in ACTIVE_STATUSES]
        by_length = sorted(range(len(items)), key=lambda i: len(items[i][0]))
        for rank, i in enumerate(by_length):
            name = items[i][0]
            for j in by_length[rank + 1:]:
                other = items[j][0]
                if len(other) - len(name) > 3:
                    break
                if near_same(name, other):
                    later, first = (items[i], items[j]) if i > j else (items[j], items[i])
                    yield Violation(file.path, f"{later[1]}/name",
                                    f"事项“{later[2].title}”与本部门的“{first[2].title}”名称几乎相同",
                                    f"power '{later[2].title}' is named almost like '{first[2].title}'",
                                    "若是同一事项请整合；若不同，请让名称体现区别",
                                    "merge them if they are one power; otherwise make the names tell them apart",
                                    later[2].key)
