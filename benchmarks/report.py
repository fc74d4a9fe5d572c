"""Figures as text tables and as the generated part of BENCHMARKS.md, with each target of the
issue judged met or missed."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from .measure import Measurement, machine, versions

START, END = "<!-- figures:start -->", "<!-- figures:end -->"


def _secs(m: Measurement | None) -> str:
    if m is None:
        return "—"
    return f"{m.seconds:.2f} s" if m.ok else f"— ({m.note})"


def table(results: dict[str, Measurement]) -> str:
    rows = ["| command | wall | CPU (user+sys) | peak RSS |", "|---|---:|---:|---:|"]
    for m in results.values():
        peak = f"{m.peak_mb:.0f} MB" if m.peak_mb is not None and m.ok else "—"
        cpu = f"{m.cpu:.2f} s" if m.cpu is not None and m.ok else "—"
        rows.append(f"| {m.label} | {_secs(m)} | {cpu} | {peak} |")
    return "\n".join(rows)


def _ratio(a: Measurement | None, b: Measurement | None) -> float | None:
    if a is None or b is None or not a.ok or not b.ok or not b.seconds:
        return None
    return (a.seconds or 0) / b.seconds


def _row(target: str, measured: str, ratio: str, met: bool | None) -> str:
    status = "not measured" if met is None else ("met" if met else "missed")
    return f"| {target} | {measured} | {ratio} | {status} |"


def _slot(target: str, why: str) -> str:
    return f"| {target} | — | — | open slot: {why} |"


def targets(all_results: dict[int, dict[str, Measurement]]) -> str:
    rows = ["| target | measured | ratio | status |", "|---|---|---|---|"]
    for n, r in sorted(all_results.items()):
        size = f"{n:,}"
        fr = r.get("frictionless")
        check = "lint" if "lint-cold" in r else "validate"
        cold = r.get(f"{check}-cold")
        ratio = _ratio(cold, fr)
        if check == "validate":
            rows.append(_slot(f"{size}: `lint` cold ≤ 1.0 × frictionless", "no lint command yet"))
        cpu = (cold.cpu / fr.cpu if cold is not None and fr is not None and cold.ok and fr.ok
               and cold.cpu and fr.cpu else None)
        if check == "lint":
            vcold = r.get("validate-cold")
            vratio = _ratio(vcold, fr)
            rows.append(_row(f"{size}: `validate` cold vs frictionless (no target; for scale)",
                             f"{_secs(vcold)} vs {_secs(fr)}",
                             f"{vratio:.2f} × wall" if vratio is not None else "—", None))
        rows.append(_row(f"{size}: `{check}` cold ≤ 1.0 × frictionless on the CSV",
                         f"{_secs(cold)} vs {_secs(fr)}",
                         (f"{ratio:.2f} × wall" if ratio is not None else "—")
                         + (f", {cpu:.2f} × CPU" if cpu is not None else ""),
                         None if ratio is None else ratio <= 1.0))
        if n >= 100_000 and cold is not None and (cold.ok or "stopped" in cold.note):
            rows.append(_row(f"{size}: `{check}` cold ≤ 30 s, peak ≤ 2 GB",
                             f"{_secs(cold)}, {cold.peak_mb or 0:.0f} MB", "—",
                             cold.ok and (cold.seconds or 0) <= 30 and (cold.peak_mb or 0) <= 2048))
        limit = 0.5 if n <= 10_000 else 2.0
        if "lint-cold" in r:
            rows.append(_slot(f"{size}: `lint` warm after one edited file ≤ {limit} s",
                              "lint does not use the findings cache yet"))
        for name in ("validate", "lint"):
            edit = r.get(f"{name}-edit")
            if edit is not None:
                rows.append(_row(f"{size}: `{name}` warm after one edited file ≤ {limit} s",
                                 _secs(edit), "—",
                                 None if not edit.ok else (edit.seconds or 0) <= limit))
        diff, daff = r.get("diff"), r.get("daff")
        if diff is None:
            rows.append(_slot(f"{size}: `diff` ≥ 10 × faster than daff"
                              if n <= 10_000 else f"{size}: `diff` ≤ 10 s", "no diff command yet"))
        elif n <= 10_000:
            speed = _ratio(daff, diff)
            rows.append(_row(f"{size}: `diff` ≥ 10 × faster than daff",
                             f"{_secs(diff)} vs {_secs(daff)}",
                             f"{speed:.1f} × faster" if speed else "—",
                             None if speed is None else speed >= 10))
        else:
            rows.append(_row(f"{size}: `diff` ≤ 10 s", _secs(diff), "—",
                             None if not diff.ok else (diff.seconds or 0) <= 10))
        render, dot = r.get("render"), r.get("dot")
        if render is None:
            rows.append(_slot(f"{size}: render 1,000 charts ≤ 1.5 × batched dot "
                              f"({_secs(dot)})", "no render command yet"))
        elif n >= 1000:
            ratio_r = _ratio(render, dot)
            rows.append(_row(f"{size}: render 1,000 charts ≤ 1.5 × batched dot",
                             f"{_secs(render)} vs {_secs(dot)}",
                             f"{ratio_r:.2f} ×" if ratio_r is not None else "—",
                             None if ratio_r is None else ratio_r <= 1.5))
        publish = r.get("publish")
        if n == 10_000 and publish is None:
            rows.append(_slot(f"{size}: publish with all charts ≤ 60 s", "no publish command yet"))
        elif publish is not None:
            rows.append(_row(f"{size}: publish with all charts ≤ 60 s", _secs(publish), "—",
                             (publish.seconds or 0) <= 60 if publish.ok else
                             (False if "stopped" in publish.note else None)))
        rows.append(_slot(f"{size}: validate the CSV faster than frictionless",
                          "the CSV reader reads 17 of the benchmark CSV's 23 columns; "
                          "to be wired once the column sets agree"))
    return "\n".join(rows)


def write_markdown(path: Path, all_results: dict[int, dict[str, Measurement]],
                   target_rows: str) -> None:
    """Replace the figures between the markers in `path`, keeping the notes around them."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = [START, "", f"Measured {dt.date.today().isoformat()} on {machine()}; load average "
             f"when written {load} (other work on the machine inflates wall times).", ""]
    found = versions()
    lines.append("Versions: " + ", ".join(f"{k} {v}" for k, v in found.items()) + ".")
    for n, results in sorted(all_results.items()):
        lines += ["", f"### N = {n:,} powers", "", table(results)]
    lines += ["", "### Targets", "", target_rows, "", END]
    block = "\n".join(lines)
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")
