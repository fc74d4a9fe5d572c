"""`sixpowers publish`: write the register as a static site or as Markdown."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..compare import compare_registers, register_label
from ..findings import exit_code_for, sort_findings
from ..publish import FORMATS, check_output_folder, publish_register
from ..register import load_register
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


@app.command()
def publish(
    paths: PathsArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="输出文件夹（整体替换）。")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="html（静态网站，默认）或 md（Markdown）。")] = "html",
    charts: Annotated[bool, typer.Option("--charts/--no-charts", help="是否绘制流程图和风险防控图。")] = True,
    force: Annotated[bool, typer.Option("--force", help="替换非 sixpowers 发布的非空文件夹。")] = False,
    compare: Annotated[list[Path] | None, typer.Option("--compare", help="同级的其他清单（可重复）：网站另加“清单比较”页（Markdown 为 compare.md）。")] = None,
    lang: LangOption = "zh",
    quiet: QuietOption = False,
    config: ConfigOption = None,
) -> None:
    """把清单发布为离线可用的静态网站（检索、筛选、事项页、两张图、统计）或 Markdown。

    网站先写入临时文件夹，完成后整体替换输出文件夹。清单中的校验问题照常列出；
    退出码：0 无问题，1 清单有问题（网站仍已发布），2 用法错误。
    """
    check_lang(lang)
    check_format(fmt, FORMATS)
    check_output_folder(output, paths, force)
    with progress_bar("读取" if lang == "zh" else "reading", quiet) as progress:
        register = load_register(paths, config, progress)
    with progress_bar("发布" if lang == "zh" else "publishing", quiet) as progress:
        comparison = None
        if compare:
            others = [load_register([path]) for path in compare]
            comparison = compare_registers([register, *others], [
                register_label(r, p) for r, p in zip([register, *others], [paths[0], *compare], strict=True)])
        summary = publish_register(register, output, fmt, lang, charts=charts, progress=progress,
                                   comparison=comparison)
    findings = sort_findings(register.findings)
    if findings:
        emit(findings, "text", lang, quiet)
    if not quiet:
        print(f"已发布 {summary.powers} 项权力到 {output}（{summary.pages} 个页面，"
              f"{summary.charts} 张图）" if lang == "zh" else
              f"published {summary.powers} powers to {output} ({summary.pages} pages, "
              f"{summary.charts} charts)", file=sys.stderr)
    raise typer.Exit(exit_code_for(findings))
