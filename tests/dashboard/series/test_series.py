"""Derived series the topic pages plot: values traced to the bundled records."""

from functools import cache

import pandas as pd
import pytest

from dashboard.series import energy, monthly, tourism, trade
from dashboard.series.claims import claim_markers, plotted_data, turnover_claims
from dashboard.series.provenance import source_line
from factcheck import check_claims
from factcheck.documents import load_claims
from loaders import load_observations, load_sources


@cache
def observations() -> pd.DataFrame:
    return load_observations()


@cache
def sources() -> pd.DataFrame:
    return load_sources()


def one(frame: pd.DataFrame, **where) -> pd.Series:
    for column, value in where.items():
        frame = frame[frame[column] == value]
    assert len(frame) == 1, where
    return frame.iloc[0]


def test_flows_keep_each_view_and_source():
    flows = trade.bilateral_flows(observations(), sources(), "TUR", "RUS")
    imf = flows[flows["source_id"] == "imf-dots-tur"]
    sold = one(imf, year=2013, direction="Turkey → Russia")
    bought = one(imf, year=2013, direction="Russia → Turkey")
    assert sold["view"] == "Turkey-reported" and sold["valuation"] == "FOB"
    assert sold["value_usd_bn"] + bought["value_usd_bn"] == pytest.approx(33.26, abs=0.01)
    assert set(flows["view"]) == {"Turkey-reported", "Russia-reported"}
    assert (flows["source_id"].isin(sources()["source_id"])).all()


def test_turnover_and_balance_are_sums_and_differences_within_one_source():
    flows = trade.bilateral_flows(observations(), sources(), "TUR", "RUS")
    table = trade.turnover_and_balance(flows, "TUR", "RUS")
    at = table[(table["year"] == 2013) & (table["source_id"] == "imf-dots-tur")]
    turnover = one(at, measure="Turnover (Turkey → Russia + Russia → Turkey)")["value"]
    balance = at[at["measure"].str.startswith("Turkey's balance")]["value"].iloc[0]
    assert turnover == pytest.approx(33.26, abs=0.01)
    assert balance < 0  # Turkey buys more from Russia than it sells there


def test_mirror_gap_compares_seller_and_buyer_records_of_one_flow():
    flows = trade.bilateral_flows(observations(), sources(), "TUR", "RUS")
    gaps = trade.mirror_gaps(flows)
    row = one(gaps, year=2019, direction="Turkey → Russia")
    assert row["seller_source_id"] == "imf-dots-tur" and row["buyer_source_id"] == "imf-dots-rus"
    expected = (row["buyer_record_usd_bn"] / row["seller_record_usd_bn"] - 1) * 100
    assert row["gap_percent"] == pytest.approx(expected) and 10 < expected < 30


def test_partner_standing_ranks_only_within_full_partner_tables():
    standing = trade.partner_standing(observations(), "TUR", "RUS")
    assert one(standing, year=2005)["rank"] == 2
    assert one(trade.partner_standing(observations(), "RUS", "TUR"), year=2005)["rank"] == 7
    # TurkStat bulletins hold only the pair's own rows: ranking there would make Russia "1st".
    assert set(standing["source_id"]) == {"imf-dots-tur"}
    assert standing["share_percent"].between(0, 100).all()


def test_direction_share_matches_the_fact_check():
    shares = trade.direction_shares(observations(), "RUS", "TUR")
    row = one(shares, year=2013, source_id="imf-dots-rus")
    assert row["share_percent"] == pytest.approx(77.79, abs=0.01)


def test_gas_shares_are_computed_within_one_edition_and_from_eurostat():
    shares = energy.gas_import_shares(observations())
    bp = one(shares, year=2018, source_id="bp-ei-sr-2019")
    assert bp["share_percent"] == pytest.approx(46.36, abs=0.01) and bp["newest"]
    eurostat = one(shares, year=2018, source_id="eurostat-nrg-ti-gas")
    assert eurostat["share_percent"] == pytest.approx(905629 / 1925967 * 100)


def test_gas_by_origin_names_origins_and_keeps_the_edition():
    origins = energy.gas_imports_by_origin(observations(), "bp-ei-sr-2019")
    russia = origins[origins["origin"] == "Russia"]
    assert russia["bcm"].sum() == pytest.approx(22.76, abs=0.01)
    assert set(origins["vintage"]) == {"2019 edition"} and "world" not in set(origins["origin"])
    newest = energy.gas_imports_by_origin(observations(), "bp-ei-sr-2025")
    assert "Pipeline" not in set(newest["route"])  # the page warns instead of showing zero


