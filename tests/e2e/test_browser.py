"""The dashboard as a user meets it: real server, headless Chromium, every page."""

import contextlib
import io

import pandas as pd
import pytest

from dashboard.series import trade
from dashboard.series.claims import claim_markers, plotted_data, turnover_claims
from factcheck import check_claims
from factcheck.documents import load_claims
from loaders import load_observations, load_sources
from tests.e2e.harness import LOADED, SIZES, open_page, screenshot

pytestmark = pytest.mark.browser

# Page name: (path, charts it draws at least). Trade and Energy draw only their open tab.
PAGES = {
    "overview": ("/", 3),
    "trade": ("/trade", 2),
    "trade-partners": ("/trade?tab=Partners", 3),
    "trade-products": ("/trade?tab=Products", 1),
    "energy": ("/energy", 2),
    "energy-oil": ("/energy?tab=Oil", 1),
    "energy-pipelines": ("/energy?tab=Pipelines", 3),
    "tourism": ("/tourism", 3),
    "fact-check": ("/fact-check", 1),
    "check": ("/check", 0),
    "data": ("/data", 0),
}


FIRST_CHART_ABOVE_THE_FOLD = {"overview", "trade", "energy", "tourism"}


@pytest.mark.parametrize("name", PAGES)
def test_every_page_renders_its_charts_without_errors_at_every_size(server, page, name):
    """Each page at 1400x1000, 1280x720 and a 390x844 phone: charts drawn, nothing cut,
    a screenshot of each in artifacts/screenshots/ (git-ignored) to look at."""
    path, expected = PAGES[name]
    open_page(page, server + path, charts=expected)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator("h1").first.inner_text()
    charts = page.locator("[data-testid='stVegaLiteChart']")
    assert charts.count() >= expected
    for size, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(700)
        for index in range(charts.count()):
            box = charts.nth(index).bounding_box()
            assert box and box["height"] > 150, (size, index)
            assert box["width"] > (200 if size != "phone" else 250), (size, index)
            # Never wider than the window.
            assert box["x"] + box["width"] <= width + 1, (size, index)
        if size == "laptop" and name in FIRST_CHART_ABOVE_THE_FOLD:
            page.locator("[data-testid='stMain']").evaluate("node => node.scrollTo(0, 0)")
            top = charts.first.bounding_box()["y"]
            assert top < height - 150, f"first chart starts at {top:.0f} px of {height}"
        assert screenshot(page, f"{name}-{size}", width, height).stat().st_size > 10_000
    # The viewer toolbar: no Deploy button and no developer menu items.
    assert page.get_by_role("button", name="Deploy").count() == 0
    assert page.errors == []


def test_a_shared_url_reopens_the_same_view(server, page):
    open_page(page, server + "/trade?view=mirror&years=2005-2015", charts=3)
    checked = page.locator("[data-testid='stRadio'] input:checked")
    assert checked.count() == 1
    assert "mirror" in page.locator("[data-testid='stRadio']").inner_text()
    label = page.locator("[data-testid='stRadio'] label:has(input:checked)").inner_text()
    assert label.strip() == "Both (mirror)"
    assert page.get_by_text("The gap between the two records").is_visible()
    slider = page.locator("[data-testid='stSlider']").inner_text()
    assert "2005" in slider and "2015" in slider
    assert "view=mirror" in page.url and "years=2005-2015" in page.url


