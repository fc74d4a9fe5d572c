"""依据只写了法规名称，没有具体条款。

## 检查什么
法律、法规、规章层级的依据没有 `article`。规范性文件和党内法规（党章、准则、条例、规定、办法、
规则、细则、党内规范性文件）常整体引用，不检查。

## 为什么
只写法规名称等于没有写依据：审核人员无法核对授权是否存在，也无法判断该条是否已被修改。

## 法律依据
中办发〔2015〕21号：列明权力事项的设定依据，具体到条款。

## 示例
```yaml
basis:
  - {level: 法律, title: 中华人民共和国公路法}
```

## 改为
```yaml
basis:
  - {level: 法律, title: 中华人民共和国公路法, article: 第七十六条}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP203"
NAME = "citation-without-article"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "中办发〔2015〕21号"

_WHOLE = {"规范性文件", "党内规范性文件", "党章", "准则", "条例", "规定", "办法", "规则", "细则"}


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    for index, citation in enumerate(power.basis):
        if not citation.article and citation.level not in _WHOLE:
            yield violation(file, f"{pointer}/basis/{index}", power,
                            f"依据《{citation.title}》没有写明条款",
                            f"basis '{citation.title}' names no article",
                            "在 article 中写明设定该权力的条款，如“第十二条”",
                            "add the article that creates the power, e.g. 第十二条")


check = per_power(_check)
