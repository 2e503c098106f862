"""carclaims report: the HTML pages (escaping, one mark per claim, links between conflicting
claims, byte-identical output) and, in headless Chromium, what a reader sees and clicks."""

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carclaims.cli import app
from carclaims.htmlreport import FAMILIES, FAMILY_OF, _marked_text, build_report
from carclaims.ledger import Claim, Ledger, load
from carclaims.report import show_value
from carclaims.rules import METRICS

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
HOSTILE = (
    "<script>document.title='pwned'</script>\n"
    "<img src=x onerror=\"document.title='pwned'\">\n"
    "The ORR was 92% </script><b>bold</b> & the price was $373,000.\n"
)


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report")
    build_report([ROOT / "data" / "seeds"], ROOT / "data" / "extracted", out)
    return out


def _one_article_report(work: Path, name: str, text: str) -> Path:
    """Extract one article and build its report under `work` (src/, ledgers/, report/)."""
    (work / "src").mkdir()
    (work / "src" / name).write_text(text, "utf-8")
    result = runner.invoke(app, ["extract", str(work / "src"), "--out", str(work / "ledgers"), "-q"])
    assert result.exit_code == 0, result.output
    build_report([work / "src"], work / "ledgers", work / "report")
    return work


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> Path:
    return _one_article_report(tmp_path_factory.mktemp("hostile"), "evil.txt", HOSTILE) / "report"


def ledger_of(name: str) -> Ledger:
    return Ledger.model_validate_json((ROOT / "data" / "extracted" / name).read_text("utf-8"))


