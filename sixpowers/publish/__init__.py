"""`sixpowers publish`: the register as a static, offline site (or Markdown), built in a
temporary folder and swapped into place so an interrupted publish never leaves half a site."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import jinja2

from ..compare import Comparison
from ..findings import UsageError
from ..fsutil import atomic_directory, atomic_write_text
from ..register import Register
from .site import PublishSummary

FORMATS = ("html", "md")
MARKER = ".sixpowers-site"

__all__ = ["FORMATS", "PublishSummary", "check_output_folder", "publish_register"]


def check_output_folder(output: Path, inputs: Sequence[Path], force: bool = False) -> None:
    """Refuse an output folder whose replacement would destroy something that is not a
    previous publish: a register folder or file, one of their parents, or any other folder
    with files in it (unless `force`)."""
    target = output.resolve()
    for source in inputs:
        resolved = source.resolve()
        if resolved == target or resolved.is_relative_to(target):
            raise UsageError(f"{output}: 输出文件夹包含清单本身，发布会覆盖清单",
                             f"{output}: the output folder holds the register itself")
    if target.exists() and not target.is_dir():
        raise UsageError(f"{output}: 已存在同名文件，不是文件夹", f"{output}: exists and is not a folder")
    if (target.is_dir() and not (target / MARKER).is_file() and any(target.iterdir())
            and not force):
        raise UsageError(
            f"{output}: 文件夹非空且不是 sixpowers 发布的站点；确认要替换请加 --force",
            f"{output}: folder is not empty and was not published by sixpowers; "
            "use --force to replace it")


def publish_register(register: Register, output: Path, fmt: str = "html", lang: str = "zh",
                     *, charts: bool = True, progress: Callable[[int, int], None] | None = None,
                     comparison: Comparison | None = None) -> PublishSummary:
    """Publish `register` into `output` as a whole: the old folder stays until the new one is
    complete."""
    if fmt not in FORMATS:
        raise UsageError(f"不支持的发布格式 {fmt!r}，可选 html 或 md",
                         f"unsupported publish format {fmt!r}: html or md")
    try:
        with atomic_directory(output) as staging:
            if fmt == "md":
                from .markdown import write_markdown
                summary = write_markdown(register, staging, lang, comparison)
            else:
                from .site import write_html_site
                summary = write_html_site(register, staging, lang, charts=charts, comparison=comparison,
                                          progress=progress)
            atomic_write_text(staging / MARKER, "sixpowers publish\n")
    except jinja2.TemplateError as exc:
        where = getattr(exc, "filename", None) or getattr(exc, "name", None) or ""
        line = getattr(exc, "lineno", None)
        place = f"{where}:{line}: " if where and line else (f"{where}: " if where else "")
        raise UsageError(f"模板错误：{place}{exc.message}，未发布（原有输出保持不变）",
                         f"template error: {place}{exc.message}; nothing was published "
                         "(the old output is unchanged)") from exc
    return summary
