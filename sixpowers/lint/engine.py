"""The lint engine: runs the rules, then alone applies selection, severities, per-file ignores,
inline suppressions, the baseline and positions, and stamps each finding's legal basis."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType

from ..findings import Finding, Location, Severity, sort_findings
from ..laws import Laws, load_laws
from ..matching.catalogue import load_catalogues
from ..register import Register
from ..rules import (
    RULES,
    SUPPRESSION_WITHOUT_REASON,
    UNKNOWN_SUPPRESSION_CODE,
    UNUSED_SUPPRESSION,
)
from ..rules.base import Context, Fix, Violation
from ..sources import Document
from .baseline import apply_baseline, read_baseline
from .selection import Selection
from .suppressions import Suppression, read_suppressions

# Codes of source and schema findings (SP0xx, SP1xx) or their prefixes; SP10xx are rules.
_SOURCE_OR_SCHEMA = re.compile(r"SP[01]\d{0,2}")


@dataclass(frozen=True)
class LintOptions:
    """Command-line choices; config supplies the rest. `select=None` keeps the config's."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    baseline: Path | None = None
    use_baseline: bool = True
    catalogue: Path | None = None


@dataclass
class LintReport:
    """Sorted findings (suppressed ones included, marked) and the safe fixes of active ones."""

    findings: list[Finding]
    fixes: list[tuple[Finding, Fix]] = field(default_factory=list)


def _resolve(register: Register, value: str | None) -> Path | None:
    if not value:
        return None
    path = Path(value)
    return path if path.is_absolute() or register.root is None else register.root / path


def register_paths(register: Register) -> dict[str, str]:
    """Each file's display path → its path relative to the register root (posix)."""
    result = {}
    root = register.root.resolve() if register.root else None
    for file in register.files:
        rel = Path(file.path).as_posix()
        if root is not None:
            with contextlib.suppress(ValueError):  # a file outside the register root
                rel = Path(os.path.abspath(file.path)).relative_to(root).as_posix()
        result[file.path] = rel
    return result


def build_selection(register: Register, options: LintOptions) -> Selection:
    cfg = register.config.lint
    if options.select is not None:
        select = list(options.select)
        where = "--select"
    else:
        select, where = cfg.select, "sixpowers.toml [lint]"
    return Selection.build(select, [*cfg.extend_select, *options.extend_select],
                           [*cfg.ignore, *options.ignore], cfg.severity, cfg.per_file_ignores, where)


def _finding(rule: ModuleType, violation: Violation, documents: dict[str, Document],
             severity: Severity) -> Finding:
    doc = documents.get(violation.file)
    location = doc.locate(violation.pointer) if doc else Location(violation.file, pointer=violation.pointer)
    return Finding(code=rule.CODE, name=rule.NAME, severity=severity, message=violation.message,
                   location=location, power=violation.power, hint=violation.hint,
                   message_en=violation.message_en, hint_en=violation.hint_en,
                   legal_basis=rule.LEGAL_BASIS)


def _meta(rule: ModuleType, path: str, item: Suppression, zh: str, en: str, severity: Severity,
          hint: str, hint_en: str) -> Finding:
    return Finding(rule.CODE, rule.NAME, severity, zh, Location(path, item.line, item.column),
                   hint=hint, message_en=en, hint_en=hint_en, legal_basis=rule.LEGAL_BASIS)


def lint_register(register: Register, options: LintOptions | None = None,
                  laws: Laws | None = None) -> list[Finding]:
    """Validation findings plus every enabled rule's findings, sorted, suppressions marked."""
    return run_lint(register, options, laws).findings


def run_lint(register: Register, options: LintOptions | None = None,
             laws: Laws | None = None) -> LintReport:
    """Lint a loaded register; see `lint_register`. Also returns the safe fixes."""
    options = options or LintOptions()
    selection = build_selection(register, options)
    paths = register_paths(register)
    # The catalogue is read only when a rule that consults it is on (it may be large).
    wanted = any(getattr(r, "CATALOGUE", False) and selection.enabled(c) for c, r in RULES.items())
    catalogue = load_catalogues([options.catalogue, _resolve(register, register.config.lint.catalogue)]
                                if wanted else [])
    ctx = Context(register, laws or load_laws(_resolve(register, register.config.lint.laws)),
                  register.config.type_vocabulary(), register.config.info.kind, catalogue)
    raw: list[tuple[Finding, Fix | None]] = [(f, None) for f in register.findings]
    documents = {f.path: f.document for f in register.files}
    for code, rule in RULES.items():
        if getattr(rule, "META", False) or not selection.enabled(code):
            continue
        if ctx.kind not in getattr(rule, "KINDS", (ctx.kind,)):
            continue
        for violation in rule.check(ctx):
            raw.append((_finding(rule, violation, documents, rule.SEVERITY), violation.fix))
    kept: list[tuple[Finding, Fix | None]] = []
    for finding, fix in raw:
        code, file = finding.code, finding.location.file
        if not selection.enabled(code):
            continue
        if not code.startswith("SP0") and selection.ignored_in_file(code, (paths.get(file, file), file)):
            continue
        severity = selection.severity_of(code, finding.severity)
        kept.append((replace(finding, severity=severity), fix))
    kept, meta = _suppress(register, kept, selection)
    findings = [f for f, _ in kept] + [
        replace(m, severity=selection.severity_of(m.code, m.severity)) for m in meta
        if selection.enabled(m.code)]
    baseline = options.baseline or _resolve(register, register.config.lint.baseline)
    if baseline is not None and options.use_baseline:
        findings = apply_baseline(sort_findings(findings), read_baseline(baseline), paths)
    fixes = [(f, fix) for f, fix in kept if fix is not None and f.suppressed_reason is None]
    return LintReport(sort_findings(findings), fixes)


