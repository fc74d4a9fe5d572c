"""The `sixpowers` command line. Each command lives in its own module and only parses options,
calls one library function, picks the reporter and exits."""

from __future__ import annotations

import importlib
import os
import sys

from ..findings import EXIT_USAGE, UsageError
from .app import app

# Each command's module, imported only when that command runs: a cached `validate` should not
# pay for Jinja, DuckDB or openpyxl at start-up.
COMMAND_MODULES = {
    "validate": "validate", "lint": "lint", "rules": "lint", "rule": "lint", "diff": "diff",
    "render": "render", "publish": "publish", "monitor": "monitor", "schema": "schema",
    "init": "init", "convert": "convert", "template": "convert", "import": "importer",
    "compare": "compare",
}


def load_commands(argv: list[str] | None = None) -> None:
    """Register the command named in `argv` (every command when none is named, e.g. `--help`)."""
    name = argv[1] if argv and len(argv) > 1 else None
    modules = [COMMAND_MODULES[name]] if name in COMMAND_MODULES else sorted(set(COMMAND_MODULES.values()))
    for module in modules:
        importlib.import_module(f"{__name__}.{module}")


__all__ = ["COMMAND_MODULES", "app", "load_commands", "main"]


def main() -> None:
    """Entry point: maps stopping errors to exit 2 with one line on stderr, never a traceback."""
    lang = os.environ.get("SIXPOWERS_LANG", "zh")
    if "--lang" in sys.argv:
        index = sys.argv.index("--lang")
        lang = sys.argv[index + 1] if index + 1 < len(sys.argv) else lang
    try:
        load_commands(sys.argv)
        app()
    except UsageError as exc:
        print(f"sixpowers: {exc.text(lang)}", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        print("sixpowers: 已中断" if lang != "en" else "sixpowers: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(EXIT_USAGE)
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if os.environ.get("SIXPOWERS_DEBUG"):
            raise
        kind = type(exc).__name__
        print(f"sixpowers: 内部错误 {kind}: {exc}（设置 SIXPOWERS_DEBUG=1 查看详情并报告此问题）"
              if lang != "en" else
              f"sixpowers: internal error {kind}: {exc} (set SIXPOWERS_DEBUG=1 for details "
              "and report it)", file=sys.stderr)
        sys.exit(3)
