"""Every command over the whole hostile corpus: an exit code from the documented set, findings
located in the file they concern, a one-line message for exit 2, never a traceback.

The commands run in-process (Typer's runner) so that the full matrix stays fast; `main()`'s
mapping is reproduced: a `UsageError` is exit 2 with its one-line text, anything else escaping
a command is a crash and fails the test with its traceback.
"""

from __future__ import annotations

import json
import shutil
import traceback
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sixpowers.cli import app, load_commands
from sixpowers.findings import UsageError

load_commands()  # every command, as `sixpowers --help` sees them
CORPUS = Path(__file__).parent / "corpus"
FILES = sorted(p.name for p in CORPUS.glob("*.yaml"))
HEADER = "case_id,power_code,step_id,post,person,time,outcome\n"
VALID = (CORPUS / "crlf.yaml").read_bytes().replace(b"\r\n", b"\n")


def invoke(*args: str) -> tuple[int, str, str]:
    """Run one command; return (exit code, stdout, stderr) as `sixpowers` would."""
    result = CliRunner().invoke(app, list(args))
    exc = result.exception
    if isinstance(exc, UsageError):
        return 2, result.stdout, f"sixpowers: {exc.text('zh')}\n"
    if exc is not None and not isinstance(exc, SystemExit):
        trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        pytest.fail(f"sixpowers {' '.join(args)} crashed:\n{trace}")
    return result.exit_code, result.stdout, result.stderr


def check(code: int, err: str, allowed: tuple[int, ...]) -> None:
    assert code in allowed, err
    assert "Traceback" not in err
    if code == 2:
        assert err.strip() and len(err.strip().splitlines()) == 1, err


def located(stdout: str, path: Path) -> list[dict]:
    """The JSON findings; each names the file it concerns (the corpus file) with a line."""
    findings = json.loads(stdout)
    for finding in findings:
        where = finding["location"]
        assert where["file"], finding
        if where["file"] == str(path) and finding["code"] not in {"SP007", "SP010"}:
            assert where["line"] is not None and where["line"] >= 1, finding
    return findings


@pytest.fixture
def single(tmp_path: Path):
    """A folder holding one corpus file, so config lookup stays local to the test."""

    def _single(name: str) -> Path:
        folder = tmp_path / "in"
        folder.mkdir(exist_ok=True)
        shutil.copyfile(CORPUS / name, folder / name)
        return folder / name

    return _single


@pytest.mark.parametrize("name", FILES)
def test_lint_on_corpus_file(single, name):
    path = single(name)
    code, out, err = invoke("lint", "--format", "json", str(path))
    check(code, err, (0, 1))
    findings = located(out, path)
    assert (code == 1) == bool(findings)


@pytest.mark.parametrize("name", FILES)
def test_diff_corpus_file_against_valid_file(single, tmp_path, name):
    path = single(name)
    valid = tmp_path / "valid.yaml"
    valid.write_bytes(VALID)
    for old, new in ((valid, path), (path, valid)):
        code, out, err = invoke("diff", "--format", "json", str(old), str(new))
        check(code, err, (0, 1, 2))
        if code == 0:
            json.loads(out)


def test_diff_corpus_folder_against_valid_folder(tmp_path):
    valid = tmp_path / "valid"
    valid.mkdir()
    (valid / "crlf.yaml").write_bytes(VALID)
    for old, new in ((valid, CORPUS), (CORPUS, valid), (CORPUS, CORPUS)):
        code, _out, err = invoke("diff", "--format", "json", str(old), str(new))
        check(code, err, (0, 1, 2))


@pytest.mark.parametrize("fmt", ["dot", "svg"])
@pytest.mark.parametrize("name", FILES)
def test_render_on_corpus_file(single, tmp_path, name, fmt):
    path = single(name)
    out_dir = tmp_path / "charts"
    code, _, err = invoke("render", "-q", "--format", fmt, "-o", str(out_dir), str(path))
    check(code, err, (0, 1, 2))
    if code == 2:
        assert not out_dir.exists() or not any(out_dir.iterdir())


