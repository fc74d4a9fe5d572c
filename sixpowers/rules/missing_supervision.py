"""事项没有监督方式或投诉渠道。

## 检查什么
保留的事项没有 `supervision.methods`（监督方式），或既没有 `supervision.phone`/`complaint`，
部门也没有 `department.phone` 可作投诉渠道。

## 为什么
“合力监督权力”要求每项权力都写明由谁监督、群众向哪里投诉；流程图页脚的监督电话就来自这里。

## 法律依据
国务院审改办 2016 年权力清单试点（每个环节列明监督方式）；中办发〔2015〕21号（公布监督投诉渠道）。

## 示例
```yaml
supervision: {methods: []}
```

## 改为
```yaml
supervision: {methods: [纪检监察, 社会监督], complaint: "12345"}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from ..register import RegisterFile
from .base import Context, Violation, per_power, violation

CODE = "SP404"
NAME = "missing-supervision"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "国务院审改办 2016 年权力清单试点；中办发〔2015〕21号"


def _check(ctx: Context, file: RegisterFile, pointer: str, power: Power) -> Iterator[Violation]:
    sup = power.supervision
    department = file.department
    channel = bool(sup and (sup.phone or sup.complaint)) or bool(department and department.phone)
    missing = [zh for zh, ok in (("监督方式", bool(sup and sup.methods)), ("投诉渠道", channel)) if not ok]
    if missing:
        where = f"{pointer}/supervision" if sup else pointer
        yield violation(file, where, power, f"事项“{power.title}”没有{'和'.join(missing)}",
                        f"power '{power.title}' lacks " + " and ".join(
                            {"监督方式": "a supervision method", "投诉渠道": "a complaint channel"}[m] for m in missing),
                        "在 supervision 中写明 methods（如纪检监察、社会监督）和 phone 或 complaint",
                        "set supervision.methods and a phone or complaint channel")


check = per_power(_check)
