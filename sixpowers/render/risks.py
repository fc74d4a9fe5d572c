"""The integrity-risk table (风险点、表现形式、等级、防控措施、责任岗位) beside the risk chart."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Power
from .options import LEVEL_NAMES, ChartOptions, level_rank


@dataclass(frozen=True, slots=True)
class RiskRow:
    """One row of the risk table, in flow order; `colour` is the level's fill (#rrggbb)."""

    step_id: str
    step_name: str
    description: str
    forms: str
    level: str
    level_name: str
    colour: str
    font_colour: str
    kind: str
    measures: tuple[str, ...]
    post: str


def risk_table(power: Power, options: ChartOptions | None = None) -> list[RiskRow]:
    """Rows for the risk table, sorted by the flow order of their step, then level (高 first).

    Risks on a step that is not in the flow come last; an empty post falls back to the step's."""
    options = options or ChartOptions()
    order: dict[str, int] = {}
    names: dict[str, str] = {}
    posts: dict[str, str] = {}
    for index, step in enumerate(power.flow):
        order.setdefault(step.id, index)
        names.setdefault(step.id, step.name)
        posts.setdefault(step.id, step.post or "")
    ranked = sorted(enumerate(power.risks),
                    key=lambda ir: (order.get(ir[1].step, len(order)), level_rank(ir[1].level), ir[0]))
    rows = []
    for _, risk in ranked:
        colour = options.colour(risk.level)
        rows.append(RiskRow(
            step_id=risk.step, step_name=names.get(risk.step, risk.step),
            description=risk.description, forms=risk.forms or "", level=risk.level,
            level_name=LEVEL_NAMES.get(risk.level, risk.level), colour=colour.fill,
            font_colour=colour.font, kind=risk.kind or "", measures=tuple(risk.measures),
            post=risk.post or posts.get(risk.step, "")))
    return rows
