"""Write a chart as Graphviz DOT: deterministic (ids and order come from the chart), escaped
(plain quoted labels only, never HTML-like ones), every node sized by `chart._size`."""

from __future__ import annotations

from ..model import Power
from .chart import Chart, Link, Node, build_chart
from .options import ChartKind, ChartOptions

SHAPES = {
    "start": 'shape=box style="rounded,filled"',
    "task": 'shape=box style="filled"',
    "decision": 'shape=diamond style="filled"',
    "end": 'shape=box style="rounded,filled"',
    "side": 'shape=box style="rounded,filled,dashed"',
    "missing": 'shape=box style="filled,dashed"',
    "risk": 'shape=note style="filled"',
    "title": 'shape=plaintext style="filled"',
    "footer": 'shape=box style="filled"',
    "legend": 'shape=box style="filled"',
}
LINKS = {
    "normal": "",
    "side": "",
    "return": "style=dashed constraint=false color=\"#1565c0\" fontcolor=\"#1565c0\"",
    # constraint=false: the rank=same group places the risk; a constrained flat edge beside
    # the refusal branch's flat edge crashes Graphviz 2.43 when it lays out several graphs
    "risk": "style=dotted arrowhead=none constraint=false color=\"#757575\"",
    "invisible": "style=invis",
}


def quote(text: str) -> str:
    """A DOT double-quoted string. Backslashes are doubled (DOT escapes like `\\N` stay
    literal), quotes escaped, control characters dropped."""
    cleaned = "".join(c for c in text if c >= " " or c == "\t").replace("\t", " ")
    return '"' + cleaned.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _label(lines: tuple[str, ...], align: str) -> str:
    """Lines joined with DOT's centred (`\\n`) or left-justified (`\\l`) line ends."""
    escaped = [quote(line)[1:-1] for line in lines]
    if align == "left":
        return '"' + "".join(f"{line}\\l" for line in escaped) + '"'
    return '"' + "\\n".join(escaped) + '"'


def _node_line(node: Node, indent: str) -> str:
    attrs = [f"label={_label(node.lines, node.align)}", SHAPES[node.shape],
             f"width={node.width:.2f}", f"height={node.height:.2f}",
             f"fillcolor={quote(node.fill)}", f"color={quote(node.border)}"]
    if node.font_colour != "#000000":
        attrs.append(f"fontcolor={quote(node.font_colour)}")
    if node.font_size != 12.0:
        attrs.append(f"fontsize={node.font_size:g}")
    if node.shape == "footer":  # left-justified lines need an inset from the border
        attrs.append('margin="0.15,0.08" penwidth=1')
    elif node.border != "#333333" and node.shape != "title":
        attrs.append("penwidth=2.5")
    return f"{indent}{node.id} [{' '.join(attrs)}];"


def _link_line(link: Link) -> str:
    attrs = [LINKS[link.kind]] if LINKS[link.kind] else []
    if link.label:
        attrs.insert(0, f"label={quote(' ' + link.label + ' ')}")
    suffix = f" [{' '.join(attrs)}]" if attrs else ""
    return f"  {link.source} -> {link.target}{suffix};"


def chart_dot(chart: Chart) -> str:
    """DOT text for a built chart."""
    options = chart.options
    font = quote(options.font)
    out = [
        f"digraph {quote(chart.name or chart.kind)} {{",
        f'  graph [charset="UTF-8" rankdir=TB newrank=true nodesep=0.35 ranksep=0.4 pad=0.3 '
        f'bgcolor="#ffffff" fontname={font} fontsize=12];',
        f'  node [fontname={font} fontsize={options.font_size:g} fixedsize=true '
        f'margin=0 penwidth=1.2];',
        f'  edge [fontname={font} fontsize=11 color="#424242" arrowsize=0.8];',
    ]
    in_lane = {node_id for _, ids in chart.lanes for node_id in ids}
    by_id = {node.id: node for node in chart.nodes}
    out.extend(_node_line(node, "  ") for node in chart.nodes if node.id not in in_lane)
    for number, (name, ids) in enumerate(chart.lanes, 1):
        out.append(f"  subgraph cluster_lane{number} {{")
        label = _label(chart.lane_labels[number - 1], "center") if chart.lane_labels else quote(name)
        out.append(f'    label={label} labeljust=l style="rounded,dashed" color="#9e9e9e";')
        out.extend(_node_line(by_id[node_id], "    ") for node_id in ids)
        out.append("  }")
    out.extend(_link_line(link) for link in chart.links)
    out.extend(f"  {{rank=same; {'; '.join(ids)};}}" for ids in chart.same_rank)
    out.append("}")
    return "\n".join(out) + "\n"


def flow_dot(power: Power, *, chart: ChartKind = "flow", options: ChartOptions | None = None) -> str:
    """Deterministic DOT of a power's flowchart (`flow`) or integrity-risk chart (`risk`)."""
    return chart_dot(build_chart(power, chart, options or ChartOptions()))
