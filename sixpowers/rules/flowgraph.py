"""Graph helpers over a power's flow, shared by the flow rules."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Step

REVIEW = re.compile(r"审查|审核|初审|复审|核查|复核")
DECISION = re.compile(r"决定|批准|审批|签发|审定")
SUPERVISION = re.compile(r"监督|监管|督查|督办|监察")
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
    """The largest sum of step days along a path from start over normal edges (loops cut)."""
    ids = steps_by_id(flow)
    memo: dict[str, float] = {}

    def walk(step_id: str, stack: frozenset[str]) -> float:
        if step_id in memo:
            return memo[step_id]
        step = flow[ids[step_id]]
        best = 0.0
        for edge in step.next:
            if edge.kind == "normal" and edge.to in ids and edge.to not in stack:
                best = max(best, walk(edge.to, stack | {edge.to}))
        memo[step_id] = (step.days or 0) + best
        return memo[step_id]

    starts = [s.id for s in flow if s.kind == "start"]
    return max((walk(s, frozenset({s})) for s in starts), default=0.0)


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
