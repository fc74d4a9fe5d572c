"""The register model: one department file holds a department's powers (权力清单), its
responsibility list (责任清单) and its negative list (负面清单). Field names follow DOMAIN.md §2.

Pydantic lives here at the edge where outside data enters; everything is strict so that the
YAML 1.1 traps (`yes` read as a boolean, `0101` read as a number) surface as findings.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

BasisLevel = Literal[
    "宪法", "法律", "行政法规", "国务院决定", "地方性法规", "自治条例和单行条例", "部门规章",
    "地方政府规章", "规范性文件", "党章", "准则", "条例", "规定", "办法", "规则", "细则",
    "党内规范性文件",
]
AdminLevel = Literal["省级", "市级", "县级", "乡级"]
Status = Literal["保留", "取消", "下放", "转移", "整合", "新增", "委托", "暂停"]
Stage = Literal["受理责任", "审查责任", "决定责任", "送达责任", "执行责任", "事后监管责任", "其他责任"]
DisclosureScope = Literal["社会公开", "党内公开", "机关内部公开", "单位内部公开", "不公开"]
DisclosureTiming = Literal["长期", "定期", "随时"]
RiskLevel = Literal["高", "中", "低"]
StepKind = Literal["start", "task", "decision", "end"]
EdgeKind = Literal["normal", "return"]
DayUnit = Literal["工作日", "自然日"]
MajorMatter = Literal["重大事项决策", "重要干部任免", "重大项目安排", "大额度资金使用"]
Platform = Literal["政务服务平台", "公共资源交易平台"]
DutyScope = Literal["部门", "岗位", "全体人员"]

Text = Annotated[str, Field(min_length=1)]
Days = Annotated[float, Field(ge=0, le=3650)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True,
                              populate_by_name=False)


class Citation(Strict):
    """One legal-basis citation: 【level】《full title》(version) article + text."""

    level: BasisLevel = Field(title="效力层级", description="法律、行政法规、地方性法规、规章、规范性文件或党内法规层级")
    title: Text = Field(title="法规全称", description="法律法规的正式全称，如《中华人民共和国行政许可法》（不含书名号）")
    article: str | None = Field(default=None, title="条款", description="如“第十二条第一款”或“第12条”")
    version: str | None = Field(default=None, title="版本", description="修订或修正信息，如“2019年修正”")
    doc_number: str | None = Field(default=None, title="文号", description="规范性文件的发文字号，如“晋政发〔2017〕33号”")
    text: str | None = Field(default=None, title="条文内容", description="所引条款的原文")


class Duty(Strict):
    """A responsibility attached to one stage of exercising a power (责任事项)."""

    stage: Stage = Field(title="环节", description="受理、审查、决定、送达、执行、事后监管或其他责任")
    content: Text = Field(title="责任内容", description="该环节应当履行的责任")
    basis: str | None = Field(default=None, title="责任事项依据", description="设定该责任的条款")


class Supervision(Strict):
    """How the exercise of a power is supervised, and where to complain."""

    methods: list[Text] = Field(default_factory=list, title="监督方式", description="如纪检监察、审计、社会监督、行政复议")
    phone: str | None = Field(default=None, title="监督电话", description="监督电话")
    complaint: str | None = Field(default=None, title="投诉渠道", description="投诉电话或平台，如12345")


class TimeLimit(Strict):
    """Statutory and committed time limits (法定 / 承诺办结时限)."""

    statutory: Days | None = Field(default=None, title="法定办结时限", description="法定时限，单位见 unit")
    committed: Days | None = Field(default=None, title="承诺办结时限", description="承诺时限，不得超过法定时限")
    unit: DayUnit = Field(default="工作日", title="时限单位", description="工作日或自然日")
    special_basis: str | None = Field(default=None, title="特别时限依据", description="法定时限超过一般规定时的特别法依据")


class StatusInfo(Strict):
    """Handling decision for the item (处理意见) and its ground (增减有据)."""

    value: Status = Field(default="保留", title="处理意见", description="保留、取消、下放、转移、整合、新增、委托或暂停")
    reason: str | None = Field(default=None, title="理由", description="调整理由")
    basis: str | None = Field(default=None, title="调整依据", description="调整所依据的文件")
    date: dt.date | None = Field(default=None, title="调整日期", description="调整生效日期")
    to: str | None = Field(default=None, title="承接主体", description="下放、转移、委托的承接单位")


class Disclosure(Strict):
    """Publication scope and timing (公开范围 / 公开时间)."""

    scope: DisclosureScope = Field(default="社会公开", title="公开范围", description="社会公开、党内公开、机关内部公开、单位内部公开或不公开")
    timing: DisclosureTiming | None = Field(default=None, title="公开时间", description="长期、定期或随时")
    reason: str | None = Field(default=None, title="不公开理由", description="公开范围小于社会公开时的理由，如涉密")


class Edge(Strict):
    """A transition from one step to another; `return` edges are 补正/退回 loops (dashed)."""

    to: Text = Field(title="下一环节", description="目标环节的 id")
    label: str | None = Field(default=None, title="条件", description="如“准予”“不予”“补正”")
    kind: EdgeKind = Field(default="normal", title="类型", description="normal 或 return（补正、退回）")


class Step(Strict):
    """One step of the flowchart (权力运行流程图)."""

    id: Text = Field(title="环节编号", description="流程内唯一的环节标识")
    name: Text = Field(title="环节名称", description="如受理、审查、决定")
    kind: StepKind = Field(default="task", title="环节类型", description="start、task、decision 或 end")
    post: str | None = Field(default=None, title="承办岗位", description="承办该环节的岗位")
    unit: str | None = Field(default=None, title="承办单位", description="承办该环节的内设机构或单位")
    days: Days | None = Field(default=None, title="环节时限", description="该环节的办理时限（天）")
    standard: str | None = Field(default=None, title="办理标准", description="该环节的办理标准")
    platform: Platform | None = Field(default=None, title="办理平台", description="该环节在哪个平台办理")
    note: str | None = Field(default=None, title="说明", description="如“一次性告知补正”“末位表态”")
    next: list[Edge] = Field(default_factory=list, title="后续环节", description="流向的环节")


class Risk(Strict):
    """An integrity-risk point on a step (廉政风险点)."""

    step: Text = Field(title="所在环节", description="风险点所在环节的 id")
    description: Text = Field(title="风险点", description="风险点描述")
    forms: str | None = Field(default=None, title="表现形式", description="风险的具体表现形式")
    level: RiskLevel = Field(title="风险等级", description="高（一级）、中（二级）或低（三级）")
    kind: str | None = Field(default=None, title="风险类别", description="制度风险、操作风险、绩效风险、自律风险、外部环境风险")
    measures: list[Text] = Field(default_factory=list, title="防控措施", description="防控措施")
    post: str | None = Field(default=None, title="责任岗位", description="负责防控的岗位")


class Power(Strict):
    """One power (事项) of a department's power list."""

    code: str | None = Field(default=None, title="事项编码", description="事项编码，字符串（保留前导零），县级清单可为空")
    name: Text = Field(title="事项名称", description="动宾结构，如“对…的处罚”")
    sub_name: str | None = Field(default=None, title="子项名称", description="子项名称；无子项留空")
    type: Text = Field(title="事项类型", description="行政许可、行政处罚等，或配置中扩展的类别")
    basis: list[Citation] = Field(default_factory=list, title="设定依据", description="一条或多条法律依据")
    subject: Text = Field(title="实施主体", description="依法行使该权力的机关")
    subject_credit_code: str | None = Field(default=None, title="实施主体统一社会信用代码", description="18 位统一社会信用代码")
    undertaker: str | None = Field(default=None, title="承办机构", description="承办的内设机构或岗位")
    levels: list[AdminLevel] = Field(default_factory=list, title="行使层级", description="省级、市级、县级、乡级")
    duties: list[Duty] = Field(default_factory=list, title="责任事项", description="按环节列出的责任")
    accountability: list[Text] = Field(default_factory=list, title="追责情形", description="应当追究责任的情形")
    accountability_basis: list[Text] = Field(default_factory=list, title="追责依据", description="追责所依据的条款")
    supervision: Supervision | None = Field(default=None, title="监督方式", description="监督方式与监督、投诉电话")
    time_limit: TimeLimit | None = Field(default=None, title="办结时限", description="法定与承诺办结时限")
    fee: str | None = Field(default=None, title="收费依据和标准", description="如“不收费”")
    status: StatusInfo = Field(default_factory=StatusInfo, title="处理意见", description="保留、取消、下放等及理由")
    disclosure: Disclosure = Field(default_factory=Disclosure, title="公开", description="公开范围与时间")
    major_matter: MajorMatter | None = Field(default=None, title="三重一大", description="属于“三重一大”事项时的类别")
    major_decision: bool = Field(default=False, title="重大行政决策", description="是否属于重大行政决策事项")
    platform: Platform | None = Field(default=None, title="运行平台", description="应进必进的平台")
    flow: list[Step] = Field(default_factory=list, title="运行流程", description="权力运行流程图的环节")
    risks: list[Risk] = Field(default_factory=list, title="廉政风险点", description="廉政风险防控图的风险点")
    note: str | None = Field(default=None, title="备注", description="备注")
    extra: dict[str, str] = Field(default_factory=dict, title="其他列", description="导入时未映射的原始列")

    @property
    def key(self) -> str:
        """The power's identity: its code, else name and sub-item."""
        if self.code:
            return self.code
        return f"{self.name}/{self.sub_name}" if self.sub_name else self.name

    @property
    def title(self) -> str:
        return f"{self.name}（{self.sub_name}）" if self.sub_name else self.name