def lint_registers(registers: Sequence[Register], options: LintOptions | None = None) -> LintReport:
    """Lint several registers (each under its own config) into one report."""
    reports = [run_lint(register, options) for register in registers]
    return LintReport(sort_findings(f for r in reports for f in r.findings),
                      [fix for r in reports for fix in r.fixes])


def _suppress(register: Register, kept: list[tuple[Finding, Fix | None]],
              selection: Selection) -> tuple[list[tuple[Finding, Fix | None]], list[Finding]]:
    """Mark findings covered by a suppression comment; return them with the SP9xx findings."""
    comments = {f.path: read_suppressions(f.document) for f in register.files}
    meta: list[Finding] = []
    for path, items in comments.items():
        for item in items:
            bad = [c for c in item.codes if not any(k.startswith(c) for k in RULES)
                   and not _SOURCE_OR_SCHEMA.fullmatch(c)]
            if item.malformed or bad or not item.codes:
                shown = "、".join(bad) if bad else "格式"
                meta.append(_meta(UNKNOWN_SUPPRESSION_CODE, path, item,
                                  f"忽略注释的{shown}无法识别，应为 ignore[规则编号] 理由：…",
                                  f"cannot read the suppression comment ({', '.join(bad) or 'form'}); write ignore[CODE] reason: …",
                                  UNKNOWN_SUPPRESSION_CODE.SEVERITY, "运行 sixpowers rules 查看规则编号",
                                  "run sixpowers rules for the codes"))
                item.codes = tuple(c for c in item.codes if c not in bad)
            if item.reason is None and item.codes:
                meta.append(_meta(SUPPRESSION_WITHOUT_REASON, path, item,
                                  f"忽略 {'、'.join(item.codes)} 没有写理由，该注释不生效",
                                  f"suppression of {', '.join(item.codes)} gives no reason and has no effect",
                                  SUPPRESSION_WITHOUT_REASON.SEVERITY, "在注释后写“理由：…”",
                                  "add 'reason: …' after the codes"))
    result: list[tuple[Finding, Fix | None]] = []
    for finding, fix in kept:
        loc = finding.location
        for item in comments.get(loc.file, []):
            if item.reason is None or finding.code.startswith("SP0"):
                continue
            match = item.covers(finding.code, loc.line, loc.pointer)
            if match:
                item.used.add(match)
                finding = replace(finding, suppressed_reason=item.reason)
                break
        result.append((finding, fix))
    parsed = {f.path for f in register.files if f.model is not None}
    for path, items in comments.items():
        for item in items:
            if item.reason is None or path not in parsed:  # nothing was linted in a broken file
                continue
            for code in item.codes:
                active = any(k.startswith(code) and selection.enabled(k) for k in RULES)
                if code not in item.used and active:
                    meta.append(_meta(UNUSED_SUPPRESSION, path, item,
                                      f"忽略注释中的 {code} 没有忽略任何问题",
                                      f"the suppression of {code} suppresses nothing",
                                      UNUSED_SUPPRESSION.SEVERITY, "删除该编号（或整条注释）",
                                      "remove the code (or the comment)"))
    return result, meta


def statistics(findings: Sequence[Finding]) -> list[tuple[str, str, int, bool]]:
    """(code, name, count, fixable) of the unsuppressed findings, most frequent first."""
    counts: dict[tuple[str, str], int] = {}
    for finding in findings:
        if finding.suppressed_reason is None:
            key = (finding.code, finding.name)
            counts[key] = counts.get(key, 0) + 1
    rows = [(code, name, n, bool(getattr(RULES.get(code), "FIXABLE", False)))
            for (code, name), n in counts.items()]
    return sorted(rows, key=lambda r: (-r[2], r[0]))
