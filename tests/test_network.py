"""The tool never opens a network connection: commands run with sockets blocked."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import EXAMPLES, ROOT

GUARD = """
import socket
def _refuse(*args, **kwargs):
    raise SystemExit("NETWORK ATTEMPT: " + repr(args))
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""

SHANXI = str(EXAMPLES / "shanxi-transport")
COMMANDS = [
    ["validate", SHANXI],
    ["schema"],
    ["--help"],
    ["lint", SHANXI],
    ["diff", SHANXI, str(EXAMPLES / "county-party-org")],
    ["render", "-q", "--format", "svg", "--engine", "wasm", "--chart", "flow", "-o", "{out}",
     SHANXI],
    ["render", "-q", "--format", "svg", "--engine", "dot", "-o", "{out}", SHANXI],
    ["publish", "-q", "-o", "{out}", SHANXI],
    ["monitor", "-q", "-o", "{out}", SHANXI, str(EXAMPLES / "cases-2025.parquet")],
    ["convert", str(EXAMPLES / "shanxi-transport" / "公路局.yaml"), "{out}.xlsx"],
    ["init", "{out}"],
    ["compare", "--format", "html", SHANXI, str(EXAMPLES / "county-party-org")],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: "-".join(a[:1] + a[3:4]))
def test_command_opens_no_connection(tmp_path, args):
    (tmp_path / "sitecustomize.py").write_text(GUARD)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    args = [a.replace("{out}", str(tmp_path / "out")) for a in args]
    result = subprocess.run([sys.executable, "-m", "sixpowers", *args], capture_output=True,
                            text=True, env=env, timeout=300, cwd=tmp_path)
    assert "NETWORK ATTEMPT" not in result.stderr + result.stdout
    assert result.returncode in (0, 1), result.stderr


def test_guard_really_blocks(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(GUARD)
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    code = "import socket; socket.create_connection(('127.0.0.1', 9))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert "NETWORK ATTEMPT" in result.stderr
