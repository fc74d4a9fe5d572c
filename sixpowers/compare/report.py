"""The comparison as Rich tables (terminal), Markdown (escaped tables) and JSON."""

from __future__ import annotations

import json
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import Comparison

HEAD = {
    "zh": ("各部门事项数", "清单", "部门", "合计", "部分清单有、部分清单没有的事项", "事项", "类型",
           "同一编码名称不同", "编码", "各清单均有相同事项", "无", "各清单事项数（按类型）", "构成"),
    "en": ("Powers per department", "register", "department", "total",
           "Powers some registers hold and others do not", "power", "type",
           "Names that differ for the same code", "code", "every register holds the same powers", "none",
           "Powers by type per register", "by type"),
}


def table_rows(comparison: Comparison, lang: str) -> list[tuple[str, list[list[str]], list[str]]]:
    """(title, rows, header) for each table, as plain strings."""
    h = HEAD[lang]
    sep = " · " if lang == "zh" else ", "
    by_type = [[t, *[str(sum(d.counts.get(t, 0) for d in comparison.departments if d.register == i))
                     for i in range(len(comparison.labels))]] for t in comparison.types]
    by_type.append([h[3], *[str(sum(d.total for d in comparison.departments if d.register == i))
                            for i in range(len(comparison.labels))]])
    counts = [[comparison.labels[d.register], d.department, str(d.total),
               sep.join(f"{t} {d.counts[t]}" for t in comparison.types if d.counts.get(t))]
              for d in comparison.departments]
    partial = [[g.title, g.type, *["✓" if i in g.names else "—" for i in range(len(comparison.labels))]]
               for g in comparison.partial()]
    codes = [[c.code, *[c.names.get(i, "—") for i in range(len(comparison.labels))]]
             for c in comparison.code_names]
    return [
        (h[11], by_type, [h[6], *comparison.labels]),
        (h[0], counts, [h[1], h[2], h[3], h[12]]),
        (h[4], partial, [h[5], h[6], *comparison.labels]),
        (h[7], codes, [h[8], *comparison.labels]),
    ]


def report_comparison_text(comparison: Comparison, out: TextIO, lang: str = "zh",
                           width: int | None = None) -> None:
    """Rich tables; Rich measures CJK characters as two cells."""
    console = Console(file=out, width=width, highlight=False, emoji=False)
    for title, rows, header in table_rows(comparison, lang):
        if not rows:
            console.print(f"{escape(title)}：{HEAD[lang][10]}" if lang == "zh" else f"{escape(title)}: none")
            continue
        table = Table(title=escape(title), title_justify="left")
        for column in header:
            table.add_column(escape(column), overflow="fold")
        for row in rows:
            table.add_row(*(escape(cell) for cell in row))
        console.print(table)


def _md(cell: str) -> str:
    text = " ".join(cell.split())
    for ch in "\\|*_`[]<>#":
        text = text.replace(ch, "\\" + ch)
    return text or " "


def report_comparison_markdown(comparison: Comparison, out: TextIO, lang: str = "zh") -> None:
    """Markdown tables with register text escaped (pipes, emphasis, HTML)."""
    for title, rows, header in table_rows(comparison, lang):
        out.write(f"## {_md(title)}\n\n")
        if not rows:
            out.write(f"{HEAD[lang][10]}\n\n")
            continue
        out.write("| " + " | ".join(_md(c) for c in header) + " |\n")
        out.write("|" + "---|" * len(header) + "\n")
        for row in rows:
            out.write("| " + " | ".join(_md(c) for c in row) + " |\n")
        out.write("\n")


def comparison_data(comparison: Comparison) -> dict[str, object]:
    labels = comparison.labels
    return {
        "registers": labels,
        "types": comparison.types,
        "departments": [{"register": labels[d.register], "department": d.department,
                         "counts": d.counts, "total": d.total} for d in comparison.departments],
        "partial": [{"name": g.title, "type": g.type,
                     "held_by": [labels[i] for i in sorted(g.names)],
                     "names": {labels[i]: n for i, n in sorted(g.names.items())},
                     "codes": {labels[i]: c for i, c in sorted(g.codes.items())}}
                    for g in comparison.partial()],
        "code_names": [{"code": c.code, "names": {labels[i]: n for i, n in sorted(c.names.items())}}
                       for c in comparison.code_names],
    }


def report_comparison_json(comparison: Comparison, out: TextIO, lang: str = "zh") -> None:
    json.dump(comparison_data(comparison), out, ensure_ascii=False, indent=2)
    out.write("\n")


def _html(comparison: Comparison, out: TextIO, lang: str = "zh") -> None:
    from .page import report_comparison_html
    report_comparison_html(comparison, out, lang)


COMPARE_FORMATS = {"text": report_comparison_text, "markdown": report_comparison_markdown,
                   "json": report_comparison_json, "html": _html}
