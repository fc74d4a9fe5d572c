"""Helpers for diff tests: department files built from dicts and real git repositories."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import yaml


def power(code: str, name: str, type_: str = "行政许可", **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"code": code, "name": name, "type": type_, "subject": "示例厅"}
    data.update(fields)
    return data


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def department(name: str, powers: list[dict[str, Any]], **fields: Any) -> str:
    data: dict[str, Any] = {"department": {"name": name}, "powers": powers}
    data.update(fields)
    return yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=1000)


class Repo:
    """A real git repository in a temporary folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        result = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
                                cwd=self.root, capture_output=True, text=True, check=True)
        return result.stdout

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def commit(self, message: str) -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        return self.git("rev-parse", "HEAD").strip()
