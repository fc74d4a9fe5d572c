"""Write a chart as a Mermaid flowchart (for wikis and git hosts that draw Mermaid).

Mermaid has no escape for quotes inside a label; entity codes (`#34;`) are its documented way,
so every character that could end a label or start markup is written as one.
"""

from __future__ import annotations

from ..model import Power
from .chart import Chart, Node, build_chart
from .options import ChartKind, ChartOptions

BRACKETS = {
    "start": ('(["', '"])'), "end": ('(["', '"])'), "side": ('(["', '"])'),
    "task": ('["', '"]'), "missing": ('["', '"]'), "footer": ('["', '"]'),
    "legend": ('["', '"]'), "title": ('["', '"]'), "risk": ('[/"', '"/]'),
    "decision": ('{"', '"}'),
}
ARROWS = {"normal": "-->", "side": "-->", "return": "-.->", "risk": "-.-", "invisible": "~~~"}
SPECIAL = set('"#&<>`|[]{}()\\;')


def mermaid_text(text: str) -> str:
    """Label text with Mermaid's entity codes for every markup character."""
    return "".join(f"#{ord(c)};" if c in SPECIAL else c for c in text if c >= " ")


def _node(node: Node) -> str:
    left, right = BRACKETS[node.shape]
    label = "<br/>".join(mermaid_text(line) for line in node.lines)
    return f"    {node.id}{left}{label}{right}"


def chart_mermaid(chart: Chart) -> str:
    """Mermaid text for a built chart."""
    out = ["flowchart TD"]
    in_lane = {node_id for _, ids in chart.lanes for node_id in ids}
    by_id = {node.id: node for node in chart.nodes}
    out.extend(_node(n) for n in chart.nodes if n.id not in in_lane)
    for number, (name, ids) in enumerate(chart.lanes, 1):
        out.append(f'    subgraph lane{number}["{mermaid_text(name)}"]')
        out.extend("    " + _node(by_id[node_id]) for node_id in ids)
        out.append("    end")
    for link in chart.links:
        arrow = ARROWS[link.kind]
        label = f"|{mermaid_text(link.label)}|" if link.label and link.kind != "invisible" else ""
        out.append(f"    {link.source} {arrow}{label} {link.target}")
    styled = [n for n in chart.nodes if n.shape in ("risk", "legend", "side", "missing")
              or n.border != "#333333"]
    for node in styled:
        out.append(f"    style {node.id} fill:{node.fill},stroke:{node.border},color:{node.font_colour}")
    for index, link in enumerate(chart.links):
        if link.kind == "return":
            out.append(f"    linkStyle {index} stroke:#1565c0,stroke-dasharray:5 5")
    return "\n".join(out) + "\n"


def flow_mermaid(power: Power, *, chart: ChartKind = "flow",
                 options: ChartOptions | None = None) -> str:
    """Mermaid text of a power's flowchart or integrity-risk chart."""
    return chart_mermaid(build_chart(power, chart, options or ChartOptions()))
