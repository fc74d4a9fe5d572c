"""事项名称与上级目录中某个事项的名称相近但不相同。

## 检查什么
指定了上级目录时，本清单事项的规范化名称（见 SP605）与目录事项的名称不同但相近：
- 只多出或少了“行政”“事项”“有关”“证”“核发”等不改变所指的字词（如“道路运输经营许可”与
  “道路运输经营行政许可”）：可自动修复，`--fix` 改用目录名称，保留注释和格式；
- 增加或替换了其他少数几个字（如“道路危险货物运输经营许可”与“道路货物运输经营许可”），且目录中
  没有另一个同样相近的事项：只提示核对，不自动修改——它可能是另一个事项。编码相同而名称相近的
也在此报告。名称相似度由 rapidfuzz 的 ratio 计算。

## 为什么
同一事项在各级应当使用同一名称；叫法不同，群众搜不到，监督平台对不上号，统计和比对也会把一项
算成两项。若确实不是同一事项，应当让名称体现区别；若是许可，还要核对它是否在目录之外（SP606）。

## 法律依据
GB/T 39554.1-2020；2018 年国务院办公厅推进政务服务事项标准化的要求（同一事项在各级名称统一）；
中办发〔2015〕21号。

## 示例
```yaml
# 省级目录：{name: 道路货物运输经营许可}
- name: 道路货物运输经营行政许可
```

## 改为
```yaml
- name: 道路货物运输经营许可
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from .base import Context, Fix, Violation, violation

CODE = "SP607"
NAME = "catalogue-name-variant"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "GB/T 39554.1-2020；2018 年政务服务事项标准化要求"
CATALOGUE = True
FIXABLE = True


def _fix(pointer: str, power: Power, upper: Power) -> Fix | None:
    """Adopt the catalogue's name: one scalar, so only where the sub-items already agree (or
    only the sub-item differs)."""
    if (power.sub_name or None) == (upper.sub_name or None):
        return Fix(f"{pointer}/name", upper.name)
    if power.name == upper.name and power.sub_name and upper.sub_name:
        return Fix(f"{pointer}/sub_name", upper.sub_name)
    return None


def check(ctx: Context) -> Iterator[Violation]:
    if ctx.catalogue is None:
        return
    for file, pointer, power, match in ctx.catalogue.match_register(ctx.register, ctx.vocab).powers:
        if match is None or match.name_kind not in ("variant", "near"):
            continue
        upper = match.entry.power
        score = f"{match.score:.0f}"
        if match.name_kind == "variant":
            yield violation(file, f"{pointer}/name", power,
                            f"事项名称“{power.title}”与上级目录的“{upper.title}”相近（相似度 {score}）",
                            f"name '{power.title}' is a variant of '{upper.title}' in the catalogue (similarity {score})",
                            f"改用目录名称“{upper.title}”", f"use the catalogue name '{upper.title}'",
                            _fix(pointer, power, upper))
            continue
        tail = "；若不是同一事项，该许可不在目录中" if ctx.vocab.canonical(power.type) == "行政许可" else ""
        tail_en = "; if it is not, the licence is outside the catalogue" if tail else ""
        yield violation(file, f"{pointer}/name", power,
                        f"事项名称“{power.title}”与上级目录的“{upper.title}”相近（相似度 {score}），请核对是否为同一事项{tail}",
                        f"name '{power.title}' is close to '{upper.title}' in the catalogue (similarity {score}); check whether they are one power{tail_en}",
                        f"若是同一事项，改用目录名称“{upper.title}”；若不是，让名称体现区别",
                        f"if it is the same power use '{upper.title}'; otherwise make the name tell them apart")
