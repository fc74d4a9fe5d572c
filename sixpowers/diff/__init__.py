"""Semantic comparison of two registers (`sixpowers diff`): powers matched by key, field-level
changes in readable Chinese, the before → after summary, and the 增减有据 check."""

from __future__ import annotations

from .check import check_grounds
from .compare import diff_registers
from .model import FieldChange, ListChange, PowerChange, PowerRef, RegisterDiff
from .sides import Side, load_side

__all__ = ["FieldChange", "ListChange", "PowerChange", "PowerRef", "RegisterDiff", "Side",
           "check_grounds", "diff_registers", "load_side"]
