"""公开范围小于应有范围，却没有写明理由。

## 检查什么
政府清单的事项 `disclosure.scope` 不是“社会公开”，党组织清单的事项小于“党内公开”（机关内部、
单位内部公开或不公开），且没有 `disclosure.reason`。

## 为什么
“阳光行使权力”以公开为常态、不公开为例外；缩小公开范围必须有法定理由（如涉及国家秘密），
并写明，方便审核。

## 法律依据
《中华人民共和国政府信息公开条例》第五条、第十四条、第十五条；《中国共产党党务公开条例（试行）》。

## 示例
```yaml
disclosure: {scope: 机关内部公开}
```

## 改为
```yaml
disclosure: {scope: 机关内部公开, reason: 涉及国家秘密（《中华人民共和国保守国家秘密法》第十三条）}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP408"
NAME = "disclosure-without-reason"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "《中华人民共和国政府信息公开条例》第五条、第十四条、第十五条；《中国共产党党务公开条例（试行）》"

_EXPECTED = {"government": ("社会公开",), "party": ("社会公开", "党内公开")}


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    disclosure = power.disclosure
    expected = _EXPECTED.get(ctx.kind, ("社会公开",))
    if disclosure.scope not in expected and not disclosure.reason:
        yield violation(file, f"{pointer}/disclosure/scope", power,
                        f"公开范围为“{disclosure.scope}”，小于“{expected[-1]}”，但没有写明理由",
                        f"disclosure is '{disclosure.scope}', narrower than '{expected[-1]}', with no reason",
                        "在 disclosure.reason 写明不公开或缩小范围的理由及依据",
                        "state the reason and its basis in disclosure.reason")


check = per_power(_check)
