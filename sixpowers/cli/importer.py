"""`sixpowers import`: a published power list (XLSX or CSV) into department YAML files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..findings import Severity, exit_code_for, sort_findings
from ..importer.run import import_list, parse_overrides, summary_lines, write_report
from .app import ConfigOption, LangOption, QuietOption, app, check_format, check_lang, emit


@app.command("import")
def import_command(
    source: Annotated[Path, typer.Argument(help="已公布的清单：.xlsx 或 .csv（UTF-8、UTF-8 BOM 或 GB18030/GBK）。")],
    output: Annotated[Path, typer.Option("--output", "-o", help="输出的部门文件（.yaml）；表中有多个部门时为文件夹。")],
    mapping: Annotated[list[str] | None, typer.Option("--map", help="指定列的含义：列名=字段，可重复。")] = None,
    department: Annotated[str | None, typer.Option("--department", help="表中未写部门名称时使用的部门名称（默认取文件名）。")] = None,
    report: Annotated[Path | None, typer.Option("--report", help="把逐行逐列的导入报告写成 JSON 文件。")] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的输出文件。")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="问题报告格式：text 或 json。")] = "text",
    lang: LangOption = "zh",
    quiet: QuietOption = False,
    config: ConfigOption = None,
) -> None:
    """导入已公布的权力清单（Excel 或 CSV），识别列名、两行表头、合并单元格、分节标题，
    解析设定依据、责任事项、办结时限，逐条报告问题（工作表、单元格、行）。

    退出码：0 已导入且无错误，1 已导入但有错误（或没有事项），2 用法错误。
    """
    check_lang(lang)
    check_format(fmt, ("text", "json"))
    imported = import_list(source, output, parse_overrides(mapping or []), department, force,
                           config)
    if report is not None:
        write_report(imported, report)
    if not quiet:
        for line in summary_lines(imported, lang):
            typer.echo(line, err=True)
        for path in imported.written:
            typer.echo(f"{'wrote' if lang == 'en' else '已写入'} {path}", err=True)
    findings = sort_findings(imported.findings)
    emit(findings, fmt, lang, quiet)
    raise typer.Exit(exit_code_for(findings, Severity.ERROR))