def test_default_edition_is_the_newest_that_lists_every_route():
    editions = pd.DataFrame(
        {
            "source_id": ["e-2025", "e-2023", "e-2021", "e-2020"],
            "vintage": ["2025", "2023", "2021", "2020"],
            "data_years": ["2024", "2022", "2020", "2019"],
            "routes": [("LNG",), ("LNG",), ("Pipeline", "LNG"), ("Pipeline", "LNG")],
        }
    )
    assert energy.all_routes(editions) == ("Pipeline", "LNG")
    assert energy.covering_edition(editions) == "e-2021"
    assert energy.missing_routes(editions, "e-2025") == ("Pipeline",)
    assert energy.missing_routes(editions, "e-2020") == ()
    # When the newest edition lists every route, it is the default.
    assert energy.covering_edition(editions.iloc[2:]) == "e-2021"
    # Routes come from the data: an importer with LNG only is covered by the newest edition.
    lng_only = editions.assign(routes=[("LNG",)] * 4)
    assert energy.covering_edition(lng_only) == "e-2025"


def test_editions_list_the_routes_their_tables_give_by_origin():
    editions = energy.bp_editions(observations())
    routes = dict(zip(editions["source_id"], editions["routes"], strict=True))
    assert routes["bp-ei-sr-2019"] == ("Pipeline", "LNG")
    assert routes["bp-ei-sr-2025"] == ("LNG",)  # Turkey folded into a regional total
    assert energy.covering_edition(editions) == "bp-ei-sr-2021"


def test_pipeline_flows_and_capacities():
    flows = energy.pipeline_flows(observations())
    assert one(flows, pipeline="TurkStream", year=2020)["bcm"] == pytest.approx(7.487, abs=0.001)
    capacity = energy.pipeline_capacities(observations())
    whole = capacity[capacity["whole_line"]]
    assert set(zip(whole["pipeline"], whole["capacity_bcm_per_year"], strict=True)) == {
        ("TurkStream", 31.5),
        ("Blue Stream", 16.0),
    }


def test_oil_imports_show_only_full_years():
    oil = energy.oil_imports_from(observations())
    assert not oil.empty and (oil["note"].str.startswith("sum of 12 monthly values")).all()
    assert 2010 not in set(oil[oil["product"] == "Crude oil"]["year"])  # a month is missing


def test_arrivals_keep_their_tier_and_the_totals_their_series():
    russians = tourism.arrivals_from(observations(), "RUS")
    assert one(russians, year=2019)["value"] == pytest.approx(7.017657)
    assert set(russians["tier"]) <= {
        "official figure reported by the press",
        "statement by an official",
        "unattributed figure",
    }
    totals = tourism.arrival_totals(observations())
    wb = totals[totals["source_id"] == "wb-wdi-st-int-arvl"]
    assert one(wb, year=2009)["value"] == pytest.approx(30.187)


def test_claim_markers_select_the_quantity_and_scale_it():
    claims = load_claims()
    verdicts = check_claims(claims, observations(), sources())
    markers = claim_markers(
        verdicts,
        claims,
        **turnover_claims("TUR", "RUS"),
    )
    assert set(markers["claim_id"]) == {"000-01", "001-09", "001-11", "001-20", "001-21"}
    assert one(markers, claim_id="001-09")["value"] == pytest.approx(33.0)
    assert pd.isna(one(markers, claim_id="001-20")["year"])  # undated: drawn as a rule
    capacity = claim_markers(
        verdicts,
        claims,
        indicators=["pipeline_capacity"],
        unit="bcm_per_year",
        breakdown_prefix="Blue Stream",
    )
    assert capacity.empty  # both capacity claims are about TurkStream
    drawn = plotted_data(pd.DataFrame({"year": [2013], "value": [33.26]}), markers, "value")
    assert list(drawn["layer"]) == ["recorded"] + ["claim"] * len(markers)


def test_source_line_names_publisher_vintage_and_tier():
    frame = pd.DataFrame({"source_id": ["imf-dots-tur"]})
    line = source_line(frame, sources())
    assert "International Monetary Fund" in line and "2022-02" in line
    assert "official release" in line
    many = pd.DataFrame({"source_id": sources()["source_id"].head(20)})
    assert "and 16 more" in source_line(many, sources())
    assert source_line(pd.DataFrame(), sources()).startswith("Sources: none")


