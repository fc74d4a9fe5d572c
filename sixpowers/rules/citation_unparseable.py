"""依据无法拆分为“层级 + 法规全称 + 条款”。

## 检查什么
`title` 里混入了层级标签（【法律】）、条款（第十二条）或多部法规（“、”“及”连接），或 `article`
写的不是“第…条（款、项）”或“第…章 标题”。

## 为什么
审核人员和比较工具要按法规全称和条款核对依据；整段粘贴的依据无法核对效力层级和现行版本，
也无法与上级清单比对。

## 法律依据
中办发〔2015〕21号：依据须具体到条款；《国务院办公厅关于全面推行行政规范性文件合法性审核机制的
指导意见》（国办发〔2018〕115号）。

## 示例
```yaml
basis:
  - level: 法律
    title: 【法律】《中华人民共和国公路法》第七十六条
```

## 改为
```yaml
basis:
  - {level: 法律, title: 中华人民共和国公路法, article: 第七十六条}
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP202"
NAME = "citation-unparseable"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "中办发〔2015〕21号"

_NUM = "[零〇一二三四五六七八九十百千0-9０-９]+"
_ONE = f"第{_NUM}条(之{_NUM})?(第{_NUM}款)?(第{_NUM}项)?(第{_NUM}目)?"
ARTICLE = re.compile(f"^({_ONE}|第{_NUM}章|第{_NUM}节)((、|，|,|；|及|和|至|-|—)?({_ONE}|第{_NUM}款|第{_NUM}项|{_NUM}))*$")
# A chapter or section cited with its heading: 第六章 讨论决定.
CHAPTER = re.compile(f"^第{_NUM}[章节] \\S+$")
_TITLE_NOISE = re.compile(f"【|】|\\[|\\]|第{_NUM}条|》.*《")


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    for index, citation in enumerate(power.basis):
        where = f"{pointer}/basis/{index}"
        if _TITLE_NOISE.search(citation.title):
            yield violation(file, f"{where}/title", power,
                            f"依据标题“{citation.title}”混入了层级、条款或多部法规，无法识别法规全称",
                            f"basis title '{citation.title}' mixes in a level, an article or several laws",
                            "title 只写一部法规的全称；层级写 level，条款写 article，多部法规分条列出",
                            "keep one full title in title; put the level in level, the article in article, one law per entry")
        article = (citation.article or "").strip()
        if article and not ARTICLE.match("".join(article.split())) and not CHAPTER.match(article):
            yield violation(file, f"{where}/article", power,
                            f"条款“{citation.article}”不是“第…条（款、项）”的形式",
                            f"article '{citation.article}' is not of the form 第…条",
                            "如“第十二条第一款”或“第12条”；条文内容写在 text",
                            "write e.g. 第十二条第一款 and put the wording under text")


check = per_power(_check)
