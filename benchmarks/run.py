"""`python -m benchmarks`: run the benchmark suite and print (or write) the figures.

    python -m benchmarks                      # N = 10,000
    python -m benchmarks --sizes 10000,100000 --write BENCHMARKS.md
    python -m benchmarks --small              # N = 50: keeps the suite working in CI

Every command runs once as its own process; wall time and peak memory are its own. Ratios
are taken against floors measured in the same run on the same data: the fastest YAML parser
(rapidyaml), `frictionless validate --schema` on the register as one CSV, `daff` on the CSV pair
(10k and below) and one `dot` process fed 1,000 charts. Commands missing from the tree (lint,
diff, render, publish) are listed as open slots.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from . import report
from .measure import ROOT, Measurement, has_command, run, sixpowers

CHARTS = 1000
LONG = 150  # seconds; a command still running then is reported as stopped


def prepare(n: int, workdir: Path, seed: int = 7) -> tuple[Path, Path]:
    """The register of `n` powers and its next version (5 % changed), generated once."""
    base, changed = workdir / f"register-{n}", workdir / f"register-{n}-next"
    marker = f"{n} {seed} v1"
    for folder, extra in ((base, []), (changed, ["--changed", "5"])):
        stamp = folder / ".generated"
        if stamp.is_file() and stamp.read_text() == marker:
            continue
        # In a child process: a large runner would show in every later child's peak memory
        # (Linux counts the pre-exec copy of the parent).
        subprocess.run([sys.executable, "-m", "benchmarks.generate", str(n), str(folder),
                        "--seed", str(seed), *extra], check=True, cwd=ROOT)
        stamp.write_text(marker)
    return base, changed


def _edit_one(base: Path) -> Callable[[], None]:
    """Append a comment to one department file; return how to undo it."""
    target = sorted((base / "departments").glob("*.yaml"))[len(list(
        (base / "departments").glob("*.yaml"))) // 2]
    original = target.read_bytes()
    target.write_bytes(original + "# 编辑：调整承办机构\n".encode())
    return lambda: target.write_bytes(original)


def _cold(base: Path) -> None:
    shutil.rmtree(base / ".sixpowers_cache", ignore_errors=True)


def _supports(command: str, flag: str) -> bool:
    shown = subprocess.run(sixpowers(command, "--help"), capture_output=True, text=True,
                           cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return flag in shown.stdout


def _timed_pair(results: dict[str, Measurement], name: str, base: Path,
                argv: Callable[..., list[str]]) -> None:
    """Cold, warm and warm-after-one-edit runs of one checking command."""
    _cold(base)
    cold = ("--no-cache",) if _supports(name, "--no-cache") else ()
    results[f"{name}-cold"] = run(f"sixpowers {name} (cold)", argv(*cold))
    run("prime cache", argv())
    results[f"{name}-warm"] = run(f"sixpowers {name} (warm, unchanged)", argv())
    undo = _edit_one(base)
    try:
        results[f"{name}-edit"] = run(f"sixpowers {name} (warm, one file edited)", argv())
    finally:
        undo()
        run("restore cache", argv())


def suite(n: int, workdir: Path, *, baseline: bool) -> dict[str, Measurement]:
    base, changed = prepare(n, workdir)
    csv, schema = base / "register.csv", base / "register.schema.json"
    results: dict[str, Measurement] = {}
    results["ryml"] = run("rapidyaml parse (floor)", [sys.executable, "-m", "benchmarks.floor",
                                                      "ryml", str(base / "departments")])
    # Relative paths: frictionless refuses absolute ones as unsafe (and exits at once). By
    # default it also stops at the 1,000th error.
    results["frictionless"] = run("frictionless validate --schema (CSV)", [
        "frictionless", "validate", "--limit-errors", "100000000", "--schema", schema.name,
        csv.name], cwd=base)
    _timed_pair(results, "validate", base,
                lambda *extra: sixpowers("validate", "-q", str(base), *extra))
    if baseline:
        _cold(base)
        results["validate-pyyaml"] = run(
            "sixpowers validate, PyYAML path (before)", sixpowers("validate", "-q", "--no-cache",
                                                                  str(base)),
            env={"SIXPOWERS_FAST_YAML": "0"})
    if has_command("lint"):
        _cold(base)
        results["lint-cold"] = run("sixpowers lint", sixpowers("lint", "-q", str(base)),
                                   timeout=LONG)
    if has_command("diff"):
        results["diff"] = run("sixpowers diff (two versions, 5 % changed)",
                              sixpowers("diff", str(base), str(changed)), timeout=LONG)
    if has_command("publish") and n <= 10_000:
        results["publish"] = run("sixpowers publish (site with all charts)", sixpowers(
            "publish", str(base), "-o", str(workdir / f"site-{n}"), "--force", "-q"),
            timeout=LONG)
    if n <= 10_000:
        results["daff"] = run("daff diff --id 事项编码 (CSV pair)", [
            "daff", "diff", "--id", "事项编码", "--output", str(workdir / "daff-out.csv"),
            str(csv), str(changed / "register.csv")])
    if shutil.which("dot") and n <= 10_000:  # the chart targets are for 1,000 charts
        _charts(results, base, workdir, min(CHARTS, n))
    return results


def _charts(results: dict[str, Measurement], base: Path, workdir: Path, charts: int) -> None:
    """Render's flowcharts of the first `charts` powers against one `dot` process fed the
    same graphs (render's own DOT when render exists)."""
    dot_input = workdir / f"charts-{charts}.dot"
    if not has_command("render"):
        run("write DOT", [sys.executable, "-m", "benchmarks.floor", "dot", str(base / "departments"),
                          str(charts), str(dot_input)])
        results["dot"] = run(f"one dot process, {charts} charts (floor)",
                             ["dot", "-Tsvg", str(dot_input)], ok_codes=(0,))
        return
    sub = workdir / f"register-{charts}-charts"
    shutil.rmtree(sub, ignore_errors=True)
    (sub / "departments").mkdir(parents=True)
    shutil.copy(base / "sixpowers.toml", sub / "sixpowers.toml")
    for path in sorted((base / "departments").glob("*.yaml"))[:max(1, -(-charts // 50))]:
        shutil.copy(path, sub / "departments" / path.name)
    sources = workdir / "render-dot"
    shutil.rmtree(sources, ignore_errors=True)
    run("render -f dot", sixpowers("render", str(sub), "-o", str(sources), "-f", "dot",
                                   "--chart", "flow", "-q"))
    graphs = sorted(sources.rglob("*.gv"))
    dot_input.write_text("\n".join(g.read_text(encoding="utf-8") for g in graphs), encoding="utf-8")
    results["dot"] = run(f"one dot process, {len(graphs)} charts (floor)",
                         ["dot", "-Tsvg", str(dot_input)], ok_codes=(0,))
    if not results["dot"].ok:
        # Graphviz 2.43 aborts (a double free) on the second of render's graphs in one process;
        # the floor is then the same flows drawn plainly, in one process.
        results["dot-render-graphs"] = results.pop("dot")
        plain = workdir / f"charts-{charts}-plain.dot"
        run("write DOT", [sys.executable, "-m", "benchmarks.floor", "dot",
                          str(base / "departments"), str(charts), str(plain)])
        results["dot"] = run(f"one dot process, {charts} plain flowcharts of the same powers "
                             "(floor)", ["dot", "-Tsvg", str(plain)], ok_codes=(0,))
    out = workdir / "render-svg"
    shutil.rmtree(out, ignore_errors=True)
    results["render"] = run(f"sixpowers render, {len(graphs)} flowcharts (SVG, system dot)",
                            sixpowers("render", str(sub), "-o", str(out), "-f", "svg",
                                      "--chart", "flow", "--engine", "dot", "-q"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000", help="comma-separated register sizes")
    parser.add_argument("--small", action="store_true", help="N = 50 only (CI smoke run)")
    parser.add_argument("--workdir", type=Path, default=Path(".benchmarks"),
                        help="where generated registers are kept between runs")
    parser.add_argument("--write", type=Path, default=None, metavar="MD",
                        help="write the figures into this Markdown file (BENCHMARKS.md)")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip the slow PyYAML-path run at 10k")
    args = parser.parse_args(argv)
    sizes = [50] if args.small else [int(s) for s in args.sizes.split(",") if s]
    args.workdir.mkdir(parents=True, exist_ok=True)
    all_results: dict[int, dict[str, Measurement]] = {}
    for n in sizes:
        print(f"== N = {n:,} ==", flush=True)
        results = suite(n, args.workdir, baseline=not args.no_baseline and n == 10_000)
        all_results[n] = results
        print(report.table(results), flush=True)
    targets = report.targets(all_results)
    print(targets)
    if args.write:
        report.write_markdown(args.write, all_results, targets)
    return 0
