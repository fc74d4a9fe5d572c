"""Decision-procedure helpers of the 三重一大 and 重大行政决策 rules: which steps decide
collectively, which record that the head speaks last, which are decided by one person."""

from __future__ import annotations

import re

from ..model import Power, Step
from .flowgraph import role

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
