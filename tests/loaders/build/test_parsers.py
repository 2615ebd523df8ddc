"""Each parser on its real raw file (skipped when ../shared is absent)."""

import pytest

from loaders.build import (
    bp_ei_gas,
    eurostat_energy,
    iea_gas_flows,
    imf_dots,
    page_figures,
    tourism,
    turkstat_trade,
)
from loaders.build.common import SnapshotError


def _value(frame, **where):
    selected = frame
    for column, wanted in where.items():
        selected = selected[selected[column] == wanted]
    assert len(selected) == 1, where
    return selected["value"].item()


def test_imf_dots_both_views(raw_dir):
    table = imf_dots.parse(raw_dir)
    obs = table.observations
    # SOURCES.md table: 2013 Turkey-reported imports from Russia 26,046.5 and
    # Russia-reported exports to Turkey 25,476.1 (US$ million).
    assert _value(obs, reporter="TUR", partner="RUS", flow="import", period="2013") == (
        pytest.approx(26046.5e6, rel=1e-5)
    )
    assert _value(obs, reporter="RUS", partner="TUR", flow="export", period="2013") == (
        pytest.approx(25476.1e6, rel=1e-5)
    )
    assert {"WLD", "DEU", "CHN"} <= set(obs["partner"])
    assert any("aggregate" in e["reason"] for e in table.excluded)
    assert any("identical values" in e["reason"] for e in table.excluded)  # Australia twice


def test_imf_dots_missing_file_is_named(tmp_path):
    with pytest.raises(SnapshotError, match=r"DOTS_200\.xlsx"):
        imf_dots.parse(tmp_path)


def test_bp_editions_are_vintages_with_newest_preferred(raw_dir):
    obs = bp_ei_gas.parse(raw_dir).observations
    russia_2019 = _value(obs, reporter="TUR", partner="RUS", product="pipeline_gas", period="2019")
    assert russia_2019 == pytest.approx(14.6228, rel=1e-4)
    lng_2019 = obs[(obs.partner == "WLD") & (obs["product"] == "lng") & (obs.period == "2019")]
    assert len(lng_2019) >= 2  # printed by several editions
    assert lng_2019.loc[lng_2019["preferred"], "vintage"].tolist() == ["2026 edition"]


def test_eurostat_units_and_border_caveat(raw_dir):
    table = eurostat_energy.parse(raw_dir)
    obs = table.observations
    # Eurostat extract: Turkey gas from Russia 2013 = 1,004,023 TJ GCV.
    assert _value(
        obs, source_id="eurostat-nrg-ti-gas", partner="RUS", product="natural_gas", period="2013"
    ) == pytest.approx(1004023.0)
    monthly = obs[obs.source_id == "eurostat-energy-monthly"]
    assert monthly["note"].str.contains("border entry").all()
    assert any("not a full-year total" in e["reason"] for e in table.excluded)


def test_iea_border_points(raw_dir):
    obs = iea_gas_flows.parse(raw_dir).observations
    samsun_2021 = obs[(obs.breakdown == "Samsun") & (obs.period == "2021") & obs["preferred"]][
        "value"
    ].item()
    assert samsun_2021 == pytest.approx(16.371, rel=1e-3)  # 16,371 mcm (SOURCES.md)


def test_iea_blank_months_are_gaps_not_zeros(raw_dir):
    """May-September 2009: every entry point, LNG terminals included, reads 0 in all four
    files. Those months and the 2009 year sums are left out (with the reason), so no one sums
    seven months as a year; months with real flows on either side are kept."""
    table = iea_gas_flows.parse(raw_dir)
    obs = table.observations
    assert not obs["period"].isin([f"2009-{m:02d}" for m in range(5, 10)]).any()
    assert not ((obs["period"] == "2009") & (obs["period_type"] == "year")).any()
    samsun = obs[(obs.breakdown == "Samsun") & obs["preferred"]]
    assert set(samsun["period"]) >= {"2009-04", "2009-10", "2010"}
    reasons = [e["reason"] for e in table.excluded]
    assert any("a gap in the file" in r for r in reasons)
    assert any("are blank in the file" in r and "2009-05 to 2009-09" in r for r in reasons)


def test_blank_months_need_every_entry_point_empty():
    """A zero at one border point is a month without flow there, not a gap."""
    import pandas as pd

    monthly = pd.DataFrame(
        {
            "file": ["f"] * 4,
            "borderpoint": ["A", "B", "A", "B"],
            "exit": ["X", "Y", "X", "Y"],
            "entry": ["Turkey"] * 4,
            "month": ["2009-01", "2009-01", "2009-02", "2009-02"],
            "value_mcm": [0.0, 5.0, 0.0, 0.0],
        }
    )
    assert iea_gas_flows.blank_months(monthly) == {("f", "2009-02")}


def test_tourism_sources(raw_dir):
    obs = tourism.parse(raw_dir).observations
    assert _value(
        obs, indicator="tourist_arrivals_international", reporter="TUR", period="2014"
    ) == pytest.approx(39_811_000)
    assert _value(
        obs, indicator="visitor_arrivals_all", period="2019", period_type="year"
    ) == pytest.approx(51_747_199)


def test_turkstat_totals_match_published_figures(raw_dir):
    table = turkstat_trade.parse(raw_dir)
    obs = table.observations
    annual = obs[(obs["product"] == "TOTAL") & (obs.period_type == "year")]
    assert _value(annual, flow="import", period="2024") == pytest.approx(44020e6, rel=1e-3)
    assert _value(annual, flow="import", period="2025") == pytest.approx(41771.8e6, rel=1e-4)
    assert _value(annual, flow="export", period="2025") == pytest.approx(5977.9e6, rel=1e-4)
    assert not (obs.period.str.startswith("2026")).any()  # possible nowcasts left out
    assert any("nowcast" in e["reason"] for e in table.excluded)


def test_page_figures_keep_quotes_and_tiers(raw_dir):
    table, milestones = page_figures.parse(raw_dir)
    obs = table.observations
    assert set(obs["tier"]) <= {"official_reported", "official_statement", "unattributed"}
    assert all(source["quote"] and source["url"] for source in table.sources)
    # "more than 45 billion" is a lower bound, not a point value.
    bound = obs[(obs.period == "2023") & (obs.value == 45000e6)]
    assert bound["qualifier"].tolist() == ["at_least"]
    # Partial years carry their months.
    assert "2021-01/2021-10" in set(obs["period"])
    reasons = " ".join(e["reason"] for e in table.excluded)
    assert "target" in reasons and "model estimate" in reasons
    assert {m["event"] for m in milestones} >= {"TurkStream opening ceremony"}


def test_page_curation_detects_changed_raw_value(raw_dir, tmp_path):
    import shutil

    copy = tmp_path / "raw"
    shutil.copytree(raw_dir, copy, ignore=shutil.ignore_patterns("*.xlsx", "*.xls", "*.RDS"))
    path = copy / "trade" / "figures_from_pages.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",58853,", ",58854,", 1), "utf-8")
    with pytest.raises(SnapshotError, match="row 1 now says '58854'"):
        page_figures.parse(copy)
