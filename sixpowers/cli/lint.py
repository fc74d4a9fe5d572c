"""`sixpowers lint`, `sixpowers rules` and `sixpowers rule CODE`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..findings import EXIT_FINDINGS, EXIT_OK, Severity, UsageError, exit_code_for
from ..lint import (
    LintOptions,
    lint_registers,
    plan_fixes,
    register_paths,
    statistics,
    unified_diff,
    write_baseline,
    write_edits,
)
from ..register import load_registers
from ..reporters import REPORTERS, default_format
from ..rules.catalogue import rule_page, rules_table
from .app import (
    ConfigOption,
    LangOption,
    PathsArgument,
    QuietOption,
    app,
    check_format,
    check_lang,
    emit,
    progress_bar,
)


def _codes(values: list[str] | None) -> tuple[str, ...]:
    return tuple(c.strip() for v in values or [] for c in v.split(",") if c.strip())


@app.command()
def lint(
    paths: PathsArgument,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="输出格式：text、json、github、sarif、junit、gitlab 或 markdown（在 GitHub Actions 中默认 github）。")] = None,
    select: Annotated[list[str] | None, typer.Option("--select", help="只启用这些规则（编号或前缀，可用逗号分隔），取代配置中的 select。")] = None,
    extend_select: Annotated[list[str] | None, typer.Option("--extend-select", help="在已启用的规则之外再启用这些规则。")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="停用这些规则（编号或前缀）。")] = None,
    fail_on: Annotated[str | None, typer.Option("--fail-on", help="达到该严重程度即以 1 退出：error 或 warning（默认取配置，配置默认 warning）。")] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="基线文件：其中记录的旧问题不再报告。")] = None,
    write_baseline_to: Annotated[Path | None, typer.Option("--write-baseline", help="把当前全部问题写入基线文件后退出（退出码 0）。")] = None,
    show_statistics: Annotated[bool, typer.Option("--statistics", help="只输出每条规则的问题数。")] = False,
    fix: Annotated[bool, typer.Option("--fix", help="自动修正安全的问题（类型别名、依据标点、法规简称、与目录相近的名称），保留注释和格式。")] = False,
    catalogue: Annotated[Path | None, typer.Option("--catalogue", help="上级目录（清单文件夹或文件）：按编码和名称比对，报告 SP605-SP608；取代配置中的 [lint] catalogue。")] = None,
    diff: Annotated[bool, typer.Option("--diff", help="以 diff 形式显示 --fix 会做的修改，不写入文件。")] = False,
    lang: LangOption = "zh",
    quiet: QuietOption = False,
    config: ConfigOption = None,
) -> None:
    """按治理规则检查清单（SP2xx 依据、SP3xx 流程与分离、SP4xx 责任监督风险公开、SP5xx 类型编码、
    SP6xx 一致性、SP10xx 三张清单与决策程序），同时报告校验问题（SP0xx、SP1xx）。

    行内忽略：在 YAML 中写 `# sixpowers: ignore[SP301] 理由：…`（理由必填）。

    退出码：0 无问题（或低于 --fail-on），1 有问题，2 用法错误或无法读取输入。
    """
    check_lang(lang)
    fmt = check_format(default_format(fmt), tuple(REPORTERS))
    threshold = None
    if fail_on is not None:
        if fail_on not in ("error", "warning"):
            raise UsageError(f"--fail-on 应为 error 或 warning，而不是 {fail_on!r}",
                             f"--fail-on must be error or warning, not {fail_on!r}")
        threshold = Severity.parse(fail_on)
    options = LintOptions(select=_codes(select) if select else None,
                          extend_select=_codes(extend_select), ignore=_codes(ignore),
                          baseline=baseline, use_baseline=write_baseline_to is None,
                          catalogue=catalogue)
    with progress_bar("检查" if lang == "zh" else "linting", quiet) as progress:
        registers = load_registers(paths, config, progress, exclude=[catalogue] if catalogue else [])
    report = lint_registers(registers, options)
    threshold = threshold or Severity.parse(registers[0].config.lint.fail_on)
    if write_baseline_to is not None:
        files = {k: v for register in registers for k, v in register_paths(register).items()}
        count = write_baseline(write_baseline_to, report.findings, files)
        print(f"已把 {count} 个问题写入基线 {write_baseline_to}" if lang == "zh"
              else f"wrote {count} finding(s) to baseline {write_baseline_to}", file=sys.stderr)
        raise typer.Exit(EXIT_OK)
    if fix or diff:
        edits = plan_fixes(report.fixes)
        if diff:
            sys.stdout.write(unified_diff(edits))
            count = sum(len(e.changes) for e in edits)
            print(f"可修复 {count} 处" if lang == "zh" else f"{count} fix(es) available", file=sys.stderr)
            raise typer.Exit(EXIT_FINDINGS if edits else EXIT_OK)
        write_edits(edits)
        for edit in edits:
            for change in edit.changes:
                print(f"已修复 {edit.path}:{change.line}:{change.column} {change.code} “{change.old}” → “{change.new}”"
                      if lang == "zh" else
                      f"fixed {edit.path}:{change.line}:{change.column} {change.code} '{change.old}' -> '{change.new}'",
                      file=sys.stderr)
        if edits:
            report = lint_registers(load_registers(paths, config, exclude=[catalogue] if catalogue else []),
                                    options)
    if show_statistics:
        for code, name, count, fixable in statistics(report.findings):
            print(f"{count:>6}  {code}  {name}{'  [*]' if fixable else ''}")
    else:
        emit(report.findings, fmt, lang, quiet)
    raise typer.Exit(exit_code_for(report.findings, threshold))


@app.command("rules")
def rules_command(lang: LangOption = "zh") -> None:
    """列出全部检查规则：编号、名称、默认严重程度、能否自动修复、说明。"""
    check_lang(lang)
    sys.stdout.write(rules_table(lang))


@app.command("rule")
def rule_command(code: Annotated[str, typer.Argument(help="规则编号（如 SP301）或名称。")],
                 lang: LangOption = "zh") -> None:
    """显示一条规则的完整说明：检查什么、为什么、法律依据、示例和改法。"""
    check_lang(lang)
    sys.stdout.write(rule_page(code, lang))
