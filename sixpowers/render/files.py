"""Charts of a register written to a folder: selection, safe file names, atomic writes."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from ..findings import UsageError
from ..fsutil import atomic_write_bytes
from ..register import Register
from . import ChartJob, Format, render_charts
from .engines import Engine, choose_engine
from .options import ChartKind, ChartOptions

ChartChoice = Literal["flow", "risk", "both"]
EXTENSIONS = {"svg": "svg", "png": "png", "pdf": "pdf", "dot": "gv", "mermaid": "mmd"}
RESERVED = re.compile(r"^(con|prn|aux|nul|conin\$|conout\$|com[0-9]|lpt[0-9])$", re.IGNORECASE)
UNSAFE = re.compile(r"[^\w.-]+")
MAX_STEM = 80
CHUNK = 200  # charts drawn (one engine call) and written before the next ones are drawn


@dataclass(frozen=True, slots=True)
class RenderSummary:
    """What `render_register` wrote."""

    files: tuple[Path, ...]
    powers: int
    engine: str


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = UNSAFE.sub("_", text).strip("._- ")
    return re.sub(r"_+", "_", text)[:MAX_STEM].rstrip("._- ")


def safe_stem(code: str | None, name: str, key: str) -> str:
    """A file-name stem from a power's code that cannot leave the output folder: separators,
    `..`, leading dots and reserved device names are replaced; an empty or unusable code falls
    back to a slug of the name plus a hash of the power's key."""
    stem = _clean(code or "")
    if stem and not RESERVED.match(stem.split(".")[0]) and stem == (code or "").strip():
        return stem
    if stem and not RESERVED.match(stem.split(".")[0]):
        return f"{stem}-{_digest(code or '')}"
    slug = _clean(name)[:40] or "power"
    if RESERVED.match(slug.split(".")[0]):
        slug = f"{slug}_"
    return f"{slug}-{_digest(key)}"


def chart_path(folder: Path, stem: str, chart: ChartKind, fmt: Format) -> Path:
    """`folder/stem.chart.ext`, checked to stay directly inside `folder`."""
    path = folder / f"{stem}.{chart}.{EXTENSIONS[fmt]}"
    if path.resolve().parent != folder.resolve():
        raise UsageError(f"文件名 {stem!r} 不安全", f"unsafe file name {stem!r}")
    return path


def render_register(register: Register, out: Path, fmt: Format, chart: ChartChoice = "both", *,
                    power: str | None = None, department: str | None = None,
                    engine: Engine = "auto", lanes: str | None = None,
                    progress: Callable[[int, int], None] | None = None) -> RenderSummary:
    """Draw the charts of the selected powers (all, one department, or one code) into `out`,
    one file per power and chart, each written atomically."""
    if chart not in ("flow", "risk", "both"):
        raise UsageError(f"不支持的图表 {chart!r}，可选 flow、risk、both",
                         f"unsupported chart {chart!r}: flow, risk or both")
    options = ChartOptions.from_config(register.config, lanes)  # type: ignore[arg-type]
    selected = []
    for file, _pointer, item in register.powers():
        dept = file.department
        if department is not None and (dept is None or dept.name != department):
            continue
        if power is not None and power not in (item.code, item.key):
            continue
        phone = dept.phone if dept else None
        selected.append((file.path, item, replace(options, fallback_phone=phone)))
    if not selected:
        what = f"编码为 {power} 的事项" if power else f"部门“{department}”的事项" if department else "事项"
        what_en = f"power {power}" if power else f"powers of {department}" if department else "powers"
        raise UsageError(f"清单中没有找到{what}", f"no {what_en} found in the register")
    used_engine = "-"
    if fmt in ("svg", "png", "pdf"):
        used_engine = choose_engine("svg" if fmt == "svg" else "png" if fmt == "png" else "pdf",
                                    engine)
    charts: Sequence[ChartKind] = ("flow", "risk") if chart == "both" else (chart,)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{out}: 无法创建输出文件夹：{exc.strerror}",
                         f"{out}: cannot create the output folder: {exc.strerror}") from exc
    jobs: list[ChartJob] = []
    paths: list[Path] = []
    taken: set[str] = set()
    for source, item, item_options in selected:
        stem = safe_stem(item.code, item.name, item.key)
        if stem.lower() in taken:  # the same code twice (two departments, or a bad register)
            stem = f"{stem}-{_digest(source + item.key + str(len(taken)))}"
        taken.add(stem.lower())
        for kind in charts:
            jobs.append(ChartJob(item, kind, item_options))
            paths.append(chart_path(out, stem, kind, fmt))
    for start in range(0, len(jobs), CHUNK):  # bounded memory on a whole province's register
        outputs = render_charts(jobs[start:start + CHUNK], fmt, engine)
        for target, data in zip(paths[start:start + CHUNK], outputs, strict=True):
            try:
                atomic_write_bytes(target, data)
            except OSError as exc:
                raise UsageError(f"{target}: 无法写入：{exc.strerror}",
                                 f"{target}: cannot write: {exc.strerror}") from exc
        if progress:
            progress(min(start + CHUNK, len(jobs)), len(jobs))
    return RenderSummary(tuple(paths), len(selected), used_engine)
