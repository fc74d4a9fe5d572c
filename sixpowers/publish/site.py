"""Write the static HTML site: index with filters and search, one page per power with its
charts, a statistics page, the static assets and the data files the index page loads."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from ..compare import Comparison
from ..compare.page import comparison_context
from ..fsutil import copy_staged, write_staged_bytes
from ..register import Register
from .charts import chart_options, chart_svgs, charts_available, risk_views
from .context import DepartmentGroup, PowerEntry, SiteContext, build_site_context, index_rows
from .lists import build_lists_context
from .page import Chart, build_power_page
from .search import build_search_index, js_assignment, js_literal, search_texts
from .strings import SCRIPT_KEYS, ui_strings
from .templating import make_environment, static_files, template_folders

# Everything comes from the site's own folder: no remote script, style, font, image or request.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self'; connect-src 'none'; base-uri 'none'; "
       "form-action 'none'; object-src 'none'")
FIRST_ROWS = 50

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PublishSummary:
    """What a publish wrote."""

    powers: int
    pages: int
    charts: int
    files: int


def write_file(folder: Path, relative: str, content: str | bytes) -> None:
    """Write `content` under `folder` (a staging folder), refusing any name that would leave
    it."""
    path = (folder / relative).resolve()
    if not path.is_relative_to(folder.resolve()):
        raise ValueError(f"refusing to write outside the site: {relative!r}")
    write_staged_bytes(path, content.encode("utf-8") if isinstance(content, str) else content)


def _render(env: jinja2.Environment, name: str, values: Mapping[str, Any]) -> str:
    return env.get_template(name).render(**values)


def write_html_site(register: Register, folder: Path, lang: str = "zh", *,
                    charts: bool = True, progress: Progress | None = None,
                    comparison: Comparison | None = None) -> PublishSummary:
    """Write the whole site into `folder` (an empty staging folder); with a `comparison`, also
    `compare.html` (the register beside others of its level, `sixpowers publish --compare`)."""
    context = build_site_context(register, lang)
    t = ui_strings(lang)
    folders = template_folders(register.root)
    env = make_environment(folders)
    site_title = context.title or t["site_default_title"]
    base: dict[str, Any] = {"t": t, "csp": Markup(CSP), "site": _SiteView.of(context, site_title),
                            "has_compare": comparison is not None}
    files = 0
    if comparison is not None:
        write_file(folder, "compare.html", _render(env, "comparison.html.j2", {
            **base, "root": "", "current": "compare", **comparison_context(comparison, lang)}))
        files += 1
    for name, source in static_files(folders).items():
        copy_staged(source, folder / "static" / name)
        files += 1
    write_file(folder, "data/powers.js", js_assignment("SP_POWERS", index_rows(context)))
    write_file(folder, "data/search.js", js_assignment("SP_SEARCH", build_search_index(
        search_texts(e.code, e.title, e.type) for e in context.entries)))
    write_file(folder, "index.html", _render(env, "index.html.j2", {
        **base, "root": "", "current": "index", "first": context.entries[:FIRST_ROWS],
        "facets": _facets(context, t),
        "script_strings": Markup(js_literal({k: t[k] for k in SCRIPT_KEYS}))}))
    lists = build_lists_context(register, [g.name for g in context.departments])
    kinds = [{"name": "主要职责", "label": t["main_duties"], "details": None},
             {"name": "事中事后监管", "label": t["supervision_duties"], "details": t["rules"]},
             {"name": "职责边界", "label": t["shared_duties"], "details": t["boundary"]}]
    write_file(folder, "responsibilities.html", _render(env, "responsibilities.html.j2", {
        **base, "root": "", "current": "responsibilities", "lists": lists, "kinds": kinds}))
    write_file(folder, "negative.html", _render(env, "negative.html.j2", {
        **base, "root": "", "current": "negative", "lists": lists}))
    write_file(folder, "stats.html", _render(env, "stats.html.j2", {
        **base, "root": "", "current": "stats", "lists": lists,
        "list_columns": [("主要职责", t["main_duties"]), ("事中事后监管", t["supervision_duties"]),
                         ("职责边界", t["shared_duties"]), ("负面清单", t["negative_list"])],
        "groups": [("type", t["by_type"], context.by_type),
                   ("department", t["by_department"], context.by_department),
                   ("status", t["by_status"], context.by_status)],
        "heads": {"type": t["type"], "department": t["department"], "status": t["status"]}}))
    files += 6
    drawn: set[int] = set()
    with_charts = charts and charts_available()
    options = chart_options(register) if with_charts else None
    if with_charts:
        for entry, kind, svg in chart_svgs(context.entries, register, progress):
            write_file(folder, f"charts/{entry.stem}-{kind}.svg", svg)
            drawn.add(entry.id)
            files += 1
    template = env.get_template("power.html.j2")
    total = len(context.entries)
    for done, entry in enumerate(context.entries, 1):
        page = build_power_page(entry, t, risk_views(entry, options))
        if entry.id in drawn:
            page.charts = [
                Chart(kind, t[label], f"../charts/{entry.stem}-{kind}.svg",
                      t["chart_alt"].format(chart=t[label], title=entry.title))
                for kind, label in (("flow", "flow_chart"), ("risk", "risk_chart"))]
        write_file(folder, entry.page, template.render(
            **base, root="../", current="power", page=page))
        if progress:
            progress(done, total)
    return PublishSummary(total, total + 4 + (comparison is not None), 2 * len(drawn), files + total)


@dataclass(frozen=True, slots=True)
class _SiteView:
    """The site-wide values every page shows."""

    title: str
    jurisdiction: str
    version: str
    entries: list[PowerEntry]
    departments: list[DepartmentGroup]

    @classmethod
    def of(cls, context: SiteContext, title: str) -> _SiteView:
        return cls(title, context.jurisdiction, context.version, context.entries,
                   context.departments)


def _facets(context: SiteContext, t: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
        {"key": "department", "label": t["department"],
         "options": [g.name for g in context.departments], "collate": True},
        {"key": "type", "label": t["type"], "options": context.types, "collate": False},
        {"key": "status", "label": t["status"], "options": context.statuses, "collate": False},
        {"key": "level", "label": t["level"], "options": context.levels, "collate": False},
    ]