def test_headlines_are_the_latest_year_of_the_strongest_tier_and_say_when_years_differ():
    from dashboard.series.headlines import latest, years_note

    tiers = ["official statistics", "official figure reported by the press"]
    frame = pd.DataFrame(
        {
            "year": [2022, 2023, 2023, 2024],
            "value": [1.0, 2.0, 3.0, 4.0],
            "tier": [tiers[0], tiers[1], tiers[0], "statement by an official"],
        }
    )
    row = latest(frame, tiers)  # 2024 is a statement only: not a headline
    assert (row["year"], row["value"]) == (2023, 3.0)  # the release wins its year
    assert latest(frame[frame["tier"] == "statement by an official"], tiers) is None
    differ = years_note([("Turkey-reported turnover", 2025), ("Russia's gas share", 2023)])
    assert differ.startswith("Different years")
    assert "Turkey-reported turnover 2025" in differ and "Russia's gas share 2023" in differ
    same = years_note([("a", 2024), ("b", 2024)])
    assert same == "All 2 figures are for 2024: the latest each record holds."
    assert years_note([]) == ""


def test_hs_chapters_carry_their_hs_2022_titles_as_labels():
    from dashboard.series import monthly

    titles = monthly.chapter_titles()
    assert len(titles) == 99 and all(len(code) == 2 for code in titles)
    assert titles["27"].startswith("Mineral fuels, mineral oils")
    assert monthly.chapter_label("27") == "27 Mineral fuels, mineral oils and products…"
    assert monthly.chapter_label("72") == "72 Iron and steel"  # short titles are whole
    assert monthly.chapter_label("00") == "HS 00"  # not in the table: the code, never a guess
    for code in titles:  # cut at a word, never on a dangling "and" or "of"
        label = monthly.chapter_label(code)
        assert label.startswith(code + " ") and len(label) <= 3 + monthly.SHORT_TITLE + 1
        assert label.removesuffix("…").split()[-1] not in {"and", "of", "or", "the"}
    chapters = monthly.hs_chapters(observations(), "TUR", "RUS", 2025)
    assert not chapters.empty and (chapters["chapter_title"] != "").all()
    fuels = chapters[(chapters["chapter"] == "27") & (chapters["direction"] == "Russia → Turkey")]
    assert fuels["label"].iloc[0].startswith("27 Mineral fuels")


def test_monthly_legends_name_sources_and_gas_starts_when_it_first_entered():
    from dashboard.series import monthly

    observations, sources = load_observations(), load_sources()
    gas = monthly.gas_months(observations, sources=sources)
    first = gas[gas["value"] > 0].groupby("series")["month"].min()
    assert (gas.groupby("series")["month"].min() == first).all()  # no zeros before a pipeline
    assert gas.loc[gas["series"].str.startswith("TurkStream"), "month"].min().year == 2020
    assert not gas["record"].isin(sources["source_id"]).any()  # names, not ids
    trade_months = monthly.trade_months(observations, "TUR", "RUS", sources)
    records = trade_months.groupby("record")["source_id"].nunique()
    assert (records == 1).all()  # one line never joins two sources
    assert not any(s in r for r in records.index for s in sources["source_id"])


def test_source_line_names_official_releases_before_quoted_pages():
    from dashboard.series.provenance import source_line

    sources = pd.DataFrame(
        {
            "source_id": [f"s{i}" for i in range(8)],
            "publisher": ["a-press.example"] * 5 + ["TurkStat", "IMF", "UN Comtrade"],
            "title": [f"page {i}" for i in range(5)] + ["Foreign trade", "DOTS", "Comtrade"],
            "edition": [""] * 8,
            "retrieved": ["2026-01-01"] * 8,
            "tier": ["unattributed"] * 5 + ["official_release"] * 3,
        }
    )
    line = source_line(pd.DataFrame({"source_id": list(sources["source_id"])}), sources)
    named, folded = line.split("; and ")
    assert "IMF, DOTS" in named and "TurkStat, Foreign trade" in named and "UN Comtrade" in named
    assert named.index("UN Comtrade") < named.index("a-press.example")
    assert "a-press.example (4)" in folded


def test_source_line_names_two_pages_of_one_title_and_date_once():
    from dashboard.series.provenance import source_line

    sources = pd.DataFrame(
        {
            "source_id": ["p1", "p2"],
            "publisher": ["hurriyetdailynews.com"] * 2,
            "title": ["Leaders launch TurkStream"] * 2,
            "edition": [""] * 2,
            "retrieved": [""] * 2,
            "tier": ["official_statement"] * 2,
        }
    )
    line = source_line(pd.DataFrame({"source_id": ["p1", "p2"]}), sources)
    assert line.count("Leaders launch TurkStream") == 1


