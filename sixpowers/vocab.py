"""Closed vocabularies of the domain (DOMAIN.md §3), with aliases and numeric codes.

A register may extend the type vocabulary in `sixpowers.toml`; everything else here is fixed by
statute or national practice.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# National "10 + 1" power types and the two-digit codes used inside item codes.
GOVERNMENT_TYPES: dict[str, str] = {
    "行政许可": "01",
    "行政处罚": "02",
    "行政强制": "03",
    "行政征收": "04",
    "行政给付": "05",
    "行政检查": "06",
    "行政确认": "07",
    "行政奖励": "08",
    "行政裁决": "09",
    "其他行政权力": "10",
    "公共服务": "20",
}

TYPE_ALIASES: dict[str, str] = {
    "行政审批": "行政许可",
    "其他职权": "其他行政权力",
    "其他权力": "其他行政权力",
    "其他": "其他行政权力",
    "行政强制措施": "行政强制",
    "行政强制执行": "行政强制",
    "行政监督检查": "行政检查",
    "监督检查": "行政检查",
    "行政征用": "行政征收",
}

# Categories party organs use for their internal powers (practice: configurable).
PARTY_TYPES: dict[str, str] = {
    "决策权": "51",
    "管理权": "52",
    "用人权": "53",
    "审批权": "54",
    "监督权": "55",
    "组织处理权": "56",
    "执纪权": "57",
}

# Instrument levels, strongest first (DOMAIN §3). The rank is used to find the strongest basis.
BASIS_LEVELS: dict[str, int] = {
    "宪法": 100,
    "法律": 90,
    "行政法规": 80,
    "国务院决定": 79,
    "地方性法规": 70,
    "自治条例和单行条例": 70,
    "部门规章": 60,
    "地方政府规章": 60,
    "规范性文件": 40,
    "党章": 95,
    "准则": 85,
    "条例": 75,
    "规定": 65,
    "办法": 64,
    "规则": 63,
    "细则": 62,
    "党内规范性文件": 41,
}
BASIS_LEVEL_ALIASES: dict[str, str] = {
    "国务院令": "行政法规",
    "省政府规章": "地方政府规章",
    "政府规章": "地方政府规章",
    "规章": "部门规章",
    "红头文件": "规范性文件",
    "其他规范性文件": "规范性文件",
    "党内法规": "条例",
}

ADMIN_LEVELS = ("省级", "市级", "县级", "乡级")
ADMIN_LEVEL_ALIASES = {"省": "省级", "市": "市级", "县": "县级", "乡": "乡级", "乡镇": "乡级",
                       "乡镇级": "乡级", "区级": "县级", "设区的市级": "市级"}

STATUSES = ("保留", "取消", "下放", "转移", "整合", "新增", "委托", "暂停")
DUTY_STAGES = ("受理责任", "审查责任", "决定责任", "送达责任", "执行责任", "事后监管责任", "其他责任")
DISCLOSURE_SCOPES = ("社会公开", "党内公开", "机关内部公开", "单位内部公开", "不公开")
DISCLOSURE_TIMINGS = ("长期", "定期", "随时")
RISK_LEVELS = ("高", "中", "低")
RISK_LEVEL_ALIASES = {"一级": "高", "二级": "中", "三级": "低", "high": "高", "medium": "中",
                      "low": "低"}
RISK_KINDS = ("制度风险", "操作风险", "绩效风险", "自律风险", "外部环境风险")
STEP_KINDS = ("start", "task", "decision", "end")
MAJOR_MATTERS = ("重大事项决策", "重要干部任免", "重大项目安排", "大额度资金使用")
PLATFORMS = ("政务服务平台", "公共资源交易平台")
DEFAULT_RISK_COLOURS = {"高": "红", "中": "黄", "低": "蓝"}

_TYPE_SUFFIX = re.compile(r"[（(][^）)]*[）)]$")


@dataclass(frozen=True)
class TypeVocabulary:
    """The power types a register accepts: canonical names, their codes and their aliases."""

    codes: Mapping[str, str]
    aliases: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, kind: str = "government", extra: Mapping[str, str] | None = None,
              extra_aliases: Mapping[str, str] | None = None) -> TypeVocabulary:
        codes = dict(PARTY_TYPES if kind == "party" else GOVERNMENT_TYPES)
        if kind == "party":
            codes.update(GOVERNMENT_TYPES)
        codes.update(extra or {})
        aliases = dict(TYPE_ALIASES)
        aliases.update(extra_aliases or {})
        return cls(codes=codes, aliases=aliases)

    def canonical(self, text: str) -> str | None:
        """The canonical type for `text`, accepting aliases, numeric codes and suffixes."""
        value = text.strip()
        if value in self.codes:
            return value
        if value in self.aliases:
            return self.aliases[value]
        by_code = {code: name for name, code in self.codes.items()}
        if value.zfill(2) in by_code and value.isdigit():
            return by_code[value.zfill(2)]
        # 行政许可(国办), 其他行政权力-备案
        stripped = _TYPE_SUFFIX.sub("", value).split("-")[0].split("—")[0].strip()
        if stripped != value:
            return self.canonical(stripped)
        return None

    def code_of(self, name: str) -> str | None:
        canonical = self.canonical(name)
        return self.codes.get(canonical) if canonical else None

    def suggest(self, text: str) -> str | None:
        return nearest(text, list(self.codes) + list(self.aliases))


def nearest(text: str, choices: Iterable[str]) -> str | None:
    """The closest choice to `text`, or None when nothing is close."""
    options = list(choices)
    match = difflib.get_close_matches(text, options, n=1, cutoff=0.4)
    if match:
        return match[0]
    # Short CJK words: share of common characters.
    best, score = None, 0.0
    for option in options:
        common = len(set(text) & set(option))
        ratio = common / max(len(set(option)), 1)
        if ratio > score:
            best, score = option, ratio
    return best if score >= 0.5 else None


def canonical_basis_level(text: str) -> str | None:
    value = text.strip().strip("【】[]")
    if value in BASIS_LEVELS:
        return value
    return BASIS_LEVEL_ALIASES.get(value)
