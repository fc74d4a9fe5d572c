"""The SP8xx findings of `sixpowers monitor`: codes, names, severities and messages.

Each is located at the case log's file and the line (CSV, JSON Lines) or row (Parquet) of the
offending event; `power` is the power's code. Person ids appear in these messages, which go to
reviewers (纪检监察), never in the dashboard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..findings import Finding, Location, Severity
from .caselog import CaseLog


@dataclass(frozen=True)
class Kind:
    name: str
    severity: Severity
    zh: str
    en: str
    hint: str = ""
    hint_en: str = ""
    basis: str | None = None


KINDS: dict[str, Kind] = {
    "SP800": Kind("bad-case-event", Severity.ERROR, "第 {row} 条办件记录无法使用：{problem}",
                  "case event {row} cannot be used: {problem_en}",
                  "补全案件编号、事项编码、环节编号，办理时间用 ISO 8601（如 2025-10-09T10:30:00）",
                  "fill in case_id, power_code, step_id; write time as ISO 8601"),
    "SP801": Kind("power-not-in-register", Severity.ERROR,
                  "案件 {case} 办理的事项 {power} 不在权力清单中（清单之外不得行使权力）",
                  "case {case} exercises power {power}, which is not in the register",
                  "核实事项编码；确需行使的，先依法列入清单", "check the code; list the power first",
                  "中办发〔2015〕21号：清单之外不得行使权力"),
    "SP802": Kind("power-no-longer-held", Severity.ERROR,
                  "案件 {case} 于 {date} 办理的事项 {power}「{title}」已{status}（{since}），不得再行使",
                  "case {case} exercises power {power} on {date}, after it was {status_en} ({since_en})",
                  "已取消、下放或转移的事项由承接单位办理或停止办理",
                  "hand the case to the receiving body or stop it",
                  "中办发〔2015〕21号：清单之外不得行使权力"),
    "SP812": Kind("power-not-yet-listed", Severity.ERROR,
                  "案件 {case} 于 {date} 办理的事项 {power}「{title}」当时尚未列入清单（{since} 起新增）",
                  "case {case} exercises power {power} on {date}, before it was listed ({since})",
                  "核实办理日期；列入清单前不得行使", "check the date; a power is exercised only once listed",
                  "中办发〔2015〕21号：清单之外不得行使权力"),
    "SP803": Kind("step-not-in-flow", Severity.ERROR,
                  "案件 {case} 的环节 {step} 不在事项 {power} 的流程图中",
                  "case {case}: step {step} is not in the flow of power {power}",
                  "按公布的流程图办理，或先修改流程图", "follow the published flow or amend it"),
    "SP804": Kind("step-skipped", Severity.ERROR,
                  "案件 {case} 从「{prev}」直接进入「{name}」，跳过了「{skipped}」",
                  "case {case} goes from '{prev}' straight to '{name}', skipping '{skipped}'",
                  "补办被跳过的环节并留痕", "carry out and record the skipped step(s)"),
    "SP805": Kind("step-out-of-order", Severity.ERROR,
                  "案件 {case} 从「{prev}」进入「{name}」，流程图中没有这一流向",
                  "case {case} goes from '{prev}' to '{name}', which the flow does not allow",
                  "按流程图顺序办理；退回、补正应在流程图中画出", "follow the flow's order"),
    "SP806": Kind("step-overdue", Severity.WARNING,
                  "案件 {case} 的「{name}」环节用时 {dur}，超过环节时限 {lim}",
                  "case {case}: step '{name}' took {dur_en}, past its limit of {lim_en}",
                  "查明超时原因；需要延长的，按规定审批并告知申请人",
                  "find the cause; extensions need approval and notice"),
    "SP807": Kind("case-past-committed-limit", Severity.WARNING,
                  "案件 {case} {state}{dur}，超过承诺时限 {lim}",
                  "case {case} {state_en} {dur_en}, past the committed limit of {lim_en}",
                  "承诺时限是对群众的公开承诺，超时应说明理由",
                  "the committed limit is a public promise; explain the delay"),
    "SP808": Kind("case-past-statutory-limit", Severity.ERROR,
                  "案件 {case} {state}{dur}，超过法定时限 {lim}",
                  "case {case} {state_en} {dur_en}, past the statutory limit of {lim_en}",
                  "超过法定期限作出决定须依法追责；延长须经负责人批准",
                  "deciding past the statutory limit is a breach; extensions need the head's approval",
                  "《中华人民共和国行政许可法》第四十二条"),
    "SP809": Kind("review-and-decision-same-person", Severity.ERROR,
                  "案件 {case} 中经办人 {person} 既办理「{first}」又办理「{second}」（审查与批准相分离）",
                  "case {case}: person {person} handles both '{first}' and '{second}' "
                  "(review and decision must be separate)",
                  "审查与决定由不同人员承担", "have different people review and decide"),
    "SP810": Kind("handling-and-supervision-same-person", Severity.ERROR,
                  "案件 {case} 中经办人 {person} 既办理「{first}」又承担「{second}」（承办与监督相分离）",
                  "case {case}: person {person} both handles '{first}' and supervises '{second}'",
                  "监督由承办以外的人员承担", "have someone other than the handler supervise"),
    "SP811": Kind("calendar-year-missing", Severity.INFO,
                  "节假日数据未包含 {year} 年，该年只按周六、周日计算工作日",
                  "the holiday calendar has no data for {year}; only weekends are counted",
                  "在 sixpowers.toml 的 [monitor] calendar 中补充该年的放假和调休上班日期",
                  "add that year's holidays and make-up days via [monitor] calendar"),
}


def days_text(days: float, unit: str, lang: str = "zh") -> str:
    """`12 个工作日` / `40 天` (`12 working days` / `40 calendar days`)."""
    number = f"{days:g}"
    if lang == "en":
        return f"{number} {'calendar' if unit == '自然日' else 'working'} days"
    return f"{number} 天" if unit == "自然日" else f"{number} 个工作日"


def make_finding(code: str, log: CaseLog, row: int | None, power: str | None,
                 **values: object) -> Finding:
    """One SP8xx finding at row `row` of the log (None: the log as a whole)."""
    kind = KINDS[code]
    texts = {"row": row, "power": power, **values}
    location = (Location(log.display) if row is None
                else Location(log.display, line=log.line_of(row), row=row, pointer=f"/{row}"))
    return Finding(code, kind.name, kind.severity, kind.zh.format(**texts), location, power,
                   kind.hint or None, kind.en.format(**texts), kind.hint_en or None, kind.basis)


def sql_days(number: str, unit: str, lang: str = "zh") -> str:
    """The SQL twin of `days_text`, for messages rendered in the database."""
    shown = (f"CASE WHEN {number} = floor({number}) THEN CAST(CAST({number} AS BIGINT) AS VARCHAR) "
             f"ELSE CAST({number} AS VARCHAR) END")
    if lang == "en":
        return f"{shown} || CASE WHEN {unit} = '自然日' THEN ' calendar days' ELSE ' working days' END"
    return f"{shown} || CASE WHEN {unit} = '自然日' THEN ' 天' ELSE ' 个工作日' END"


def sql_message(code: str, lang: str, exprs: dict[str, str]) -> str:
    """A DuckDB expression rendering the message of `code` from column expressions, so that
    high-volume findings are formatted in parallel in the database rather than one by one."""
    template = KINDS[code].en if lang == "en" else KINDS[code].zh
    names = re.findall(r"\{(\w+)\}", template)
    pattern = re.sub(r"\{\w+\}", "{}", template).replace("'", "''")
    return f"format('{pattern}', {', '.join(exprs[name] for name in names)})"


def finding_at(code: str, log: CaseLog, row: int, power: str | None, message: str,
               message_en: str) -> Finding:
    """An SP8xx finding whose messages were rendered already (see `sql_message`)."""
    kind = KINDS[code]
    return Finding(code, kind.name, kind.severity, message,
                   Location(log.display, line=row + log.line_offset, row=row, pointer=f"/{row}"),
                   power, kind.hint or None, message_en, kind.hint_en or None, kind.basis)
