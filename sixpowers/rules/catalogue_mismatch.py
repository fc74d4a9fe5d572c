"""事项与上级目录中同一编码的事项名称或类型不一致。

## 检查什么
在 sixpowers.toml 的 `[lint] catalogue` 中指定上级（国家、省、市）目录——一个清单文件夹或部门文件。
本清单事项的 12 位基本编码在目录中存在时，名称加子项名称（忽略标点、空格、“的”）和类型都应与
目录一致。没有指定目录时本规则不检查。

## 为什么
同一事项在省、市、县三级应当名称、类型、依据、编码统一；真实清单中同一权力在两级叫法不同，
群众和监督平台就对不上号，上级取消或调整事项时下级也无法跟进。

## 法律依据
GB/T 39554.1-2020（事项编码与基本目录）；2018 年国务院办公厅推进政务服务事项标准化的要求（同一事项在
省、市、县三级名称、类型、依据、编码统一）；中办发〔2015〕21号。

## 示例
```yaml
# 省级目录：{code: "140115001000", name: 道路货物运输经营许可, type: 行政许可}
- {code: "140115001000", name: 货运经营许可, type: 行政审批}
```

## 改为
```yaml
- {code: "140115001000", name: 道路货物运输经营许可, type: 行政许可}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .codes import split_item_code
from .names import normal_name

CODE = "SP605"
NAME = "catalogue-mismatch"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "GB/T 39554.1-2020；2018 年政务服务事项标准化要求；中办发〔2015〕21号"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not ctx.catalogue or not power.code:
        return
    upper = ctx.catalogue.get(split_item_code(power.code)[0])
    if upper is None:
        return
    if normal_name(upper) != normal_name(power):
        yield violation(file, f"{pointer}/name", power,
                        f"事项名称“{power.title}”与上级目录同一编码的“{upper.title}”不一致",
                        f"name '{power.title}' differs from '{upper.title}' in the catalogue",
                        f"改为目录中的名称“{upper.title}”，或核对编码", f"use the catalogue name '{upper.title}' or check the code")
    mine, theirs = ctx.vocab.canonical(power.type), ctx.vocab.canonical(upper.type)
    if mine and theirs and mine != theirs:
        yield violation(file, f"{pointer}/type", power,
                        f"事项类型“{power.type}”与上级目录中的“{upper.type}”不一致",
                        f"type '{power.type}' differs from '{upper.type}' in the catalogue",
                        f"改为“{theirs}”，或核对编码", f"use '{theirs}' or check the code")


check = per_power(_check)
