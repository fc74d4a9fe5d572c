"""The responsibility and negative lists on the published site: their own pages, the in-page
search (in a real browser), the navigation and the statistics page's counts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sixpowers.publish import publish_register
from sixpowers.publish.lists import build_lists_context
from sixpowers.register import load_register

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TRANSPORT = EXAMPLES / "shanxi-transport"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("lists") / "site"
    publish_register(load_register([TRANSPORT]), folder, charts=False)
    return folder


def test_context_groups_each_department_s_lists():
    context = build_lists_context(load_register([TRANSPORT]), ["山西省公路局", "山西省交通运输厅"])
    bureau, hall = context.departments
    assert (bureau.name, hall.name) == ("山西省公路局", "山西省交通运输厅")
    assert [hall.count(k) for k in ("主要职责", "事中事后监管", "职责边界", "负面清单")] == [2, 2, 2, 6]
    assert [bureau.count(k) for k in ("主要职责", "事中事后监管", "职责边界", "负面清单")] == [1, 1, 1, 3]
    assert hall.powers + bureau.powers == 23
    shared = hall.duties["职责边界"][0]
    assert shared.name == "公路货车违法超限超载治理"
    assert dict(shared.details)["lead"] == "山西省交通运输厅"
    assert dict(shared.details)["with_departments"] == "山西省公安厅、山西省公路局"
    # Search text is normalised as the site searches: full-width punctuation folded.
    assert "《公路安全保护条例》第六十四条、第六十六条" in shared.search
    assert bureau.prohibitions[0].id == "GL-FM-01"
    assert context.total("负面清单") == 9


def test_pages_list_every_entry_and_the_navigation_links_them(site):
    duties = (site / "responsibilities.html").read_text(encoding="utf-8")
    negative = (site / "negative.html").read_text(encoding="utf-8")
    assert duties.count("<tr data-search=") == 9 and negative.count("<tr data-search=") == 9
    assert "<caption>职责边界</caption>" in duties and "<caption>事中事后监管</caption>" in duties
    assert "“双随机、一公开”抽查制度" in duties
    assert '<span class="detail-label">牵头部门：</span>山西省交通运输厅' in duties
    assert "指定停车场、拖车企业或者" in negative and "GL-FM-02" in negative
    assert '<p id="sp-list-count" class="count" role="status" aria-live="polite" data-template="共 {n} 条">共 9 条</p>' in negative
    for page in ("index.html", "stats.html", "responsibilities.html", "negative.html"):
        text = (site / page).read_text(encoding="utf-8")
        assert '<a href="responsibilities.html"' in text and '<a href="negative.html"' in text
    assert 'href="negative.html" aria-current="page"' in negative


def test_statistics_count_the_three_lists(site):
    stats = (site / "stats.html").read_text(encoding="utf-8")
    assert "<dt>责任清单条数</dt><dd>9</dd>" in stats and "<dt>负面清单条数</dt><dd>9</dd>" in stats
    rows = re.findall(r"<tr><th scope=\"row\">([^<]+)</th>((?:<td class=\"num\">\d+</td>)+)</tr>", stats)
    counts = {name: [int(n) for n in re.findall(r"\d+", cells)] for name, cells in rows}
    assert counts["山西省交通运输厅"][1:] == [2, 2, 2, 6]
    assert counts["山西省公路局"][1:] == [1, 1, 1, 3]
    assert counts["合计"] == [23, 3, 3, 3, 9]


def test_register_without_the_lists_says_so(tmp_path):
    (tmp_path / "reg").mkdir()
    (tmp_path / "reg" / "sixpowers.toml").write_text("", encoding="utf-8")
    (tmp_path / "reg" / "d.yaml").write_text(
        "department: {name: 示例局}\npowers:\n  - {name: 道路货物运输经营许可, type: 行政许可, subject: 示例局}\n",
        encoding="utf-8")
    publish_register(load_register([tmp_path / "reg"]), tmp_path / "site", charts=False)
    assert "清单中暂无责任清单。" in (tmp_path / "site" / "responsibilities.html").read_text(encoding="utf-8")
    assert "清单中暂无负面清单。" in (tmp_path / "site" / "negative.html").read_text(encoding="utf-8")


def test_english_list_pages(tmp_path):
    publish_register(load_register([TRANSPORT]), tmp_path / "site", lang="en", charts=False)
    negative = (tmp_path / "site" / "negative.html").read_text(encoding="utf-8")
    assert "<h1>Negative list</h1>" in negative and "9 entries" in negative


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")
def test_list_search_in_the_browser(site):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        page = browser.new_page()
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto((site / "negative.html").as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached")
        page.fill("#sp-list-q", "停车场")
        visible = page.locator("tr[data-search]:visible th").all_text_contents()
        assert visible == ["指定停车场、拖车企业或者收取停车费、保管费"]
        assert page.locator("#sp-list-count").text_content() == "共 1 条"
        # The department with no match is hidden as a whole.
        assert page.locator("section.list-department:visible h2").all_text_contents() == ["山西省公路局"]
        page.fill("#sp-list-q", "ＧＬ-fm 处分")  # full-width and case folded; every term must appear
        assert page.locator("#sp-list-count").text_content() == "共 3 条"
        page.fill("#sp-list-q", "ＧＬ-fm 刑事")
        assert page.locator("tr[data-search]:visible td.code").all_text_contents() == ["GL-FM-01"]
        page.goto((site / "responsibilities.html").as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached")
        page.fill("#sp-list-q", "公安厅 超限超载")
        assert page.locator("tr[data-search]:visible th").all_text_contents() == [
            "公路货车违法超限超载治理", "公路货车违法超限超载治理"]
        page.fill("#sp-list-q", "")
        assert page.locator("#sp-list-count").text_content() == "共 9 条"
        browser.close()
        assert errors == []
        assert all(url.startswith("file://") for url in requests), requests


def test_markdown_department_files_carry_both_lists(tmp_path):
    publish_register(load_register([TRANSPORT]), tmp_path / "md", fmt="md")
    text = (tmp_path / "md" / "山西省公路局.md").read_text(encoding="utf-8")
    assert "\n## 责任清单\n" in text and "\n## 负面清单\n" in text
    assert "| GL-FM-02 | 指定停车场、拖车企业或者收取停车费、保管费 | 全体人员 |" in text
    assert "| 公路超限运输许可事中事后监管 | 事中事后监管 | 监管制度：超限检测站点24小时值守制度；" in text
