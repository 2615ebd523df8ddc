"""The dashboard in headless Chromium, against a bare Streamlit app with one Altair chart.

Prints medians over fresh sessions (each a new browser context, so a new Streamlit session
on a warm server) and the ratio to the bare app measured in the same run:
- time to first chart on every page (navigation start to the first chart's canvas);
- rerun latency of the main interactions (view switch on Trade, claim selection on
  Fact-check) against a button rerun in the bare app;
- server memory (RSS, MiB) with 1 and with 10 sessions open.
Targets (issue 15): time to first chart <= 1.3x the bare app, reruns <= 1.5x, server memory
with 10 sessions < 350 MiB; each line says whether it meets its target.

The bare app's rerun redraws nothing (its chart is unchanged). A second baseline, a bare app
whose one chart changes its data on a radio switch, shows the least a Streamlit page pays to
redraw a chart; reruns are also given as a ratio to it. A third draws the very charts each
interaction draws (captured from the dashboard with AppTest) in a bare app with nothing else
on the page, switching between them on a radio: the least any Streamlit page pays to redraw
those charts. Our ratio to it is what the page around the charts costs.
"""

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.e2e.harness import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    LOADED,
    free_port,
    process_rss_mb,
    start_app,
)

BARE = REPO / "bench" / "apps" / "bare_chart.py"
BARE_SWITCH = REPO / "bench" / "apps" / "bare_switch.py"
SAME_CHARTS = REPO / "bench" / "apps" / "same_charts.py"
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
VIEWS = {"Russia-reported": "RUS", "Both (mirror)": "mirror", "Turkey-reported": "TUR"}
CLAIMS = ["001-09", "001-15", "001-23", "000-01", "001-21"]
PAGES = {
    "Overview": "/",
    "Trade": "/trade",
    "Energy": "/energy",
    "Tourism": "/tourism",
    "Fact-check": "/fact-check",
}
FIRST_CHART = "[data-testid='stVegaLiteChart'] :is(canvas, svg.marks)"


def first_chart_seconds(browser, url: str) -> float:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(FIRST_CHART, timeout=60_000)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def median_first_chart(browser, url: str) -> float:
    first_chart_seconds(browser, url)  # warm-up: the server's caches fill on first use
    return statistics.median(first_chart_seconds(browser, url) for _ in range(RUNS))


def rerun_seconds(page, act, url_part: str) -> float:
    start = time.perf_counter()
    act()
    # Query parameters change by history.replaceState, not by a navigation.
    page.wait_for_function(f"() => location.search.includes({url_part!r})", timeout=60_000)
    page.wait_for_selector(LOADED, timeout=60_000)
    return time.perf_counter() - start


def open_session(browser, url: str):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(FIRST_CHART, timeout=60_000)
    page.wait_for_selector(LOADED, timeout=60_000)
    return context, page


def memory(browser, base: str, pid: int, sessions: int) -> float:
    opened = [open_session(browser, base + "/") for _ in range(sessions)]
    time.sleep(1)
    rss = process_rss_mb(pid)
    for context, _ in opened:
        context.close()
    time.sleep(1)
    return rss


def start_same_charts(port: int, choices: dict[str, list[dict]], folder: str, widget: str = ""):
    """The same-charts app serving `choices` (choice -> the charts it shows), chosen by a
    radio or (widget="selectbox") by a select box."""
    path = Path(folder) / f"charts-{port}.json"
    path.write_text(json.dumps(choices))
    os.environ["BENCH_CHARTS"] = str(path)
    os.environ["BENCH_WIDGET"] = widget
    try:
        return start_app(port, SAME_CHARTS)
    finally:
        del os.environ["BENCH_CHARTS"], os.environ["BENCH_WIDGET"]


def select_from_box(page, box_text: str, choice: str, url_part: str) -> float:
    """Open a select box, type the choice (the user's part, not timed), then time from the
    click on the option itself to the end of the rerun."""
    box = page.locator("[data-testid='stSelectbox']").filter(has_text=box_text)
    box.first.click()
    page.keyboard.press("Control+a")
    page.keyboard.type(choice)
    option = page.get_by_role("option").filter(has_text=choice).first
    option.wait_for(timeout=30_000)
    return rerun_seconds(page, option.click, url_part)


def choice_switches(page, choices: list[str]) -> float:
    """Median time to switch the same-charts app to each choice in turn."""
    times = []
    for i in range(RUNS):
        choice = choices[(i + 1) % len(choices)]
        radio = page.locator("[data-testid='stRadio'] label").filter(has_text=choice)
        times.append(rerun_seconds(page, radio.click, f"choice={choice}"))
    return statistics.median(times)


def line(
    name: str,
    ours: float,
    base: float,
    unit: str = "ms",
    target: float = 0,
    floor: float = 0,
    same: float = 0,
) -> None:
    scale = 1000 if unit == "ms" else 1
    verdict = ""
    if target:
        verdict = f"   target <= {target:g}: {'met' if ours / base <= target else 'NOT met'}"
    if floor:
        verdict += f"   ratio to a bare chart switch {ours / floor:5.2f}"
    if same:
        verdict += (
            f"\n{'':44}the same charts in a bare app {same * scale:7.1f} {unit}: "
            f"{same / base:4.2f} x the bare app; ours {ours / same:4.2f} x theirs"
        )
    print(
        f"{name:42} {ours * scale:9.1f} {unit}   bare app {base * scale:9.1f} {unit}"
        f"   ratio {ours / base:6.2f}{verdict}"
    )


