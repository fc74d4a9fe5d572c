"""The register as DuckDB tables: powers (with status and limits), removed powers, flow steps
with their role, flow edges and the steps reachable from each step (to tell a skipped step
from an out-of-order one). Registers are small; the logs checked against them are not."""

from __future__ import annotations

import datetime as dt
from collections import deque
from typing import Any

from ..model import Power, Step
from ..register import Register

# Statuses under which a department may no longer exercise the power (清单之外不得行使权力).
GONE_STATUSES = ("取消", "下放", "转移", "暂停")
REVIEW_WORDS = ("审查", "审核", "初审", "复审", "核查", "审理")
DECISION_WORDS = ("决定", "审批", "批准", "核准", "签发", "审定")
SUPERVISION_WORDS = ("监管", "监督", "督查", "督办")
APPLICATION_WORDS = ("申请", "提交", "申报")
OUTSIDE_DEPARTMENT = "清单外事项"


def step_role(step: Step) -> str:
    """review / decision / supervision / handling / none, from the step's name and kind (审查与
    批准相分离, 承办与监督相分离)."""
    name = step.name
    if any(w in name for w in SUPERVISION_WORDS):
        return "supervision"
    if any(w in name for w in DECISION_WORDS):
        return "decision"
    if any(w in name for w in REVIEW_WORDS):
        return "review"
    if step.kind == "start":
        return "none"
    return "handling"


def _start_steps(power: Power) -> list[str]:
    starts = [s.id for s in power.flow if s.kind == "start"]
    return starts or [power.flow[0].id]


def _closing_steps(power: Power) -> set[str]:
    """Steps after which a case counts as handled: end steps, and steps followed only by an
    after-the-fact supervision end step (事后监管 is not part of the handling time)."""
    by_id = {s.id: s for s in power.flow}
    ends = {s.id for s in power.flow if s.kind == "end"}
    closing = set(ends)
    for step in power.flow:
        targets = [by_id.get(e.to) for e in step.next if e.kind == "normal"]
        if targets and all(t is not None and t.id in ends and step_role(t) == "supervision"
                           for t in targets):
            closing.add(step.id)
    return closing


def _edges(power: Power) -> set[tuple[str, str]]:
    """Flow edges, plus virtual edges from "" (before the first event) to the start steps and
    to their direct successors (an application step is often not logged)."""
    edges = {(s.id, e.to) for s in power.flow for e in s.next}
    for start in _start_steps(power):
        edges.add(("", start))
        edges |= {("", dst) for src, dst in list(edges) if src == start}
    return edges


def _reach(edges: set[tuple[str, str]], names: dict[str, str]) -> list[tuple[str, str, str]]:
    """(src, dst, skipped step names) for every dst reachable from src by a path of 2+ edges,
    along the shortest path."""
    succ: dict[str, list[str]] = {}
    for src, dst in sorted(edges):
        succ.setdefault(src, []).append(dst)
    rows = []
    for origin in sorted(succ):
        parent: dict[str, str] = {}
        queue = deque([origin])
        while queue:
            node = queue.popleft()
            for nxt in succ.get(node, []):
                if nxt not in parent and nxt != origin:
                    parent[nxt] = node
                    queue.append(nxt)
        for dst in parent:
            if (origin, dst) in edges:
                continue
            path, node = [], parent[dst]
            while node != origin:
                path.append(node)
                node = parent[node]
            skipped = [names.get(p, p) for p in reversed(path) if p in names]
            rows.append((origin, dst, "、".join(skipped)))
    return rows


def _insert(con: Any, table: str, columns: str, rows: list[tuple[Any, ...]]) -> None:
    con.execute(f"CREATE OR REPLACE TEMP TABLE {table} ({columns})")
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def load_register_tables(con: Any, register: Register) -> None:
    """Create `powers`, `removed`, `steps`, `edges` and `reach` from the register."""
    powers: dict[str, tuple[Any, ...]] = {}
    steps: list[tuple[Any, ...]] = []
    edges: list[tuple[Any, ...]] = []
    reach: list[tuple[Any, ...]] = []
    removed: dict[str, tuple[Any, ...]] = {}
    for file in register.files:
        department = file.department.name if file.department else file.path
        for entry in file.model.removed if file.model else []:
            removed.setdefault(entry.code or entry.name, (entry.code or entry.name, entry.name,
                                                          department, entry.reason, entry.date))
    for file, _pointer, power in register.powers():
        key = power.key
        if key in powers:
            continue
        department = file.department.name if file.department else file.path
        limit = power.time_limit
        gone = power.status.value in GONE_STATUSES
        powers[key] = (key, power.title, department, power.status.value if gone else None,
                       power.status.date if gone else None,
                       limit.unit if limit else "工作日",
                       limit.statutory if limit else None, limit.committed if limit else None,
                       bool(power.flow),
                       power.status.date if power.status.value == "新增" else None)
        if not power.flow:
            continue
        names = {s.id: s.name for s in power.flow}
        closing = _closing_steps(power)
        for step in power.flow:
            applicant = step.kind == "start" and any(w in step.name for w in APPLICATION_WORDS)
            steps.append((key, step.id, step.name, step.kind, step.days, step_role(step),
                          step.id in closing, applicant))
        power_edges = _edges(power)
        edges.extend((key, src, dst) for src, dst in sorted(power_edges))
        reach.extend((key, *row) for row in _reach(power_edges, names))
    _insert(con, "powers", "code VARCHAR, title VARCHAR, department VARCHAR, gone VARCHAR, "
            "gone_date DATE, unit VARCHAR, statutory DOUBLE, committed DOUBLE, has_flow BOOLEAN, "
            "added_date DATE",
            list(powers.values()))
    _insert(con, "removed", "code VARCHAR, title VARCHAR, department VARCHAR, reason VARCHAR, "
            "removed_date DATE", [r for k, r in removed.items() if k not in powers])
    _insert(con, "steps", "code VARCHAR, step_id VARCHAR, name VARCHAR, kind VARCHAR, "
            "days DOUBLE, role VARCHAR, closing BOOLEAN, applicant BOOLEAN", steps)
    _insert(con, "edges", "code VARCHAR, src VARCHAR, dst VARCHAR", edges)
    _insert(con, "reach", "code VARCHAR, src VARCHAR, dst VARCHAR, skipped VARCHAR", reach)


def register_dates(register: Register) -> list[dt.date]:
    """Dates the register mentions (status and removal dates), to size the calendar."""
    dates = [p.status.date for _f, _p, p in register.powers() if p.status.date]
    for file in register.files:
        dates += [r.date for r in (file.model.removed if file.model else []) if r.date]
    return dates