class RemovedPower(Strict):
    """A power taken off the list, kept on record with its ground (增减有据)."""

    code: str | None = Field(default=None, title="事项编码", description="被移除事项的编码")
    name: Text = Field(title="事项名称", description="被移除事项的名称")
    reason: Text = Field(title="移除理由", description="取消、下放、整合等理由")
    basis: str | None = Field(default=None, title="调整依据", description="调整所依据的文件")
    date: dt.date | None = Field(default=None, title="调整日期", description="调整生效日期")


class SharedDuty(Strict):
    """A duty shared with other departments (职责边界)."""

    name: Text = Field(title="职责事项", description="共同承担的职责")
    with_departments: list[Text] = Field(title="相关部门", description="共同承担该职责的部门")
    lead: Text = Field(title="牵头部门", description="牵头部门")
    division: str | None = Field(default=None, title="职责分工", description="各部门的分工")
    basis: list[Text] = Field(default_factory=list, title="依据", description="依据")
    accountability: list[Text] = Field(default_factory=list, title="追责情形", description="追责情形")


class MainDuty(Strict):
    """A main duty (主要职责) or a supervision duty (事中事后监管责任)."""

    name: Text = Field(title="职责", description="职责内容")
    kind: Literal["主要职责", "事中事后监管"] = Field(default="主要职责", title="类别", description="主要职责或事中事后监管")
    rules: list[Text] = Field(default_factory=list, title="监管制度", description="监管所依据的制度")
    basis: list[Text] = Field(default_factory=list, title="依据", description="依据")
    accountability: list[Text] = Field(default_factory=list, title="追责情形", description="追责情形")


