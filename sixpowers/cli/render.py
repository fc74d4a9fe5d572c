"""`sixpowers render`: draw the flowchart and integrity-risk chart of each power into a folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..findings import Severity
from ..register import load_register
from ..render import FORMATS
from ..render.files import render_register
from .app import ConfigOption, LangOption, QuietOption, app, check_format, check_lang, progress_bar


@app.command()
def render(
    register_path: Annotated[Path, typer.Argument(metavar="REGISTER", help="清单文件夹或部门文件。",
                                                  show_default=False)],
    out: Annotated[Path, typer.Option("--output", "-o", help="输出文件夹。", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help="svg、png、pdf、dot 或 mermaid。")] = "svg",
    chart: Annotated[str, typer.Option("--chart", help="flow（流程图）、risk（风险防控图）或 both。")] = "both",
    power: Annotated[str | None, typer.Option("--power", help="只画该事项编码的事项。")] = None,
    department: Annotated[str | None, typer.Option("--department", help="只画该部门的事项。")] = None,
    engine: Annotated[str, typer.Option("--engine", help="auto、dot（系统 Graphviz）或 wasm（内置）。")] = "auto",
    lanes: Annotated[str | None, typer.Option("--lanes", help="泳道：none、post（按岗位）或 unit（按单位）。")] = None,
    lang: LangOption = "zh",
    quiet: QuietOption = False,
    config: ConfigOption = None,
) -> None:
    """绘制权力运行流程图和廉政风险防控图，每个事项每种图一个文件。

    PNG、PDF 需要系统 Graphviz；SVG 在未安装时使用内置 WebAssembly 引擎。退出码：0 成功，2 用法错误。
    """
    check_lang(lang)
    check_format(fmt, FORMATS)
    check_format(chart, ("flow", "risk", "both"))
    register = load_register([register_path], config)
    with progress_bar("绘图" if lang == "zh" else "rendering", quiet) as progress:
        summary = render_register(register, out, fmt, chart, power=power,  # type: ignore[arg-type]
                                  department=department, engine=engine,  # type: ignore[arg-type]
                                  lanes=lanes, progress=progress)
    problems = sum(1 for f in register.findings if f.severity >= Severity.ERROR)
    if quiet:
        return
    shown = os.path.relpath(out) if not out.is_absolute() else str(out)
    if lang == "en":
        print(f"wrote {len(summary.files)} charts for {summary.powers} powers to {shown} "
              f"(format {fmt}, engine {summary.engine})")
        if problems:
            print(f"note: {problems} schema errors in the register; powers that failed "
                  "validation were skipped (run sixpowers validate)", file=sys.stderr)
    else:
        print(f"已为 {summary.powers} 个事项生成 {len(summary.files)} 张图，输出到 {shown}"
              f"（格式 {fmt}，引擎 {summary.engine}）")
        if problems:
            print(f"注意：清单有 {problems} 处校验错误，未通过校验的事项已跳过（请运行 sixpowers validate）",
                  file=sys.stderr)
