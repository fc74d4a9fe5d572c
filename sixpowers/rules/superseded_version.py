"""依据引用了法规的旧版本。

## 检查什么
依据的 `version`（如“2017年修正”）早于法规表中该法规最近一次修改的年份。

## 为什么
法规修改后条款序号和内容常有变化（如行政处罚法 2021 年修订后条文整体重排），引用旧版本的
条款可能已不存在或含义已变。

## 法律依据
《中华人民共和国立法法》第一百零三条；中办发〔2015〕21号（法律法规修改后及时调整清单）。

## 示例
```yaml
basis:
  - {level: 法律, title: 中华人民共和国行政处罚法, version: 2017年修正, article: 第十六条}
```

## 改为
```yaml
basis:
  - {level: 法律, title: 中华人民共和国行政处罚法, version: 2021年修订, article: 第十八条}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..laws import clean_title, version_year
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP210"
NAME = "superseded-version-cited"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "《中华人民共和国立法法》第一百零三条；中办发〔2015〕21号"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    for index, citation in enumerate(power.basis):
        law = ctx.laws.find(clean_title(citation.title))
        cited = version_year(citation.version)
        latest = law.latest_year if law else None
        if law is None or law.status == "已废止" or cited is None or latest is None:
            continue
        if cited < latest:
            yield violation(file, f"{pointer}/basis/{index}/version", power,
                            f"引用的是《{law.title}》{cited} 年版本，该法规已于 {latest} 年修改",
                            f"cites the {cited} version of '{law.title}', amended in {latest}",
                            f"核对 {latest} 年版本的条款序号和内容后更新 version 与 article",
                            f"check the {latest} text and update version and article")


check = per_power(_check)
