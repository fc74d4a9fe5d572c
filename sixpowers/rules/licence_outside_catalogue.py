"""行政许可事项不在上级行政许可事项清单（目录）中。

## 检查什么
指定了上级目录（`--catalogue` 或 `[lint] catalogue`）时，本清单中类型为行政许可、仍在实施（保留、
新增、整合、委托）的事项，按编码、规范化名称和相似名称都找不到对应的目录事项。名称与某个目录事项
相近的，由 SP607 提示核对，不在此重复报告。

## 为什么
行政许可实行清单管理：清单之外一律不得违法实施行政许可，下级清单不得超出上级清单。目录之外的
“许可”要么是改头换面的变相许可，要么是名称、编码与目录脱节，都应当清理。

## 法律依据
《国务院办公厅关于全面实行行政许可事项清单管理的通知》（国办发〔2022〕2号）：清单之外一律不得违法
实施行政许可；《中华人民共和国行政许可法》第十四条至第十七条（设定权）。

## 示例
```yaml
# 目录中没有此项
- name: 道路运输从业人员服务质量备案审批
  type: 行政许可
```

## 改为
```yaml
# 取消该事项，或改为目录中的事项名称与编码；确属其他类型的，改为相应类型
- name: 道路运输从业人员服务质量备案
  type: 其他行政权力
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from .base import Context, Violation, violation

CODE = "SP606"
NAME = "licence-outside-catalogue"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "国办发〔2022〕2号（清单之外一律不得违法实施行政许可）"
CATALOGUE = True


def check(ctx: Context) -> Iterator[Violation]:
    if ctx.catalogue is None:
        return
    for file, pointer, power, match in ctx.catalogue.match_register(ctx.register, ctx.vocab).powers:
        if match is None and ctx.vocab.canonical(power.type) == "行政许可":
            yield violation(file, f"{pointer}/name", power,
                            f"行政许可“{power.title}”不在上级目录中（清单之外一律不得实施行政许可）",
                            f"licence '{power.title}' is not in the catalogue (no licence may be exercised outside the list)",
                            "取消该事项，或按目录核对名称和编码；确属其他类型的改为相应类型",
                            "remove it, or align its name and code with the catalogue; if it is not a licence, change its type")
