"""Helpers for the responsibility-list rules: departments matched by name, shared duties matched
across department files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import SharedDuty
from ..register import Register, RegisterFile

_NOISE = re.compile(r"[\s，,。.、；;：:“”\"'‘’《》〈〉（）()【】\[\]—\-·]")


def normal(text: str) -> str:
    """Text without spaces and punctuation, for comparing names."""
    return _NOISE.sub("", text)


@dataclass(frozen=True)
class Shared:
    """One shared duty of one department file, with its pointer."""

    file: RegisterFile
    department: str
    pointer: str
    duty: SharedDuty

    def names(self, department: str) -> bool:
        """True when the duty lists `department` among the departments it is shared with."""
        return any(normal(d) == normal(department) for d in self.duty.with_departments)

    def with_pointer(self, department: str) -> str:
        for j, name in enumerate(self.duty.with_departments):
            if normal(name) == normal(department):
                return f"{self.pointer}/with_departments/{j}"
        return f"{self.pointer}/with_departments"


def shared_duties(register: Register) -> Iterator[Shared]:
    """Every shared duty of the register in file order."""
    for file in register.files:
        if file.model is None or file.model.responsibilities is None:
            continue
        department = file.model.department.name
        for i, duty in enumerate(file.model.responsibilities.shared):
            yield Shared(file, department, f"/responsibilities/shared/{i}", duty)


def departments(register: Register) -> dict[str, str]:
    """Normalised department name → the name as written, for departments with a file."""
    return {normal(f.model.department.name): f.model.department.name
            for f in register.files if f.model is not None}


def counterpart(duty: Shared, other: str, all_duties: list[Shared]) -> Shared | None:
    """The other department's record of the same shared duty (same name once normalised)."""
    for candidate in all_duties:
        if normal(candidate.department) == normal(other) and \
                normal(candidate.duty.name) == normal(duty.duty.name):
            return candidate
    return None
