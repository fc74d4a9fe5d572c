"""The register as Markdown for wikis and git hosts: `README.md` with the departments, and one
file per department with its powers in a table. Register text is escaped so it can neither
break a table nor turn into markup, links or HTML."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..compare import Comparison
from ..compare.report import report_comparison_markdown
from ..register import Register
from .context import build_site_context
from .lists import build_lists_context
from .site import PublishSummary, write_file
from .strings import ui_strings
from .templating import make_environment, template_folders

_NEWLINES = re.compile(r"\r\n|[\r\n\u2028\u2029\x85\v\f]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MARKUP = re.compile(r"([\\`*_\[\]{}()#+!|~$])")


def escape_md(text: object) -> str:
    """Text safe in a Markdown table cell or heading: HTML special characters as entities,
    Markdown punctuation and `|` backslash-escaped, line breaks as `<br>`."""
    value = _CONTROL.sub("", str(text)).replace("\t", " ")
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _MARKUP.sub(r"\\\1", value)
    return _NEWLINES.sub("<br>", value)


def md_link(file_name: str) -> str:
    """A relative link target for a file name (percent-encoded, so CJK and spaces work)."""
    return quote(file_name)


def write_markdown(register: Register, folder: Path, lang: str = "zh",
                   comparison: Comparison | None = None) -> PublishSummary:
    """Write `README.md` and one `<department>.md` per department into `folder`; with a
    `comparison`, also `compare.md`."""
    context = build_site_context(register, lang)
    t = ui_strings(lang)
    env = make_environment(template_folders(register.root))
    env.filters["md"] = escape_md
    title = context.title or t["site_default_title"]
    base: Mapping[str, Any] = {"t": t, "title": title, "site": context}
    lists = {d.name: d for d in build_lists_context(register).departments}
    departments: list[dict[str, Any]] = [{"name": g.name, "file": f"{g.stem}.md", "link": md_link(f"{g.stem}.md"),
                    "count": len(g.entries), "entries": g.entries, "lists": lists.get(g.name)}
                   for g in context.departments]
    write_file(folder, "README.md", env.get_template("index.md.j2").render(
        **base, departments=departments))
    template = env.get_template("department.md.j2")
    for department in departments:
        write_file(folder, department["file"], template.render(**base, department=department))
    extra = 0
    if comparison is not None:
        text = io.StringIO()
        report_comparison_markdown(comparison, text, lang)
        write_file(folder, "compare.md", text.getvalue())
        extra = 1
    return PublishSummary(len(context.entries), len(departments) + 1 + extra, 0,
                          len(departments) + 1 + extra)
