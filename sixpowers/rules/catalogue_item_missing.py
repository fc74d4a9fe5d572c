"""上级目录中本级同类部门应有的事项，本清单哪个部门都没有列入（可能漏项）。

## 检查什么
指定了上级目录时，对本清单的每个部门，找出目录中同类部门（部门代码相同，或去掉地区前缀和厅、局、
委等后缀后名称相同，如“山西省交通运输厅”与“平遥县交通运输局”）的事项；其中适用于本级（目录事项
未写行使层级，或行使层级包含 sixpowers.toml 中 `[register] level` 所写的层级）、而本清单任何部门都
没有匹配上的，作为提示报告在该部门文件的部门名称处。

## 为什么
下级清单照上级目录梳理，目录中有而本级没有的事项，要么是漏项，要么是依法不在本级行使；二者都应
在清单中有交代（增减有据），提示便于逐项核对，不作为错误。

## 法律依据
中办发〔2015〕21号（全面梳理、不得遗漏，增减有据）；GB/T 39554.1-2020（实施清单依据基本目录编制）。

## 示例
```yaml
# 省级目录（交通运输厅）有“道路旅客运输经营许可”，行使层级含县级
department: {name: 平遥县交通运输局}
powers:
  - {name: 道路货物运输经营许可}
```

## 改为
```yaml
department: {name: 平遥县交通运输局}
powers:
  - {name: 道路货物运输经营许可}
  - {name: 道路旅客运输经营许可}
removed:  # 或写明不在本级行使的理由
  - {name: 道路旅客运输经营许可, reason: 已下放至乡镇}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..matching.names import department_key
from .base import Context, Violation

CODE = "SP608"
NAME = "catalogue-item-missing"
SEVERITY = Severity.INFO
LEGAL_BASIS = "中办发〔2015〕21号（全面梳理，增减有据）；GB/T 39554.1-2020"
CATALOGUE = True


def check(ctx: Context) -> Iterator[Violation]:
    if ctx.catalogue is None:
        return
    held = ctx.catalogue.match_register(ctx.register, ctx.vocab).held
    level = ctx.register.config.info.level
    removed = {name for file in ctx.register.files if file.model
               for name in (r.name for r in file.model.removed)}
    reported: set[int] = set()
    for file in ctx.register.files:
        department = file.department
        if department is None:
            continue
        for entry in ctx.catalogue.entries_of(department_key(department), department.code):
            upper = entry.power
            if entry.ref in held or entry.ref in reported or upper.name in removed:
                continue
            if level and upper.levels and level not in upper.levels:
                continue
            reported.add(entry.ref)
            code = f"（{upper.code}）" if upper.code else ""
            code_en = f" ({upper.code})" if upper.code else ""
            yield Violation(file.path, "/department/name",
                            f"上级目录中{entry.department.name if entry.department else ''}的事项“{upper.title}”{code}本清单各部门均未列入，可能漏项",
                            f"catalogue item '{upper.title}'{code_en} is held by no department of this register: possibly missing",
                            "核对是否应当列入；不在本级行使的，在 removed 中写明理由",
                            "check whether it belongs here; if it is not exercised at this level, record why under removed",
                            upper.code or upper.title)
