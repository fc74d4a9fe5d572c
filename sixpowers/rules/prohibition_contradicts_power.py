"""负面清单禁止的行为，正是本部门某项权力的流程或责任要求做的事。

## 检查什么
把负面清单事项的 `act` 拆成“行为短语”：按逗号、分号和“或者、以及、并且”等分句，去掉空格
和标点；一句中用顿号并列时展开，“收取停车费、保管费”展开为“收取停车费”“收取保管费”
（前项的头两个字作动词），“涂改、伪造档案”展开为“涂改档案”“伪造档案”；少于 4 个字的短语
不用。同一部门（按部门名称）的在用权力中，某个环节的名称或办理标准、或某条责任事项的
内容包含其中一个短语，且该句在短语之前既没有“不得、禁止、严禁、防止、杜绝、避免、不、未”等否定词，也没有“对、
查处、处罚、调查、制止、纠正、举报、投诉”等表明针对他人行为的词，就报告一次（每个负面清单
事项与每个权力一次）。

这是启发式检查：只有原样出现的短语才算，“违规收取费用”不会匹配“收取费用”，所以带限定语的
禁止（违规、擅自、超标准）很少误报；确属不矛盾时用行内忽略注释并写明理由。

## 为什么
负面清单说“不得做”，权力清单的流程图却要求经办人做，两份清单互相矛盾，经办人无所适从，
追责也无从谈起：要么负面清单照抄了不适用的禁令，要么流程图保留了早该取消的做法。

## 法律依据
中办发〔2015〕21号（权力清单、责任清单、负面清单相互衔接）。

## 示例
```yaml
powers:
  - name: 对违法超限运输车辆的处罚
    flow:
      - {id: park, name: 收取停车费, ...}
negative_list:
  - {act: 指定停车场或者收取停车费、保管费, basis: [《中华人民共和国行政强制法》第二十六条]}
```

## 改为
```yaml
flow:
  - {id: park, name: 车辆停放（不收取任何费用）, ...}
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Severity
from ..model import Power
from .base import ACTIVE_STATUSES, Context, Violation

CODE = "SP1006"
NAME = "prohibition-contradicts-power"
SEVERITY = Severity.WARNING
LEGAL_BASIS = "中办发〔2015〕21号（三张清单相互衔接）"

_CLAUSE = re.compile(r"[，,；;。：:！!？?\n]|或者|或是|以及|并且|而且")
_PUNCT = re.compile(r"[\s“”\"'‘’《》〈〉（）()【】\[\]—\-·.]")
# Before the phrase in its clause: a negation (the text forbids the act too), or an enforcement
# verb (the power acts against others doing it: “查处泄露举报人信息的行为”).
_NOT_REQUIRED = re.compile(r"不得|禁止|严禁|防止|杜绝|避免|不准|不许|不|未|勿|"
                           r"对|查处|查办|处罚|调查|制止|纠正|整治|打击|举报|投诉")
_MIN = 4


def phrases(act: str) -> list[str]:
    """The act phrases of a prohibition (see the rule's documentation)."""
    result: list[str] = []
    for clause in _CLAUSE.split(act):
        parts = [p for p in _PUNCT.sub("", clause).split("、") if p]
        if not parts:
            continue
        if len(parts) == 1:
            found = parts
        elif len(parts[0]) <= 2:
            # 涂改、伪造档案: verbs listed, the object follows the last verb.
            obj = parts[-1][2:]
            found = [verb + obj for verb in parts[:-1]] + [parts[-1]]
        else:
            # 收取停车费、保管费: one verb, objects listed.
            verb = parts[0][:2]
            found = [parts[0]] + [p if p.startswith(verb) else verb + p for p in parts[1:]]
        result += [p for p in found if len(p) >= _MIN and p not in result]
    return result


def required(text: str | None, phrase: str) -> bool:
    """True when `text` contains the phrase in a clause that neither negates it nor acts
    against others doing it."""
    return bool(text) and _required_in(_PUNCT.sub("", text or ""), phrase)


def _required_in(plain: str, phrase: str) -> bool:
    if phrase not in plain:
        return False
    for match in re.finditer(re.escape(phrase), plain):
        clause = _CLAUSE.split(plain[:match.start()])[-1]
        if not _NOT_REQUIRED.search(clause):
            return True
    return False


def _requirements(power: Power) -> list[tuple[str, str]]:
    """(where, text without punctuation) of what the power requires: step names and
    standards, duty contents."""
    found = []
    for step in power.flow:
        found.append((f"环节“{step.name}”", step.name))
        if step.standard:
            found.append((f"环节“{step.name}”的办理标准", step.standard))
    for duty in power.duties:
        found.append((duty.stage, duty.content))
    return [(where, _PUNCT.sub("", text)) for where, text in found]


def check(ctx: Context) -> Iterator[Violation]:
    prohibitions = [(file, file.model.department.name.strip()) for file in ctx.register.files
                    if file.model is not None and file.model.negative_list]
    if not prohibitions:
        return
    wanted = {name for _, name in prohibitions}
    powers: dict[str, list[tuple[Power, list[tuple[str, str]]]]] = {}
    for file, _, power in ctx.register.powers():
        if file.model is None or power.status.value not in ACTIVE_STATUSES:
            continue
        name = file.model.department.name.strip()
        if name in wanted:
            powers.setdefault(name, []).append((power, _requirements(power)))
    for file, name in prohibitions:
        assert file.model is not None
        for i, item in enumerate(file.model.negative_list):
            acts = phrases(item.act)
            for power, texts in powers.get(name, []):
                hit = next(((where, phrase) for where, text in texts
                            for phrase in acts if _required_in(text, phrase)), None)
                if hit is None:
                    continue
                where, phrase = hit
                yield Violation(file.path, f"/negative_list/{i}/act",
                                f"负面清单禁止“{phrase}”，但事项“{power.title}”的{where}要求这样做",
                                f"the negative list forbids '{phrase}', but power '{power.title}' requires it ({where})",
                                "改正流程或责任事项，或核实该禁止是否适用于本部门",
                                "fix the power's flow or duties, or check whether the prohibition applies",
                                power.key)
