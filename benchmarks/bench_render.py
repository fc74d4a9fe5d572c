"""Benchmark: drawing N charts (default 1,000) as SVG with the system dot batched (one process
per batch of graphs on stdin), batched through `dot -O` files, one dot process per chart, and
the embedded WebAssembly Graphviz (one instance). Prints seconds and the ratio to the batched
dot floor measured in the same run. Not a test.

    python benchmarks/bench_render.py [--count 1000] [--skip-per-process] [--png]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sixpowers.register import load_register  # noqa: E402
from sixpowers.render import ChartJob, flow_dot, render_charts  # noqa: E402
from sixpowers.render.engines import (  # noqa: E402
    dot_batch_files,
    dot_batch_svg,
    system_dot,
    wasm_batch_svg,
)

FIXTURE = ROOT / "tests" / "render" / "fixtures" / "register"


def make_jobs(count: int) -> list[ChartJob]:
    """`count` charts: the fixture's real powers under distinct codes and names, flow and risk."""
    register = load_register([FIXTURE])
    powers = [p for _, _, p in register.powers() if p.code]
    jobs = []
    for i in range(count):
        base = powers[i % len(powers)]
        power = base.model_copy(update={"code": f"{i:012d}", "name": f"{base.name}（{i}）"})
        jobs.append(ChartJob(power, "risk" if i % 2 else "flow"))
    return jobs


def timed(label: str, action: Callable[[], object], repeat: int = 3) -> float:
    """The best of `repeat` runs (the machine is shared; the minimum is the least disturbed)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    print(f"  {label:<44} {best:8.2f} s", flush=True)
    return best


def per_process(sources: list[str]) -> None:
    for source in sources:
        subprocess.run(["dot", "-Tsvg"], input=source.encode(), capture_output=True, check=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--skip-per-process", action="store_true")
    parser.add_argument("--png", action="store_true", help="also time PNG (slow: cairo)")
    args = parser.parse_args()
    jobs = make_jobs(args.count)
    print(f"{args.count} charts (flow and risk alternately), SVG unless noted")
    results: dict[str, float] = {}
    results["DOT text only (no layout)"] = timed(
        "DOT text only (no layout)", lambda: [flow_dot(j.power, chart=j.chart) for j in jobs])
    sources = [flow_dot(j.power, chart=j.chart) for j in jobs]
    if system_dot():  # warm the font cache so the first timing is not penalised
        dot_batch_svg(sources[:20])
    if system_dot():
        floor = results["dot batched (stdin, 200 per process)"] = timed(
            "dot batched (stdin, 200 per process)",
            lambda: [dot_batch_svg(sources[i:i + 200]) for i in range(0, len(sources), 200)])
        results["dot batched (stdin, all in one process)"] = timed(
            "dot batched (stdin, all in one process)", lambda: dot_batch_svg(sources))
        results["dot batched (-O files, 400 per process)"] = timed(
            "dot batched (-O files, 400 per process)", lambda: dot_batch_files(sources, "svg"))
        results["render_charts end to end (DOT + dot)"] = timed(
            "render_charts end to end (DOT + dot)", lambda: render_charts(jobs, "svg", "dot"))
        if args.png:
            results["PNG, dot batched (-O files)"] = timed(
                "PNG, dot batched (-O files)", lambda: render_charts(jobs, "png", "dot"),
                repeat=1)
        if not args.skip_per_process:
            results["dot, one process per chart"] = timed(
                "dot, one process per chart", lambda: per_process(sources), repeat=1)
    else:
        floor = 0.0
        print("  (system dot not installed: dot figures skipped)")
    results["wasm, one instance (incl. start-up)"] = timed(
        "wasm, one instance (incl. start-up)", lambda: wasm_batch_svg(sources))
    if floor:
        print("ratio to the batched dot floor:")
        for label, seconds in results.items():
            print(f"  {label:<44} {seconds / floor:8.2f} x")


if __name__ == "__main__":
    main()
