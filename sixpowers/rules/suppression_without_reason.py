"""行内忽略注释没有写理由。

## 检查什么
YAML 中的 `# sixpowers: ignore[SP301]` 注释后面没有“理由：…”（或 `reason: …`）。没有理由的
注释不生效：它本想忽略的问题照常报告。

## 为什么
忽略一条治理规则是一项需要负责的决定：审核人员要能看到为什么这里可以不分离岗位、为什么这个
依据可以不写条款。没有理由的忽略等于悄悄关掉检查。

## 法律依据
中办发〔2015〕21号（增减有据、接受监督）；本工具约定：忽略必须附理由。

## 示例
```yaml
- {id: decide, name: 决定, post: 科长}  # sixpowers: ignore[SP301]
```

## 改为
```yaml
- {id: decide, name: 决定, post: 科长}  # sixpowers: ignore[SP301] 理由：编制仅一名科长，由纪检组事后全量复核
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from .base import Context, Violation

CODE = "SP901"
NAME = "suppression-without-reason"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2015〕21号"
META = True


def check(ctx: Context) -> Iterator[Violation]:
    """Reported by the lint engine while it reads suppression comments."""
    return iter(())
