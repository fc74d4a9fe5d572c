"""事项与上级目录中的同一事项编码、名称、类型或最高层级依据不一致。

## 检查什么
用 `sixpowers lint --catalogue 目录` 或 sixpowers.toml 的 `[lint] catalogue` 指定上级（国家、省、市）
目录——一个清单文件夹或文件（YAML，以及已注册的 CSV、XLSX 等格式）。本清单每个事项先按 12 位基本编码、
再按规范化名称（去掉标点、空格、全半角差异、“对…的”、省级/市级/县级等层级前缀、主项/子项标记）
与目录匹配。匹配上的事项：
- 按编码匹配而名称完全不同（名称相近的见 SP607）：报告名称；
- 按名称匹配而编码不同：报告编码，给出两个编码；
- 类型（按规范类型比较）不同：报告类型，给出两个类型；
- 最高层级的依据（层级、法规名称或版本）不同：报告该条依据，给出两条依据。
没有指定目录时本规则不检查。

## 为什么
同一事项在省、市、县三级应当名称、类型、依据、编码统一（横向可比对、纵向可衔接）；各地照抄上级目录
时逐渐走样，同一权力在两级叫法、类型或依据不同，群众和监督平台就对不上号，上级取消或调整事项时
下级也无法跟进。

## 法律依据
GB/T 39554.1-2020（事项编码与基本目录）；2018 年国务院办公厅推进政务服务事项标准化的要求（同一事项在
省、市、县三级名称、类型、依据、编码统一）；中办发〔2015〕21号（权力清单纵向衔接）。

## 示例
```yaml
# 省级目录：{code: "140115001000", name: 道路货物运输经营许可, type: 行政许可,
#            basis: [{level: 行政法规, title: 中华人民共和国道路运输条例}]}
- code: "140115002000"
  name: 道路货物运输经营许可
  type: 行政确认
  basis: [{level: 部门规章, title: 道路货物运输及站场管理规定}]
```

## 改为
```yaml
- code: "140115001000"
  name: 道路货物运输经营许可
  type: 行政许可
  basis: [{level: 行政法规, title: 中华人民共和国道路运输条例}]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..matching.names import citation_key, citation_text, strongest_citation
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, violation
from .codes import split_item_code

CODE = "SP605"
NAME = "catalogue-mismatch"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "GB/T 39554.1-2020；2018 年政务服务事项标准化要求；中办发〔2015〕21号"
CATALOGUE = True


def check(ctx: Context) -> Iterator[Violation]:
    if ctx.catalogue is None:
        return
    for file, pointer, power, match in ctx.catalogue.match_register(ctx.register, ctx.vocab).powers:
        if match is None or match.name_kind == "near":
            continue
        upper = match.entry.power
        if match.how == "code" and match.name_kind == "different":
            yield violation(file, f"{pointer}/name", power,
                            f"事项名称“{power.title}”与上级目录同一编码的“{upper.title}”不一致",
                            f"name '{power.title}' differs from '{upper.title}', which has the same code in the catalogue",
                            f"改为目录中的名称“{upper.title}”，或核对编码",
                            f"use the catalogue name '{upper.title}' or check the code")
        if match.how != "code" and power.code and upper.code \
                and split_item_code(power.code)[0] != match.entry.code:
            yield violation(file, f"{pointer}/code", power,
                            f"事项编码“{power.code}”与上级目录同名事项“{upper.title}”的编码“{upper.code}”不一致",
                            f"code '{power.code}' differs from '{upper.code}' of '{upper.title}' in the catalogue",
                            f"改为目录编码“{upper.code}”", f"use the catalogue code '{upper.code}'")
        mine, theirs = ctx.vocab.canonical(power.type), match.entry.type
        if mine and mine != theirs:
            yield violation(file, f"{pointer}/type", power,
                            f"事项类型“{power.type}”与上级目录“{upper.title}”的类型“{upper.type}”不一致",
                            f"type '{power.type}' differs from '{upper.type}' of '{upper.title}' in the catalogue",
                            f"改为“{theirs}”，或核对是否为同一事项", f"use '{theirs}' or check it is the same power")
        yield from _basis(file, pointer, power, upper)


def _basis(file: RegisterFile, pointer: str, power: Power, upper: Power) -> Iterator[Violation]:
    ours, theirs = strongest_citation(power), strongest_citation(upper)
    if ours is None or theirs is None:
        return
    index, mine = ours
    other = theirs[1]
    differs = citation_key(mine) != citation_key(other) or (
        mine.version is not None and other.version is not None and mine.version != other.version)
    if differs:
        yield violation(file, f"{pointer}/basis/{index}", power,
                        f"最高层级依据{citation_text(mine)}与上级目录“{upper.title}”的{citation_text(other)}不一致",
                        f"strongest basis {citation_text(mine)} differs from {citation_text(other)} of '{upper.title}' in the catalogue",
                        f"核对依据，按目录引用{citation_text(other)}",
                        f"check the basis; the catalogue cites {citation_text(other)}")
