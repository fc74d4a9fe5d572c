"""The published site in a real browser (Debian's chromium driven by Playwright), from file://
with every request recorded: nothing may leave the site's folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile_register import IMG_NAME, SCRIPT_NAME, write_hostile_register

from sixpowers.publish import publish_register
from sixpowers.register import load_register

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
DEMO = Path(__file__).parent / "demo"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("demo") / "site"
    publish_register(load_register([DEMO]), site)
    return site


class Visit:
    """A page that records requests, dialogs and script errors."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page(viewport={"width": 1200, "height": 900})
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        self.page.on("dialog", on_dialog)

    def open(self, path: Path) -> Any:
        self.page.goto(path.as_uri())
        return self.page

    def rows(self) -> list[str]:
        return self.page.locator("#sp-rows tr th a").all_text_contents()

    def search(self, text: str) -> list[str]:
        self.page.fill("#sp-q", text)
        self.page.wait_for_selector("body[data-search-index=loaded]", state="attached")
        self.page.fill("#sp-q", text)  # again, now through the index
        return self.rows()

    def close(self) -> None:
        assert self.errors == []
        assert all(url.startswith("file://") for url in self.requests), self.requests
        self.page.close()


@pytest.fixture(scope="module")
def example_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("example") / "site"
    publish_register(load_register([EXAMPLES / "shanxi-transport"]), site)
    return site


def test_example_search_filter_open_power(browser, example_site, tmp_path):
    visit = Visit(browser)
    page = visit.open(example_site / "index.html")
    page.wait_for_selector("body[data-ready]")
    assert page.text_content("#sp-count") == "共 23 项"
    assert not any(url.endswith("search.js") for url in visit.requests)  # loaded lazily
    found = visit.search("许可")
    assert any(url.endswith("data/search.js") for url in visit.requests)
    assert len(found) == 6 and "对未取得道路运输经营许可擅自从事道路运输经营的处罚" in found
    page.select_option("#sp-type", label="行政许可")
    assert visit.rows() == [
        "涉路施工许可（占用、挖掘公路、公路用地或者使公路改线审批）",
        "涉路施工许可（跨越、穿越公路修建桥梁、渡槽或者架设、埋设管道、电缆等设施审批）",
        "公路建设项目施工许可", "道路运输经营许可（省际、市际道路旅客运输经营许可）", "公路超限运输许可"]
    page.select_option("#sp-department", label="山西省公路局")
    assert visit.rows() == ["公路超限运输许可"]
    page.click("text=公路超限运输许可")
    page.wait_for_selector("h1#power-title")
    assert page.text_content("h1#power-title") == "公路超限运输许可"
    assert page.url.endswith("/powers/140116001000.html")
    risk_rows = page.locator("#risk-table tbody tr")
    assert risk_rows.count() == 4
    assert page.locator("#risk-table thead th").all_text_contents() == [
        "所在环节", "风险点", "表现形式", "等级", "防控措施", "责任岗位"]
    shot = tmp_path / "power.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    visit.close()


def test_example_power_page_shows_both_charts(browser, example_site):
    visit = Visit(browser)
    page = visit.open(example_site / "powers" / "140116001000.html")
    for kind, caption in (("flow", "权力运行流程图"), ("risk", "廉政风险防控图")):
        figure = page.locator(f"#chart-{kind}")
        assert figure.locator("figcaption").text_content() == caption
        image = figure.locator("img")
        assert image.evaluate("img => img.complete && img.naturalWidth > 200")
        assert image.get_attribute("alt").startswith(f"{caption}：公路超限运输许可")
    visit.close()


def test_bigram_terms_single_characters_and_collation(browser, demo_site):
    visit = Visit(browser)
    page = visit.open(demo_site / "index.html")
    page.wait_for_selector("body[data-ready]")
    assert visit.search("监督") == ["对道路运输经营者的监督检查", "对食品经营者的监督检查"]
    assert visit.search("道路 许可") == ["对未取得道路运输经营许可擅自从事经营的处罚",
                                        "道路货物运输经营许可"]
    assert visit.search("罚") == ["对未取得道路运输经营许可擅自从事经营的处罚"]
    assert visit.search("１４１０１５") == ["道路货物运输经营许可"]  # full-width code digits
    assert visit.search("权力清单") == []
    assert page.text_content("#sp-rows") == "没有符合条件的事项"
    page.fill("#sp-q", "")
    page.select_option("#sp-sort", "name")
    assert visit.rows() == ["道路货物运输经营许可", "对道路运输经营者的监督检查", "对食品经营者的监督检查",
                            "对未取得道路运输经营许可擅自从事经营的处罚", "公路超限运输许可（县道）",
                            "食品经营许可"]
    page.select_option("#sp-level", label="乡级")
    assert visit.rows() == ["对未取得道路运输经营许可擅自从事经营的处罚"]
    page.click("#sp-reset")
    sync_api.expect(page.locator("#sp-rows tr")).to_have_count(6)
    visit.close()


def test_results_are_paged(browser, tmp_path):
    powers = "".join(
        f"  - code: \"14100100{i:04d}\"\n    name: 第{i}号事项许可\n    type: 行政许可\n"
        f"    subject: 局\n" for i in range(120))
    register = tmp_path / "reg"
    register.mkdir()
    (register / "d.yaml").write_text(f"department:\n  name: 局\npowers:\n{powers}", encoding="utf-8")
    site = tmp_path / "site"
    publish_register(load_register([register]), site, charts=False)
    visit = Visit(browser)
    page = visit.open(site / "index.html")
    page.wait_for_selector("body[data-ready]")
    assert len(visit.rows()) == 50 and page.text_content("#sp-page") == "第 1 / 3 页"
    page.click("#sp-next")
    page.click("#sp-next")
    assert visit.rows() == [f"第{i}号事项许可" for i in range(100, 120)]
    assert page.is_disabled("#sp-next") and not page.is_disabled("#sp-prev")
    visit.close()


def test_hostile_text_is_shown_not_run(browser, tmp_path):
    register = write_hostile_register(tmp_path / "reg")
    site = tmp_path / "site"
    publish_register(load_register([register]), site)
    visit = Visit(browser)
    page = visit.open(site / "index.html")
    page.wait_for_selector("body[data-ready]")
    assert sorted(visit.rows()) == sorted([SCRIPT_NAME, IMG_NAME + "（'; alert(5); //\u2028）"])
    for term in ("script", "alert", "<img", "onerror", "'"):
        visit.search(term)
    assert visit.search("<script>") == [SCRIPT_NAME]
    page.click("#sp-rows a >> nth=0")
    page.wait_for_selector("h1#power-title")
    assert page.text_content("h1#power-title") == SCRIPT_NAME
    assert page.locator("img").count() == 0 and page.locator("iframe").count() == 0
    assert "<img src=x onerror=alert(2)> 第一款" in page.text_content(".article-text")
    page.go_back()
    page.wait_for_selector("body[data-ready]")
    page.fill("#sp-q", "onerror")
    page.click("#sp-rows a >> nth=0")
    page.wait_for_selector("h1#power-title")
    assert page.text_content("h1#power-title").startswith(IMG_NAME)
    assert page.locator("body script").count() == 0
    page.goto((site / "stats.html").as_uri())
    assert "<b>恶意</b>局 & </script>" in page.text_content("main")
    assert visit.dialogs == []
    visit.close()
