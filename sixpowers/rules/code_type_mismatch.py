"""事项编码中的类型代码与事项类型不一致，或为 99。

## 检查什么
12 位基本编码的第 3-4 位是类型代码（01 行政许可、02 行政处罚……10 其他行政权力、20 公共服务，
扩展类型见 sixpowers.toml），它应与 `type` 的代码一致；99 不是任何类型。党组织清单不适用。

## 为什么
编码和类型不一致，说明两者之一是错的：要么类型改过而编码没改，要么编码是照抄的。按编码统计和
按类型统计的结果会对不上。

## 法律依据
GB/T 39554.1-2020《全国一体化政务服务平台 政务服务事项基本目录及实施清单 第1部分：编码要求》。

## 示例
```yaml
code: "140215001000"
type: 行政许可
```

## 改为
```yaml
code: "140115001000"
type: 行政许可
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .codes import split_item_code

CODE = "SP504"
NAME = "code-type-mismatch"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "GB/T 39554.1-2020"
KINDS = ("government",)


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not power.code:
        return
    basic = split_item_code(power.code)[0]
    if not (basic.isdigit() and len(basic) == 12):
        return
    digits = basic[2:4]
    expected = ctx.vocab.code_of(power.type)
    if digits == "99":
        yield violation(file, f"{pointer}/code", power, f"事项编码“{power.code}”的类型代码为 99，99 不是事项类型",
                        f"item code '{power.code}' has type digits 99, which is not a type",
                        f"类型“{power.type}”的代码是 {expected}" if expected else "按类型目录改正第 3-4 位",
                        f"the code of '{power.type}' is {expected}" if expected else "use the type's code in digits 3-4")
    elif expected and digits != expected:
        yield violation(file, f"{pointer}/code", power,
                        f"事项编码“{power.code}”第 3-4 位为 {digits}，与类型“{power.type}”的代码 {expected} 不一致",
                        f"item code '{power.code}' has type digits {digits}, but '{power.type}' is {expected}",
                        "核对编码和类型，改正其中错误的一个", "check the code and the type and correct the wrong one")


check = per_power(_check, active_only=False)
