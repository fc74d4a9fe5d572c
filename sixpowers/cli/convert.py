"""`sixpowers convert` and `sixpowers template`: department files between YAML, JSON, CSV and
XLSX, and an empty workbook for clerks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..convert.run import convert_path, write_template
from ..findings import Severity, exit_code_for, sort_findings
from .app import ConfigOption, LangOption, QuietOption, app, check_format, check_lang, emit

FORMATS = ("text", "json")


@app.command()
def convert(
    source: Annotated[Path, typer.Argument(help="输入：部门文件（.yaml .json .csv .xlsx）或清单文件夹。")],
    target: Annotated[Path, typer.Argument(help="输出文件（格式由扩展名决定）或文件夹。")],
    to: Annotated[str | None, typer.Option("--to", help="输入为文件夹时各文件的输出格式：yaml（默认）、json、csv、xlsx。")] = None,
    force: Annotated[bool, typer.Option("--force", help="输出文件夹已存在时整体替换。")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="问题报告格式：text 或 json。")] = "text",
    lang: LangOption = "zh",
    quiet: QuietOption = False,
    config: ConfigOption = None,
) -> None:
    """在 YAML、JSON、CSV、XLSX 之间无损转换部门文件（格式由扩展名决定）。

    输入有错误时不写任何文件，报告问题并以 1 退出；2 为用法错误。
    """
    check_lang(lang)
    check_format(fmt, FORMATS)
    result = convert_path(source, target, to, config, force)
    findings = sort_findings(result.findings)
    if findings:
        emit(findings, fmt, lang, quiet)
    if result.written and not quiet and fmt == "text":
        label = "wrote" if lang == "en" else "已写入"
        for path in result.written:
            typer.echo(f"{label} {path}", err=True)
    raise typer.Exit(0 if result.written else exit_code_for(findings, Severity.ERROR))


@app.command()
def template(
    target: Annotated[Path, typer.Argument(help="要写出的空白工作簿（.xlsx）或 CSV。")],
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的文件。")] = False,
    lang: LangOption = "zh",
) -> None:
    """写出一个空白清单工作簿：中文表头、冻结首行、下拉选项，供从零开始填报的部门使用。"""
    check_lang(lang)
    path = write_template(target, force)
    typer.echo(f"{'wrote' if lang == 'en' else '已写入'} {path}")