def test_a_charts_csv_holds_the_plotted_data_with_unit_and_sources(server, page):
    open_page(page, server + "/", charts=3)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download", exact=True).first.click()
        page.get_by_role("button", name="Data (CSV)").first.click()
    downloaded = pd.read_csv(io.BytesIO(download.value.path().read_bytes()))
    # The first chart on the Overview: turnover in both views with the trade claims.
    observations, sources, claims = load_observations(), load_sources(), load_claims()
    flows = trade.bilateral_flows(observations, sources, "TUR", "RUS")
    turnover = trade.turnover_and_balance(flows, "TUR", "RUS")
    totals = turnover[turnover["measure"].str.startswith("Turnover")]
    markers = claim_markers(
        check_claims(claims, observations, sources),
        claims,
        **turnover_claims("TUR", "RUS"),
    )
    assert {"unit", "source_title", "source_url", "layer"} <= set(downloaded.columns)
    assert set(downloaded["unit"]) == {"US$ billion"}
    assert downloaded["year"].dropna().map(float.is_integer).all()
    recorded = downloaded[downloaded["layer"] == "recorded"]
    merged = totals.merge(recorded, on=["year", "view", "source_id"], suffixes=("", "_csv"))
    assert len(merged) == len(totals)  # every official figure drawn is in the CSV
    assert (merged["value"] - merged["value_csv"]).abs().max() < 1e-9
    assert set(downloaded.loc[downloaded["layer"] == "claim", "claim_id"]) == set(
        markers["claim_id"]
    )
    assert set(plotted_data(totals, markers, "value")["layer"]) == set(downloaded["layer"])


def test_a_chart_downloads_as_svg_with_title_source_and_date(server, page):
    open_page(page, server + "/tourism", charts=3)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download", exact=True).first.click()
        page.get_by_role("button", name="Chart (SVG)").first.click()
    svg = download.value.path().read_text()
    assert "Arrivals of Russian citizens" in svg and "Sources:" in svg
    assert str(pd.Timestamp.today().year) in svg and "Bilateral Ledger" in svg


def test_a_chart_downloads_as_png(server, page):
    open_page(page, server + "/tourism", charts=3)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download", exact=True).first.click()
        page.get_by_role("button", name="Chart (PNG)").first.click()
    assert download.value.path().read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_an_uploaded_document_gets_verdicts(server, page, tmp_path):
    document = tmp_path / "note.md"
    document.write_text(
        "# Note\n\nTrade between Turkey and Russia reached about $30 billion in 2021.\n"
        "<script>window.injected = 1</script>\n",
        encoding="utf-8",
    )
    open_page(page, server + "/check")
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(document)
    page.get_by_text("figure(s) found and checked").wait_for(timeout=60_000)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']")
    # "about $30 billion" against the $33.0 billion reported for 2021
    verdict = page.locator("[data-testid='stMarkdownContainer'] strong").filter(
        has_text="· Approximately right"
    )
    verdict.first.wait_for(state="visible", timeout=30_000)
    assert page.evaluate("() => window.injected") is None  # document text is never run
    claim = page.locator("[data-testid='stExpander'] summary").filter(has_text="30 billion")
    claim.first.scroll_into_view_if_needed()
    claim.first.click()
    page.get_by_text("How it was read:").first.wait_for(timeout=30_000)
    assert page.get_by_role("button", name="Check again").first.is_visible()
    screenshot(page, "fact-check-upload")


def test_consecutive_choices_all_stick(server, page):
    """Each click keeps its choice (a widget rebuilt from the URL on every run lost every
    second change before widgets were keyed)."""
    open_page(page, server + "/trade", charts=2)
    for label, code in [
        ("Russia-reported", "RUS"),
        ("Both (mirror)", "mirror"),
        ("Turkey-reported", "TUR"),
    ]:
        page.locator("[data-testid='stRadio'] label").filter(has_text=label).click()
        page.wait_for_function(f"() => location.search.includes('view={code}')", timeout=30_000)
        page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']")
        checked = page.locator("[data-testid='stRadio'] label:has(input:checked)").inner_text()
        assert checked.strip() == label


def test_a_binary_upload_is_refused_in_the_page(server, page, tmp_path):
    document = tmp_path / "image.txt"
    document.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    open_page(page, server + "/check")
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(document)
    alert = page.locator("[data-testid='stAlertContentError']")
    alert.first.wait_for(timeout=60_000)
    assert "binary" in alert.first.inner_text()
    assert page.locator("[data-testid='stException']").count() == 0


