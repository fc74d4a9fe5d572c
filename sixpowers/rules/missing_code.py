"""事项没有编码（默认不启用）。

## 检查什么
事项的 `code` 为空。县级清单常常没有编码，因此本规则默认不启用，需要时用
`--select SP507` 或在 sixpowers.toml 的 `[lint] extend_select` 中启用。

## 为什么
没有编码的事项无法与省级目录对应，上下级“同一事项名称、类型、依据、编码统一”的要求落不了地。

## 法律依据
GB/T 39554.1-2020；2018 年政务服务事项标准化要求。

## 示例
```yaml
- name: 道路货物运输经营许可
  type: 行政许可
```

## 改为
```yaml
- code: "140115001000"
  name: 道路货物运输经营许可
  type: 行政许可
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP507"
NAME = "missing-code"
SEVERITY = Severity.INFO
LEGAL_BASIS = "GB/T 39554.1-2020"
DEFAULT = False


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not power.code:
        yield violation(file, pointer, power, f"事项“{power.title}”没有编码",
                        f"power '{power.title}' has no code",
                        "按省级目录填写 12 位事项编码", "fill in the 12-digit code from the provincial catalogue")


check = per_power(_check)
