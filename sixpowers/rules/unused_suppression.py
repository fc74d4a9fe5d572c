"""行内忽略注释没有忽略任何问题。

## 检查什么
`# sixpowers: ignore[...]` 注释中的某个规则编号在它覆盖的范围内没有报告任何问题（问题已经
修好，或注释放错了位置）。只检查本次启用了的规则。

## 为什么
过时的忽略注释会在将来悄悄掩盖新出现的同类问题，应当删除。

## 法律依据
本工具约定（同 ruff 的 RUF100）：忽略只用于确实存在、且有理由保留的问题。

## 示例
```yaml
- {id: review, name: 审查, post: 审查岗}  # sixpowers: ignore[SP301] 理由：岗位已分离
```

## 改为
```yaml
- {id: review, name: 审查, post: 审查岗}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from .base import Context, Violation

CODE = "SP902"
NAME = "unused-suppression"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "本工具约定（忽略须对应确实存在的问题）"
META = True


def check(ctx: Context) -> Iterator[Violation]:
    """Reported by the lint engine after it has matched suppressions to findings."""
    return iter(())
