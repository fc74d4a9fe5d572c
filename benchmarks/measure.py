"""Running one command as a child process and measuring it: wall time and the peak resident
memory of its largest process (its own or a waited-for worker's), from `wait4`."""

from __future__ import annotations

import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Measurement:
    label: str
    seconds: float | None = None
    peak_mb: float | None = None
    cpu: float | None = None  # user + system seconds, the process and its workers
    exit_code: int | None = None
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.seconds is not None


def run(label: str, argv: list[str], *, cwd: Path | None = None, ok_codes: tuple[int, ...] = (0, 1),
        env: dict[str, str] | None = None, stdin: Path | None = None,
        timeout: float | None = None) -> Measurement:
    """Run `argv` once and measure it; a missing program, an unexpected exit code or running
    past `timeout` seconds is a note, not a crash."""
    program = argv[0]
    if shutil.which(program) is None and not Path(program).exists():
        return Measurement(label, note=f"{program} not installed")
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    full_env.pop("SIXPOWERS_LANG", None)
    with tempfile.TemporaryFile() as err, open(stdin or os.devnull, "rb") as given:
        start = time.perf_counter()
        child = subprocess.Popen(argv, cwd=cwd, env=full_env, stdin=given,
                                 stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG if timeout else 0)
            if pid:
                break
            if time.perf_counter() - start > (timeout or 0):
                os.killpg(child.pid, signal.SIGKILL)
                os.wait4(child.pid, 0)
                return Measurement(label, note=f"stopped after {timeout:.0f} s")
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    cpu = usage.ru_utime + usage.ru_stime
    if child.returncode not in ok_codes:
        return Measurement(label, None, peak_mb, cpu, child.returncode,
                           f"exit {child.returncode}: {tail[0][:120]}")
    return Measurement(label, seconds, peak_mb, cpu, child.returncode)


def sixpowers(*args: str) -> list[str]:
    return [sys.executable, "-m", "sixpowers", *args]


def has_command(name: str) -> bool:
    """Whether the tree being measured has `sixpowers <name>`."""
    return (ROOT / "sixpowers" / "cli" / f"{name}.py").is_file()


def versions() -> dict[str, str]:
    found: dict[str, str] = {"python": platform.python_version()}
    for package in ("sixpowers", "pydantic", "PyYAML", "rapidyaml", "orjson", "frictionless",
                    "daff"):
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            found[package] = "not installed"
    dot = shutil.which("dot")
    if dot:
        out = subprocess.run([dot, "-V"], capture_output=True, text=True).stderr.strip()
        found["graphviz"] = out.split("version")[-1].strip() if out else "?"
    return found


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GB"
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({cpu}), {memory} RAM, {platform.system()} {platform.release()}"
