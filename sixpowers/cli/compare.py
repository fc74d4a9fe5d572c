"""`sixpowers compare REGISTER...`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..compare import compare_registers, register_label
from ..compare.report import COMPARE_FORMATS
from ..findings import UsageError
from ..register import load_register
from .app import LangOption, app, check_format, check_lang


@app.command()
def compare(
    registers: Annotated[list[Path], typer.Argument(help="两个或多个清单文件夹（同一层级）。", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help="输出格式：text（终端表格）、markdown、json 或 html（一个网页）。")] = "text",
    lang: LangOption = "zh",
) -> None:
    """并排比较同级清单：各部门按类型的事项数、部分清单有而其他清单没有的事项（按编码、名称和相似名称
    匹配）、同一编码名称不同的事项。

    退出码：0 已输出比较结果，2 用法错误或无法读取输入。
    """
    check_lang(lang)
    check_format(fmt, tuple(COMPARE_FORMATS))
    if len(registers) < 2:
        raise UsageError("至少需要两个清单才能比较", "compare needs at least two registers")
    loaded = [load_register([path]) for path in registers]
    comparison = compare_registers(loaded, [register_label(r, p) for r, p in zip(loaded, registers, strict=True)])
    COMPARE_FORMATS[fmt](comparison, sys.stdout, lang)
