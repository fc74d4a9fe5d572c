"""依据使用了法规简称，而法规表中有其正式全称。

## 检查什么
`title` 是法规表（内置 laws.yaml 与清单自己的法规表）中某部法规的简称，如《环境保护法》。

## 为什么
简称不是法规的正式名称：地方性法规、部门规章与法律可能同名简称（如各省的《道路运输条例》与
《中华人民共和国道路运输条例》），引用简称就无法确定到底依据的是哪一部。

## 法律依据
全国人大常委会法工委《立法技术规范（试行）（一）》（法工委发〔2009〕62号，法律名称的表述）；
中办发〔2015〕21号（依据须准确）。

## 示例
```yaml
basis:
  - {level: 法律, title: 环境保护法, article: 第十条}
```

## 改为
```yaml
basis:
  - {level: 法律, title: 中华人民共和国环境保护法, article: 第十条}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..laws import clean_title
from ..model import Power
from ..register import RegisterFile
from .base import Context, Fix, Violation, per_power, violation

CODE = "SP205"
NAME = "short-law-title"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "法工委发〔2009〕62号；中办发〔2015〕21号"
FIXABLE = True


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    for index, citation in enumerate(power.basis):
        full = ctx.laws.full_title(clean_title(citation.title))
        if full:
            where = f"{pointer}/basis/{index}/title"
            yield violation(file, where, power,
                            f"依据使用了简称“{citation.title}”，全称为《{full}》",
                            f"basis cites the short title '{citation.title}'; the full title is '{full}'",
                            f"改为“{full}”（可用 --fix 自动修正）", f"write '{full}' (--fix does it)",
                            Fix(where, full))


check = per_power(_check, active_only=False)
