"""Graph helpers over a power's flow, shared by the flow rules."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Step

REVIEW = re.compile(r"审查|审核|初审|复审|核查|复核")
DECISION = re.compile(r"决定|批准|审批|签发|审定")
SUPERVISION = re.compile(r"监督|监管|督查|督办|监察")
# A body that decides collectively (三重一大, 集体讨论决定).
COLLECTIVE = re.compile(r"集体|会议|党组会|党委会|常委会|部务会|厅务会|局务会|班子|委员会")
# 报省人民政府审批: the post forwards the case; the decision is taken elsewhere.
FORWARD = re.compile(r"^(报|上报|呈报|报送|转报|提请|报请)")
# 不予批准并说明理由: the post tells the applicant of a decision taken in another step.
NOTICE = re.compile(r"^(不予|告知|书面告知|送达|通知|退回)")


def steps_by_id(flow: Iterable[Step]) -> dict[str, int]:
    """Step id → index of its first occurrence."""
    index: dict[str, int] = {}
    for i, step in enumerate(flow):
        index.setdefault(step.id, i)
    return index


def reachable(flow: list[Step], *, normal_only: bool = False) -> set[str]:
    """Ids reachable from the start steps (all steps when there is no single start)."""
    ids = steps_by_id(flow)
    starts = [s.id for s in flow if s.kind == "start"]
    seen: set[str] = set()
    todo = list(starts)
    while todo:
        current = todo.pop()
        if current in seen or current not in ids:
            continue
        seen.add(current)
        for edge in flow[ids[current]].next:
            if not (normal_only and edge.kind == "return"):
                todo.append(edge.to)
    return seen


def longest_days(flow: list[Step]) -> float:
    """The largest sum of step days along a path from start over normal edges; an edge that
    closes a loop is cut. Iterative, so a very long flow cannot exhaust the stack."""
    ids = steps_by_id(flow)
    order: list[str] = []  # post-order of a depth-first walk: successors before a step
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    cut: set[tuple[str, str]] = set()
    for start in (s.id for s in flow if s.kind == "start"):
        if start in state:
            continue
        stack = [(start, iter(flow[ids[start]].next))]
        state[start] = 1
        while stack:
            current, edges = stack[-1]
            edge = next(edges, None)
            if edge is None:
                stack.pop()
                state[current] = 2
                order.append(current)
            elif edge.kind == "normal" and edge.to in ids:
                if state.get(edge.to) == 1:
                    cut.add((current, edge.to))
                elif edge.to not in state:
                    state[edge.to] = 1
                    stack.append((edge.to, iter(flow[ids[edge.to]].next)))
    best: dict[str, float] = {}
    for step_id in order:
        step = flow[ids[step_id]]
        tails = [best[e.to] for e in step.next if e.kind == "normal" and e.to in best
                 and (step_id, e.to) not in cut]
        best[step_id] = (step.days or 0) + max(tails, default=0.0)
    return max((best[s.id] for s in flow if s.kind == "start" and s.id in best), default=0.0)


def role(step: Step) -> str | None:
    """'review', 'decision' or 'supervision' from the step's name; None for other steps."""
    if step.kind == "start" or FORWARD.match(step.name) or NOTICE.match(step.name):
        return None
    if SUPERVISION.search(step.name):
        return "supervision"
    if DECISION.search(step.name) and not REVIEW.search(step.name.replace("审批", "")):
        return "decision"
    if REVIEW.search(step.name):
        return "review"
    return None
