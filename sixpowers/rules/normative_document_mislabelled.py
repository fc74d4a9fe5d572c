"""带发文字号的规范性文件被标成了法律、行政法规或地方性法规。

## 检查什么
依据带有“〔2017〕33号”式的发文字号（在 `doc_number` 或标题中），层级却标为法律、行政法规或
地方性法规。国务院决定除外（其效力等同行政法规）。

## 为什么
“红头文件”不是法律法规，不能设定行政许可、行政处罚和行政强制。把它标成行政法规，清单就
虚增了权力的法律基础，合法性审查也会被误导。

## 法律依据
《中华人民共和国行政许可法》第十七条；《中华人民共和国行政处罚法》第十六条；
《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）。

## 示例
```yaml
basis:
  - {level: 行政法规, title: 山西省人民政府关于取消和调整一批行政审批项目的决定, doc_number: 晋政发〔2017〕33号}
```

## 改为
```yaml
basis:
  - {level: 规范性文件, title: 山西省人民政府关于取消和调整一批行政审批项目的决定, doc_number: 晋政发〔2017〕33号}
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Severity
from ..laws import looks_like_doc_number
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP206"
NAME = "normative-document-mislabelled"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "《中华人民共和国行政许可法》第十七条；《中华人民共和国行政处罚法》第十六条；国办发〔2018〕37号"

_LAW_LEVELS = {"法律", "行政法规", "地方性法规"}
_STATE_COUNCIL_DECISION = re.compile(r"国务院.*决定")


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    for index, citation in enumerate(power.basis):
        if citation.level not in _LAW_LEVELS or _STATE_COUNCIL_DECISION.search(citation.title):
            continue
        number = citation.doc_number or ""
        if looks_like_doc_number(number) or looks_like_doc_number(citation.title):
            shown = number or citation.title
            yield violation(file, f"{pointer}/basis/{index}/level", power,
                            f"带发文字号（{shown}）的文件被标为“{citation.level}”，应为规范性文件",
                            f"a document with a document number ({shown}) is tagged '{citation.level}'; it is a 规范性文件",
                            "把 level 改为“规范性文件”，并核对该事项是否另有法律法规依据",
                            "set level to 规范性文件 and check the power has a statutory basis")


check = per_power(_check, active_only=False)
