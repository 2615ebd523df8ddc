"""Every page runs without an exception on the bundled snapshot."""

import datetime as dt
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from loaders import load_observations

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


PAGES = [
    "views/overview.py",
    "views/trade.py",
    "views/energy.py",
    "views/tourism.py",
    "views/fact_check.py",
    "views/data_sources.py",
    "views/check_article.py",
]
CHART_PAGES = PAGES[:5]
# Pages with tabs draw only the open tab: each tab with charts, as its own address.
TABS = {
    "views/trade.py": ["Flows", "Partners", "Products"],
    "views/energy.py": ["Gas", "Oil", "Pipelines"],
}
CHART_VIEWS = [
    (page, {"tab": tab} if tab else {}) for page in CHART_PAGES for tab in TABS.get(page, [None])
]


def _page(page: str, **query) -> AppTest:
    app = AppTest.from_file(str(APP), default_timeout=90)
    for name, value in query.items():
        app.query_params[name] = value
    app.run()
    return app.switch_page(page).run()


@pytest.mark.parametrize("page", PAGES)
def test_page_runs(page):
    app = _page(page)
    assert not app.exception
    assert app.title[0].value


@pytest.mark.parametrize(("page", "query"), CHART_VIEWS)
def test_every_chart_has_sources_description_and_four_downloads(page, query):
    app = _page(page, **query)
    charts = app.get("vega_lite_chart")
    assert charts
    captions = [c.value for c in app.caption if c.value.startswith("Sources: ")]
    assert len(captions) == len(charts)  # one per chart: its sources, then its description
    assert all("\n\nChart description: " in c for c in captions)
    labels = [b.proto.label for b in app.get("download_button")]
    for kind in ("Data (CSV)", "Chart (PNG)", "Chart (SVG)", "About (JSON)"):
        assert labels.count(kind) == len(charts)


def test_overview_sets_claims_beside_the_latest_figures():
    app = _page("views/overview.py")
    labels = [metric.label for metric in app.metric]
    assert any("Turkey-reported" in label for label in labels)
    assert any("Russia-reported" in label for label in labels)
    texts = " ".join(m.value for m in app.markdown)
    assert "** · 001-15 (2018)" in texts  # the 70 % gas share claim, with its verdict
    assert "** · 001-23 (2009)" in texts
    sources = [c.value for c in app.caption if c.value.startswith("Sources: ")]
    assert "International Monetary Fund" in sources[0]


def test_overview_headlines_are_the_latest_year_of_each_view_and_name_their_source():
    app = _page("views/overview.py")
    metrics = [m for m in app.metric if ", " in m.label]
    years = [int(m.label.rsplit(", ", 1)[1]) for m in metrics]
    assert len(years) == 3 and min(years) >= 2021  # no headline stuck in 2020
    named = [c.value for c in app.caption if c.value.startswith("Source: ")]
    assert len(named) == 3 and all(" · " in c for c in named)
    # A figure the press reported says so under its value, not only in the source line.
    for metric, source in zip(metrics, named, strict=True):
        press = source.endswith("official figure reported by the press")
        assert (metric.delta == "press report") == press, (metric.label, source)
    # The years are not aligned: where they differ the page says so above the figures.
    note = app.caption[0].value
    if len(set(years)) > 1:
        assert note.startswith("Different years") and all(str(y) in note for y in years)
    else:
        assert f"are for {years[0]}" in note


def test_trade_view_switch_shows_the_mirror_gap_and_keeps_it_in_the_url():
    app = _page("views/trade.py")
    assert app.query_params["view"] in ("TUR", ["TUR"])
    before = len(app.get("vega_lite_chart"))
    app.radio[0].set_value("mirror").run()
    assert not app.exception
    assert "The gap between the two records" in [s.value for s in app.subheader]
    assert len(app.get("vega_lite_chart")) == before + 1
    sources = [c.value for c in app.caption if c.value.startswith("Sources")]
    assert len(sources) == before + 1
    assert all("International Monetary Fund" in c for c in sources[:-1])
    app.slider[0].set_value((2005, 2015)).run()
    assert app.query_params["years"] in ("2005-2015", ["2005-2015"])


