"""What a rule sees and what it yields. Rules know nothing of config, files on disk or
positions: they read the register and yield `Violation`s that name a JSON pointer."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Protocol

from ..findings import Severity
from ..laws import Laws
from ..model import Power
from ..register import Register, RegisterFile
from ..vocab import TypeVocabulary

if TYPE_CHECKING:
    from ..matching.catalogue import Catalogue

# Statuses under which a power is still exercised by this department.
ACTIVE_STATUSES = frozenset({"保留", "新增", "整合", "委托"})

SECTIONS = ("## 检查什么", "## 为什么", "## 法律依据", "## 示例", "## 改为")


@dataclass(frozen=True, slots=True)
class Fix:
    """A safe replacement of one scalar value, named by its pointer."""

    pointer: str
    value: str


@dataclass(frozen=True, slots=True)
class Violation:
    """One breach of a rule, before the engine gives it a code, severity and position."""

    file: str
    pointer: str
    message: str
    message_en: str
    hint: str | None = None
    hint_en: str | None = None
    power: str | None = None
    fix: Fix | None = None


@dataclass(frozen=True)
class Context:
    """The register under lint with the data the rules consult (laws, type vocabulary)."""

    register: Register
    laws: Laws
    vocab: TypeVocabulary
    kind: str = "government"
    catalogue: Catalogue | None = None  # the reference catalogue ([lint] catalogue, --catalogue)


class Rule(Protocol):
    """The shape of a rule module (checked by the docs test, not at runtime)."""

    CODE: str
    NAME: str
    SEVERITY: Severity
    LEGAL_BASIS: str

    def check(self, ctx: Context) -> Iterator[Violation]: ...


PowerCheck = Callable[[Context, RegisterFile, str, Power], Iterator[Violation]]


def per_power(check: PowerCheck, *, active_only: bool = True) -> Callable[[Context], Iterator[Violation]]:
    """A register-wide `check` built from a check of one power."""

    def run(ctx: Context) -> Iterator[Violation]:
        for file, pointer, power in ctx.register.powers():
            if active_only and power.status.value not in ACTIVE_STATUSES:
                continue
            yield from check(ctx, file, pointer, power)

    return run


def violation(file: RegisterFile, pointer: str, power: Power | None, message: str,
              message_en: str, hint: str | None = None, hint_en: str | None = None,
              fix: Fix | None = None) -> Violation:
    return Violation(file.path, pointer, message, message_en, hint, hint_en,
                     power.key if power else None, fix)


def is_government_type(ctx: Context, power: Power, *types: str) -> bool:
    """True when the power's canonical type is one of `types`."""
    return ctx.vocab.canonical(power.type) in types


def attributes(module: ModuleType) -> tuple[str, str, Severity]:
    return module.CODE, module.NAME, module.SEVERITY


KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