@pytest.mark.parametrize("fmt", ["html", "md"])
@pytest.mark.parametrize("name", FILES)
def test_publish_on_corpus_file(single, tmp_path, name, fmt):
    path = single(name)
    site = tmp_path / "site"
    code, _, err = invoke("publish", "-q", "--no-charts", "--format", fmt, "-o", str(site),
                          str(path))
    check(code, err, (0, 1, 2))
    if code in (0, 1):
        assert (site / ("index.html" if fmt == "html" else "README.md")).is_file() or \
            any(site.iterdir())


def test_publish_whole_corpus_folder(tmp_path):
    code, _, err = invoke("publish", "-q", "--no-charts", "-o", str(tmp_path / "site"),
                          str(CORPUS))
    check(code, err, (0, 1, 2))


@pytest.mark.parametrize("name", FILES)
def test_monitor_with_corpus_register(single, tmp_path, name):
    path = single(name)
    cases = tmp_path / "cases.csv"
    cases.write_text(HEADER + "c1,140115001000,apply,岗,p1,2025-10-09T10:00,完成\n",
                     encoding="utf-8")
    code, out, err = invoke("monitor", "--format", "json", str(path), str(cases))
    check(code, err, (0, 1, 2))
    if code != 2:
        json.loads(out)


BROKEN_LOGS: dict[str, bytes] = {
    "empty": b"",
    "header-only": HEADER.encode(),
    "binary": bytes(range(256)) * 64,
    "nul-bytes": (HEADER + "c1,140115001000,apply,\x00岗,p1,2025-10-09T10:00,完成\n").encode(),
    "unbalanced-quote": (HEADER + 'c1,140115001000,"apply,岗,p1,2025-10-09T10:00,完成\n'
                         "c2,140115001000,apply,岗,p1,2025-10-10T10:00,完成\n").encode(),
    "wrong-columns": b"a,b,c\n1,2,3\n",
    "missing-time": b"case_id,power_code,step_id\nc1,140115001000,apply\n",
    "extra-fields": (HEADER + "c1,140115001000,apply,p,x,2025-10-09,ok,extra,more\n").encode(),
    "short-rows": (HEADER + "c1,140115001000\n").encode(),
    "bad-times": (HEADER + "c1,140115001000,apply,岗,p1,明天上午,完成\n"
                  "c1,140115001000,accept,岗,p1,2025-13-45T99:99,完成\n"
                  "c1,140115001000,review,岗,p1,,完成\n").encode(),
    "thousand-columns": (HEADER.rstrip("\n") + "".join(f",x{i}" for i in range(1000)) + "\n"
                         + "c1,140115001000,apply,岗,p1,2025-10-09,完成"
                         + ",v" * 1000 + "\n").encode(),
    "gb18030": (HEADER + "c1,140115001000,apply,窗口岗,p1,2025-10-09,完成\n").encode("gb18030"),
}


@pytest.mark.parametrize("log", sorted(BROKEN_LOGS))
@pytest.mark.parametrize("register", ["valid", "broken"])
def test_monitor_with_broken_case_log(tmp_path, log, register):
    reg = tmp_path / "reg.yaml"
    reg.write_bytes(VALID if register == "valid" else (CORPUS / "unclosed-quote.yaml").read_bytes())
    cases = tmp_path / "cases.csv"
    cases.write_bytes(BROKEN_LOGS[log])
    dashboard = tmp_path / "board"
    code, out, err = invoke("monitor", "--format", "json", "-o", str(dashboard), str(reg),
                            str(cases))
    check(code, err, (0, 1, 2))
    if code != 2:
        located(out, cases)


def test_compare_corpus_folder_with_valid_folder(tmp_path):
    valid = tmp_path / "valid"
    valid.mkdir()
    (valid / "crlf.yaml").write_bytes(VALID)
    for fmt in ("json", "html"):
        code, _, err = invoke("compare", "--format", fmt, str(valid), str(CORPUS))
        check(code, err, (0, 2))
