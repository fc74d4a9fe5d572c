from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from hostile_register import IMG_NAME, SCRIPT_NAME, write_hostile_register

DEMO = Path(__file__).parent / "demo"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SIXPOWERS_LANG", None)
    return subprocess.run([sys.executable, "-m", "sixpowers", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=300)


def site_text(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_publish_writes_index_pages_stats_and_data(tmp_path):
    site = tmp_path / "site"
    result = run("publish", str(DEMO), "-o", str(site), "--no-charts")
    assert result.returncode == 0, result.stderr
    assert "已发布 6 项权力" in result.stderr
    files = site_text(site)
    assert {"index.html", "stats.html", "data/powers.js", "data/search.js", "static/site.css",
            "static/site.js", "powers/141015001000.html", ".sixpowers-site"} <= set(files)
    assert len([f for f in files if f.startswith("powers/")]) == 6
    index = files["index.html"]
    assert '<html lang="zh-CN">' in index
    assert '<label for="sp-q">搜索</label>' in index
    assert "<th scope=\"col\">事项编码</th>" in index
    assert "Content-Security-Policy" in index and "default-src 'none'" in index
    assert files["data/powers.js"].startswith("window.SP_POWERS={")
    assert files["data/search.js"].startswith("window.SP_SEARCH={\"v\":1,\"n\":6,")
    # The search index is loaded lazily: the index page does not reference it as a script.
    assert '<script src="data/search.js"' not in index
    power = files["powers/141015001000.html"]
    assert "中华人民共和国道路运输条例" in power and "申请从事货运经营的" in power
    assert "对符合条件的申请不予受理" in power  # risk table


def test_no_page_loads_anything_remote(tmp_path):
    site = tmp_path / "site"
    assert run("publish", str(DEMO), "-o", str(site)).returncode == 0
    remote = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:|//)|url\(\s*["']?(?:https?:|//)|@import""",
                        re.IGNORECASE)
    for name, text in site_text(site).items():
        if name.endswith((".html", ".css", ".js")):
            assert not remote.search(text), name
        if name.endswith(".html"):
            assert '<meta http-equiv="Content-Security-Policy"' in text, name


def test_hostile_text_is_escaped_and_file_names_stay_inside(tmp_path):
    register = write_hostile_register(tmp_path / "reg")
    site = tmp_path / "site"
    assert run("publish", str(register), "-o", str(site)).returncode == 0
    files = site_text(site)
    pages = sorted(f for f in files if f.startswith("powers/"))
    assert len(pages) == 2 and all(re.fullmatch(r"powers/[\w-]+\.html", p) for p in pages)
    assert not (tmp_path / "evil.html").exists()
    for name, text in files.items():
        if name.endswith(".html"):
            assert SCRIPT_NAME not in text and IMG_NAME not in text
            assert "<img src=x" not in text and "<iframe" not in text, name
        if name.startswith("data/"):
            assert "</" not in text and "<" not in text and "\u2028" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in files["index.html"]


def test_refuses_to_replace_the_register_or_a_foreign_folder(tmp_path):
    register = tmp_path / "reg"
    shutil.copytree(DEMO, register)
    before = site_text(register)
    for target in (register, tmp_path):
        result = run("publish", str(register), "-o", str(target))
        assert result.returncode == 2 and "清单本身" in result.stderr, result.stderr
    foreign = tmp_path / "docs"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("x")
    result = run("publish", str(register), "-o", str(foreign))
    assert result.returncode == 2 and "--force" in result.stderr
    assert (foreign / "keep.txt").exists()
    assert site_text(register) == before
    assert run("publish", str(register), "-o", str(foreign), "--force").returncode == 0
    assert not (foreign / "keep.txt").exists() and (foreign / "index.html").exists()


def test_republish_replaces_and_a_failed_publish_keeps_the_old_site(tmp_path):
    register = tmp_path / "reg"
    shutil.copytree(DEMO, register)
    site = tmp_path / "site"
    assert run("publish", str(register), "-o", str(site), "--no-charts").returncode == 0
    old = site_text(site)
    (register / "templates").mkdir()
    (register / "templates" / "power.html.j2").write_text(
        '{% extends "builtin/power.html.j2" %}{% block title %}{{ no_such_name }}{% endblock %}',
        encoding="utf-8")
    result = run("publish", str(register), "-o", str(site), "--no-charts")
    assert result.returncode == 2
    assert result.stderr.startswith("sixpowers: 模板错误") and "no_such_name" in result.stderr
    assert "Traceback" not in result.stderr
    assert site_text(site) == old
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_register_templates_extend_builtins_and_override_static_files(tmp_path):
    register = tmp_path / "reg"
    shutil.copytree(DEMO, register)
    (register / "templates" / "static").mkdir(parents=True)
    (register / "templates" / "power.html.j2").write_text(
        '{% extends "builtin/power.html.j2" %}'
        '{% block title %}【本地】{{ page.entry.title }}{% endblock %}', encoding="utf-8")
    (register / "templates" / "static" / "site.css").write_text("body{color:#123}", encoding="utf-8")
    (register / "templates" / "static" / "logo.txt").write_text("logo", encoding="utf-8")
    site = tmp_path / "site"
    assert run("publish", str(register), "-o", str(site), "--no-charts").returncode == 0
    page = (site / "powers" / "141015001000.html").read_text(encoding="utf-8")
    assert "<title>【本地】道路货物运输经营许可</title>" in page
    assert (site / "static" / "site.css").read_text() == "body{color:#123}"
    assert (site / "static" / "site.js").is_file() and (site / "static" / "logo.txt").is_file()


def test_english_ui(tmp_path):
    site = tmp_path / "site"
    assert run("publish", str(DEMO), "-o", str(site), "--lang", "en", "--no-charts").returncode == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in index and '<label for="sp-q">Search</label>' in index
    assert "道路货物运输经营许可" in index  # register text is not translated
    assert "Legal basis" in (site / "powers" / "141015001000.html").read_text(encoding="utf-8")


def test_markdown_format_and_bad_format(tmp_path):
    out = tmp_path / "md"
    assert run("publish", str(DEMO), "-o", str(out), "--format", "md").returncode == 0
    assert (out / "README.md").is_file()
    bad = run("publish", str(DEMO), "-o", str(tmp_path / "x"), "--format", "pdf")
    assert bad.returncode == 2 and "pdf" in bad.stderr and not (tmp_path / "x").exists()


def test_register_with_findings_still_publishes_and_exits_1(tmp_path):
    register = tmp_path / "reg"
    shutil.copytree(DEMO, register)
    (register / "broken.yaml").write_text("department:\n  name: 坏局\npowers:\n  - name: 缺类型\n",
                                          encoding="utf-8")
    site = tmp_path / "site"
    result = run("publish", str(register), "-o", str(site), "--no-charts")
    assert result.returncode == 1
    assert "SP1" in result.stdout and "broken.yaml" in result.stdout
    assert (site / "index.html").is_file()


def test_publish_opens_no_network_connection(tmp_path):
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(
        "import socket\n"
        "def _refuse(*args, **kwargs):\n"
        "    raise SystemExit('NETWORK ATTEMPT: ' + repr(args))\n"
        "socket.socket.connect = _refuse\n"
        "socket.create_connection = _refuse\n"
        "socket.getaddrinfo = _refuse\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(guard), str(ROOT)])}
    result = subprocess.run(
        [sys.executable, "-m", "sixpowers", "publish", str(ROOT / "examples" / "shanxi-transport"),
         "-o", str(tmp_path / "site")], capture_output=True, text=True, env=env, timeout=300)
    assert "NETWORK ATTEMPT" not in result.stdout + result.stderr
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "powers" / "140116001000.html").is_file()


def test_empty_register_publishes_an_empty_site(tmp_path):
    register = tmp_path / "reg"
    register.mkdir()
    (register / "d.yaml").write_text("department:\n  name: 空局\n", encoding="utf-8")
    site = tmp_path / "site"
    result = run("publish", str(register), "-o", str(site))
    assert result.returncode == 0, result.stderr
    assert "清单中暂无事项。" in (site / "index.html").read_text(encoding="utf-8")
    assert (site / "data" / "search.js").read_text() == 'window.SP_SEARCH={"v":1,"n":0,"b":{}};\n'
    assert "<dd>0</dd>" in (site / "stats.html").read_text(encoding="utf-8")
