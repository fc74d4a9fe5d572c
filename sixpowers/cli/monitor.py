"""`sixpowers monitor`: check a case log against the register (1+X electronic supervision)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from ..findings import UsageError, exit_code_for, sort_findings
from ..monitor import MonitorOptions, monitor_cases
from ..monitor.dashboard import write_dashboard
from ..register import load_register
from ..reporters import REPORTERS
from .app import ConfigOption, LangOption, QuietOption, app, check_format, check_lang, emit


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--as-of {text!r} 不是 YYYY-MM-DD 日期",
                         f"--as-of {text!r} is not a YYYY-MM-DD date") from None


@app.command()
def monitor(
    register: Annotated[Path, typer.Argument(help="清单文件夹或部门文件。", show_default=False)],
    cases: Annotated[Path, typer.Argument(help="办件日志：.csv、.jsonl 或 .parquet。", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"问题的输出格式：{'、'.join(REPORTERS)}。")] = "text",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="把红黄绿灯看板写入该文件夹（index.html）。")] = None,
    warn_days: Annotated[int | None, typer.Option("--warn-days", min=0, help="剩余不超过几个工作日亮黄灯（默认 3，或 [monitor] warn_days）。")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="统计截止日期 YYYY-MM-DD（默认为日志中最晚的时间）。")] = None,
    lang: LangOption = "zh",
    quiet: QuietOption = False,
    config: ConfigOption = None,
) -> None:
    """逐案检查办件日志：环节超时（按工作日计）、超过法定或承诺时限、跳过环节或顺序不符、
    审查与决定或承办与监督由同一人办理、办理清单外或已取消下放的事项（SP8xx）。

    -o 写出红黄绿灯看板（只含汇总数字，不含经办人）。退出码：0 无问题，1 有问题，2 用法错误。
    """
    check_lang(lang)
    check_format(fmt, tuple(REPORTERS))
    loaded = load_register([register], config)
    result = monitor_cases(loaded, cases, MonitorOptions(warn_days=warn_days, as_of=_date(as_of)))
    if output is not None:
        write_dashboard(output, result.summary, loaded, lang)
    findings = sort_findings([*loaded.findings, *result.findings])
    emit(findings, fmt, lang, quiet)
    raise typer.Exit(exit_code_for(findings))