def test_an_address_asking_for_a_choice_not_offered_says_so():
    app = _page("views/energy.py", edition="bp-ei-sr-2099")
    assert not app.exception
    said = " ".join(t.value for t in app.toast)
    assert "edition" in said and "2099" in said and "does not offer" in said


def test_trade_index_scale_says_its_shared_base_year():
    app = _page("views/trade.py", scale="index", view="mirror")
    assert not app.exception
    note = next(c.value for c in app.caption if "= 100 in" in c.value)
    base = int(note.split("= 100 in ", 1)[1][:4])
    assert 1990 <= base <= 2025


@pytest.mark.parametrize(
    ("page", "tabs"),
    [
        ("views/trade.py", ["Flows", "Partners", "Products", "Claims"]),
        ("views/energy.py", ["Gas", "Oil", "Pipelines", "Claims"]),
    ],
)
def test_only_the_open_tab_is_drawn_and_the_url_keeps_it(page, tabs):
    app = _page(page)
    assert [t.label for t in app.tabs] == tabs
    charts_per_tab = {}
    for tab in tabs:
        app.session_state["tab"] = tab
        app.run()
        assert not app.exception
        assert app.query_params["tab"] in (tab, [tab])
        charts_per_tab[tab] = len(app.get("vega_lite_chart"))
    assert charts_per_tab[tabs[-1]] == 0 and app.dataframe  # the claims tab: a table only
    assert all(charts_per_tab[t] for t in tabs[:-1])
    every = sum(charts_per_tab.values())
    assert charts_per_tab[tabs[0]] < every  # the first tab does not draw the others' charts
    shared = _page(page, tab=tabs[1])  # a shared address opens its tab
    assert shared.session_state["tab"] == tabs[1]
    assert len(shared.get("vega_lite_chart")) == charts_per_tab[tabs[1]]
    garbage = _page(page, tab="<script>")
    assert not garbage.exception and garbage.session_state["tab"] == tabs[0]


def test_trade_reopens_a_shared_url():
    app = _page("views/trade.py", view="RUS", years="2000-2010")
    assert app.radio[0].value == "RUS"
    assert app.slider[0].value == (2000, 2010)


def test_trade_ignores_bad_url_values():
    app = _page("views/trade.py", view="<script>", years="abc-2")
    assert not app.exception
    assert app.radio[0].value == "TUR" and app.slider[0].value[0] == 1992


def _in_order(node, found: list) -> list:
    """The page's elements in the order they are drawn (types only)."""
    for child in getattr(node, "children", {}).values():
        found.append(child.type)
        _in_order(child, found)
    return found


def test_energy_opens_on_the_newest_edition_that_lists_every_route():
    from dashboard.series import energy

    editions = energy.bp_editions(load_observations())
    app = _page("views/energy.py")
    assert app.selectbox[0].value == energy.covering_edition(editions)
    assert app.selectbox[0].value != editions["source_id"].iloc[0]  # newest leaves pipelines out
    assert not app.warning
    described = [c.value for c in app.caption if "Chart description: " in c.value]
    assert "Russia Pipeline" in described[0]  # the first chart has Russia's pipeline gas


def test_energy_edition_choice_is_shared_and_warns_above_the_chart():
    app = _page("views/energy.py", edition="bp-ei-sr-2019")
    assert app.selectbox[0].value == "bp-ei-sr-2019"
    assert not app.warning  # the 2019 edition lists pipeline origins
    app.selectbox[0].set_value("bp-ei-sr-2025").run()
    assert app.query_params["edition"] in ("bp-ei-sr-2025", ["bp-ei-sr-2025"])
    warning = app.warning[0].value
    assert "pipeline imports by origin" in warning and "Russia" in warning
    assert "2021 edition (data for 2020)" in warning  # the newest edition that lists them
    order = _in_order(app.main, [])
    assert order.index("warning") < order.index("vega_lite_chart")  # above what it qualifies
    shared = _page("views/energy.py", edition="bp-ei-sr-2025")  # an explicit choice is kept
    assert shared.selectbox[0].value == "bp-ei-sr-2025" and shared.warning


def test_trade_hs_chapters_are_named_in_the_chart_table_and_csv():
    app = _page("views/trade.py", tab="Products")
    described = [c.value for c in app.caption if "largest HS chapters" in c.value]
    assert described and "27 Mineral fuels" in described[0]
    tables = [t.value for t in app.dataframe if "chapter_title" in t.value.columns]
    assert tables and tables[0]["label"].str.match(r"\d\d \S").all()
    assert (tables[0]["chapter_title"] != "").all()


