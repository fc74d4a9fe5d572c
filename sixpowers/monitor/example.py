"""A realistic example case log: a service centre's year of cases against a register's flows.

    python -m sixpowers.monitor.example examples/shanxi-transport -o cases.parquet

Flows are followed mostly; a few per cent of cases carry what supervision looks for: overdue
steps, skipped or swapped steps, one person reviewing and deciding, cases on powers that were
taken off the register or never on it. Person ids are pseudonyms (P + digits).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..fsutil import atomic_write_bytes, atomic_write_text, write_staged_text
from ..model import Power, Step
from ..register import load_register
from .calendar import WorkCalendar, load_calendar, sorted_working_days
from .caselog import COLUMNS
from .flows import GONE_STATUSES, step_role

Row = tuple[str, str, str, str, str, str, str]


@dataclass(frozen=True)
class Rates:
    overdue: float = 0.03
    skip: float = 0.02
    swap: float = 0.005
    same_person: float = 0.01
    self_supervision: float = 0.005
    unknown_power: float = 0.003
    removed_power: float = 0.004
    resubmit: float = 0.05


class People:
    """Pseudonymous staff per post: a stable pool of ids for each post name."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pools: dict[str, list[str]] = {}

    def pick(self, post: str, avoid: str | None = None) -> str:
        pool = self.pools.setdefault(post, [f"P{self.rng.randrange(10000, 99999)}"
                                             for _ in range(self.rng.randint(3, 8))])
        choices = [p for p in pool if p != avoid] or pool
        return self.rng.choice(choices)


def _walk(power: Power, rng: random.Random, rates: Rates) -> list[tuple[Step, str]]:
    """A path through the flow from the start step: (step, outcome) pairs."""
    by_id = {s.id: s for s in power.flow}
    step = next((s for s in power.flow if s.kind == "start"), power.flow[0])
    path: list[tuple[Step, str]] = []
    returned = False
    while len(path) < 40:
        normal = [e for e in step.next if e.kind == "normal" and e.to in by_id]
        back = [e for e in step.next if e.kind == "return" and e.to in by_id]
        if back and not returned and rng.random() < rates.resubmit:
            edge, returned = rng.choice(back), True
        elif normal:
            weights = [0.9] + [0.1 / max(len(normal) - 1, 1)] * (len(normal) - 1)
            edge = rng.choices(normal, weights)[0]
        else:
            path.append((step, "完成"))
            break
        outcome = edge.label or ("提交" if step.kind == "start" else "完成")
        path.append((step, outcome))
        step = by_id[edge.to]
    return path


def _spoil(path: list[tuple[Step, str]], rng: random.Random, rates: Rates) -> list[tuple[Step, str]]:
    if len(path) > 3 and rng.random() < rates.skip:
        index = rng.randrange(1, len(path) - 1)
        return path[:index] + path[index + 1:]
    if len(path) > 3 and rng.random() < rates.swap:
        index = rng.randrange(1, len(path) - 2)
        return [*path[:index], path[index + 1], path[index], *path[index + 2:]]
    return path


def _advance(calendar: WorkCalendar, day: dt.date, days: int, unit: str) -> dt.date:
    if unit == "自然日":
        return day + dt.timedelta(days=days)
    return calendar.add_working_days(day, days)


def _case(number: int, code: str, power: Power, start: dt.date, calendar: WorkCalendar,
          people: People, rng: random.Random, rates: Rates) -> Iterator[Row]:
    unit = power.time_limit.unit if power.time_limit else "工作日"
    path = _spoil(_walk(power, rng, rates), rng, rates)
    day = start
    minute = rng.randrange(9 * 60, 16 * 60)
    reviewer: str | None = None
    same = rng.random() < rates.same_person
    self_check = rng.random() < rates.self_supervision
    handler: str | None = None
    case_id = f"{start.year}-{number:06d}"
    for index, (step, outcome) in enumerate(path):
        if index:
            limit = int(step.days) if step.days else 1
            if step.days and rng.random() < rates.overdue:
                elapsed = limit + rng.randint(1, 5)
            else:
                elapsed = min(limit, int(rng.triangular(0, limit + 1, 0)))
            later = _advance(calendar, day, elapsed, unit)
            floor = minute + 5 if later == day else 8 * 60 + 30
            day, minute = later, rng.randrange(floor, max(floor, 17 * 60 + 30) + 1)
        post = step.post or ("申请人" if step.kind == "start" else "承办岗")
        role = step_role(step)
        if step.kind == "start":
            person = ""
        elif role == "decision" and same and reviewer:
            person = reviewer
        elif role == "supervision" and self_check and handler:
            person = handler
        else:
            person = people.pick(post, avoid=reviewer if role == "decision" else None)
        if role == "review":
            reviewer = person
        if role == "handling" and handler is None:
            handler = person
        stamp = dt.datetime.combine(day, dt.time(minute // 60, minute % 60, rng.randrange(60)))
        yield (case_id, code, step.id, post, person, stamp.isoformat(), outcome)


def generate_case_log(registers: Sequence[Path], cases: int, year: int,
                      seed: int = 2025, rates: Rates = Rates()) -> list[Row]:
    """Events of `cases` cases started in `year`, sorted by time, on the registers' powers."""
    rng = random.Random(seed)
    calendar = load_calendar()
    powers: list[tuple[Power, float]] = []
    for path in registers:
        register = load_register([path])
        for _file, _pointer, power in register.powers():
            if power.flow and power.code:
                gone = power.status.value in GONE_STATUSES
                powers.append((power, 0.0 if gone else rng.lognormvariate(0, 1)))
    if not powers:
        raise SystemExit("no power with a code and a flow in the given registers")
    kept = [p for p, w in powers if w]
    gone_powers = [p for p, w in powers if not w] or kept
    weights = [w for _p, w in powers if w]
    days = sorted_working_days(calendar, dt.date(year, 1, 1), dt.date(year, 12, 31))
    people = People(rng)
    rows: list[Row] = []
    for number in range(1, cases + 1):
        draw = rng.random()
        power = rng.choice(gone_powers) if draw < rates.removed_power else rng.choices(kept, weights)[0]
        code = power.code or ""
        if draw > 1 - rates.unknown_power:
            code = code[:-3] + f"{rng.randrange(900, 999)}"
        rows.extend(_case(number, code, power, rng.choice(days), calendar, people, rng, rates))
    rows.sort(key=lambda r: (r[5], r[0]))
    last = dt.datetime(year, 12, 31, 23, 59, 59).isoformat()
    return [r for r in rows if r[5] <= last]


def write_case_log(rows: Sequence[Row], out: Path) -> None:
    """Write CSV (.csv) or Parquet (.parquet, zstd) atomically."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    if out.suffix.lower() != ".parquet":
        atomic_write_text(out, buffer.getvalue())
        return
    import duckdb

    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "log.csv", Path(tmp) / "log.parquet"
        write_staged_text(source, buffer.getvalue())
        con = duckdb.connect()
        con.execute(f"COPY (SELECT * FROM read_csv('{source}', all_varchar=true, header=true)) "
                    f"TO '{target}' (FORMAT parquet, COMPRESSION zstd)")
        con.close()
        atomic_write_bytes(out, target.read_bytes())


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m sixpowers.monitor.example",
                                     description="生成示例办件日志")
    parser.add_argument("registers", nargs="+", type=Path, help="清单文件夹")
    parser.add_argument("-o", "--output", type=Path, required=True, help=".csv 或 .parquet")
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)
    rows = generate_case_log(args.registers, args.cases, args.year, args.seed)
    write_case_log(rows, args.output)
    print(f"{len(rows)} events -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
