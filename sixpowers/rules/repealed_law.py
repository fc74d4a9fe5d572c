"""依据引用了已废止的法规。

## 检查什么
依据的法规在法规表（内置 laws.yaml 与清单自己的法规表）中状态为“已废止”。

## 为什么
依据已废止的事项失去了法律基础：要么改引取代它的新法规，要么取消该事项。真实清单中常见仍然
引用《中华人民共和国合同法》《城市房屋拆迁管理条例》等已废止法规的情况。

## 法律依据
《中华人民共和国立法法》第一百零三条（新法优于旧法）；中办发〔2015〕21号（清单动态调整）。

## 示例
```yaml
basis:
  - {level: 行政法规, title: 城市房屋拆迁管理条例, article: 第六条}
```

## 改为
```yaml
basis:
  - {level: 行政法规, title: 国有土地上房屋征收与补偿条例, article: 第四条}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..laws import clean_title
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP209"
NAME = "repealed-law-cited"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "《中华人民共和国立法法》第一百零三条；中办发〔2015〕21号"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    for index, citation in enumerate(power.basis):
        law = ctx.laws.find(clean_title(citation.title))
        if law is None or law.status != "已废止":
            continue
        when = f"于 {law.repealed.isoformat()} " if law.repealed else ""
        when_en = f" on {law.repealed.isoformat()}" if law.repealed else ""
        successor = f"，已被《{law.replaced_by}》取代" if law.replaced_by else ""
        successor_en = f", replaced by '{law.replaced_by}'" if law.replaced_by else ""
        yield violation(file, f"{pointer}/basis/{index}/title", power,
                        f"《{law.title}》已{when}废止{successor}",
                        f"'{law.title}' was repealed{when_en}{successor_en}",
                        "改引现行有效的法规条款，或提出取消该事项",
                        "cite the law in force, or propose removing the power")


check = per_power(_check)