def test_tourism_lists_the_arrival_claims():
    app = _page("views/tourism.py")
    table = app.dataframe[-1].value
    assert {"001-23", "001-24"} <= set(table["claim"])


def test_trade_chart_spec_reads_the_data():
    from dashboard.charts import series_chart
    from dashboard.series.trade import bilateral_flows
    from loaders import load_sources

    flows = bilateral_flows(load_observations(), load_sources(), "TUR", "RUS")
    spec = series_chart(
        flows, y="value_usd_bn", y_title="US$ bn", series="direction", dash="record", title="t"
    ).to_dict()
    line = spec["layer"][0]
    assert line["mark"]["type"] == "line"
    assert line["encoding"]["strokeDash"]["field"] == "record"
    assert isinstance(flows, pd.DataFrame) and (flows["value_usd_bn"] >= 0).all()


def _fact_check() -> AppTest:
    return _page("views/fact_check.py")


def _check_article() -> AppTest:
    return _page("views/check_article.py")


def test_fact_check_filters_select_and_share_state():
    app = _fact_check()
    assert not app.exception
    # The verdict table is made only when its expander is opened (the chart's data table,
    # in its popover, is the one dataframe before that).
    assert not [d for d in app.dataframe if "recorded period" in d.value.columns]
    assert app.expander[0].label == "Every verdict as a table"
    # The scale is on the page (dashboard users have no README), from the checker's own scale.
    scale = "**Target missed**: the goal was not reached by its deadline."
    assert any(scale in m.value for m in app.markdown)
    app.session_state["table"] = True  # open it
    app.run()
    table = app.dataframe[0].value
    assert len(table) == 26 and {"quote", "claimed", "recorded", "verdict"} <= set(table)
    app.multiselect[2].select("needs_review").run()
    assert set(app.dataframe[0].value["verdict"]) == {"Needs review"}
    shown = len(app.dataframe[0].value)
    # The filters sit in a popover: the page says that some claims are hidden, and how many.
    assert any(f"Filtered: {shown} of 26 claims shown" in c.value for c in app.caption)
    assert app.session_state["table"]  # a filter keeps the table open
    assert app.query_params["verdict"] in ("needs_review", ["needs_review"])
    app.selectbox[0].select("001-15").run()
    assert app.query_params["claim"] in ("001-15", ["001-15"])
    texts = " ".join(m.value for m in app.markdown)
    assert "22\\.756 bcm from Russia" in texts  # the explanation, escaped as plain text


def test_fact_check_reopens_a_shared_selection():
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.query_params["claim"] = "001-23"
    app.query_params["verdict"] = "unverifiable"
    app.run()
    app.switch_page("views/fact_check.py").run()
    assert not app.exception
    assert app.selectbox[0].value == "001-23"
    assert app.multiselect[2].value == ["unverifiable"]


def test_fact_check_pasted_text_gets_verdicts_and_markdown_is_not_rendered():
    app = _check_article()
    app.text_area[0].input("Trade reached about $30 billion in 2021. [click](http://x.test)").run()
    assert not app.exception
    heads = [m.value for m in app.markdown if m.value.startswith("**x0")]
    # "about $30 billion" against the $33.0 billion reported for 2021: 9% off
    assert heads == ["**x001 · Approximately right**"]
    # The sentence follows, the claimed figure in bold, the link text escaped.
    assert "> Trade reached **about \\$30 billion** in 2021\\." in [m.value for m in app.markdown]
    assert "](http" not in " ".join(m.value for m in app.markdown)


