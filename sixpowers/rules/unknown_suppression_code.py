"""行内忽略注释写错了格式或规则编号。

## 检查什么
`# sixpowers:` 注释不是 `ignore[编号, …] 理由：…` 或 `ignore-file[编号, …] 理由：…` 的形式，
或其中的编号不是任何规则的编号（也不是任何编号的前缀）。

## 为什么
写错的注释什么也没忽略，作者却以为已经处理了问题。

## 法律依据
本工具约定：忽略注释的格式为 `ignore[编号] 理由：…`，编号须是 `sixpowers rules` 列出的规则编号或其前缀。

## 示例
```yaml
name: 某事项  # sixpowers: ignore[SP3O1] 理由：……
```

## 改为
```yaml
name: 某事项  # sixpowers: ignore[SP301] 理由：……
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from .base import Context, Violation

CODE = "SP903"
NAME = "unknown-suppression-code"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "本工具约定"
META = True


def check(ctx: Context) -> Iterator[Violation]:
    """Reported by the lint engine while it reads suppression comments."""
    return iter(())
