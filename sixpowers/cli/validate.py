"""`sixpowers validate`: parse and schema-check department files."""

from __future__ import annotations

from typing import Annotated

import typer

from ..findings import exit_code_for, sort_findings
from ..register import load_registers
from ..reporters import REPORTERS, default_format
from .app import (
    ConfigOption,
    LangOption,
    PathsArgument,
    QuietOption,
    app,
    check_format,
    check_lang,
    emit,
    progress_bar,
)

FORMATS = tuple(REPORTERS)


@app.command()
def validate(
    paths: PathsArgument,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="输出格式：text、json、github、sarif、junit、gitlab 或 markdown（在 GitHub Actions 中默认 github）。")] = None,
    lang: LangOption = "zh",
    quiet: QuietOption = False,
    config: ConfigOption = None,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="不读也不写 .sixpowers_cache/ 中的检查缓存（冷启动）。")] = False,
) -> None:
    """校验部门文件的格式与字段（SP0xx 源文件问题、SP1xx 字段问题），逐条给出文件、行、列。

    退出码：0 无问题，1 有问题，2 用法错误或无法读取输入。
    """
    check_lang(lang)
    fmt = check_format(default_format(fmt), FORMATS)
    with progress_bar("校验" if lang == "zh" else "validating", quiet) as progress:
        registers = load_registers(paths, config, progress, models=False,
                                   cache=not no_cache)
    findings = sort_findings(f for register in registers for f in register.findings)
    emit(findings, fmt, lang, quiet)
    raise typer.Exit(exit_code_for(findings))
