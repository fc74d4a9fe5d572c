"""同一个事项编码在清单中出现了两次。

## 检查什么
整个清单（所有部门文件）中，两个事项的 `code` 相同（`sub_name` 不同的子项应有不同的子项码）。
第二次及以后出现的位置报告，消息中写明首次出现的文件。

## 为什么
编码是事项的唯一标识；重复的编码会让比较、发布和电子监察把两个事项当成一个，其中一个就“消失”了。

## 法律依据
GB/T 39554.1-2020（事项编码唯一）。

## 示例
```yaml
- {code: "140115001000", name: 甲许可}
- {code: "140115001000", name: 乙许可}
```

## 改为
```yaml
- {code: "140115001000", name: 甲许可}
- {code: "140115002000", name: 乙许可}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from .base import Context, Violation

CODE = "SP505"
NAME = "duplicate-code"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "GB/T 39554.1-2020"


def check(ctx: Context) -> Iterator[Violation]:
    first: dict[str, tuple[str, str]] = {}
    for file, pointer, power in ctx.register.powers():
        if not power.code:
            continue
        if power.code in first:
            other_file, other_name = first[power.code]
            where = "本文件" if other_file == file.path else other_file
            where_en = "this file" if other_file == file.path else other_file
            yield Violation(file.path, f"{pointer}/code",
                            f"事项编码“{power.code}”重复：{where}中的“{other_name}”已使用",
                            f"item code '{power.code}' is already used by '{other_name}' in {where_en}",
                            "为每个事项（含子项）分配不同的编码", "give every item its own code",
                            power.key)
        else:
            first[power.code] = (file.path, power.title)