def test_a_claim_over_months_is_charted_with_the_months_and_whole_years_around_it():
    """A claim about January–June 2023 is bounded by 2023's records: its chart holds the
    whole-year figure the checker names and the months near it, not every month since 2008."""
    from dashboard.series.claims import YEARS_AROUND, claim_evidence
    from factcheck import check_text

    text = "Between January and June 2023 Turkey bought 9 bcm of gas from Russia."
    claim = check_text(text, "mine", None, observations(), sources()).iloc[0]
    assert claim["period"] == "2023-01/2023-06" and claim["indicator"] == "gas_imports"
    drawn = claim_evidence(claim, observations(), sources())
    years = drawn["year"].astype(int)
    assert years.between(2023 - YEARS_AROUND, 2023 + YEARS_AROUND).all()
    whole = drawn[drawn["span"] == "year"]
    assert "2023" in set(whole["period"])  # the year's record that bounds the claim
    assert (drawn["span"] == "month").any() and set(drawn["span"]) == {"month", "year"}
    # A claim over years keeps every year recorded (the context of the long run).
    yearly = check_text("Turkey bought 9 bcm of gas from Russia in 2023.", "mine", None,
                        observations(), sources()).iloc[0]  # fmt: skip
    by_year = claim_evidence(yearly, observations(), sources())
    assert set(by_year["span"]) == {"year"} and by_year["year"].min() < 2023 - YEARS_AROUND


def test_the_sum_of_months_a_verdict_rests_on_is_charted_across_those_months():
    from dashboard.series.claims import claim_evidence
    from factcheck import check_text

    text = "In the first half of 2023 Turkey imported $20 billion of goods from Russia."
    verdict = check_text(text, "mine", None, observations(), sources()).iloc[0]
    assert verdict["recorded_period"] == "2023-01/2023-06"  # a sum of six recorded months
    drawn = claim_evidence(verdict, observations(), sources(), verdict)
    judged = one(drawn, span="months")
    assert judged["value"] == verdict["recorded_value"] and judged["period"] == "2023-01/2023-06"
    # In the series of the months it sums, so it takes their colour and legend entry.
    months = drawn[(drawn["span"] == "month") & (drawn["source_id"] == verdict["source"])]
    assert judged["series"] in set(months["series"])
    assert "months" not in set(claim_evidence(verdict, observations(), sources())["span"])


def test_a_claim_over_months_with_nothing_recorded_charts_nothing():
    from dashboard.series.claims import claim_evidence
    from factcheck import check_text

    text = "In the first half of 2023 Turkey paid $9 billion for Russian gas."
    verdict = check_text(text, "mine", None, observations(), sources()).iloc[0]
    assert verdict["period"] == "2023-01/2023-06" and verdict["verdict"] == "unverifiable"
    assert claim_evidence(verdict, observations(), sources(), verdict).empty


def _lines(**spans) -> pd.DataFrame:
    rows = [
        {"direction": name, "record": "r", "source_id": "s", "year": y, "value": y - 1980.0}
        for name, (first, last) in spans.items()
        for y in range(first, last + 1)
    ]
    return pd.DataFrame(rows)


def test_an_index_puts_every_line_at_100_in_the_year_most_lines_have():
    lines = _lines(long=(1992, 2024), short=(2019, 2024), old=(1992, 2000), one=(2025, 2025))
    indexed, base, left_out = monthly.as_index(lines, "value", ["direction", "record", "source_id"])
    # 2019-2000 is held by two lines (long, short), 1992-2000 by two too (long, old): the first
    assert base == 1992
    assert set(left_out["direction"]) == {"short", "one"}  # no 1992 value; one year only
    at_base = indexed[indexed["year"] == base].set_index("direction")["value"]
    assert at_base.to_dict() == {"long": 100.0, "old": 100.0}


def test_lines_from_a_later_year_share_its_base_and_keep_their_earlier_years():
    lines = _lines(long=(1992, 2024), short=(2019, 2024), mid=(2010, 2022))
    indexed, base, left_out = monthly.as_index(lines, "value", ["direction", "record", "source_id"])
    assert base == 2019 and left_out.empty
    long = indexed[indexed["direction"] == "long"].set_index("year")["value"]
    assert long[2019] == 100.0 and long[1992] < 100 < long[2024]
