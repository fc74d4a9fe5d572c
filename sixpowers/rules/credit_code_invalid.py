"""统一社会信用代码校验不通过。

## 检查什么
`department.credit_code`、事项的 `subject_credit_code` 以及实施编码末尾的 18 位实施主体代码，
按 GB 32100-2015 检查长度、字符集（不含 I、O、Z、S、V）和第 18 位校验码：
校验码 = (31 − Σ cᵢ·wᵢ mod 31) mod 31，w = 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28。

## 为什么
抄错一位的信用代码指向另一个单位或根本不存在的单位；实施编码、电子证照和政务服务平台都靠它
识别实施主体。

## 法律依据
GB 32100-2015《法人和其他组织统一社会信用代码编码规则》第 4 章、附录 B。

## 示例
```yaml
department: {name: 示例局, credit_code: "11140000012345678X"}
```

## 改为
```yaml
department: {name: 示例局, credit_code: "11140000012345678E"}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from .base import Context, Violation
from .codes import credit_code_problem, split_item_code

CODE = "SP506"
NAME = "credit-code-invalid"
SEVERITY = Severity.ERROR
LEGAL_BASIS = "GB 32100-2015 第4章、附录B"


def check(ctx: Context) -> Iterator[Violation]:
    for file in ctx.register.files:
        department = file.department
        if department and department.credit_code:
            yield from _one(file.path, "/department/credit_code", department.credit_code, None)
        for pointer, power in file.powers:
            if power.subject_credit_code:
                yield from _one(file.path, f"{pointer}/subject_credit_code",
                                power.subject_credit_code, power.key)
            if power.code:
                body = split_item_code(power.code)[2]
                if body and len(body) == 18:
                    yield from _one(file.path, f"{pointer}/code", body, power.key)


def _one(path: str, pointer: str, code: str, power: str | None) -> Iterator[Violation]:
    problem = credit_code_problem(code.strip())
    if problem:
        yield Violation(path, pointer, f"统一社会信用代码“{code}”{problem[0]}",
                        f"unified social credit code '{code}' {problem[1]}",
                        "核对营业执照或事业单位法人证书上的代码",
                        "check the code on the registration certificate", power)
