"""事项最高层级的依据无权设定这一类权力。

## 检查什么
按事项类型和名称确定可以设定它的规范层级，再看依据中是否至少有一条达到该层级：
- 行政许可：法律、行政法规、国务院决定、地方性法规、省级政府规章（临时性许可）；部门规章、
  设区的市政府规章（标题以“某某市”开头的地方政府规章，直辖市除外）和其他规范性文件一律不得设定
  （行政许可法第十二条至第十七条）。
- 行政处罚：限制人身自由只能由法律设定；吊销营业执照须行政法规以上；警告、通报批评、罚款以外的
  处罚须地方性法规以上；规章只能设定警告、通报批评和一定数额的罚款；规范性文件不得设定
  （行政处罚法第十条至第十六条）。
- 行政强制：强制执行只能由法律设定（第十三条）；限制人身自由、冻结存款汇款只能由法律设定；
  查封、扣押须地方性法规以上；其他强制措施须行政法规以上（行政强制法第九条至第十一条）。
- 行政征收：征税、征收非国有财产只能由法律规定（立法法第十一条）。
国务院决定即使被标为规范性文件，也按国务院决定对待。党组织清单不适用本规则。

## 为什么
依据层级不够的事项本身就不合法，应当取消或者补足上位法依据，这是合法性审查的核心。

## 法律依据
《中华人民共和国行政许可法》第十二条至第十七条；《中华人民共和国行政处罚法》第十条至第十六条；
《中华人民共和国行政强制法》第九条至第十一条、第十三条；《中华人民共和国立法法》第十一条。

## 示例
```yaml
- name: 城市道路占用挖掘许可
  type: 行政许可
  basis:
    - {level: 部门规章, title: 城市道路管理规定, article: 第十条}
```

## 改为
```yaml
- name: 城市道路占用挖掘许可
  type: 行政许可
  basis:
    - {level: 行政法规, title: 城市道路管理条例, article: 第三十条}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from ..vocab import BASIS_LEVELS
from .base import Context, Violation, per_power, violation
from .basis_levels import MUNICIPAL_RULE, allowed_levels, effective_level

CODE = "SP207"
NAME = "basis-cannot-set-type"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "《中华人民共和国行政许可法》第十二条至第十七条；《中华人民共和国行政处罚法》第十条至第十六条；《中华人民共和国行政强制法》第九条至第十一条、第十三条；《中华人民共和国立法法》第十一条"
KINDS = ("government",)

_STATE = {"宪法", "法律", "行政法规", "国务院决定", "地方性法规", "自治条例和单行条例",
          "部门规章", "地方政府规章", "规范性文件", MUNICIPAL_RULE}


def _rank(level: str) -> int:
    if level == MUNICIPAL_RULE:
        return BASIS_LEVELS["地方政府规章"]
    return BASIS_LEVELS.get(level, 0) if level in _STATE else 0


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    canonical = ctx.vocab.canonical(power.type)
    rule = allowed_levels(canonical or "", power.name) if power.basis else None
    if rule is None:
        return
    allowed, what, what_en, article = rule
    levels = [effective_level(c, ctx.laws) for c in power.basis]
    if any(level in allowed for level in levels):
        return
    strongest = max(range(len(levels)), key=lambda i: _rank(levels[i]))
    level = levels[strongest]
    yield violation(file, f"{pointer}/basis/{strongest}/level", power,
                    f"最高依据为{level}，无权设定{what}（{article}）",
                    f"the strongest basis is a {level}, which cannot create {what_en} ({article})",
                    f"补充{'、'.join(sorted(allowed & _STATE, key=_rank, reverse=True))}层级的依据，或提出取消该事项",
                    "cite a statute of a level that may create it, or propose removing the power")


check = per_power(_check)
