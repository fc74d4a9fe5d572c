"""The `sixpowers` command line. Each command lives in its own module and only parses options,
calls one library function, picks the reporter and exits."""

from __future__ import annotations

import os
import sys

from ..findings import EXIT_USAGE, UsageError
from . import compare as _compare  # noqa: F401
from . import convert as _convert  # noqa: F401
from . import diff as _diff  # noqa: F401
from . import importer as _importer  # noqa: F401
from . import init as _init  # noqa: F401
from . import lint as _lint  # noqa: F401
from . import monitor as _monitor  # noqa: F401
from . import publish as _publish  # noqa: F401
from . import render as _render  # noqa: F401
from . import schema as _schema  # noqa: F401
from . import validate as _validate  # noqa: F401
from .app import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point: maps stopping errors to exit 2 with one line on stderr, never a traceback."""
    lang = os.environ.get("SIXPOWERS_LANG", "zh")
    if "--lang" in sys.argv:
        index = sys.argv.index("--lang")
        lang = sys.argv[index + 1] if index + 1 < len(sys.argv) else lang
    try:
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
