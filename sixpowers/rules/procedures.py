"""Decision-procedure helpers shared by the 三重一大 and 重大行政决策 rules: which steps decide
collectively, which statutory stage a step is, and the order of steps from the start."""

from __future__ import annotations

import re
from collections import deque

from ..model import Power, Step
from .flowgraph import role, steps_by_id

# A collective body or a collective act: 集体讨论/研究/决定, or a meeting of the leading group.
COLLECTIVE = re.compile(
    r"集体(?:讨论|研究|决定|决策|审议|审定)|常委会|常务会|党组会|党委会|部务会|局务会|厅务会|委务会|"
    r"办公会|院务会|校务会|班子会|领导班子会议|全体会议")
# Words that turn "集体讨论" into a condition or a hand-over, not the collective act itself
# (“未经合法性审查的，不得提交集体讨论”).
_NEGATED = re.compile(r"(?:不得|未经|禁止|严禁|提交|提请|报请|报送|送交)[^，,；;。]{0,6}$")
LAST_SPEAKER = re.compile(r"末位表态|最后表态|最后发表意见")
# Posts that name one person, not a body: 负责人, 局长, 书记, 分管领导 …
INDIVIDUAL = re.compile(r"负责人|领导|[厅局部处科股]长|主任|书记|县长|市长|省长|乡长|镇长|院长|校长|经理|主席")

# The five statutory stages of 《重大行政决策程序暂行条例》 第三章, recognised in step names.
STAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("公众参与", re.compile(r"公众参与|征求(?:公众|社会|群众)?意见|听证|公开征求|民意调查|座谈")),
    ("专家论证", re.compile(r"专家(?:论证|咨询|评审|评估)|论证")),
    ("风险评估", re.compile(r"风险评估|稳定风险|社会稳定评估")),
    ("合法性审查", re.compile(r"合法性(?:审查|审核)")),
    ("集体讨论决定", COLLECTIVE),
)


def _mentions(text: str | None, pattern: re.Pattern[str]) -> bool:
    """True when `text` names the pattern not as a condition or hand-over."""
    for match in pattern.finditer(text or ""):
        if not _NEGATED.search((text or "")[:match.start()]):
            return True
    return False


def is_collective(step: Step) -> bool:
    """A step decided by a collective body: named so in its name, post or note."""
    return any(_mentions(text, COLLECTIVE) for text in (step.name, step.post, step.note))


def collective_steps(power: Power) -> list[int]:
    """Indexes of the collective-decision steps of the power's flow."""
    return [i for i, step in enumerate(power.flow) if is_collective(step)]


def has_last_speaker(step: Step) -> bool:
    """True when the step's note or standard records that the head speaks last (末位表态)."""
    return any(LAST_SPEAKER.search(text or "") for text in (step.note, step.standard))


def individual_decider(step: Step) -> bool:
    """A step that decides (决定/批准/审批/签发/审定 in its name) and is held by one person's
    post (负责人, 局长, 书记 …), not by a body."""
    return bool(role(step) == "decision" and step.post and INDIVIDUAL.search(step.post)
                and not is_collective(step))


def stage_of(step: Step) -> str | None:
    """The statutory stage the step's name names, the most specific first (合法性审查 before
    集体讨论决定, so a step “合法性审查后提交集体讨论” counts as the review)."""
    for stage, pattern in STAGES:
        if stage == "集体讨论决定":
            if is_collective(step):
                return stage
        elif _mentions(step.name, pattern):
            return stage
    return None


def flow_order(flow: list[Step]) -> dict[str, int]:
    """Step id → its distance from the start over normal edges (breadth first); steps the start
    cannot reach keep their list position after every reachable step. Without one start step the
    list order is the flow order."""
    ids = steps_by_id(flow)
    starts = [s.id for s in flow if s.kind == "start"]
    if len(starts) != 1:
        return {step_id: index for step_id, index in ids.items()}
    order = {starts[0]: 0}
    queue = deque(starts)
    while queue:
        current = queue.popleft()
        for edge in flow[ids[current]].next:
            if edge.kind == "normal" and edge.to in ids and edge.to not in order:
                order[edge.to] = order[current] + 1
                queue.append(edge.to)
    tail = len(flow) + 1
    for step_id, index in ids.items():
        order.setdefault(step_id, tail + index)
    return order
