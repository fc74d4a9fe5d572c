"""事项没有追责情形。

## 检查什么
保留、新增、整合或委托的事项，`accountability` 为空。

## 为什么
责任清单的落脚点是追责：哪些失职、渎职情形要被追究。没有追责情形的事项，“严惩滥用权力”
就落不到人。真实公开的清单中，缺追责情形是最常见的缺陷之一。

## 法律依据
中办发〔2015〕21号；《中华人民共和国行政许可法》第七十一条至第七十七条；
《中华人民共和国公职人员政务处分法》；《中国共产党问责条例》。

## 示例
```yaml
- name: 道路货物运输经营许可
  accountability: []
```

## 改为
```yaml
- name: 道路货物运输经营许可
  accountability:
    - 对符合法定条件的申请不予受理、不予许可或者不在法定期限内作出决定的
  accountability_basis:
    - 《中华人民共和国行政许可法》第七十二条
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP403"
NAME = "missing-accountability"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2015〕21号；《中华人民共和国行政许可法》第七十一条至第七十七条；《中国共产党问责条例》"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not power.accountability:
        yield violation(file, f"{pointer}/accountability", power,
                        f"事项“{power.title}”没有追责情形", f"power '{power.title}' has no accountability cases",
                        "在 accountability 列出应当追责的情形，并在 accountability_basis 写明依据",
                        "list the cases that lead to accountability and their basis")


check = per_power(_check)
