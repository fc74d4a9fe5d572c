"""UI strings of the published site in Chinese (default) and English. Register text is never
translated; only the labels around it."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

ZH: dict[str, str] = {
    "lang_attr": "zh-CN", "site_default_title": "权力清单", "home": "清单首页",
    "stats": "统计", "compare": "清单比较", "skip": "跳到正文", "main_nav": "站点导航",
    "search": "搜索", "search_placeholder": "输入事项名称、类型或编码，如“许可”",
    "search_hint": "两个字以上的词使用索引即时查找；多个词用空格分开。",
    "filters": "筛选", "all": "全部", "department": "部门", "type": "事项类型",
    "status": "处理意见", "level": "行使层级", "code": "事项编码", "name": "事项名称",
    "sub_name": "子项名称", "count": "数量", "results": "共 {n} 项",
    "page_of": "第 {page} / {pages} 页", "pager": "翻页", "prev": "上一页", "next": "下一页",
    "no_results": "没有符合条件的事项", "loading": "正在加载……", "noscript":
    "筛选和搜索需要启用 JavaScript；下表列出按编码排序的前 {n} 项，完整清单见各事项页面。",
    "reset": "清除条件", "sort": "排序", "sort_code": "按编码", "sort_name": "按名称",
    "power_list": "权力事项列表", "basic": "基本信息", "subject": "实施主体",
    "subject_credit_code": "实施主体统一社会信用代码", "undertaker": "承办机构",
    "fee": "收费依据和标准", "major_matter": "三重一大", "major_decision": "重大行政决策",
    "platform": "运行平台", "note": "备注", "extra": "其他信息", "yes": "是", "no": "否",
    "basis": "设定依据", "basis_level": "效力层级", "basis_title": "法规名称",
    "article": "条款", "version": "版本", "doc_number": "文号", "article_text": "条文内容",
    "duties": "责任事项", "stage": "环节", "content": "责任内容", "duty_basis": "责任事项依据",
    "accountability": "追责情形", "accountability_basis": "追责依据",
    "supervision": "监督方式", "supervision_methods": "监督方式", "phone": "监督电话",
    "complaint": "投诉渠道", "time_limit": "办结时限", "statutory": "法定办结时限",
    "committed": "承诺办结时限", "special_basis": "特别时限依据",
    "status_reason": "理由", "status_basis": "调整依据", "status_date": "调整日期",
    "status_to": "承接主体", "disclosure": "公开", "disclosure_scope": "公开范围",
    "disclosure_timing": "公开时间", "disclosure_reason": "不公开理由",
    "charts": "两张图", "flow_chart": "权力运行流程图", "risk_chart": "廉政风险防控图",
    "chart_alt": "{chart}：{title}。各环节及风险点见下方表格。",
    "no_flow": "本事项未填写运行流程，无法绘制流程图和风险防控图。",
    "risk_table": "廉政风险点", "risk_step": "所在环节", "risk_point": "风险点",
    "risk_forms": "表现形式", "risk_level": "等级", "risk_measures": "防控措施",
    "risk_post": "责任岗位", "no_risks": "本事项未列出廉政风险点。",
    "flow_steps": "运行流程", "step": "环节", "post": "承办岗位", "days": "时限", "standard": "办理标准",
    "none": "无", "unit_days": "{n} {unit}",
    "stats_title": "清单统计", "by_type": "按事项类型", "by_department": "按部门",
    "by_status": "按处理意见", "total": "事项总数", "departments_n": "部门数",
    "source": "来源文件", "print": "打印", "back": "返回清单",
    "chart_bars": "{title}的条形图，具体数字见表格", "empty": "清单中暂无事项。",
    "footer": "本站由 sixpowers 依据权力清单生成，离线可用。",
    "md_index": "权力清单", "md_departments": "各部门清单", "md_file": "文件",
}

EN: dict[str, str] = {
    "lang_attr": "en", "site_default_title": "Power register", "home": "Register",
    "stats": "Statistics", "compare": "Comparison", "skip": "Skip to content", "main_nav": "Site navigation",
    "search": "Search", "search_placeholder": "Name, type or code, e.g. 许可",
    "search_hint": "Terms of two or more characters use the index; separate terms by spaces.",
    "filters": "Filters", "all": "All", "department": "Department", "type": "Type",
    "status": "Status", "level": "Level", "code": "Code", "name": "Name",
    "sub_name": "Sub-item", "count": "Count", "results": "{n} items",
    "page_of": "Page {page} of {pages}", "pager": "Pages", "prev": "Previous", "next": "Next",
    "no_results": "No matching items", "loading": "Loading…", "noscript":
    "Filters and search need JavaScript; the table shows the first {n} items by code.",
    "reset": "Clear", "sort": "Sort", "sort_code": "By code", "sort_name": "By name",
    "power_list": "Powers", "basic": "Basic information", "subject": "Authority",
    "subject_credit_code": "Authority's credit code", "undertaker": "Office",
    "fee": "Fees", "major_matter": "Major matter (三重一大)",
    "major_decision": "Major administrative decision", "platform": "Platform", "note": "Note",
    "extra": "Other columns", "yes": "yes", "no": "no",
    "basis": "Legal basis", "basis_level": "Level", "basis_title": "Instrument",
    "article": "Article", "version": "Version", "doc_number": "Document no.",
    "article_text": "Text", "duties": "Duties", "stage": "Stage", "content": "Duty",
    "duty_basis": "Basis of duty", "accountability": "Accountability",
    "accountability_basis": "Basis of accountability", "supervision": "Supervision",
    "supervision_methods": "Methods", "phone": "Supervision phone", "complaint": "Complaints",
    "time_limit": "Time limits", "statutory": "Statutory limit", "committed": "Committed limit",
    "special_basis": "Basis of special limit", "status_reason": "Reason",
    "status_basis": "Basis", "status_date": "Date", "status_to": "Transferred to",
    "disclosure": "Disclosure", "disclosure_scope": "Scope", "disclosure_timing": "Timing",
    "disclosure_reason": "Reason for restriction", "charts": "Charts",
    "flow_chart": "Process flowchart", "risk_chart": "Integrity-risk chart",
    "chart_alt": "{chart}: {title}. The steps and risk points are listed in the tables below.",
    "no_flow": "No process steps are recorded for this item, so no charts are drawn.",
    "risk_table": "Integrity risks", "risk_step": "Step", "risk_point": "Risk point",
    "risk_forms": "Forms", "risk_level": "Level", "risk_measures": "Measures",
    "risk_post": "Responsible post", "no_risks": "No integrity risks are listed.",
    "flow_steps": "Process", "step": "Step", "post": "Post", "days": "Limit", "standard": "Standard",
    "none": "none", "unit_days": "{n} {unit}",
    "stats_title": "Register statistics", "by_type": "By type", "by_department": "By department",
    "by_status": "By status", "total": "Items", "departments_n": "Departments",
    "source": "Source file", "print": "Print", "back": "Back to the register",
    "chart_bars": "Bar chart {title}; the figures are in the table", "empty": "The register has no items.",
    "footer": "Generated by sixpowers from the power register; works offline.",
    "md_index": "Power register", "md_departments": "Departments", "md_file": "File",
}

# Strings the browser script needs (looked up by key in the page's JSON data block).
SCRIPT_KEYS = ("results", "page_of", "prev", "next", "no_results", "loading", "all")


def ui_strings(lang: str) -> MappingProxyType[str, Any]:
    """The UI strings for `lang` ("zh" or "en")."""
    return MappingProxyType(EN if lang == "en" else ZH)
