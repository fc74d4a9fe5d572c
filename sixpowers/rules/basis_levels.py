"""Which instrument levels may set which powers (DOMAIN §4), shared by the legal-basis rules."""

from __future__ import annotations

import re

from ..laws import Laws
from ..model import Citation

_STATE_COUNCIL_DECISION = re.compile(r"国务院.*决定")

# A rule of a 设区的市 government (太原市…办法) may not set a licence (行政许可法 第15条 names
# only provincial rules); it may set penalties within limits like any government rule.
MUNICIPAL_RULE = "设区的市政府规章"
_MUNICIPAL = re.compile(r"^(?:(?!省)[一-龥]){1,6}?市")
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")

LAW = frozenset({"宪法", "法律"})
REGULATION = LAW | {"行政法规", "国务院决定"}
LOCAL_REGULATION = REGULATION | {"地方性法规", "自治条例和单行条例"}
LICENCE = LOCAL_REGULATION | {"地方政府规章"}
RULES = LOCAL_REGULATION | {"部门规章", "地方政府规章", MUNICIPAL_RULE}


def effective_level(citation: Citation, laws: Laws) -> str:
    """The level a citation really has: a 国务院决定 even when tagged 规范性文件, else the laws
    file's level for a known title, a city government's rule for 地方政府规章 titled 某某市…,
    else the tag."""
    if _STATE_COUNCIL_DECISION.search(citation.title):
        return "国务院决定"
    law = laws.find(citation.title)
    if law and law.level:
        return law.level
    if citation.level == "地方政府规章" and _MUNICIPAL.match(citation.title) \
            and not citation.title.startswith(_MUNICIPALITIES):
        return MUNICIPAL_RULE
    return citation.level


def allowed_levels(power_type: str, name: str) -> tuple[frozenset[str], str, str, str] | None:
    """The levels that may set a power of this type and name, with what the limit concerns
    (zh, en) and the article; None when the statute sets no limit the name lets us apply."""
    if power_type == "行政许可":
        return LICENCE, "行政许可", "an administrative licence", "《中华人民共和国行政许可法》第十二条至第十七条"
    if power_type == "行政处罚":
        basis = "《中华人民共和国行政处罚法》第十条至第十六条"
        if re.search(r"拘留|限制人身自由", name):
            return LAW, "限制人身自由的行政处罚", "a penalty restricting personal freedom", basis
        if "吊销营业执照" in name:
            return REGULATION, "吊销营业执照", "revoking a business licence", basis
        if re.search(r"吊销|暂扣|没收|责令停产停业|责令关闭|降低资质等级|限制开展生产经营|限制从业", name):
            return LOCAL_REGULATION, "警告、通报批评、罚款以外的行政处罚", "a penalty beyond warnings, criticism and fines", basis
        return RULES, "行政处罚", "an administrative penalty", basis
    if power_type == "行政强制":
        basis = "《中华人民共和国行政强制法》第九条至第十一条、第十三条"
        if re.search(r"强制执行|加处罚款|滞纳金|划拨|拍卖|代履行", name):
            return LAW, "行政强制执行", "administrative enforcement", basis
        if re.search(r"限制人身自由|冻结", name):
            return LAW, "限制人身自由或冻结存款、汇款", "restricting freedom or freezing deposits", basis
        if re.search(r"查封|扣押", name):
            return LOCAL_REGULATION, "查封、扣押", "sealing up or seizing property", basis
        return REGULATION, "行政强制措施", "an administrative compulsory measure", basis
    if power_type == "行政征收" and re.search(r"税|土地|房屋|不动产|集体", name):
        return LAW, "征税或征收非国有财产", "taxes or taking non-state property", "《中华人民共和国立法法》第十一条"
    return None
