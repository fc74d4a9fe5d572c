"""`sixpowers init`: scaffold a new register repository."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..scaffold import init_register
from .app import LangOption, app, check_lang


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="新清单仓库的文件夹（不存在则创建）。")],
    name: Annotated[str, typer.Option(help="清单名称。")] = "示例县权责清单",
    jurisdiction: Annotated[str, typer.Option(help="行政区划名称。")] = "示例县",
    area_code: Annotated[str, typer.Option(help="6 位行政区划代码。")] = "140000",
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的文件。")] = False,
    lang: LangOption = "zh",
) -> None:
    """创建一个新的清单仓库：配置、一个含完整示例事项的部门文件、.gitignore 和说明。"""
    check_lang(lang)
    written = init_register(directory, name, jurisdiction, area_code, force)
    for path in written:
        typer.echo(f"{'wrote' if lang == 'en' else '已创建'} {path}")
