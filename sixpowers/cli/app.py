"""The Typer application and the options every command shares."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from ..findings import Finding, UsageError
from ..reporters import REPORTERS

app = typer.Typer(
    name="sixpowers",
    help="权力清单工具箱：校验、检查、比较、绘图、发布政府权力清单（六权治本）。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

LangOption = Annotated[
    str, typer.Option("--lang", help="输出语言：zh（中文，默认）或 en。", envvar="SIXPOWERS_LANG")
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="只输出问题本身，不显示汇总和进度。")]
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="sixpowers.toml 的路径（默认向上查找）。")
]
PathsArgument = Annotated[
    list[Path], typer.Argument(help="部门文件或清单文件夹。", show_default=False, readable=False)
]


def check_lang(lang: str) -> str:
    if lang not in ("zh", "en"):
        raise UsageError(f"不支持的语言 {lang!r}，可选 zh 或 en", f"unsupported language {lang!r}: zh or en")
    return lang


def check_format(fmt: str, choices: Sequence[str]) -> str:
    if fmt not in choices:
        raise UsageError(f"不支持的输出格式 {fmt!r}，可选：{'、'.join(choices)}",
                         f"unsupported format {fmt!r}; choose one of {', '.join(choices)}")
    return fmt


def emit(findings: Sequence[Finding], fmt: str, lang: str, quiet: bool = False) -> None:
    """Localize findings and hand them to the chosen reporter on stdout."""
    localized = [f.localized(lang) for f in findings]
    if fmt == "text" and quiet:
        from ..reporters.text import report_text
        report_text(localized, sys.stdout, lang, summary=False)
        return
    REPORTERS[fmt](localized, sys.stdout, lang)


@contextmanager
def progress_bar(label: str, quiet: bool) -> Iterator[Callable[[int, int], None]]:
    """A Rich progress bar on stderr, shown only on a terminal, when there are more than a few
    hundred items or the work has taken over a second."""
    stderr = Console(stderr=True)
    if quiet or not stderr.is_terminal or os.environ.get("CI"):
        yield lambda done, total: None
        return
    start = time.monotonic()
    progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=stderr, transient=True)
    task: list[TaskID] = []

    def update(done: int, total: int) -> None:
        if not task:
            if total <= 300 and time.monotonic() - start < 1.0:
                return
            progress.start()
            task.append(progress.add_task(label, total=total))
        progress.update(task[0], completed=done, total=total)

    try:
        yield update
    finally:
        if task:
            progress.stop()


@app.callback()
def root() -> None:
    """权力清单工具箱：校验、检查、比较、绘图、发布政府权力清单（六权治本）。"""
    # A callback keeps the app a command group even when only the command being run is
    # imported (see cli.load_commands); without it Typer would treat a lone command as the app.
