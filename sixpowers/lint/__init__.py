"""`sixpowers lint`: governance rules over a loaded register, with ruff-style controls."""

from __future__ import annotations

from .baseline import write_baseline
from .engine import (
    LintOptions,
    LintReport,
    lint_register,
    lint_registers,
    register_paths,
    run_lint,
    statistics,
)
from .fix import FileEdit, plan_fixes, unified_diff, write_edits

__all__ = ["FileEdit", "LintOptions", "LintReport", "lint_register", "lint_registers", "plan_fixes",
           "register_paths", "run_lint", "statistics", "unified_diff", "write_baseline",
           "write_edits"]
