"""`sixpowers.toml`: the register's name, jurisdiction, vocabulary extensions and tool settings."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .findings import UsageError
from .vocab import TypeVocabulary

CONFIG_NAME = "sixpowers.toml"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegisterInfo(_Section):
    name: str = Field(default="", title="清单名称")
    jurisdiction: str = Field(default="", title="行政区划")
    area_code: str | None = Field(default=None, title="行政区划代码", pattern=r"^\d{6}(\d{6})?$")
    level: Literal["省级", "市级", "县级", "乡级"] | None = Field(default=None, title="层级")
    kind: Literal["government", "party"] = Field(default="government", title="类别")
    version: str | None = Field(default=None, title="版本")
    date: dt.date | None = Field(default=None, title="日期")
    language: Literal["zh", "en"] = Field(default="zh", title="语言")


class VocabConfig(_Section):
    types: dict[str, str] = Field(default_factory=dict, title="扩展事项类型及代码")
    type_aliases: dict[str, str] = Field(default_factory=dict, title="事项类型别名")
    risk_colours: dict[str, str] = Field(default_factory=dict, title="风险等级颜色")


class LintConfig(_Section):
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    extend_select: list[str] = Field(default_factory=list)
    severity: dict[str, str] = Field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict)
    baseline: str | None = None
    laws: str | None = None
    catalogue: str | None = None
    fail_on: Literal["error", "warning", "info"] = "warning"


class LimitsConfig(_Section):
    max_file_bytes: int = Field(default=64 * 1024 * 1024, ge=1)
    max_depth: int = Field(default=64, ge=4)
    max_aliases: int = Field(default=200, ge=0)
    max_cells: int = Field(default=5_000_000, ge=1)


class Config(_Section):
    """The whole `sixpowers.toml`. `[register]` is read into `info`."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    info: RegisterInfo = Field(default_factory=RegisterInfo, alias="register")
    vocab: VocabConfig = Field(default_factory=VocabConfig)
    lint: LintConfig = Field(default_factory=LintConfig)
    limits: LimitsConfig = Field(default_factory=LimitsConfig)
    render: dict[str, object] = Field(default_factory=dict)
    publish: dict[str, object] = Field(default_factory=dict)
    monitor: dict[str, object] = Field(default_factory=dict)

    def type_vocabulary(self) -> TypeVocabulary:
        return TypeVocabulary.build(self.info.kind, self.vocab.types, self.vocab.type_aliases)


def find_config(start: Path) -> Path | None:
    """The nearest `sixpowers.toml` at or above `start`."""
    here = start if start.is_dir() else start.parent
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(path: Path | None) -> Config:
    """Read and check a `sixpowers.toml`; a broken one stops the run (exit 2)."""
    if path is None:
        return Config()
    try:
        raw = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: 无法读取配置文件：{exc}", f"{path}: cannot read config: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: 配置文件语法错误：{exc}", f"{path}: config syntax error: {exc}") from exc
    try:
        return Config.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise UsageError(
            f"{path}: 配置项 {where} 无效：{first['msg']}（共 {exc.error_count()} 处）",
            f"{path}: invalid config value at {where}: {first['msg']} ({exc.error_count()} in all)",
        ) from exc