def test_fact_check_pasted_text_shows_its_reading_and_takes_a_correction():
    app = _check_article()
    app.text_area[0].input("Turkey's imports from Russia were $2.3 billion in June 2021.").run()
    assert not app.exception
    assert any(m.value.startswith("> ") and "**\\$2\\.3 billion**" in m.value for m in app.markdown)
    reading = [d.value for d in app.dataframe if "read as" in d.value.columns]
    read = dict(zip(reading[0]["field"], reading[0]["read as"], strict=True))
    # In words first, the fields a correction names beside them.
    assert read["quantity"] == "Turkey's imports from Russia"
    assert read["who and what"] == "Russia → Turkey (Turkey's imports)"  # as on the charts
    assert read["period"] == "in June 2021, one month"
    assert any("period=2021-06" in f for f in reading[0]["fields"])
    period = next(t for t in app.text_input if t.label.startswith("Period"))
    period.input("2021-07")
    next(b for b in app.button if b.label == "Check again").click().run()
    assert not app.exception
    fixes = [k for k in app.query_params if k.startswith("fix-")]
    assert fixes and "period:2021-07" in app.query_params[fixes[0]]
    checked = [d.value for d in app.dataframe if "claimed period" in d.value.columns]
    assert "2021-07" in set(checked[-1]["claimed period"])
    # Checking again with the form as it now stands keeps the correction (the form compares
    # its fields with the claim as read, not as corrected).
    next(b for b in app.button if b.label == "Check again").click().run()
    assert "period:2021-07" in app.query_params[fixes[0]]


def test_a_correction_applies_only_to_the_text_it_was_made_on():
    app = _check_article()
    app.text_area[0].input("Turkey's imports from Russia were $2.3 billion in June 2021.").run()
    period = next(t for t in app.text_input if t.label.startswith("Period"))
    period.input("2018")
    next(b for b in app.button if b.label == "Check again").click().run()
    assert [k for k in app.query_params if k.startswith("fix-")]
    # Another article, whose first claim is x001 too, in the same tab (or opened from an
    # address that holds the first one's correction): read as written, nothing "corrected".
    app.text_area[0].input("Turkey's imports from Russia were $4.1 billion in May 2021.").run()
    assert not app.exception
    checked = next(d.value for d in app.dataframe if "claimed period" in d.value.columns)
    assert list(checked["claimed period"]) == ["2021-05"]
    assert not any("corrected by you" in c.value for c in app.caption)
    assert next(t for t in app.text_input if t.label.startswith("Period")).value == "2021-05"


def test_fact_check_a_changes_base_period_can_be_corrected():
    app = _check_article()
    app.text_area[0].input("Turkey's imports from Russia rose by 10% in 2023.").run()
    assert not app.exception
    base = next(t for t in app.text_input if t.label.startswith("Compared with"))
    assert base.value == "2022"  # inferred: the year before
    base.input("2021")
    next(b for b in app.button if b.label == "Check again").click().run()
    assert not app.exception
    fixes = [k for k in app.query_params if k.startswith("fix-")]
    assert "base:2021" in app.query_params[fixes[0]]
    reading = next(d.value for d in app.dataframe if "read as" in d.value.columns)
    notes = dict(zip(reading["field"], reading["read as"], strict=True))["reading notes"]
    assert "base period inferred" not in notes
    assert any("base_period=2021" in f for f in reading["fields"])


def test_fact_check_filters_that_leave_nothing_show_a_message():
    app = _fact_check()
    app.multiselect[0].select("000_198eaa820f0c1562.txt").run()
    app.multiselect[2].select("wrong").run()
    assert not app.exception
    assert "No claim matches" in app.warning[0].value


def test_claim_chart_draws_the_records_and_the_claim():
    from dashboard.charts import claim_chart
    from factcheck import check_claims, evidence_table
    from factcheck.documents import load_claims
    from loaders import load_sources

    observations, sources, claims = load_observations(), load_sources(), load_claims()
    claim = claims[claims["claim_id"] == "001-15"].iloc[0]
    verdict = check_claims(claims[claims["claim_id"] == "001-15"], observations, sources).iloc[0]
    evidence = evidence_table(claim, observations, sources)
    assert (evidence["year"] == 2018).any() and (evidence["value"] > 0).all()
    spec = claim_chart(evidence, verdict.to_dict()).to_dict()
    marks = [layer.get("mark", {}) for layer in spec["layer"]]
    assert any(m.get("shape") == "diamond" for m in marks if isinstance(m, dict))
    # The title names the quantity in words, never the indicator's code.
    title = spec["title"]["text"] if isinstance(spec["title"], dict) else spec["title"]
    assert "_" not in title and "Russia" in title and "the records and the claim" in title