def claims_data(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="claims-data">(.*?)</script>', page, re.S)
    assert found
    return json.loads(found.group(1))


def test_every_metric_has_one_family():
    assert sorted(FAMILY_OF) == sorted(METRICS)
    assert sum(len(m) for m in FAMILIES.values()) == len(METRICS)


def test_each_claim_is_marked_once_with_its_id(seed_report: Path):
    for ledger_path in sorted((ROOT / "data" / "extracted").glob("*.json")):
        ledger = ledger_of(ledger_path.name)
        page = (seed_report / ledger_path.with_suffix(".html").name).read_text("utf-8")
        marked = re.findall(r'<mark id="([^"]+)" data-claim-id="\1"', page)
        assert sorted(marked) == sorted(c.id for c in ledger.claims)
        assert set(claims_data(page)) == {c.id for c in ledger.claims}


def test_a_conflict_links_both_claims(seed_report: Path):
    here = ledger_of("001_bc066277e9d657c6.json")
    there = ledger_of("004_6e120a6e491b43b8.json")
    old = next(c for c in here.claims if c.metric == "approval" and c.product == "equecabtagene autoleucel")
    new = next(c for c in there.claims if c.metric == "approval" and c.product == "equecabtagene autoleucel")
    data = claims_data((seed_report / "001_bc066277e9d657c6.html").read_text("utf-8"))
    other = data[old.id]["findings"][0]["other"]
    assert other["href"] == f"004_6e120a6e491b43b8.html#{new.id}"
    assert other["sentence"] == new.sentence
    back = claims_data((seed_report / "004_6e120a6e491b43b8.html").read_text("utf-8"))
    assert back[new.id]["findings"][0]["other"]["href"] == f"001_bc066277e9d657c6.html#{old.id}"
    page = (seed_report / "001_bc066277e9d657c6.html").read_text("utf-8")
    assert f'id="{old.id}" data-claim-id="{old.id}" class="claim fam-approvals has-error"' in page


def test_the_index_has_a_row_per_article_and_the_totals(seed_report: Path):
    index = (seed_report / "index.html").read_text("utf-8")
    articles_table = index.split('<table class="articles">')[1].split("</table>")[0]
    assert articles_table.count("<tr><td") == 5
    total = sum(len(ledger_of(p.name).claims) for p in (ROOT / "data" / "extracted").glob("*.json"))
    assert f"5 articles, {total} claims" in index
    assert '<a href="001_bc066277e9d657c6.html">' in index


def test_the_same_input_gives_byte_identical_files(seed_report: Path, tmp_path: Path):
    build_report([ROOT / "data" / "seeds"], ROOT / "data" / "extracted", tmp_path)
    names = sorted(p.name for p in seed_report.iterdir())
    assert names == sorted(p.name for p in tmp_path.iterdir())
    for name in names:
        assert (seed_report / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_a_hostile_article_is_text(hostile_report: Path):
    page = (hostile_report / "evil.html").read_text("utf-8")
    assert "<script>document" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page or (
        "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in page
    )
    data_block = page.split('id="claims-data">')[1].split("</script>")[0]
    assert "<" not in data_block  # a sentence holding "</script>" cannot close the block
    assert page.count("<script") == 2  # the JSON block and carclaims.js, nothing else


def claim(start: int, end: int, text: str, metric: str = "orr", cid: str = "c-1") -> Claim:
    return Claim(
        id=cid,
        metric=metric,
        text=text[start:end],
        start=start,
        end=end,
        line=1,
        column=start + 1,
        sentence=text,
        value={"low": 1, "high": 1, "unit": "%", "bound": "eq"},
        rule="test",
    )


def test_spans_nest_crossing_ones_are_cut_and_stale_ones_left_out():
    text = "ORR and CR of 90% <here>"
    same_a = claim(14, 17, text, "orr", "c-a")
    same_b = claim(14, 17, text, "cr", "c-b")
    stale = claim(0, 3, text, "orr", "c-s").model_copy(update={"text": "XYZ"})
    html, shown = _marked_text(text, [same_b, same_a, stale], {"c-a": "error"})
    assert {c.id for c in shown} == {"c-a", "c-b"}
    assert html.count("<mark") == 2 and html.count("</mark>") == 2
    assert html.endswith("90%</mark></mark> &lt;here&gt;")
    crossing_a = claim(0, 10, text, "orr", "c-x")
    crossing_b = claim(8, 17, text, "cr", "c-y")
    html, _ = _marked_text(text, [crossing_a, crossing_b], {})
    assert html.startswith('<mark id="c-x"') and html.count("<mark") == 2
    assert re.sub(r"<[^>]+>", "", html) == "ORR and CR of 90% &lt;here&gt;"


def test_an_html_source_shows_its_extracted_text_at_the_ledger_offsets(tmp_path: Path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "page.html").write_text(
        "<html><head><title>t</title></head><body><p>The ORR was <b>92%</b> in adults.</p></body></html>",
        "utf-8",
    )
    runner.invoke(app, ["extract", str(tmp_path / "src"), "--out", str(tmp_path / "ledgers"), "-q"])
    build_report([tmp_path / "src"], tmp_path / "ledgers", tmp_path / "report")
    page = (tmp_path / "report" / "page.html").read_text("utf-8")
    assert re.search(r'class="claim fam-outcomes"[^>]*>92%</mark>', page)
    assert "&lt;b&gt;" not in page


def test_the_cli_writes_the_report_and_says_where(tmp_path: Path):
    result = runner.invoke(
        app,
        [
            "report",
            str(ROOT / "data" / "seeds"),
            "--ledgers",
            str(ROOT / "data" / "extracted"),
            "--out",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0
    assert result.stdout.startswith(f"wrote {tmp_path / 'index.html'} (5 articles, ")
    missing = runner.invoke(
        app, ["report", str(ROOT / "data" / "seeds"), "--ledgers", str(tmp_path / "nope")]
    )
    assert missing.exit_code == 2 and "no such directory" in missing.output


# --- in a real browser ---------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def chromium():
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("CARCLAIMS_REQUIRE_BROWSER"):
            pytest.fail("CARCLAIMS_REQUIRE_BROWSER is set but chromium/chromedriver are not installed")
        pytest.skip("needs Debian's chromium and chromium-driver (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_window_size(1280, 900)
    yield driver
    driver.quit()


@pytest.fixture()
def browser(chromium):
    """The module's browser, at the wide size: tests run in random order, and one that ends on a
    narrow window must not leave the next one reading a phone layout."""
    chromium.set_window_size(1280, 900)
    return chromium


def test_the_browser_shows_every_claim_and_its_card(browser, seed_report: Path, tmp_path: Path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    ledger = ledger_of("001_bc066277e9d657c6.json")
    browser.get((seed_report / "001_bc066277e9d657c6.html").as_uri())
    in_dom = browser.execute_script(
        "return Array.from(document.querySelectorAll('mark[data-claim-id]')).map(m => m.id)"
    )
    assert sorted(in_dom) == sorted(c.id for c in ledger.claims)
    target = next(c for c in ledger.claims if c.metric == "cost")
    mark = browser.find_element(By.ID, target.id)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    assert browser.find_element(By.CSS_SELECTOR, "#card .card-value").text == show_value(target)
    browser.save_screenshot(str(tmp_path / "article-1280.png"))
    # the keyboard reaches the same card
    other = next(c for c in ledger.claims if c.metric == "approval")
    browser.execute_script("arguments[0].focus()", browser.find_element(By.ID, other.id))
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    assert browser.find_element(By.CSS_SELECTOR, "#card .card-value").text == show_value(other)
    browser.set_window_size(400, 800)
    browser.save_screenshot(str(tmp_path / "article-400.png"))
    assert browser.find_element(By.ID, "card").is_displayed()  # over the text on a narrow screen
    browser.set_window_size(1280, 900)


def test_the_index_sorts_by_a_column(browser, seed_report: Path, tmp_path: Path):
    from selenium.webdriver.common.by import By

    browser.get((seed_report / "index.html").as_uri())
    browser.execute_script("localStorage.clear()")
    browser.refresh()
    assert "5 articles" in browser.find_element(By.ID, "summary").text
    header = browser.find_elements(By.CSS_SELECTOR, "table.articles th button")[7]  # "claims"
    assert header.text == "claims"

    def counts() -> list[int]:
        return [
            int(row.find_elements(By.TAG_NAME, "td")[7].text)
            for row in browser.find_elements(By.CSS_SELECTOR, "table.articles tbody tr")
        ]

    header.click()  # numbers: the largest first
    assert counts() == sorted(counts(), reverse=True)
    header.click()
    assert counts() == sorted(counts())
    browser.refresh()  # the order is remembered
    assert counts() == sorted(counts())
    browser.execute_script("localStorage.clear()")
    browser.save_screenshot(str(tmp_path / "index-1280.png"))
    browser.set_window_size(400, 800)
    browser.save_screenshot(str(tmp_path / "index-400.png"))
    browser.set_window_size(1280, 900)


def test_a_hostile_article_runs_nothing_in_the_browser(browser, hostile_report: Path, tmp_path: Path):
    from selenium.webdriver.common.by import By

    browser.get((hostile_report / "evil.html").as_uri())
    assert browser.title.startswith("carclaims: ") and "pwned" not in browser.title
    assert browser.find_elements(By.TAG_NAME, "img") == []
    assert browser.find_elements(By.TAG_NAME, "b") == []
    assert len(browser.find_elements(By.TAG_NAME, "script")) == 2
    assert (
        "<script>document.title='pwned'</script>" in browser.find_element(By.CSS_SELECTOR, "pre.source").text
    )
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.claim")
    marks[0].click()
    assert browser.find_element(By.CSS_SELECTOR, "#card .card-value").text in ("92 %", "373,000 USD")
    browser.save_screenshot(str(tmp_path / "hostile.png"))


def test_a_card_shows_the_verify_verdict_and_its_source(browser, seed_report: Path, tmp_path: Path):
    from selenium.webdriver.common.by import By

    ledger = ledger_of("001_bc066277e9d657c6.json")
    browser.set_window_size(1280, 900)
    browser.get((seed_report / "001_bc066277e9d657c6.html").as_uri())
    target = next(
        c for c in ledger.claims if c.metric == "approval" and c.product == "equecabtagene autoleucel"
    )
    mark = browser.find_element(By.ID, target.id)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    card = browser.find_element(By.ID, "card").text
    browser.save_screenshot(str(tmp_path / "verify-card.png"))
    assert "differs: approval of equecabtagene autoleucel '2021': reference 2023-06-30 (NMPA" in card
    assert "verify-differs" in browser.page_source


def test_the_index_counts_verify_verdicts_per_article(seed_report: Path):
    from carclaims.verify import verify_ledger

    index = (seed_report / "index.html").read_text("utf-8")
    assert "verify: agree</button>" in index and "verify: differ</button>" in index
    verdicts = [v.verdict for v in verify_ledger(ledger_of("001_bc066277e9d657c6.json").claims)]
    agree = sum(v in ("matches", "matches-other-cut") for v in verdicts)
    differ = sum(v in ("differs", "selective") for v in verdicts)
    assert differ == 2  # the eque-cel and zevor-cel approval years
    row = next(r for r in index.split("<tr>") if 'href="001_bc066277e9d657c6.html"' in r)
    cells = re.findall(r'<td data-sort="([^"]*)">', row)
    assert cells[-3:-1] == [str(agree), str(differ)]


CHINESE = (
    "奕凯达上市一年\n\n"
    "阿基仑赛注射液(奕凯达)在国内的定价为１２０万元/针,客观缓解率为79%,完全缓解率为５２％。\n\n"
    "截至目前,国内获批上市的CAR-T产品已达7款。\n"
)


@pytest.fixture(scope="module")
def chinese_report(tmp_path_factory) -> Path:
    return _one_article_report(tmp_path_factory.mktemp("chinese"), "zh.txt", CHINESE)


def test_a_chinese_article_is_marked_at_its_own_characters(chinese_report: Path):
    ledger = Ledger.model_validate_json((chinese_report / "ledgers" / "zh.json").read_text("utf-8"))
    assert {c.text for c in ledger.claims} == {"１２０万元/针", "79%", "５２％", "7款"}  # full-width kept
    page = (chinese_report / "report" / "zh.html").read_text("utf-8")
    for claim in ledger.claims:
        assert re.search(rf'<mark id="{claim.id}"[^>]*>{re.escape(claim.text)}</mark>', page), claim.text


def test_the_browser_highlights_chinese_figures(browser, chinese_report: Path, tmp_path: Path):
    from selenium.webdriver.common.by import By

    ledger = Ledger.model_validate_json((chinese_report / "ledgers" / "zh.json").read_text("utf-8"))
    browser.set_window_size(1280, 900)
    browser.get((chinese_report / "report" / "zh.html").as_uri())
    shown = browser.execute_script(
        "return Object.fromEntries(Array.from(document.querySelectorAll('mark[data-claim-id]'))"
        ".map(m => [m.id, m.textContent]))"
    )
    assert shown == {c.id: c.text for c in ledger.claims}
    price = next(c for c in ledger.claims if c.metric == "cost")
    browser.find_element(By.ID, price.id).click()
    assert browser.find_element(By.CSS_SELECTOR, "#card .card-value").text == show_value(price)
    browser.save_screenshot(str(tmp_path / "chinese.png"))


# --- issue 24: defects seen reading the report, each checked in the browser ---------------------


def _open_article(browser, seed_report: Path, name: str, width: int, height: int):
    browser.set_window_size(width, height)
    browser.get((seed_report / f"{name}.html").as_uri())


def _card_open(browser) -> bool:
    return browser.execute_script(
        "var c = document.getElementById('card'); return getComputedStyle(c).display !== 'none'"
        " && (c.classList.contains('open') || getComputedStyle(c).position !== 'fixed')"
    )


def test_narrow_card_closes_with_its_button_and_with_escape(browser, seed_report: Path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    ledger = ledger_of("001_bc066277e9d657c6.json")
    _open_article(browser, seed_report, "001_bc066277e9d657c6", 400, 800)
    claim = ledger.claims[3]
    mark = browser.find_element(By.ID, claim.id)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    assert browser.find_element(By.ID, "card").get_attribute("class").split() == ["card", "open"]
    browser.find_element(By.CSS_SELECTOR, "#card .close").click()
    assert "open" not in browser.find_element(By.ID, "card").get_attribute("class").split()
    assert browser.switch_to.active_element.get_attribute("id") == claim.id  # focus back, card shut
    mark.click()
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert "open" not in browser.find_element(By.ID, "card").get_attribute("class").split()


def test_focus_alone_opens_no_card_and_the_selected_claim_stays_visible(browser, seed_report: Path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    ledger = ledger_of("001_bc066277e9d657c6.json")
    _open_article(browser, seed_report, "001_bc066277e9d657c6", 400, 800)
    claim = ledger.claims[-1]
    browser.execute_script("arguments[0].focus()", browser.find_element(By.ID, claim.id))
    assert "open" not in browser.find_element(By.ID, "card").get_attribute("class").split()
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    mark_box = browser.execute_script(
        "return arguments[0].getBoundingClientRect()", browser.find_element(By.ID, claim.id)
    )
    card_box = browser.execute_script("return document.getElementById('card').getBoundingClientRect()")
    assert mark_box["bottom"] <= card_box["top"] and mark_box["top"] >= 0  # above the card, on screen


def test_keyboard_reaches_the_conflict_link_and_the_other_article(browser, seed_report: Path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    ledger = ledger_of("001_bc066277e9d657c6.json")
    claim = next(
        c for c in ledger.claims if c.metric == "approval" and c.product == "zevorcabtagene autoleucel"
    )
    for width, height in ((1280, 900), (400, 800)):
        _open_article(browser, seed_report, "001_bc066277e9d657c6", width, height)
        browser.execute_script("arguments[0].focus()", browser.find_element(By.ID, claim.id))
        browser.switch_to.active_element.send_keys(Keys.ENTER)
        link = browser.find_element(By.CSS_SELECTOR, "#card .finding a")
        for _ in range(10):  # Tab from the card's heading through the card: the link comes
            browser.switch_to.active_element.send_keys(Keys.TAB)
            if browser.switch_to.active_element == link:
                break
        assert browser.switch_to.active_element == link
        browser.switch_to.active_element.send_keys(Keys.ENTER)
        assert browser.current_url.split("/")[-1].startswith("004_6e120a6e491b43b8.html#c-")
        assert _card_open(browser)  # the other article opens at the other claim's card
    # a skip link leads past the text to the list of claims
    _open_article(browser, seed_report, "001_bc066277e9d657c6", 1280, 900)
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert browser.switch_to.active_element.get_attribute("class") == "skip"


def test_a_claim_in_the_url_opens_below_the_sticky_header(browser, seed_report: Path):
    from selenium.webdriver.common.by import By

    ledger = ledger_of("003_ccdc96e6f48f43e7.json")
    claim = ledger.claims[len(ledger.claims) // 2]
    browser.set_window_size(1280, 900)
    browser.get((seed_report / "003_ccdc96e6f48f43e7.html").as_uri() + "#" + claim.id)
    header = browser.execute_script("return document.querySelector('header.top').getBoundingClientRect()")
    mark = browser.execute_script(
        "return arguments[0].getBoundingClientRect()", browser.find_element(By.ID, claim.id)
    )
    assert header["top"] == 0 and mark["top"] >= header["bottom"]  # the header stays, the claim shows
    assert browser.find_element(By.CSS_SELECTOR, "#card h2").text.startswith(claim.metric)


def test_clicking_a_claim_puts_it_in_the_url(browser, seed_report: Path):
    from selenium.webdriver.common.by import By

    ledger = ledger_of("002_9edf069b830233cd.json")
    _open_article(browser, seed_report, "002_9edf069b830233cd", 1280, 900)
    first, second = ledger.claims[0], ledger.claims[1]
    for claim in (first, second):
        mark = browser.find_element(By.ID, claim.id)
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
        mark.click()
        assert browser.current_url.endswith("#" + claim.id)
    browser.refresh()
    assert browser.find_element(By.CSS_SELECTOR, "#card .card-value").text == show_value(second)


def test_two_digit_item_numbers_are_not_clipped(browser, seed_report: Path):
    _open_article(browser, seed_report, "003_ccdc96e6f48f43e7", 1280, 900)
    padding, font = browser.execute_script(
        "var ol = document.querySelector('nav.claims ol'); var s = getComputedStyle(ol);"
        "return [parseFloat(s.paddingLeft), parseFloat(s.fontSize)]"
    )
    assert len(ledger_of("003_ccdc96e6f48f43e7.json").claims) >= 10
    assert padding >= 2.5 * font  # "99." and its gap fit


def test_zero_counts_are_not_alarms_and_the_index_adds_up(seed_report: Path):
    page = (seed_report / "002_9edf069b830233cd.html").read_text("utf-8")
    summary = re.search(r'<p class="summary">(.*?)</p>', page).group(1)
    for count in re.findall(r'<span class="([^"]+)">(\d+) (?:errors|warnings)</span>', summary):
        assert (count[0] == "count-none") == (count[1] == "0"), summary
    index = (seed_report / "index.html").read_text("utf-8")
    body = index.split("<tbody>")[1].split("</tbody>")[0]
    columns = [list(map(int, re.findall(r'<td data-sort="(\d+)">', row))) for row in body.split("<tr>")[1:]]
    foot = list(map(int, re.findall(r"<td>(\d+)</td>", index.split("<tfoot>")[1])))
    assert foot == [sum(col) for col in zip(*columns, strict=True)]
    assert "a conflict between two articles counts on both" in index


def test_a_conflict_reads_the_same_from_both_sides_and_names_the_place_once(seed_report: Path):
    one = claims_data((seed_report / "001_bc066277e9d657c6.html").read_text("utf-8"))
    two = claims_data((seed_report / "004_6e120a6e491b43b8.html").read_text("utf-8"))
    messages = [
        f["message"]
        for data in (one, two)
        for claim in data.values()
        for f in claim["findings"]
        if f["code"] == "corpus-conflict" and "zevorcabtagene" in f["message"]
    ]
    assert messages == [
        "approval of zevorcabtagene autoleucel: '2022' here, '2024.02.23' in the other article",
        "approval of zevorcabtagene autoleucel: '2024.02.23' here, '2022' in the other article",
    ]
    assert all("data/seeds" not in m for m in messages)


def test_a_figure_holding_two_claims_is_one_control_showing_both(browser, seed_report: Path):
    from selenium.webdriver.common.by import By

    ledger = ledger_of("001_bc066277e9d657c6.json")
    spans: dict[tuple[int, int], list[Claim]] = {}
    for claim in ledger.claims:
        spans.setdefault((claim.start, claim.end), []).append(claim)
    both = next(group for group in spans.values() if len(group) == 2)  # "19.7 months": PFS and OS
    page = (seed_report / "001_bc066277e9d657c6.html").read_text("utf-8")
    controls = [c for c in both if re.search(rf'<mark id="{c.id}"[^>]*tabindex="0"', page)]
    assert len(controls) == 1  # no interactive element inside another
    _open_article(browser, seed_report, "001_bc066277e9d657c6", 1280, 900)
    inner = next(c for c in both if c is not controls[0])
    browser.execute_script("arguments[0].click()", browser.find_element(By.ID, inner.id))
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "#card h2")]
    assert headings == [
        f"{inner.metric}: {show_value(inner)}",
        f"{controls[0].metric}: {show_value(controls[0])}",
    ]


def test_the_report_does_not_depend_on_how_sources_are_typed(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(ROOT)
    build_report([Path("data/seeds")], Path("data/extracted"), tmp_path / "relative")
    build_report([ROOT / "data" / "seeds"], ROOT / "data" / "extracted", tmp_path / "absolute")
    names = sorted(p.name for p in (tmp_path / "relative").iterdir())
    for name in names:
        assert (tmp_path / "relative" / name).read_bytes() == (tmp_path / "absolute" / name).read_bytes(), (
            name
        )
    page = (tmp_path / "relative" / "001_bc066277e9d657c6.html").read_text("utf-8")
    assert '<p class="where">001_bc066277e9d657c6.txt</p>' in page  # below the corpus root
    first_line = (ROOT / "data" / "seeds" / "001_bc066277e9d657c6.txt").read_text("utf-8").splitlines()[0]
    assert f"<h1>{first_line.lstrip('# ').strip()[:99]}" in page  # the article's own title


def test_the_legend_explains_every_mark_and_families_do_not_look_like_links(browser, seed_report: Path):

    page = (seed_report / "001_bc066277e9d657c6.html").read_text("utf-8")
    legend = page.split('<ul class="legend"')[1].split("</ul>")[0]
    for family, metrics in FAMILIES.items():
        assert f'fam-{family}">{family}</span>' in legend and ", ".join(metrics) in legend
    for mark in ("has-error", "has-warning", "selected", "rejected"):
        assert f"mark-sample {mark}" in legend
    _open_article(browser, seed_report, "001_bc066277e9d657c6", 1280, 900)
    style = browser.execute_script(
        "function s(sel) { var e = document.querySelector(sel); var c = getComputedStyle(e);"
        " return [c.textDecorationLine, c.textDecorationColor]; }"
        "return {outcomes: s('mark.fam-outcomes'), approvals: s('mark.fam-approvals'), link: s('header a')}"
    )
    assert style["outcomes"] != style["approvals"]
    assert style["outcomes"][1] != style["link"][1] and style["approvals"][1] != style["link"][1]
    assert "overline" in style["approvals"][0]


@pytest.mark.parametrize(("width", "height"), [(1280, 900), (400, 800)])
def test_axe_finds_no_serious_accessibility_violations(browser, seed_report: Path, width: int, height: int):
    from axe_selenium_python import Axe
    from selenium.webdriver.common.by import By

    browser.set_window_size(width, height)
    pages = ["index", "products", "000_dbbe308cca7ffe0f", "001_bc066277e9d657c6", "003_ccdc96e6f48f43e7"]
    for page in pages:
        browser.get((seed_report / f"{page}.html").as_uri())
        marks = browser.find_elements(By.CSS_SELECTOR, "mark.has-error, mark.claim[tabindex]")
        if marks:  # with a card open: its close button, headings and links are checked too
            browser.execute_script("arguments[0].click()", marks[0])
        axe = Axe(browser)
        axe.inject()
        violations = axe.run()["violations"]
        serious = [
            (v["id"], v["impact"], len(v["nodes"]))
            for v in violations
            if v["impact"] in ("serious", "critical")
        ]
        assert serious == [], (page, serious)


def test_a_card_reads_plainly_with_its_sentence_and_review_commands(
    browser, seed_report: Path, tmp_path: Path
):
    from selenium.webdriver.common.by import By

    ledger = ledger_of("003_ccdc96e6f48f43e7.json")
    claim = next(c for c in ledger.claims if c.timepoint and c.ci is None)
    _open_article(browser, seed_report, "003_ccdc96e6f48f43e7", 1280, 900)
    browser.execute_script("arguments[0].click()", browser.find_element(By.ID, claim.id))
    card = browser.find_element(By.ID, "card")
    quoted = card.find_element(By.CSS_SELECTOR, "blockquote.said")
    assert (
        quoted.text == claim.sentence
        and quoted.find_element(By.CSS_SELECTOR, "mark.figure").text == claim.text
    )
    labels = dict(
        zip(
            [e.text for e in card.find_elements(By.TAG_NAME, "dt")],
            [e.text for e in card.find_elements(By.TAG_NAME, "dd")],
            strict=True,
        )
    )
    assert labels["metric"].endswith(f"({claim.metric})") and labels["metric"] != claim.metric
    number, unit = (
        int(claim.timepoint[1:-1]),
        {"D": "day", "W": "week", "M": "month", "Y": "year"}[claim.timepoint[-1]],
    )
    assert labels["time point"] == f"{number} {unit}{'' if number == 1 else 's'} ({claim.timepoint})"
    assert "CI" not in labels and "—" not in labels.values()  # only the fields that are set
    card.find_element(By.CSS_SELECTOR, "details.commands summary").click()
    commands = [e.text for e in card.find_elements(By.CSS_SELECTOR, "details.commands code")]
    assert commands[0] == f"carclaims review accept data/seeds/003_ccdc96e6f48f43e7.txt {claim.id}"
    browser.save_screenshot(str(tmp_path / "card.png"))


def test_keys_move_between_claims_findings_and_articles(browser, seed_report: Path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    ledger = ledger_of("001_bc066277e9d657c6.json")
    _open_article(browser, seed_report, "001_bc066277e9d657c6", 1280, 900)
    body = browser.find_element(By.TAG_NAME, "body")
    controls = browser.execute_script(
        "return Array.from(document.querySelectorAll('mark.claim[tabindex]')).map(m => m.id)"
    )
    flagged = browser.execute_script(
        "return Array.from(document.querySelectorAll("
        "'mark.claim[tabindex].has-error, mark.claim[tabindex].has-warning')).map(m => m.id)"
    )
    body.send_keys("j")
    assert browser.current_url.endswith("#" + controls[0])
    browser.switch_to.active_element.send_keys("j")
    assert browser.current_url.endswith("#" + controls[1])
    browser.switch_to.active_element.send_keys("k")
    assert browser.current_url.endswith("#" + controls[0])
    browser.switch_to.active_element.send_keys("n")
    assert browser.current_url.endswith("#" + flagged[0])
    assert {c.id for c in ledger.claims} >= set(flagged)
    assert not browser.find_element(By.ID, "keys").is_displayed()
    browser.switch_to.active_element.send_keys("?")
    assert "next / previous claim" in browser.find_element(By.ID, "keys").text
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    browser.find_element(By.TAG_NAME, "body").send_keys("]")
    assert browser.current_url.split("/")[-1].startswith("002_9edf069b830233cd.html")
    browser.find_element(By.TAG_NAME, "body").send_keys("[")
    assert browser.current_url.split("/")[-1].startswith("001_bc066277e9d657c6.html")
    browser.find_element(By.TAG_NAME, "body").send_keys("u")
    assert browser.current_url.endswith("/index.html")


def test_the_index_filters_and_keeps_its_article_column_readable_on_a_phone(browser, seed_report: Path):
    from selenium.webdriver.common.by import By

    browser.set_window_size(1280, 900)
    browser.get((seed_report / "index.html").as_uri())
    browser.find_element(By.ID, "filter").send_keys("003_")
    shown = [
        row.text
        for row in browser.find_elements(By.CSS_SELECTOR, "table.articles tbody tr")
        if row.is_displayed()
    ]
    assert len(shown) == 1 and shown[0].startswith("003_ccdc96e6f48f43e7.txt")
    browser.set_window_size(400, 800)
    browser.get((seed_report / "index.html").as_uri())
    position = browser.execute_script(
        "return getComputedStyle(document.querySelector('table.articles td:first-child')).position"
    )
    assert position != "sticky"  # not frozen at half the width of a phone


def test_the_index_lists_conflicts_and_a_page_shows_claims_by_product(browser, seed_report: Path):
    from selenium.webdriver.common.by import By

    index = (seed_report / "index.html").read_text("utf-8")
    section = index.split('<section class="conflicts">')[1].split("</section>")[0]
    assert "approval of zevorcabtagene autoleucel" in section
    assert "001_bc066277e9d657c6.txt:20:47" in section and "004_6e120a6e491b43b8.txt:30:71" in section
    products = (seed_report / "products.html").read_text("utf-8")
    expected = {
        (c.product, c.metric)
        for p in (ROOT / "data" / "extracted").glob("*.json")
        for c in ledger_of(p.name).claims
        if c.product
    }
    rows = sum(
        len(ledger_of(p.name).claims) - sum(1 for c in ledger_of(p.name).claims if not c.product)
        for p in (ROOT / "data" / "extracted").glob("*.json")
    )
    assert products.count('<table class="by-product">') == len(expected)
    assert products.count("<tr><td>") == rows
    browser.set_window_size(1280, 900)
    browser.get((seed_report / "index.html").as_uri())
    browser.find_element(By.LINK_TEXT, "Claims by product").click()
    assert browser.current_url.endswith("/products.html")
    browser.find_element(By.CSS_SELECTOR, "table.by-product a").click()
    assert "#c-" in browser.current_url and browser.find_element(By.ID, "card").is_displayed()


def test_numbers_not_read_are_shown_faintly_counted_and_can_be_added(browser, seed_report: Path):
    from selenium.webdriver.common.by import By

    from carclaims.htmlreport import unread_numbers

    name = "003_ccdc96e6f48f43e7"
    text = (ROOT / "data" / "seeds" / f"{name}.txt").read_text("utf-8")
    claims = ledger_of(f"{name}.json").claims
    unread = unread_numbers(text, claims)
    assert unread and all(not (c.start < b and a < c.end) for a, b in unread for c in claims)
    page = (seed_report / f"{name}.html").read_text("utf-8")
    assert page.count('<span class="unread"') == len(unread)
    index = (seed_report / "index.html").read_text("utf-8")
    row = next(r for r in index.split("<tr>") if f'href="{name}.html"' in r)
    assert re.findall(r'<td data-sort="([^"]*)">', row)[-1] == str(len(unread))
    _open_article(browser, seed_report, name, 1280, 900)
    span = browser.find_elements(By.CSS_SELECTOR, "span.unread")[0]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", span)
    span.click()
    command = browser.find_element(By.CSS_SELECTOR, "#card .add-command").text
    start, end = unread[0]
    assert command.startswith(
        f"carclaims review add data/seeds/{name}.txt --start {start} --end {end} --metric"
    )
    assert text[start:end] == span.text


ORIGIN_ARTICLE = (
    "Prices of cell therapy 🧬 around the world\n\n"
    "## Treatment in Germany\n\n"
    "Doctors at the clinic explain the steps of the treatment to every family before it begins.\n"
    "A full course of treatment costs about $350,000 there, hospital stay included.\n\n"
    "In ZUMA-1, axi-cel achieved an ORR of 83% in adults with large B-cell lymphoma.\n"
)


def test_a_card_marks_inferred_fields_and_links_their_words(browser, tmp_path: Path):
    """Stated fields read plainly; an inferred one says where it came from, and its link selects
    exactly those words in the text (offsets counted in UTF-16 past an emoji)."""
    from selenium.webdriver.common.by import By

    report = _one_article_report(tmp_path, "prices.txt", ORIGIN_ARTICLE) / "report"
    ledger = load(tmp_path / "ledgers" / "prices.json")
    price = next(c for c in ledger.claims if c.metric == "cost")
    assert price.region == "Europe" and price.attributed_from["region"].level == "heading"
    browser.set_window_size(1280, 900)
    browser.get((report / "prices.html").as_uri())
    browser.find_element(By.ID, price.id).click()
    notes = browser.find_elements(By.CSS_SELECTOR, "#card .inferred")
    assert [n.text for n in notes] == ["inferred from the heading “Germany”"]
    notes[0].find_element(By.CSS_SELECTOR, "a.origin").click()
    assert browser.execute_script("return window.getSelection().toString()") == "Germany"
    assert "#at-" not in browser.current_url  # the claim stays the page's address
    stated = next(c for c in ledger.claims if c.metric == "orr")
    browser.find_element(By.ID, stated.id).click()
    # product, indication, population and study are its sentence's; the region is the heading's
    assert [n.text for n in browser.find_elements(By.CSS_SELECTOR, "#card .inferred")] == [
        "inferred from the heading “Germany”"
    ]
    product = browser.execute_script(
        "var dts = document.querySelectorAll('#card dt');"
        "for (var i = 0; i < dts.length; i++) if (dts[i].textContent === 'product')"
        " return dts[i].nextElementSibling.textContent;"
    )
    assert product == "axicabtagene ciloleucel"


def test_the_gutter_numbers_lines_and_long_lines_by_sentence(browser, tmp_path: Path):
    """Line numbers sit in empty spans (the page's text stays the article's, offset for offset);
    a one-line abstract is numbered by sentence as well."""
    from selenium.webdriver.common.by import By

    abstract = " ".join(
        f"Sentence {i} of the abstract reports that {60 + i}% of the patients responded to treatment."
        for i in range(1, 7)
    )
    text = "A title\n\n" + abstract + "\n"
    report = _one_article_report(tmp_path, "abstract.txt", text) / "report"
    browser.set_window_size(1280, 900)
    browser.get((report / "abstract.html").as_uri())
    labels = browser.execute_script(
        "return Array.from(document.querySelectorAll('pre.source .ln')).map(s => s.dataset.n)"
    )
    assert labels == ["1", "2", "3", "3.2", "3.3", "3.4", "3.5", "3.6"]
    shown = browser.find_element(By.CSS_SELECTOR, "pre.source").get_attribute("textContent")
    assert shown == text
    gutter = browser.execute_script(
        "var s = document.querySelectorAll('pre.source .ln.sent')[0];"
        "return getComputedStyle(s, '::before').content"
    )
    assert gutter == '"3.2"'


def test_a_number_not_read_says_which_rule_came_closest(browser, tmp_path: Path):
    from selenium.webdriver.common.by import By

    text = (
        "The complete remission rate was reported after the doctors had finished a long review of all "
        "the records of the hospital and of its many partners in the region, which took them more than "
        "a year to do, at 85 in "
        "the end.\nThe clinic has 12 beds.\n"
    )
    report = _one_article_report(tmp_path, "miss.txt", text) / "report"
    browser.set_window_size(1280, 900)  # the browser is shared: another test may have left it narrow
    browser.get((report / "miss.html").as_uri())
    spans = {s.text: s for s in browser.find_elements(By.CSS_SELECTOR, "span.unread")}
    spans["85"].click()
    hint = browser.find_element(By.CSS_SELECTOR, "#card .hint").text
    assert hint.startswith("Read as a plain number. Closest rule: cr (cue 'complete_remission'")
    assert hint.endswith("the cue is too far from it.")
    spans["12"].click()
    assert browser.find_element(By.CSS_SELECTOR, "#card .hint").text == (
        "Read as a plain number; no rule came close: no metric cue in its sentence."
    )


def test_family_buttons_hide_a_family_and_j_passes_it_by(browser, seed_report: Path):
    from selenium.webdriver.common.by import By

    name = "001_bc066277e9d657c6"
    claims = ledger_of(f"{name}.json").claims
    counted = sum(1 for c in claims if FAMILY_OF[c.metric] == "counts")
    _open_article(browser, seed_report, name, 1280, 900)
    button = browser.find_element(By.CSS_SELECTOR, "button.family-toggle[data-family='counts']")
    assert button.text == f"counts {counted}" and button.get_attribute("aria-pressed") == "true"
    first = browser.find_element(By.CSS_SELECTOR, "mark.claim.fam-counts")
    shown = first.value_of_css_property("background-color")
    button.click()
    assert button.get_attribute("aria-pressed") == "false"
    assert first.value_of_css_property("background-color") != shown
    browser.find_element(By.TAG_NAME, "body").send_keys("j")
    selected = browser.find_element(By.CSS_SELECTOR, "mark.claim.selected")
    assert "fam-counts" not in selected.get_attribute("class")
    button.click()
    assert first.value_of_css_property("background-color") == shown


def test_the_conflicts_list_says_what_the_two_claims_matched_on(seed_report: Path):
    index = (seed_report / "index.html").read_text("utf-8")
    table = index.split('<table class="conflict-list">', 1)[1].split("</table>", 1)[0]
    assert '<th scope="col">matched on</th>' in table
    rows = table.split("<tr>")[2:]
    assert rows and all("metric approval, product " in row for row in rows)