def _settled(page) -> None:
    """Wait until the rerun a click or a history step started has finished."""
    page.wait_for_timeout(1200)
    page.wait_for_selector(LOADED, timeout=60_000)


def _view(page, expected: str | None = None) -> str:
    """The chosen view; with `expected`, first wait (up to 10 s) for the rerun that a history
    step starts to show it: on a loaded machine that rerun can start after _settled's wait,
    and the page then still shows the view before the step."""
    checked = "[data-testid='stRadio'] label:has(input:checked)"
    if expected:
        # On a timeout the assertion that follows reports what is shown.
        with contextlib.suppress(Exception):
            page.wait_for_function(
                f"() => (document.querySelector({checked!r}) || {{}}).innerText?.trim()"
                f" === {expected!r}",
                timeout=10_000,
            )
    return page.locator(checked).inner_text().strip()


def test_back_restores_the_previous_page_and_its_choices(server, page):
    """One browser history entry per choice; Back steps through the choices and back to the
    previous page with the choices it had; Forward returns. A sidebar page switch adds one
    extra entry (Streamlit pushes the bare page address before the page's first run writes
    its choices), so reaching the previous page takes at most two Backs. Under load that extra
    entry can carry the old page's path instead (dashboard/state.py): Back then shows the
    previous page with its choices twice."""
    open_page(page, server + "/trade", charts=2)
    _settled(page)
    entries = page.evaluate("history.length")
    radio = page.locator("[data-testid='stRadio'] label")
    radio.filter(has_text="Both (mirror)").click()
    _settled(page)
    radio.filter(has_text="Russia-reported").click()
    _settled(page)
    assert page.evaluate("history.length") == entries + 2  # one entry per choice
    assert "view=RUS" in page.url
    page.locator("[data-testid='stSidebarNav'] a").filter(has_text="Energy").click()
    _settled(page)
    assert "/energy" in page.url
    for _ in range(2):  # at most two Backs to the previous page
        page.go_back()
        _settled(page)
        if "/trade" in page.url:
            break
    assert page.locator("[data-testid='stMain'] h1").first.inner_text().startswith("Trade")
    assert _view(page, "Russia-reported") == "Russia-reported" and "view=RUS" in page.url
    if "edition=" in page.url:
        # Streamlit's race (see dashboard/state.py): Energy's choices were pushed under the
        # Trade path before the switch reached the address. That entry shows Trade with the
        # choices it had, like the entry before it; one more Back reaches that one.
        page.go_back()
        _settled(page)
        assert _view(page, "Russia-reported") == "Russia-reported" and "edition=" not in page.url
    page.go_back()
    _settled(page)
    assert _view(page, "Both (mirror)") == "Both (mirror)" and "view=mirror" in page.url
    assert page.get_by_text("The gap between the two records").is_visible()
    page.go_back()
    _settled(page)
    assert _view(page, "Turkey-reported") == "Turkey-reported" and "view=TUR" in page.url
    page.go_forward()
    _settled(page)
    assert _view(page, "Both (mirror)") == "Both (mirror)" and "view=mirror" in page.url
    assert page.errors == []


def test_a_tab_draws_its_charts_on_click_and_keeps_its_place_in_the_url(server, page):
    open_page(page, server + "/trade", charts=2)
    assert page.locator("[data-testid='stVegaLiteChart']").count() == 2  # only the open tab
    page.get_by_role("tab", name="Partners").click()
    page.wait_for_function("() => location.search.includes('tab=Partners')", timeout=30_000)
    _settled(page)
    page.locator("[data-testid='stVegaLiteChart'] :is(canvas, svg.marks)").nth(2).wait_for()
    assert page.get_by_text("Each country's place among the other's partners").is_visible()
    assert page.get_by_role("tab", name="Partners").get_attribute("aria-selected") == "true"
    assert page.errors == []
