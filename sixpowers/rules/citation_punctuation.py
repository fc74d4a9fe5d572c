"""依据的标点不规范：书名号、引号、空格或半角括号混在字段里。

## 检查什么
`title` 首尾带书名号或引号、含空格或半角括号；`article` 含空格或半角标点；`doc_number` 的年份
没有用六角括号〔〕。

## 为什么
同一部法规写法不一，比较、检索和合并清单时就会被当成不同的法规；公开的清单也显得不严肃。

## 法律依据
GB/T 9704-2012《党政机关公文格式》7.2.4（发文字号年份用六角括号〔〕）；GB/T 15834-2011
《标点符号用法》。

## 示例
```yaml
basis:
  - {level: 规范性文件, title: "《山西省行政审批事项目录(2017年版)》", doc_number: "晋政发[2017]33号"}
```

## 改为
```yaml
basis:
  - {level: 规范性文件, title: 山西省行政审批事项目录（2017年版）, doc_number: 晋政发〔2017〕33号}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..laws import clean_article, clean_doc_number, clean_title
from ..model import Power
from ..register import RegisterFile
from .base import Context, Fix, Violation, per_power, violation

CODE = "SP204"
NAME = "citation-punctuation"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "GB/T 9704-2012 7.2.4；GB/T 15834-2011"
FIXABLE = True


def fixed_title(ctx: Context, title: str) -> str:
    """The title as the fixer writes it: clean punctuation, then the full title if known."""
    clean = clean_title(title)
    return ctx.laws.full_title(clean) or clean


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    for index, citation in enumerate(power.basis):
        where = f"{pointer}/basis/{index}"
        fields = (("title", citation.title, clean_title),
                  ("article", citation.article, clean_article),
                  ("doc_number", citation.doc_number, clean_doc_number))
        for field, value, clean in fields:
            if value is None or clean(value) == value:
                continue
            target = fixed_title(ctx, value) if field == "title" else clean(value)
            yield violation(file, f"{where}/{field}", power,
                            f"依据的{_LABEL[field]}“{value}”标点不规范，应为“{clean(value)}”",
                            f"basis {field} '{value}' has stray punctuation; should be '{clean(value)}'",
                            "去掉书名号、引号和空格，括号用全角，年份用〔〕（可用 --fix 自动修正）",
                            "drop book-title marks, quotes and spaces; use full-width brackets (--fix does it)",
                            Fix(f"{where}/{field}", target))


_LABEL = {"title": "标题", "article": "条款", "doc_number": "文号"}

check = per_power(_check, active_only=False)