def main() -> int:
    if not CHROMIUM.exists():
        print("Debian's chromium is not installed: apt-get install chromium", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    from tests.dashboard.sent_charts import sent_charts

    print("Capturing the charts each interaction draws (AppTest)...", flush=True)
    view_charts = {
        code: sent_charts("views/trade.py", view=code, tab="Flows") for code in VIEWS.values()
    }
    claim_charts = {claim: sent_charts("views/fact_check.py", claim=claim) for claim in CLAIMS}
    folder = tempfile.mkdtemp(prefix="bench-charts-")
    ours_port, bare_port, switch_port = free_port(), free_port(), free_port()
    ours, bare = start_app(ours_port), start_app(bare_port, BARE)
    switcher = start_app(switch_port, BARE_SWITCH)
    views_port, claims_port, boxed_port = free_port(), free_port(), free_port()
    same_views = start_same_charts(views_port, view_charts, folder)
    same_claims = start_same_charts(claims_port, claim_charts, folder)
    same_boxed = start_same_charts(boxed_port, claim_charts, folder, widget="selectbox")
    ours_url, bare_url = f"http://127.0.0.1:{ours_port}", f"http://127.0.0.1:{bare_port}"
    switch_url = f"http://127.0.0.1:{switch_port}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            print(f"Time to first chart (median of {RUNS} fresh sessions, warm server)")
            baseline = median_first_chart(browser, bare_url)
            for name, path in PAGES.items():
                line(
                    f"  {name}", median_first_chart(browser, ours_url + path), baseline, target=1.3
                )

            print(f"Rerun latency (median of {RUNS})")
            context, page = open_session(browser, bare_url)
            button = page.get_by_role("button", name="Rerun")
            bare_times = [rerun_seconds(page, button.click, f"count={i + 1}") for i in range(RUNS)]
            context.close()
            bare_rerun = statistics.median(bare_times)

            context, page = open_session(browser, switch_url)
            floor_times = []
            for i in range(RUNS):
                label = ["down", "up"][i % 2]
                radio = page.locator("[data-testid='stRadio'] label").filter(has_text=label)
                floor_times.append(rerun_seconds(page, radio.click, f"view={label}"))
            context.close()
            floor = statistics.median(floor_times)
            line("  bare app, switch its chart's data", floor, bare_rerun)

            context, page = open_session(browser, f"http://127.0.0.1:{views_port}")
            same_switch = choice_switches(page, list(VIEWS.values()))
            context.close()
            context, page = open_session(browser, ours_url + "/trade")
            views = list(VIEWS)
            switch = []
            for i in range(RUNS):
                label = views[i % len(views)]
                radio = page.locator("[data-testid='stRadio'] label").filter(has_text=label)
                switch.append(rerun_seconds(page, radio.click, f"view={VIEWS[label]}"))
            context.close()
            line(
                "  Trade: switch whose records",
                statistics.median(switch),
                bare_rerun,
                target=1.5,
                floor=floor,
                same=same_switch,
            )

            context, page = open_session(browser, f"http://127.0.0.1:{claims_port}")
            same_select = choice_switches(page, CLAIMS)
            context.close()
            # The same charts chosen from a select box, as on the Fact-check page.
            context, page = open_session(browser, f"http://127.0.0.1:{boxed_port}")
            boxed = [
                select_from_box(page, "Choice", claim, f"choice={claim}")
                for claim in (CLAIMS * 2)[1 : RUNS + 1]
            ]
            context.close()
            context, page = open_session(browser, ours_url + "/fact-check")
            select = []
            try:
                for claim in CLAIMS[:RUNS]:
                    select.append(select_from_box(page, "Show a claim", claim, f"claim={claim}"))
                line(
                    "  Fact-check: select a claim",
                    statistics.median(select),
                    bare_rerun,
                    target=1.5,
                    floor=floor,
                    same=same_select,
                )
                boxed_ms = statistics.median(boxed) * 1000
                print(
                    f"{'':44}the same charts from a select box {boxed_ms:6.1f} ms: "
                    f"{statistics.median(boxed) / bare_rerun:.2f} x the bare app; "
                    f"ours {statistics.median(select) / statistics.median(boxed):.2f} x theirs"
                )
            except Exception as err:
                print(f"  Fact-check: select a claim: not measured ({str(err).splitlines()[0]})")
            context.close()

            print("Server memory (RSS, MiB) with sessions open on the Overview / bare page")
            for sessions in (1, 10):
                ours_rss = memory(browser, ours_url, ours.pid, sessions)
                bare_rss = memory(browser, bare_url, bare.pid, sessions)
                line(f"  {sessions} session(s)", ours_rss, bare_rss, unit="MiB")
                if sessions == 10:
                    met = "met" if ours_rss < 350 else "NOT met"
                    print(f"  10 sessions: {ours_rss:.0f} MiB, target < 350 MiB: {met}")
            browser.close()
    finally:
        for process in (ours, bare, switcher, same_views, same_claims, same_boxed):
            process.terminate()
            process.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
