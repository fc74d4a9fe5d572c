"""The floors the suite measures sixpowers against, each run as its own process:

    python -m benchmarks.floor ryml DIR          parse every YAML file under DIR with rapidyaml
    python -m benchmarks.floor dot DIR N OUT     write N flowcharts of the register as one DOT file

The DOT file is then fed to a single `dot` process: the batched-Graphviz floor for charts.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def parse_all(folder: Path) -> int:
    import ryml

    tree = ryml.Tree()
    count = 0
    for path in sorted(folder.rglob("*.yaml")):
        tree.clear()
        tree.clear_arena()
        ryml.parse_in_arena(path.read_bytes(), tree)
        count += 1
    return count


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def charts(folder: Path, count: int) -> str:
    """`count` flowcharts, one digraph per power: a box per step with its post, diamonds for
    decisions, dashed return edges, as the render command draws them."""
    graphs: list[str] = []
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted(folder.rglob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        for index, power in enumerate(data.get("powers") or []):
            if len(graphs) >= count:
                return "\n".join(graphs)
            lines = [f"digraph p{len(graphs)} {{", "  rankdir=TB;",
                     '  node [fontname="Noto Sans CJK SC", shape=box, style=rounded];',
                     f"  label={_quote(str(power.get('name', index)))};"]
            for step in power.get("flow") or []:
                shape = "diamond" if step.get("kind") == "decision" else "box"
                label = f"{step.get('name', '')}\\n{step.get('post', '')}"
                lines.append(f"  {_quote(str(step['id']))} [shape={shape}, label={_quote(label)}];")
                for edge in step.get("next") or []:
                    style = ", style=dashed" if edge.get("kind") == "return" else ""
                    lines.append(f"  {_quote(str(step['id']))} -> {_quote(str(edge['to']))}"
                                 f" [label={_quote(str(edge.get('label', '')))}{style}];")
            lines.append("}")
            graphs.append("\n".join(lines))
    return "\n".join(graphs)


def main(argv: list[str]) -> int:
    if argv[:1] == ["ryml"] and len(argv) == 2:
        parse_all(Path(argv[1]))
        return 0
    if argv[:1] == ["dot"] and len(argv) == 4:
        Path(argv[3]).write_text(charts(Path(argv[1]), int(argv[2])), encoding="utf-8")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
