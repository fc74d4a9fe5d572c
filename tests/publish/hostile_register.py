"""A register whose text tries to inject markup and escape the output folder."""

from __future__ import annotations

from pathlib import Path

SCRIPT_NAME = "<script>alert(1)</script>"
IMG_NAME = '"><img src=x onerror=alert(1)>'

HOSTILE_YAML = """\
department:
  name: '<b>恶意</b>局 & </script>'
powers:
  - code: '../../evil'
    name: '<script>alert(1)</script>'
    type: 行政许可
    subject: '<iframe src="javascript:alert(3)">'
    basis:
      - level: 法律
        title: '</title><script>alert(4)</script>'
        text: '<img src=x onerror=alert(2)> 第一款'
  - code: '/etc/passwd'
    name: '"><img src=x onerror=alert(1)>'
    sub_name: "'; alert(5); //\u2028"
    type: 行政处罚
    subject: 示例局
    note: '{{ 7*7 }} {% raw %}'
"""


def write_hostile_register(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.yaml").write_text(HOSTILE_YAML, encoding="utf-8")
    return folder
