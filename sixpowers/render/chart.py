"""A power's flow as a plain chart (nodes, links, lanes), shared by the DOT and Mermaid writers.

Everything derived lives here: node ids (`s1…` in flow order, `r1…` for risks, `m1…` for
missing steps), wrapped label lines, node sizes from the text, the side branch for refusals
(不予受理/不予许可) and the footer. The writers only lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..model import Power, Step
from .options import LEVEL_NAMES, ChartKind, ChartOptions, level_rank
from .text import block_em, format_days, wrap_text

Shape = Literal["start", "task", "decision", "end", "side", "missing", "risk", "title",
                "footer", "legend"]
LinkKind = Literal["normal", "return", "side", "risk", "invisible"]

PAD_X_EM = 0.9
PAD_Y_EM = 0.6
NEGATIVE = ("不予", "不准", "不同意", "驳回", "拒绝", "不受理", "不通过", "终止", "否")
CHART_NAMES = {"flow": "权力运行流程图", "risk": "廉政风险防控图"}


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    shape: Shape
    lines: tuple[str, ...]
    width: float  # inches
    height: float  # inches
    lane: str | None = None
    fill: str = "#ffffff"
    font_colour: str = "#000000"
    border: str = "#333333"
    align: Literal["center", "left"] = "center"
    font_size: float = 12.0


@dataclass(frozen=True, slots=True)
class Link:
    source: str
    target: str
    label: str | None = None
    kind: LinkKind = "normal"


@dataclass(frozen=True, slots=True)
class Chart:
    kind: ChartKind
    nodes: tuple[Node, ...]
    links: tuple[Link, ...]
    same_rank: tuple[tuple[str, ...], ...]
    lanes: tuple[tuple[str, tuple[str, ...]], ...]
    options: ChartOptions = field(default_factory=ChartOptions)
    # each lane's label, wrapped to its widest node: the wasm engine measures CJK short, so a
    # label wider than the lane's nodes would stick out of the lane
    lane_labels: tuple[tuple[str, ...], ...] = ()
    name: str = ""  # "事项名称 权力运行流程图": the SVG's <title>, its accessible name


def _size(lines: list[str], shape: Shape, font_size: float) -> tuple[float, float]:
    width_em, height_em = block_em(lines)
    width = (width_em + 2 * PAD_X_EM) * font_size
    height = (height_em + 2 * PAD_Y_EM) * font_size
    if shape == "decision":  # text fits a diamond when w/W + h/H <= 1
        width, height = 2 * width_em * font_size + 12, 2 * height_em * font_size + 12
    elif shape in ("start", "end", "side"):  # rounded corners eat into the first and last line
        width += font_size
    return _inches(width), _inches(height)


def _inches(points: float) -> float:
    return int(points / 72 * 100 + 0.999) / 100


def _node(node_id: str, shape: Shape, lines: list[str], options: ChartOptions, **kw: object) -> Node:
    size = float(kw.pop("font_size", options.font_size))  # type: ignore[arg-type]
    width, height = _size(lines, shape, size)
    return Node(node_id, shape, tuple(lines), width, height, font_size=size, **kw)  # type: ignore[arg-type]


def _step_lines(step: Step, unit: str, options: ChartOptions, side: bool) -> list[str]:
    wrap = options.wrap_em if step.kind != "decision" else max(6.0, options.wrap_em * 2 / 3)
    lines = wrap_text(step.name, wrap)
    if side and "理由" not in step.name:
        lines.append("（告知理由）")
    if step.post:
        lines.extend(wrap_text(f"岗位：{step.post}", wrap))
    elif step.unit:
        lines.extend(wrap_text(f"承办：{step.unit}", wrap))
    if step.days is not None:
        lines.append(f"时限：{format_days(step.days)}{unit}")
    return lines


def _is_side(step: Step, incoming: list[tuple[Step, str | None]]) -> bool:
    """An end step reached from a decision is the refusal branch unless it reads as approval."""
    if step.kind != "end":
        return False
    from_decision = [label for source, label in incoming if source.kind == "decision"]
    if not from_decision:
        return False
    words = " ".join([step.name, *(label or "" for label in from_decision)])
    if any(word in words for word in NEGATIVE):
        return True
    return not any(word in words for word in ("准予", "同意", "通过", "办结", "完成"))


def build_chart(power: Power, kind: ChartKind, options: ChartOptions) -> Chart:
    """The chart of one power: title, steps, refusals to the side, return loops, risks, footer."""
    unit = power.time_limit.unit if power.time_limit else "工作日"
    steps: dict[str, tuple[str, Step]] = {}
    for index, step in enumerate(power.flow, 1):
        steps.setdefault(step.id, (f"s{index}", step))
    incoming: dict[str, list[tuple[Step, str | None]]] = {}
    for step in power.flow:
        for edge in step.next:
            if edge.kind == "normal":
                incoming.setdefault(edge.to, []).append((step, edge.label))

    nodes: list[Node] = [_title(power, kind, options)]
    links: list[Link] = []
    same_rank: list[tuple[str, ...]] = []
    missing: dict[str, str] = {}
    risk_border = _risk_borders(power, options) if kind == "risk" else {}

    def lane_of(step: Step) -> str | None:
        if options.lanes == "post":
            return step.post
        if options.lanes == "unit":
            return step.unit
        return None

    for node_id, step in (steps[key] for key in steps):
        side = _is_side(step, incoming.get(step.id, []))
        shape: Shape = "side" if side else step.kind
        fill = "#fdecea" if side else {"start": "#e8f1fb", "end": "#e8f5e9"}.get(step.kind, "#ffffff")
        nodes.append(_node(node_id, shape, _step_lines(step, unit, options, side), options,
                           lane=lane_of(step), fill=fill,
                           border=risk_border.get(step.id, "#333333")))
    for step_id, (node_id, step) in steps.items():
        if steps[step_id][1] is not step:
            continue
        for edge in step.next:
            if edge.to not in steps:
                target = missing.setdefault(edge.to, f"m{len(missing) + 1}")
            else:
                target = steps[edge.to][0]
            target_step = steps[edge.to][1] if edge.to in steps else None
            if edge.kind == "return":
                links.append(Link(node_id, target, edge.label, "return"))
            elif target_step is not None and _is_side(target_step, incoming.get(edge.to, [])):
                links.append(Link(node_id, target, edge.label, "side"))
                same_rank.append((node_id, target))
            else:
                links.append(Link(node_id, target, edge.label))
    for step_id, node_id in missing.items():
        nodes.append(_node(node_id, "missing", [*wrap_text(f"未定义的环节：{step_id}",
                                                           options.wrap_em)], options,
                           fill="#ffffff", border="#c62828"))
    if steps:
        links.insert(0, Link("title", next(iter(steps.values()))[0], kind="invisible"))
    if kind == "risk":
        _add_risks(power, steps, options, nodes, links, same_rank, lane_of)
    footer = _footer(power, unit, options)
    nodes.append(footer)
    sinks = _sinks(nodes, links) or ["title"]
    links.extend(Link(sink, "footer", kind="invisible") for sink in sinks)
    if kind == "risk":
        legend = [_node(f"legend{i}", "legend", [LEVEL_NAMES.get(level, f"{level}风险")], options,
                        fill=options.colour(level).fill, font_colour=options.colour(level).font,
                        border=options.colour(level).fill)
                  for i, (level, _) in enumerate(options.risk_colours, 1)]
        nodes.extend(legend)
        links.extend(Link("footer", n.id, kind="invisible") for n in legend)
        same_rank.append(tuple(n.id for n in legend))
    lanes: dict[str, list[str]] = {}
    for node in nodes:
        if node.lane:
            lanes.setdefault(node.lane, []).append(node.id)
    by_id = {node.id: node for node in nodes}
    labels = []
    for name, ids in lanes.items():
        widest = max(by_id[node_id].width for node_id in ids) * 72 / options.font_size
        labels.append(tuple(wrap_text(name, max(4.0, widest - 1.0))))
    return Chart(kind, tuple(nodes), tuple(links), tuple(same_rank),
                 tuple((name, tuple(ids)) for name, ids in lanes.items()), options,
                 tuple(labels), f"{power.title} {CHART_NAMES[kind]}")


def _title(power: Power, kind: ChartKind, options: ChartOptions) -> Node:
    lines = wrap_text(power.title, 24)
    lines.append(f"{CHART_NAMES[kind]}　事项编码：{power.code}" if power.code else CHART_NAMES[kind])
    return _node("title", "title", lines, options, font_size=options.font_size + 4,
                 border="#ffffff")


def _footer(power: Power, unit: str, options: ChartOptions) -> Node:
    limit = power.time_limit
    statutory = f"{format_days(limit.statutory)}{unit}" if limit and limit.statutory is not None else "未规定"
    committed = f"{format_days(limit.committed)}{unit}" if limit and limit.committed is not None else "未承诺"
    supervision = power.supervision
    phone = (supervision.phone if supervision else None) or options.fallback_phone
    complaint = supervision.complaint if supervision and supervision.complaint else None
    methods = "、".join(supervision.methods) if supervision and supervision.methods else "未填写"
    channels = complaint or ""
    if "12345" not in channels:
        channels = f"{channels}；12345 政务服务便民热线" if channels else "12345 政务服务便民热线"
    texts = [f"办结时限：法定 {statutory}；承诺 {committed}",
             f"实施主体：{power.subject}" + (f"；承办机构：{power.undertaker}" if power.undertaker else ""),
             f"监督方式：{methods}",
             f"监督电话：{phone or '未公布'}",
             f"投诉渠道：{channels}"]
    lines = [line for text in texts for line in wrap_text(text, 30)]
    return _node("footer", "footer", lines, options, align="left", fill="#f5f5f5", border="#9e9e9e")


def _risk_borders(power: Power, options: ChartOptions) -> dict[str, str]:
    worst: dict[str, str] = {}
    for risk in power.risks:
        if risk.step not in worst or level_rank(risk.level) < level_rank(worst[risk.step]):
            worst[risk.step] = risk.level
    return {step: options.colour(level).fill for step, level in worst.items()}


def _add_risks(power: Power, steps: dict[str, tuple[str, Step]], options: ChartOptions,
               nodes: list[Node], links: list[Link], same_rank: list[tuple[str, ...]],
               lane_of: object) -> None:
    order = {step_id: i for i, step_id in enumerate(steps)}
    ranked = sorted(enumerate(power.risks),
                    key=lambda ir: (order.get(ir[1].step, len(order)), level_rank(ir[1].level), ir[0]))
    by_step: dict[str, list[str]] = {}
    for number, (_, risk) in enumerate(ranked, 1):
        node_id = f"r{number}"
        text = f"【{risk.level}】{risk.description}"
        if risk.step not in steps:
            text = f"（环节 {risk.step} 不存在）{text}"
        lines = wrap_text(text, options.wrap_em)
        if risk.measures:
            measures = wrap_text("防控：" + "；".join(risk.measures), options.wrap_em)
            lines.extend(measures[:3] if len(measures) <= 3 else [*measures[:2], measures[2][:-1] + "…"])
        colour = options.colour(risk.level)
        step = steps.get(risk.step)
        lane = lane_of(step[1]) if step and callable(lane_of) else None
        nodes.append(_node(node_id, "risk", lines, options, fill=colour.fill,
                           font_colour=colour.font, border=colour.fill, lane=lane))
        if step:
            links.append(Link(step[0], node_id, kind="risk"))
            by_step.setdefault(step[0], [step[0]]).append(node_id)
    same_rank.extend(tuple(ids) for ids in by_step.values())


def _sinks(nodes: list[Node], links: list[Link]) -> list[str]:
    """Flow nodes with no normal way out: the footer goes below them."""
    flow = [n.id for n in nodes if n.shape in ("start", "task", "decision", "end", "missing")]
    has_out = {link.source for link in links if link.kind in ("normal", "side")}
    return [node_id for node_id in flow if node_id not in has_out]