def test_data_page_offers_one_sources_rows_from_a_shared_url():
    app = _page("views/data_sources.py", source="imf-dots-rus")
    assert app.selectbox[0].value == "imf-dots-rus"
    assert any("9,560 rows" in c.value for c in app.caption)
    coverage = app.dataframe[0].value
    assert {"publisher", "url", "licence", "vintage", "rows"} <= set(coverage.columns)


def test_fact_check_claim_chart_is_described_in_its_readable_unit():
    app = _fact_check()
    app.selectbox[0].select("001-09").run()
    described = next(c.value for c in app.caption if "Chart description" in c.value)
    assert "US\\$ billion" in described
    assert ",000,000" not in described  # never raw dollars


def test_fact_check_takes_a_document_date_from_long_ago():
    """Streamlit's date box allows ten years either side of today unless told otherwise; a
    2010 article's date was refused (shown only on hover) and then ignored."""
    app = _check_article()
    box = app.date_input[0]
    assert box.min <= dt.date(1990, 1, 1) and box.max >= dt.date.today()
    box.set_value(dt.date(2010, 1, 13))
    app.text_area[0].input("Trade between Russia and Turkey fell 40% last year.").run()
    assert not app.exception
    checked = [d.value for d in app.dataframe if "claimed period" in d.value.columns]
    assert "2009" in set(checked[-1]["claimed period"])


def test_fact_check_upload_box_states_the_limit_the_text_gives():
    app = _check_article()
    box = app.get("file_uploader")[0]
    assert box.proto.max_upload_size_mb == 5
    assert any("up to 5 MB" in m.value for m in app.markdown)


def test_fact_check_a_claim_over_months_is_charted_with_the_year_that_bounds_it():
    """The claim's chart sends the months around the claim and the claimed year's whole-year
    record (the figure its explanation names), not months of other years only."""
    app = _check_article()
    app.text_area[0].input("In the first half of 2023 Turkey imported 9 bcm of Russian gas.").run()
    assert not app.exception
    sent = app.get("vega_lite_chart")[-1]
    rows = pa.ipc.open_stream(sent.proto.datasets[0].data.data).read_all().to_pandas()
    assert {"month", "year"} <= set(rows["span"])
    assert "2023" in set(rows.loc[rows["span"] == "year", "period"])
    assert rows["year"].between(2020, 2027).all()
    described = next(c.value for c in reversed(app.caption) if "Chart description" in c.value)
    assert "whole years" in described and "by month" in described


def test_data_page_glossary_is_text_that_wraps_with_every_term():
    """Definitions had been cut off in a table's cells; now one list, every term of the file."""
    import pandas as pd

    from dashboard.text import plain

    app = _page("views/data_sources.py")
    glossary = pd.read_csv(APP.parent / "glossary.csv", keep_default_na=False)
    listed = next(m.value for m in app.markdown if m.value.startswith("- **"))
    assert listed.count("\n- **") == len(glossary) - 1
    last = glossary.iloc[-1]
    assert listed.endswith(plain(last["definition"]))
    assert "(;" not in listed and "; )" not in listed  # a term without a unit says only where


def test_check_an_article_a_reading_can_be_confirmed_as_it_stands():
    """An inferred base period the fact-checker agrees with: confirming it clears the note,
    so the verdict no longer waits for review, and the block says it was corrected."""
    app = _check_article()
    app.text_area[0].input("Turkey's imports from Russia rose by 10% in 2023.").run()
    heads = [m.value for m in app.markdown if m.value.startswith("**x0")]
    assert heads == ["**x001 · Needs review**"]  # the base period was inferred
    next(c for c in app.checkbox if c.label.startswith("The reading is right")).check()
    next(b for b in app.button if b.label == "Check again").click().run()
    assert not app.exception
    fixes = [k for k in app.query_params if k.startswith("fix-")]
    assert app.query_params[fixes[0]] == "confirmed:yes"
    reading = next(d.value for d in app.dataframe if "read as" in d.value.columns)
    notes = dict(zip(reading["field"], reading["read as"], strict=True))["reading notes"]
    assert "inferred" not in notes
    assert any(c.value == "Reading corrected by you: reading confirmed." for c in app.caption)
    heads = [m.value for m in app.markdown if m.value.startswith("**x0")]
    assert heads and heads != ["**x001 · Needs review**"]


def test_check_an_article_has_a_button_to_check():
    app = _check_article()
    assert any(b.label == "Check the article" for b in app.button)
