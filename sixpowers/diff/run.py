"""From two side specs on the command line to a `RegisterDiff`, grounds checked on request."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..findings import UsageError, sort_findings
from .check import check_grounds
from .compare import diff_registers
from .model import RegisterDiff
from .sides import is_revision, load_side, working_tree_for


def diff_specs(old: str, new: str | None, cwd: Path, config_path: Path | None = None,
               check: bool = False, lang: str = "zh",
               progress: Callable[[int, int], None] | None = None) -> RegisterDiff:
    """Load both sides (files, folders or git revisions) and compare them. Without `new`, a
    revision is compared with the working tree (`sixpowers diff HEAD~3`)."""
    label_new = new or ""
    if new is None:
        label_new = "工作区" if lang != "en" else "working tree"
        if not is_revision(old, cwd):
            raise UsageError("只给出一个参数时，它必须是 git 版本（与工作区比较）",
                             "with one argument it must be a git revision (compared with the "
                             "working tree)")
        new = working_tree_for(old, cwd)
    old_side = load_side(old, cwd, config_path, progress)
    new_side = load_side(new, cwd, config_path, progress)
    diff = diff_registers(old_side.register, new_side.register, old, label_new)
    if check:
        diff = replace(diff, findings=tuple(sort_findings(check_grounds(diff, new_side.register))))
    return diff
