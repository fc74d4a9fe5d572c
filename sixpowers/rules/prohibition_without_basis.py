"""负面清单事项没有写明依据。

## 检查什么
`negative_list` 中的事项，`basis`（依据）为空或没有写。

## 为什么
负面清单禁止部门和工作人员实施的行为，每一项都应当有法律、法规、党内法规或规范性文件作
依据：有依据，禁止才有约束力，违反后的追责才有来源；没有依据的“禁止”既可能越权设禁，也
无法据以问责。

## 法律依据
中办发〔2015〕21号（清单所列事项均应有法定依据）。

## 示例
```yaml
negative_list:
  - {act: 违规收取停车费、保管费, scope: 全体人员}
```

## 改为
```yaml
negative_list:
  - act: 违规收取停车费、保管费
    scope: 全体人员
    basis: [《中华人民共和国行政强制法》第二十六条]
    consequence: 责令退还，依法给予处分
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from .base import Context, Violation

CODE = "SP1005"
NAME = "prohibition-without-basis"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "中办发〔2015〕21号（清单事项须有法定依据）"


def check(ctx: Context) -> Iterator[Violation]:
    for file in ctx.register.files:
        if file.model is None:
            continue
        for i, item in enumerate(file.model.negative_list):
            if not item.basis:
                yield Violation(file.path, f"/negative_list/{i}/basis",
                                f"负面清单事项“{item.act}”没有写明依据",
                                f"negative-list item '{item.act}' gives no basis",
                                "在 basis 中写明禁止所依据的法律法规条款",
                                "cite the provision that forbids the act under basis")
