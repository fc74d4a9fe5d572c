"""The project's own tabular layout of a department file (XLSX sheets, CSV sections).

One sheet per list: 部门 (one row), 事项 (one row per power, keyed by 序号), the power's nested
lists on their own sheets keyed by 事项序号, and the responsibility and negative lists.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import vocab

POWER_KEY = "序号"
PARENT_KEY = "事项序号"
STEP_KEY = "环节编号"

DEPARTMENT_KINDS = {"government": "政府部门", "party": "党组织"}
STEP_KINDS = {"start": "开始", "task": "办理", "decision": "判断", "end": "结束"}
EDGE_KINDS = {"normal": "正常", "return": "退回"}
HAS_RESPONSIBILITIES = "含责任清单"


@dataclass(frozen=True)
class Column:
    """One column: its Chinese header, the path of the value inside a record, and its codec."""

    header: str
    path: tuple[str, ...]
    kind: str = "text"  # text, code, number, bool, date, lines, words, enum
    labels: dict[str, str] = field(default_factory=dict)  # value -> label (enum display)
    choices: tuple[str, ...] = ()  # dropdown values; `strict` ones reject anything else
    strict: bool = True
    width: int | None = None
    required: bool = False  # an empty list is written as `[]`, not left out


def _c(header: str, path: str, kind: str = "text", **kw: object) -> Column:
    return Column(header, tuple(path.split(".")), kind, **kw)  # type: ignore[arg-type]


def _enum(header: str, path: str, choices: tuple[str, ...], strict: bool = True,
          labels: dict[str, str] | None = None) -> Column:
    shown = tuple(labels[c] for c in choices) if labels else choices
    return Column(header, tuple(path.split(".")), "enum", labels or {}, shown, strict)


_TYPES = tuple(vocab.GOVERNMENT_TYPES)
_LEVELS = tuple(vocab.BASIS_LEVELS)


@dataclass(frozen=True)
class Sheet:
    """A sheet: where its rows live in the department file and their columns."""

    name: str
    path: tuple[str, ...]
    columns: tuple[Column, ...]
    nested: bool = False  # rows belong to a power, by 事项序号
    single: bool = False  # exactly one row (the department)


DEPARTMENT = Sheet("部门", ("department",), (
    _c("部门名称", "name", width=30),
    _c("部门代码", "code", "code"),
    _c("统一社会信用代码", "credit_code", "code"),
    _enum("类别", "kind", tuple(DEPARTMENT_KINDS), labels=DEPARTMENT_KINDS),
    _c("监督电话", "phone", "code"),
    _c(HAS_RESPONSIBILITIES, "_responsibilities", "bool"),
), single=True)

POWERS = Sheet("事项", ("powers",), (
    _c("事项编码", "code", "code", width=16),
    _c("事项名称", "name", width=30),
    _c("子项名称", "sub_name", width=20),
    _enum("事项类型", "type", _TYPES, strict=False),
    _c("实施主体", "subject", width=20),
    _c("实施主体统一社会信用代码", "subject_credit_code", "code"),
    _c("承办机构", "undertaker"),
    _c("行使层级", "levels", "words", choices=vocab.ADMIN_LEVELS, strict=False),
    _c("追责情形", "accountability", "lines", width=40),
    _c("追责依据", "accountability_basis", "lines", width=40),
    _c("监督方式", "supervision.methods", "words"),
    _c("监督电话", "supervision.phone", "code"),
    _c("投诉渠道", "supervision.complaint", "code"),
    _c("法定办结时限", "time_limit.statutory", "number"),
    _c("承诺办结时限", "time_limit.committed", "number"),
    _enum("时限单位", "time_limit.unit", ("工作日", "自然日")),
    _c("特别时限依据", "time_limit.special_basis"),
    _c("收费依据和标准", "fee"),
    _enum("处理意见", "status.value", vocab.STATUSES),
    _c("调整理由", "status.reason"),
    _c("调整依据", "status.basis"),
    _c("调整日期", "status.date", "date"),
    _c("承接主体", "status.to"),
    _enum("公开范围", "disclosure.scope", vocab.DISCLOSURE_SCOPES),
    _enum("公开时间", "disclosure.timing", vocab.DISCLOSURE_TIMINGS),
    _c("不公开理由", "disclosure.reason"),
    _enum("三重一大", "major_matter", vocab.MAJOR_MATTERS),
    Column("重大行政决策", ("major_decision",), "bool", choices=("是", "否")),
    _enum("运行平台", "platform", vocab.PLATFORMS),
    _c("备注", "note", width=30),
))

BASIS = Sheet("设定依据", ("basis",), (
    _enum("效力层级", "level", _LEVELS),
    _c("法规全称", "title", width=36),
    _c("条款", "article"),
    _c("版本", "version"),
    _c("文号", "doc_number"),
    _c("条文内容", "text", width=60),
), nested=True)

DUTIES = Sheet("责任事项", ("duties",), (
    _enum("环节", "stage", vocab.DUTY_STAGES),
    _c("责任内容", "content", width=60),
    _c("责任事项依据", "basis", width=36),
), nested=True)

FLOW = Sheet("运行流程", ("flow",), (
    _c(STEP_KEY, "id"),
    _c("环节名称", "name", width=24),
    _enum("环节类型", "kind", tuple(STEP_KINDS), labels=STEP_KINDS),
    _c("承办岗位", "post"),
    _c("承办单位", "unit"),
    _c("环节时限", "days", "number"),
    _c("办理标准", "standard", width=30),
    _enum("办理平台", "platform", vocab.PLATFORMS),
    _c("说明", "note", width=30),
), nested=True)

EDGES = Sheet("流程走向", ("next",), (
    _c(STEP_KEY, "_from"),
    _c("下一环节", "to"),
    _c("条件", "label"),
    _enum("走向类型", "kind", tuple(EDGE_KINDS), labels=EDGE_KINDS),
), nested=True)

RISKS = Sheet("廉政风险", ("risks",), (
    _c("所在环节", "step"),
    _c("风险点", "description", width=36),
    _c("表现形式", "forms", width=36),
    _enum("风险等级", "level", vocab.RISK_LEVELS),
    _enum("风险类别", "kind", vocab.RISK_KINDS, strict=False),
    _c("防控措施", "measures", "lines", width=40),
    _c("责任岗位", "post"),
), nested=True)

EXTRA = Sheet("其他列", ("extra",), (
    _c("列名", "key", width=20),
    _c("值", "value", width=40),
), nested=True)

MAIN_DUTIES = Sheet("主要职责", ("responsibilities", "main"), (
    _c("职责", "name", width=40),
    _enum("类别", "kind", ("主要职责", "事中事后监管")),
    _c("监管制度", "rules", "lines", width=30),
    _c("依据", "basis", "lines", width=36),
    _c("追责情形", "accountability", "lines", width=36),
))

SHARED_DUTIES = Sheet("职责边界", ("responsibilities", "shared"), (
    _c("职责事项", "name", width=36),
    _c("相关部门", "with_departments", "words", width=30, required=True),
    _c("牵头部门", "lead"),
    _c("职责分工", "division", width=36),
    _c("依据", "basis", "lines", width=36),
    _c("追责情形", "accountability", "lines", width=36),
))

NEGATIVE = Sheet("负面清单", ("negative_list",), (
    _c("编号", "id", "code"),
    _c("禁止行为", "act", width=40),
    _enum("适用范围", "scope", ("部门", "岗位", "全体人员")),
    _c("依据", "basis", "lines", width=36),
    _c("违反后果", "consequence", width=30),
))

REMOVED = Sheet("调整记录", ("removed",), (
    _c("事项编码", "code", "code", width=16),
    _c("事项名称", "name", width=30),
    _c("移除理由", "reason", width=30),
    _c("调整依据", "basis", width=30),
    _c("调整日期", "date", "date"),
))

SHEETS: tuple[Sheet, ...] = (DEPARTMENT, POWERS, BASIS, DUTIES, FLOW, EDGES, RISKS, EXTRA,
                             MAIN_DUTIES, SHARED_DUTIES, NEGATIVE, REMOVED)
SHEETS_BY_NAME = {s.name: s for s in SHEETS}


def headers(sheet: Sheet) -> list[str]:
    """The header row of a sheet, key columns first."""
    keys = [POWER_KEY] if sheet is POWERS else [PARENT_KEY] if sheet.nested else []
    return keys + [c.header for c in sheet.columns]

GUIDE = "填写说明"
GUIDE_LINES = (
    "本工作簿是 sixpowers 部门文件的表格形式，可用 sixpowers convert 与 YAML 互相转换，内容不丢失。",
    "“部门”工作表只填一行。“事项”工作表每个事项一行，“序号”是该事项的编号。",
    "设定依据、责任事项、运行流程、流程走向、廉政风险、其他列：每项一行，“事项序号”填所属事项的序号。",
    "流程走向：“环节编号”填出发环节的编号（见运行流程），“下一环节”填目标环节的编号；补正、退回选“退回”。",
    "追责情形、依据、防控措施等：一个单元格内每行一项（Alt+回车换行）；行使层级、监督方式、相关部门用“、”分隔。",
    "有下拉箭头的列请从下拉列表中选择。空单元格表示“无”。编码列是文本格式，前导零会保留。",
    "以 = + - @ 开头的内容前会自动加一个英文单引号 '，防止被当作公式执行；读取时会去掉。",
    "本说明工作表在读取时被忽略。",
)
