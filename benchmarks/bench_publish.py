"""Benchmark: `sixpowers publish` of a register of N powers (default 10,000) as a static site
without charts, with both charts per power, and as Markdown. Prints seconds and sizes. Not a
test.

The register is built in memory from the shanxi-transport example's powers (full fields, 6-11
flow steps, 2-4 risk points each) under distinct codes and names, 50 powers a department, so
the figure is the publishing alone, not YAML loading. `--register PATH` publishes a register
folder instead (loading time reported separately).

    python benchmarks/bench_publish.py [--count 10000] [--no-charts] [--register PATH]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sixpowers.model import DepartmentFile  # noqa: E402
from sixpowers.publish import publish_register  # noqa: E402
from sixpowers.register import Register, RegisterFile, load_register  # noqa: E402

EXAMPLE = ROOT / "examples" / "shanxi-transport"
PER_DEPARTMENT = 50


def make_register(count: int) -> Register:
    """`count` powers copied from the example under distinct codes and names."""
    example = load_register([EXAMPLE])
    powers = [p for _, _, p in example.powers()]
    files = []
    for start in range(0, count, PER_DEPARTMENT):
        number = start // PER_DEPARTMENT
        name = f"示例市第{number + 1}局"
        department = DepartmentFile.model_validate({"department": {"name": name}})
        items = []
        for i in range(start, min(count, start + PER_DEPARTMENT)):
            base = powers[i % len(powers)]
            items.append((f"/powers/{i - start}", base.model_copy(update={
                "code": f"14{number:04d}{i:06d}", "name": f"{base.name}（{i}）",
                "subject": name})))
        files.append(RegisterFile(f"d{number:04d}.yaml", None, department, items))  # type: ignore[arg-type]
    return Register(config=example.config, root=None, files=files)


def size_of(folder: Path) -> str:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return f"{len(files)} files, {sum(p.stat().st_size for p in files) / 1e6:.1f} MB"


def timed(label: str, register: Register, out: Path, **kwargs: object) -> None:
    start = time.perf_counter()
    publish_register(register, out, **kwargs)  # type: ignore[arg-type]
    seconds = time.perf_counter() - start
    print(f"  {label:<34} {seconds:8.1f} s   {size_of(out)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--no-charts", action="store_true", help="skip the run with charts")
    parser.add_argument("--register", type=Path, help="publish this register folder instead")
    args = parser.parse_args()
    if args.register:
        start = time.perf_counter()
        register = load_register([args.register])
        print(f"  {'load register':<34} {time.perf_counter() - start:8.1f} s", flush=True)
    else:
        register = make_register(args.count)
    print(f"publish {register.power_count()} powers:", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        timed("html, no charts", register, out / "site", charts=False)
        timed("html, no charts, replacing", register, out / "site", charts=False)
        timed("markdown", register, out / "md", fmt="md")
        shutil.rmtree(out / "site")
        if not args.no_charts:
            timed("html with both charts", register, out / "site", charts=True)


if __name__ == "__main__":
    main()
