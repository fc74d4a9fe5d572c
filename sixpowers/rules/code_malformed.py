"""事项编码的格式不对。

## 检查什么
事项编码应为 12 位数字的基本编码（`SS TT DD NNN sss`），或在其后加 12 位行政区划代码和 18 位
实施主体统一社会信用代码的实施编码。特别报告用 9 位组织机构代码或 17 位残缺代码冒充统一社会
信用代码的实施编码。党组织清单不适用。

## 为什么
编码是同一事项在省、市、县三级对应的钥匙；格式不对的编码无法与国家目录和上级清单比对，也无法
在政务服务平台上办理。

## 法律依据
GB/T 39554.1-2020《全国一体化政务服务平台 政务服务事项基本目录及实施清单 第1部分：编码要求》；
GB 32100-2015《法人和其他组织统一社会信用代码编码规则》。

## 示例
```yaml
code: "1401150010"
```

## 改为
```yaml
code: "140115001000"
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation
from .codes import split_item_code

CODE = "SP503"
NAME = "code-malformed"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "GB/T 39554.1-2020；GB 32100-2015"
KINDS = ("government",)


def _problem(code: str) -> tuple[str, str] | None:
    basic, area, body = split_item_code(code)
    if not (basic.isdigit() and len(basic) == 12):
        return "基本编码应为 12 位数字", "the basic code must be 12 digits"
    if area is None:
        return None
    if not (area.isdigit() and len(area) == 12):
        return "实施编码第 13-24 位应为 12 位行政区划代码", "characters 13-24 must be a 12-digit area code"
    if body is None:
        return "实施编码缺少 18 位实施主体统一社会信用代码", "the implementation code lacks the 18-character credit code"
    if len(body) == 9:
        return "实施编码用了 9 位组织机构代码，应为 18 位统一社会信用代码", "uses a 9-character organisation code instead of the 18-character credit code"
    if len(body) != 18:
        return f"实施主体代码为 {len(body)} 位，应为 18 位统一社会信用代码", f"the body code has {len(body)} characters instead of 18"
    return None


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    if not power.code:
        return
    problem = _problem(power.code)
    if problem:
        yield violation(file, f"{pointer}/code", power, f"事项编码“{power.code}”格式不对：{problem[0]}",
                        f"item code '{power.code}' is malformed: {problem[1]}",
                        "基本编码 12 位数字；实施编码 = 基本编码 + 12 位区划代码 + 18 位统一社会信用代码",
                        "basic code: 12 digits; implementation code: basic + 12-digit area + 18-character credit code")


check = per_power(_check, active_only=False)
