"""`sixpowers diff`: compare two registers (files, folders or git revisions) power by power."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..diff.json import report_diff_json
from ..diff.markdown import report_diff_markdown
from ..diff.run import diff_specs
from ..diff.text import report_diff_text
from ..diff.textconv import canonical_text
from ..findings import EXIT_FINDINGS, EXIT_OK, UsageError
from ..reporters import REPORTERS
from .app import (
    ConfigOption,
    LangOption,
    app,
    check_format,
    check_lang,
    emit,
    progress_bar,
)

DIFF_FORMATS = {"text": report_diff_text, "markdown": report_diff_markdown,
                "json": report_diff_json}


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="旧版：文件、清单文件夹或 git 版本（如 main、HEAD~3、HEAD:departments）。")],
    new: Annotated[str | None, typer.Argument(help="新版：同上；省略时与工作区比较。")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="输出格式：text、markdown、json；配合 --check 也可用 github、sarif、junit、gitlab 只输出问题。")] = "text",
    check: Annotated[bool, typer.Option("--check", help="检查增减有据：新增、移出或改变处理意见的事项须说明理由或依据（SP701-SP703）。")] = False,
    exit_code: Annotated[bool, typer.Option("--exit-code", help="有变化时退出码为 1（同 git diff --exit-code）。")] = False,
    textconv: Annotated[bool, typer.Option("--textconv", help="只输出 OLD 这一个文件的规范文本，供 git 的 diff 驱动（textconv）使用。")] = False,
    lang: LangOption = "zh",
    config: ConfigOption = None,
) -> None:
    """按事项比较两个版本的清单：新增、移出、修改、跨部门移动、重新编码，逐字段列出变化，并汇总处理意见变化（保留→取消、下放……）和调整前后的事项数。

    退出码：0 成功（--exit-code 时表示无变化）；1 有变化（--exit-code）或 --check 发现问题；2 用法错误或无法读取输入。
    """
    check_lang(lang)
    if textconv:
        sys.stdout.write(canonical_text(Path(old)))
        return
    check_format(fmt, (*DIFF_FORMATS, *[f for f in REPORTERS if f not in DIFF_FORMATS]))
    if fmt not in DIFF_FORMATS and not check:
        raise UsageError(f"--format {fmt} 只用于输出问题，请同时使用 --check",
                         f"--format {fmt} reports findings only; use it with --check")
    with progress_bar("读取" if lang == "zh" else "reading", False) as progress:
        result = diff_specs(old, new, Path.cwd(), config, check, lang, progress)
    findings = [f.localized(lang) for f in result.findings] if check else None
    if fmt in DIFF_FORMATS:
        DIFF_FORMATS[fmt](result, sys.stdout, lang, findings)
    else:
        emit(list(result.findings), fmt, lang)
    failed = (check and bool(result.findings)) or (exit_code and result.has_changes)
    raise typer.Exit(EXIT_FINDINGS if failed else EXIT_OK)
