"""`sixpowers init`: a new register repository with config, one complete example power, a
.gitignore, a README for the clerks, and ready-to-use GitHub Actions and GitLab CI definitions."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..findings import UsageError
from ..fsutil import atomic_write_text

FILES = {
    "sixpowers.toml": "sixpowers.toml.tmpl",
    "departments/示例部门.yaml": "department.yaml.tmpl",
    ".gitignore": "gitignore.tmpl",
    "README.md": "README.md.tmpl",
    ".gitattributes": "gitattributes.tmpl",
    ".github/workflows/sixpowers.yml": "github-workflow.yml.tmpl",
    ".gitlab-ci.yml": "gitlab-ci.yml.tmpl",
}


def scaffold_files(name: str, jurisdiction: str, area_code: str) -> dict[str, str]:
    """The files of a new register, by relative path."""
    out: dict[str, str] = {}
    for target, source in FILES.items():
        text = resources.files(__package__).joinpath(source).read_text("utf-8")
        out[target] = (text.replace("{{name}}", name).replace("{{jurisdiction}}", jurisdiction)
                       .replace("{{area_code}}", area_code))
    return out


def init_register(target: Path, name: str, jurisdiction: str, area_code: str,
                  force: bool = False) -> list[Path]:
    """Write the scaffold into `target`; refuses to overwrite existing files unless `force`."""
    files = scaffold_files(name, jurisdiction, area_code)
    existing = [target / rel for rel in files if (target / rel).exists()]
    if existing and not force:
        names = "、".join(str(p) for p in existing)
        raise UsageError(f"以下文件已存在，未做任何修改：{names}（使用 --force 覆盖）",
                         f"these files exist; nothing was changed: {names} (use --force)")
    written = []
    for rel, text in files.items():
        path = target / rel
        atomic_write_text(path, text)
        written.append(path)
    return written
