"""The comparison as one HTML page (`--format html`; publish can place it in a site): the same
tables as the terminal, laid out by `templates/compare/compare.html.j2`, autoescaped."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

import jinja2

import sixpowers

from . import Comparison
from .report import HEAD, table_rows

TEMPLATE = "compare/compare.html.j2"


def template_dir() -> Path:
    """Installed templates (`sixpowers/_data/templates`) or the repository's `templates/`."""
    installed = Path(sixpowers.__file__).parent / "_data" / "templates"
    return installed if installed.is_dir() else Path(sixpowers.__file__).parent.parent / "templates"


def comparison_context(comparison: Comparison, lang: str = "zh") -> dict[str, Any]:
    tables = []
    for title, rows, header in table_rows(comparison, lang):
        numeric = [bool(rows) and all(r[i].isdigit() or not r[i] for r in rows) for i in range(len(header))]
        tables.append({"title": title, "rows": rows, "header": header,
                       "classes": ["n" if n else "" for n in numeric]})
    return {"lang": lang, "title": "清单比较" if lang != "en" else "Register comparison",
            "registers": comparison.labels, "tables": tables, "none": HEAD[lang][10]}


def render_comparison_html(comparison: Comparison, lang: str = "zh", templates: Path | None = None) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates or template_dir())),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    return env.get_template(TEMPLATE).render(**comparison_context(comparison, lang))


def report_comparison_html(comparison: Comparison, out: TextIO, lang: str = "zh") -> None:
    out.write(render_comparison_html(comparison, lang))
