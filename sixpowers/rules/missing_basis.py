"""事项没有任何设定依据（法无授权不可为）。

## 检查什么
保留、新增、整合或委托的事项，`basis` 为空。

## 为什么
行政机关的每一项权力都必须有法律、法规或规章的明确授权；没有依据的事项不得列入清单，
列入了就是“清单之外”的自我授权。

## 法律依据
中办发〔2015〕21号《关于推行地方各级政府工作部门权力清单制度的指导意见》：权力清单的每个事项
都要列明设定依据，“法无授权不可为”；《中华人民共和国行政许可法》第四条；
《中华人民共和国行政处罚法》第四条（依照法律、法规、规章的规定设定和实施）。

## 示例
```yaml
- name: 道路货物运输经营许可
  type: 行政许可
  subject: 示例局
```

## 改为
```yaml
- name: 道路货物运输经营许可
  type: 行政许可
  basis:
    - {level: 行政法规, title: 中华人民共和国道路运输条例, article: 第二十四条}
  subject: 示例局
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP201"
NAME = "missing-basis"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2015〕21号；《中华人民共和国行政许可法》第四条；《中华人民共和国行政处罚法》第四条"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not power.basis:
        yield violation(file, pointer + "/basis", power,
                        f"事项“{power.title}”没有设定依据（法无授权不可为）",
                        f"power '{power.title}' has no legal basis",
                        "在 basis 中列出设定该权力的法律、法规或规章条款",
                        "list the statute articles that create the power under basis")


check = per_power(_check)
