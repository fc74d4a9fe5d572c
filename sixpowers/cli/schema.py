"""`sixpowers schema`: print the JSON Schema of a department file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..fsutil import atomic_write_text
from .app import app


@app.command()
def schema(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="写入文件而不是标准输出。")] = None,
) -> None:
    """输出部门文件的 JSON Schema（2020-12），供编辑器补全与校验。"""
    from ..schema import schema_text  # the models are built only when a schema is asked for

    text = schema_text("department")
    if output is None:
        sys.stdout.write(text)
    else:
        atomic_write_text(output, text)
