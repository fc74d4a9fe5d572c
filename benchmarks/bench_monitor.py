"""Benchmark: `sixpowers monitor` over a 10-million-event case log.

    python benchmarks/bench_monitor.py [REGISTER] [--events 10000000] [--keep PATH]

The log is generated in DuckDB itself (Parquet, zstd) from the register's flows: each case
follows a power's main path with random step times (3 % of steps late); about 2 % of middle
steps are dropped and 1 % of cases are handled by one person, so every check has work to do. Generation is not timed; the
analysis (`monitor_cases`: read, order, join, check, aggregate) is.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sixpowers.monitor import monitor_cases  # noqa: E402
from sixpowers.register import load_register  # noqa: E402


def main_paths(register_path: Path) -> list[tuple[str, int, str, str, float]]:
    """(code, position, step id, post, step days) along each power's first-choice path."""
    rows = []
    for _file, _pointer, power in load_register([register_path]).powers():
        if not power.flow or not power.code:
            continue
        by_id = {s.id: s for s in power.flow}
        step = next((s for s in power.flow if s.kind == "start"), power.flow[0])
        seen: set[str] = set()
        while step.id not in seen:
            seen.add(step.id)
            rows.append((power.code, len(seen), step.id, step.post or "承办岗", step.days or 1.0))
            normal = [e for e in step.next if e.kind == "normal" and e.to in by_id]
            if not normal:
                break
            step = by_id[normal[0].to]
    return rows


def generate(register_path: Path, events: int, out: Path) -> None:
    rows = main_paths(register_path)
    con = duckdb.connect()
    con.execute("CREATE TABLE path (code VARCHAR, pos INTEGER, step_id VARCHAR, post VARCHAR, "
                "days DOUBLE)")
    con.executemany("INSERT INTO path VALUES (?, ?, ?, ?, ?)", rows)
    con.execute("CREATE TABLE powers AS SELECT code, row_number() OVER (ORDER BY code) - 1 AS idx, "
                "max(pos) AS len FROM path GROUP BY code")
    n_powers, mean_len = con.execute("SELECT count(*), avg(len) FROM powers").fetchone()
    cases = int(events / mean_len * 1.05) + 1
    con.execute(f"""
        COPY (
          WITH c AS (
            SELECT i AS case_no, hash(i) % {n_powers} AS idx,
                   DATE '2024-01-01' + CAST(hash(i, 'start') % 1000 AS INTEGER) AS start_d
            FROM range({cases}) t(i)
          ), e AS (
            SELECT c.case_no, p.code, p.pos, p.step_id, p.post, pw.len,
                   c.start_d + CAST(sum(CASE
                       WHEN hash(c.case_no, p.pos, 'late') % 100 < 3
                           THEN CAST(p.days AS BIGINT) + 1 + hash(c.case_no, p.pos) % 5
                       ELSE hash(c.case_no, p.pos) % (CAST(p.days AS BIGINT) + 1) END)
                       OVER (PARTITION BY c.case_no ORDER BY p.pos) AS INTEGER) AS d
            FROM c JOIN powers pw ON pw.idx = c.idx JOIN path p ON p.code = pw.code
          )
          SELECT printf('%09d', case_no) AS case_id, code AS power_code, step_id, post,
                 'P' || (CASE WHEN hash(case_no, 'same') % 100 = 0 THEN hash(case_no) % 4000
                              ELSE hash(case_no, pos) % 4000 END)::VARCHAR AS person,
                 strftime(d + INTERVAL (9 * 60 + pos * 7) MINUTE, '%Y-%m-%dT%H:%M:%S') AS time,
                 '完成' AS outcome
          FROM e
          WHERE NOT (pos > 1 AND pos < len AND hash(case_no, pos, 'skip') % 50 = 0)
          LIMIT {events}
        ) TO '{out}' (FORMAT parquet, COMPRESSION zstd)
    """)
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("register", nargs="?", type=Path, default=ROOT / "examples" / "shanxi-transport")
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--keep", type=Path, help="keep the generated log at this path "
                        "(an existing file there is reused)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        log = args.keep or Path(tmp) / "cases.parquet"
        started = time.perf_counter()
        if log.exists():
            print(f"reusing {log} ({log.stat().st_size / 1e6:.0f} MB Parquet)")
        else:
            generate(args.register, args.events, log)
            print(f"generated {args.events:,} events in {time.perf_counter() - started:.1f} s "
                  f"({log.stat().st_size / 1e6:.0f} MB Parquet)")
        register = load_register([args.register])
        started, cpu = time.perf_counter(), time.process_time()
        result = monitor_cases(register, log)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    counts: dict[str, int] = {}
    for finding in result.findings:
        counts[finding.code] = counts.get(finding.code, 0) + 1
    print(f"analysed {result.summary.events:,} events, {result.summary.lights.total:,} cases "
          f"in {elapsed:.1f} s on {os.cpu_count()} cores, {cpu:.1f} s of CPU time, load average "
          f"{os.getloadavg()[0]:.1f} "
          f"({', '.join(f'{k} {v:.1f} s' for k, v in result.timings.items())})")
    print("findings:", ", ".join(f"{code} {n:,}" for code, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