class Responsibilities(Strict):
    """The responsibility list (责任清单) beside the duties attached to each power."""

    main: list[MainDuty] = Field(default_factory=list, title="主要职责", description="主要职责与事中事后监管责任")
    shared: list[SharedDuty] = Field(default_factory=list, title="职责边界", description="与其他部门共同承担的职责")


class Prohibition(Strict):
    """An act the department or its staff must not do (负面清单)."""

    id: str | None = Field(default=None, title="编号", description="负面清单事项编号")
    act: Text = Field(title="禁止行为", description="不得实施的行为")
    scope: DutyScope = Field(default="全体人员", title="适用范围", description="部门、岗位或全体人员")
    basis: list[Text] = Field(default_factory=list, title="依据", description="禁止所依据的条款")
    consequence: str | None = Field(default=None, title="违反后果", description="违反后承担的责任")


class Department(Strict):
    """The department a file describes."""

    name: Text = Field(title="部门名称", description="部门全称")
    code: str | None = Field(default=None, title="部门代码", description="部门代码（事项编码第 5-6 位）")
    credit_code: str | None = Field(default=None, title="统一社会信用代码", description="18 位统一社会信用代码")
    kind: Literal["government", "party"] = Field(default="government", title="类别", description="government（政府部门）或 party（党组织）")
    phone: str | None = Field(default=None, title="监督电话", description="部门监督电话")


class DepartmentFile(Strict):
    """One department file of a register: department, powers and the other two lists."""

    department: Department = Field(title="部门", description="部门信息")
    powers: list[Power] = Field(default_factory=list, title="权力清单", description="权力事项")
    responsibilities: Responsibilities | None = Field(default=None, title="责任清单", description="主要职责、职责边界、事中事后监管")
    negative_list: list[Prohibition] = Field(default_factory=list, title="负面清单", description="不得实施的行为")
    removed: list[RemovedPower] = Field(default_factory=list, title="调整记录", description="已移出清单的事项及其依据")
