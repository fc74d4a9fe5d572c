"""The one problem type every stage emits, and the exit codes it leads to."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class Severity(enum.IntEnum):
    """How serious a finding is; higher is worse."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @property
    def label_zh(self) -> str:
        return {Severity.INFO: "提示", Severity.WARNING: "警告", Severity.ERROR: "错误"}[self]

    @classmethod
    def parse(cls, text: str) -> Severity:
        key = text.strip().lower()
        aliases = {"error": cls.ERROR, "错误": cls.ERROR, "warning": cls.WARNING,
                   "warn": cls.WARNING, "警告": cls.WARNING, "info": cls.INFO, "提示": cls.INFO}
        if key not in aliases:
            raise ValueError(text)
        return aliases[key]


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points: a text file position, a sheet cell, or both via a pointer."""

    file: str
    line: int | None = None
    column: int | None = None
    pointer: str = ""
    sheet: str | None = None
    cell: str | None = None
    row: int | None = None

    def short(self) -> str:
        """`file:line:col` or `file[sheet]!D7` as people and editors read it."""
        if self.sheet is not None:
            where = f"{self.file}[{self.sheet}]"
            if self.cell:
                where += f"!{self.cell}"
            elif self.row is not None:
                where += f"!{self.row}"
            return where
        if self.line is None:
            return self.file
        if self.column is None:
            return f"{self.file}:{self.line}"
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, with a stable code, a message in both languages and a location."""

    code: str
    name: str
    severity: Severity
    message: str
    location: Location
    power: str | None = None
    hint: str | None = None
    message_en: str = ""
    hint_en: str | None = None
    legal_basis: str | None = None
    suppressed_reason: str | None = field(default=None, compare=False)

    def localized(self, lang: str) -> Finding:
        """The finding with `message`/`hint` in `lang` ("zh" or "en")."""
        if lang == "en" and self.message_en:
            return replace(self, message=self.message_en, hint=self.hint_en or self.hint)
        return self

    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location
        return (loc.file, loc.line or loc.row or 0, loc.column or 0, self.code, self.message)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in file, line, column, code order: the order every reporter shows."""
    return sorted(findings, key=Finding.sort_key)


def exit_code_for(findings: Sequence[Finding], fail_on: Severity = Severity.WARNING) -> int:
    """1 when any unsuppressed finding is at or above `fail_on`, else 0."""
    worst = [f for f in findings if f.suppressed_reason is None and f.severity >= fail_on]
    return EXIT_FINDINGS if worst else EXIT_OK


class UsageError(Exception):
    """A problem that stops the run (missing file, unreadable config); maps to exit code 2."""

    def __init__(self, message: str, message_en: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en or message

    def text(self, lang: str) -> str:
        return self.message_en if lang == "en" else self.message
