"""Chart options: lanes, risk colours (三色预警) and the font family, from `sixpowers.toml`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from ..config import Config
from ..findings import UsageError

FONT_FAMILY = ("Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Microsoft YaHei, "
               "SimHei, sans-serif")
RISK_LEVELS = ("高", "中", "低")
LEVEL_NAMES = {"高": "高风险（一级）", "中": "中风险（二级）", "低": "低风险（三级）"}
DEFAULT_RISK_COLOURS = (("高", "红"), ("中", "黄"), ("低", "蓝"))
Lanes = Literal["none", "post", "unit"]
ChartKind = Literal["flow", "risk"]

# Colour words used in 三色预警 charts, and their fills.
NAMED_COLOURS = {
    "红": "#d32f2f", "红色": "#d32f2f", "red": "#d32f2f",
    "橙": "#f57c00", "橙色": "#f57c00", "orange": "#f57c00",
    "黄": "#fbc02d", "黄色": "#fbc02d", "yellow": "#fbc02d",
    "蓝": "#1e88e5", "蓝色": "#1e88e5", "blue": "#1e88e5",
    "绿": "#43a047", "绿色": "#43a047", "green": "#43a047",
    "紫": "#8e24aa", "紫色": "#8e24aa", "purple": "#8e24aa",
    "灰": "#757575", "灰色": "#757575", "grey": "#757575", "gray": "#757575",
}
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


@dataclass(frozen=True, slots=True)
class Colour:
    """A fill with the text colour that reads on it."""

    fill: str
    font: str


def parse_colour(value: str) -> Colour:
    """A colour word (红, 黄, blue …) or `#rgb`/`#rrggbb` as a fill and a readable text colour."""
    text = value.strip()
    fill = NAMED_COLOURS.get(text.lower(), text if _HEX.match(text) else "")
    if not fill:
        raise ValueError(value)
    if len(fill) == 4:
        fill = "#" + "".join(c * 2 for c in fill[1:])
    fill = fill.lower()
    red, green, blue = (int(fill[i:i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return Colour(fill, "#000000" if luminance > 140 else "#ffffff")


@dataclass(frozen=True, slots=True)
class ChartOptions:
    """How charts are drawn. `risk_colours` maps a risk level (高/中/低) to a colour word or hex."""

    lanes: Lanes = "none"
    risk_colours: tuple[tuple[str, str], ...] = DEFAULT_RISK_COLOURS
    font: str = FONT_FAMILY
    font_size: float = 12.0
    wrap_em: float = 12.0
    fallback_phone: str | None = None

    def __post_init__(self) -> None:
        if self.lanes not in ("none", "post", "unit"):
            raise UsageError(f"不支持的泳道方式 {self.lanes!r}，可选 none、post、unit",
                             f"unsupported lanes {self.lanes!r}: none, post or unit")
        for level, colour in self.risk_colours:
            try:
                parse_colour(colour)
            except ValueError:
                raise UsageError(
                    f"无法识别风险等级“{level}”的颜色 {colour!r}（可用红、橙、黄、蓝、绿或 #rrggbb）",
                    f"unknown colour {colour!r} for risk level {level!r} (use a colour word or #rrggbb)",
                ) from None

    def colour(self, level: str) -> Colour:
        """The colour of a risk level; unknown levels are grey."""
        for known, colour in self.risk_colours:
            if known == level:
                return parse_colour(colour)
        return parse_colour("灰")

    @classmethod
    def from_config(cls, config: Config, lanes: Lanes | None = None) -> ChartOptions:
        """Options from `[vocab] risk_colours`, overridden by `[render] risk_colours`,
        `[render] lanes`, `[render] font` and `[render] wrap`."""
        colours = dict(DEFAULT_RISK_COLOURS)
        colours.update(config.vocab.risk_colours)
        render = config.render
        extra = render.get("risk_colours", {})
        if not isinstance(extra, Mapping):
            raise UsageError("[render] risk_colours 应为“等级 = 颜色”的表",
                             "[render] risk_colours must be a table of level = colour")
        colours.update({str(k): str(v) for k, v in extra.items()})
        chosen = lanes or str(render.get("lanes", "none"))
        font = render.get("font", FONT_FAMILY)
        wrap = render.get("wrap", 12)
        if not isinstance(font, str) or not isinstance(wrap, int | float) or not 4 <= wrap <= 60:
            raise UsageError("[render] font 应为字符串，wrap 应为 4 到 60 之间的数字",
                             "[render] font must be a string and wrap a number from 4 to 60")
        ordered = tuple(sorted(colours.items(), key=lambda kv: (_level_rank(kv[0]), kv[0])))
        return cls(chosen, ordered, font, 12.0, float(wrap))  # type: ignore[arg-type]


def _level_rank(level: str) -> int:
    return RISK_LEVELS.index(level) if level in RISK_LEVELS else len(RISK_LEVELS)


def level_rank(level: str) -> int:
    """0 for 高, 1 for 中, 2 for 低, 3 for anything else."""
    return _level_rank(level)
