"""行政许可只有省级政府规章依据：只能是临时性许可，实施满一年须提请制定地方性法规。

## 检查什么
类型为行政许可、依据中最高层级为地方政府规章的事项。若 `status.date`（设定或调整日期）已
超过一年，提示该临时性许可已到期。

## 为什么
省级政府规章设定的行政许可是临时性的，实施满一年需要继续实施的，应当提请本级人大及其常委会
制定地方性法规；否则一年后即失去依据。

## 法律依据
《中华人民共和国行政许可法》第十五条第一款。

## 示例
```yaml
- name: 某项临时许可
  type: 行政许可
  basis:
    - {level: 地方政府规章, title: 山西省某某管理办法, article: 第八条}
```

## 改为
```yaml
- name: 某项临时许可
  type: 行政许可
  basis:
    - {level: 地方性法规, title: 山西省某某条例, article: 第十条}
```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .basis_levels import LOCAL_REGULATION, effective_level

CODE = "SP208"
NAME = "provincial-rule-temporary-licence"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "《中华人民共和国行政许可法》第十五条第一款"
KINDS = ("government",)


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not power.basis or ctx.vocab.canonical(power.type) != "行政许可":
        return
    levels = [effective_level(c, ctx.laws) for c in power.basis]
    if any(level in LOCAL_REGULATION for level in levels) or "地方政府规章" not in levels:
        return
    index = levels.index("地方政府规章")
    since = power.status.date
    lapsed = since is not None and (dt.date.today() - since).days > 365
    extra = f"，自 {since.isoformat()} 起已超过一年" if lapsed and since else ""
    yield violation(file, f"{pointer}/basis/{index}/level", power,
                    f"行政许可仅有省级政府规章依据，只能是临时性许可{extra}",
                    "the licence rests only on a provincial government rule: a temporary licence that lapses after one year"
                    + (f" (set {since.isoformat()})" if lapsed and since else ""),
                    "实施满一年需继续实施的，提请制定地方性法规",
                    "to keep it beyond a year, have a local regulation enacted")


check = per_power(_check)
