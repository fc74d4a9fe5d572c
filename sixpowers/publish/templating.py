"""The Jinja environment: the register's own `templates/` first, then the built-in templates
(shipped in the wheel as `sixpowers/_data/templates`, or the repository's `templates/` in an
editable install). A register template can extend a built-in one as `builtin/<name>`."""

from __future__ import annotations

from pathlib import Path

import jinja2

import sixpowers

STATIC = "static"


def builtin_templates() -> Path:
    """The built-in templates folder: the wheel's copy, else the repository's."""
    shipped = Path(sixpowers.__file__).parent / "_data" / "templates"
    if shipped.is_dir():
        return shipped
    return Path(sixpowers.__file__).resolve().parent.parent / "templates"


def template_folders(register_root: Path | None) -> list[Path]:
    """Folders searched for templates and static files, the register's own first."""
    folders = []
    if register_root is not None and (register_root / "templates").is_dir():
        folders.append(register_root / "templates")
    folders.append(builtin_templates())
    return folders


def make_environment(folders: list[Path]) -> jinja2.Environment:
    """Strict undefined names; autoescape for HTML templates, none for Markdown."""
    builtin = jinja2.FileSystemLoader(str(folders[-1]))
    loader = jinja2.ChoiceLoader([
        *(jinja2.FileSystemLoader(str(folder)) for folder in folders),
        jinja2.PrefixLoader({"builtin": builtin}),
    ])
    return jinja2.Environment(
        loader=loader, undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2", "svg.j2"),
                                            default_for_string=True, default=False),
        trim_blocks=True, lstrip_blocks=True)


def static_files(folders: list[Path]) -> dict[str, Path]:
    """Relative name → file of every static asset; the register's copy wins."""
    found: dict[str, Path] = {}
    for folder in reversed(folders):
        root = folder / STATIC
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.is_symlink():
                found[path.relative_to(root).as_posix()] = path
    return found
