"""The traffic-light dashboard (超时亮红灯): a static page of aggregates, no external resources.

`dashboard_context` shapes the summary into plain values (bars already measured);
`render_dashboard` lays them out with the Jinja template `templates/monitor/dashboard.html.j2`;
`write_dashboard` writes the folder atomically. `sixpowers publish` can call the first two to put
the page into a published site. Only counts reach the page: never a person id, never a case id.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

import sixpowers

from ..fsutil import atomic_directory, write_staged_text
from ..register import Register
from .stats import Lights, MonitorSummary

TEMPLATE = "monitor/dashboard.html.j2"
CHART_HEIGHT = 120
BAR_WIDTH = 26
BAR_GAP = 10

LABELS = {
    "SP800": ("无法使用的记录", "unusable events"),
    "SP801": ("清单外事项", "powers not in the register"),
    "SP802": ("已取消、下放的事项", "powers no longer held"),
    "SP812": ("列入清单前办理", "powers exercised before listing"),
    "SP803": ("流程图外的环节", "steps not in the flow"),
    "SP804": ("跳过环节", "skipped steps"),
    "SP805": ("环节顺序不符", "steps out of order"),
    "SP806": ("环节超时", "overdue steps"),
    "SP807": ("超过承诺时限", "past the committed limit"),
    "SP808": ("超过法定时限", "past the statutory limit"),
    "SP809": ("审查与决定同一人", "one person reviews and decides"),
    "SP810": ("承办与监督同一人", "one person handles and supervises"),
}

TEXTS = {
    "heading": ("权力运行监督看板", "Case supervision dashboard"),
    "as_of": ("统计截至", "As of"),
    "events": ("办件记录", "events"),
    "cases": ("案件", "cases"),
    "open": ("在办", "open"),
    "red": ("红灯：已超时", "red: overdue"),
    "yellow": ("黄灯：{n} 个工作日内到期", "yellow: due within {n} working days"),
    "green": ("绿灯：按时", "green: on time"),
    "by_department": ("各部门按受理月份", "By department and month of acceptance"),
    "by_power": ("各事项", "By power"),
    "trend": ("逐月", "By month"),
    "violations": ("发现的问题", "Problems found"),
    "department": ("部门", "Department"),
    "code": ("事项编码", "Code"),
    "power": ("事项名称", "Power"),
    "lights": ("红 / 黄 / 绿", "Red / yellow / green"),
    "mean": ("平均用时", "Mean time"),
    "limit": ("时限", "Limit"),
    "problems": ("问题", "Problems"),
    "rule": ("编号", "Code"),
    "count": ("次数", "Count"),
    "none": ("未发现问题。", "No problems found."),
    "privacy": ("本页只显示汇总数字，不含经办人和案件信息；逐案问题见监督人员的问题报告。",
                "This page shows totals only, never people or cases; reviewers get the "
                "case-by-case findings."),
    "days": ("工作日", "working days"),
    "natural_days": ("天", "days"),
}


def template_dir() -> Path:
    """Installed templates (`sixpowers/_data/templates`) or the repository's `templates/`."""
    installed = Path(sixpowers.__file__).parent / "_data" / "templates"
    return installed if installed.is_dir() else Path(sixpowers.__file__).parent.parent / "templates"


def _share(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def _lights(lights: Lights) -> dict[str, Any]:
    return {"red": lights.red, "yellow": lights.yellow, "green": lights.green,
            "total": lights.total, "red_pct": _share(lights.red, lights.total),
            "yellow_pct": _share(lights.yellow, lights.total),
            "green_pct": _share(lights.green, lights.total)}


def _chart(months: list[str], by_month: dict[str, Lights], chart_height: int = CHART_HEIGHT,
           bar_width: int = BAR_WIDTH, gap: int = BAR_GAP) -> dict[str, Any]:
    """Stacked monthly bars as SVG rectangles (green at the bottom, red on top)."""
    peak = max((by_month[m].total for m in months if m in by_month), default=0) or 1
    bars = []
    for index, month in enumerate(months):
        lights = by_month.get(month, Lights())
        x = gap + index * (bar_width + gap)
        y = float(chart_height)
        rects = []
        for colour, count in (("green", lights.green), ("yellow", lights.yellow), ("red", lights.red)):
            height = chart_height * count / peak
            y -= height
            if count:
                rects.append({"colour": colour, "y": round(y, 2), "height": round(height, 2)})
        bars.append({"x": x, "month": month, "label": month[5:], "lights": _lights(lights),
                     "rects": rects})
    return {"width": gap + len(months) * (bar_width + gap), "height": chart_height,
            "bar_width": bar_width, "peak": peak, "bars": bars}


def dashboard_context(summary: MonitorSummary, register: Register | None = None,
                      lang: str = "zh") -> dict[str, Any]:
    """Everything the dashboard template shows, sorted and measured, in `lang`."""
    info = register.config.info if register else None
    name = (info.name if info and info.name else "") or ("权力清单" if lang != "en" else "Power register")
    pick = 1 if lang == "en" else 0
    departments = sorted(summary.departments, key=lambda d: (-d.lights.red, d.name))
    powers = sorted(summary.powers, key=lambda p: (-p.lights.red, -p.lights.total, p.code))
    texts = {key: pair[pick] for key, pair in TEXTS.items()}
    texts["yellow"] = texts["yellow"].format(n=summary.warn_days)
    return {
        "lang": lang,
        "t": texts,
        "title": f"{name} · {'Case supervision' if lang == 'en' else '权力运行监督看板'}",
        "register": name,
        "as_of": summary.as_of.isoformat() if summary.as_of else "",
        "warn_days": summary.warn_days,
        "events": summary.events,
        "cases": summary.lights.total,
        "open": summary.open,
        "lights": _lights(summary.lights),
        "months": summary.months,
        "departments": [{"name": d.name, "open": d.open, "lights": _lights(d.lights),
                         "chart": _chart(summary.months, d.months)} for d in departments],
        "powers": [{"department": p.department, "code": p.code, "title": p.title,
                    "open": p.open, "lights": _lights(p.lights), "violations": p.violations,
                    "mean_days": round(p.mean_days, 1), "limit": p.limit,
                    "unit": p.unit, "chart": _chart(summary.months, p.months, 24, 6, 2)}
                   for p in powers],
        "violations": [{"code": code, "label": LABELS[code][pick], "count": count}
                       for code, count in summary.violations.items() if code in LABELS],
    }


def render_dashboard(context: dict[str, Any], templates: Path | None = None) -> str:
    """The page as HTML text (autoescaped, strict about missing values)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates or template_dir())),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    return env.get_template(TEMPLATE).render(**context)


def write_dashboard(out_dir: Path, summary: MonitorSummary, register: Register | None = None,
                    lang: str = "zh") -> Path:
    """Write `out_dir/index.html` atomically (the whole folder is swapped into place)."""
    html = render_dashboard(dashboard_context(summary, register, lang))
    with atomic_directory(out_dir) as staging:
        write_staged_text(staging / "index.html", html)
    return out_dir / "index.html"
