"""The three trade sources added for issue 12: UN Comtrade 2021, WITS, IMF IMTS (real raw
files, skipped when ../shared is absent)."""

import shutil

import pandas as pd
import pytest

from loaders.build import imf_imts, turkstat_trade, un_comtrade_bundled, wits_trade_summary
from loaders.build.common import SnapshotError
from loaders.comtrade.records import to_observations
from validation import Observation, validate_table


def _one(frame: pd.DataFrame, **where) -> pd.Series:
    selected = frame
    for column, wanted in where.items():
        selected = selected[selected[column] == wanted]
    assert len(selected) == 1, where
    return selected.iloc[0]


def test_comtrade_pair_rows_and_world_totals(raw_dir):
    table = un_comtrade_bundled.parse(raw_dir)
    obs = validate_table(Observation, table.observations, "bundled")
    # SOURCES.md: Russia's exports to Türkiye 26,426,295,172.05 US$ (Russia's own report),
    # Türkiye's exports to Russia 5,774,391,900; World totals 492.3 bn and 225.2 bn.
    assert _one(obs, reporter="RUS", partner="TUR")["value"] == pytest.approx(26426295172.05)
    assert _one(obs, reporter="TUR", partner="RUS")["value"] == pytest.approx(5774391900)
    assert _one(obs, reporter="RUS", partner="WLD")["value"] == pytest.approx(492313790696.653)
    assert _one(obs, reporter="TUR", partner="WLD")["value"] == pytest.approx(225214458038)
    # Full partner lists for the pair's own reports; other reporters only towards the pair.
    assert (obs["reporter"] == "RUS").sum() > 150
    others = obs[~obs["reporter"].isin(["TUR", "RUS"])]
    assert set(others["partner"]) == {"TUR", "RUS"}
    assert len(others) > 200


def test_comtrade_rows_have_the_refresh_shape(raw_dir):
    """Same columns, values and labels as `ledger refresh` makes, apart from source and vintage."""
    obs = un_comtrade_bundled.parse(raw_dir).observations
    row = _one(obs, reporter="RUS", partner="TUR")
    record = pd.DataFrame(
        [
            {
                "reporterCode": 643,
                "partnerCode": 792,
                "flowCode": "X",
                "period": "2021",
                "cmdCode": "TOTAL",
                "primaryValue": row["value"],
                "netWgt": float("nan"),
                "isNetWgtEstimated": None,
            }
        ]
    )
    refreshed = to_observations(record, {}).iloc[0]
    for column in refreshed.index.drop(["source_id", "vintage"]):
        assert row[column] == refreshed[column], column
    assert row["source_id"] == "un-comtrade-rus-2023-03" != refreshed["source_id"]
    assert row["source_id"].startswith(refreshed["source_id"])


def test_comtrade_left_out_rows_are_listed(raw_dir):
    table = un_comtrade_bundled.parse(raw_dir)
    raw = pd.read_csv(raw_dir / un_comtrade_bundled.RAW_FILE, dtype=str)
    areas = [e for e in table.excluded if "not a country" in e["reason"]]
    summaries = [e for e in table.excluded if e["raw_row"].startswith("lines")]
    counted = sum(int(e["what"].split("exports to ")[1].split()[0]) for e in summaries)
    assert len(table.observations) + len(areas) + counted == len(raw)
    assert any("Other Asia, nes" in e["what"] for e in areas)


def test_comtrade_wrong_flow_is_named(raw_dir, tmp_path):
    folder = tmp_path / "trade" / "un_comtrade_2021_via_pcd15"
    folder.mkdir(parents=True)
    source = raw_dir / un_comtrade_bundled.RAW_FILE
    text = source.read_text(encoding="utf-8").replace(",Export,", ",Import,", 1)
    (folder / source.name).write_text(text, encoding="utf-8")
    with pytest.raises(SnapshotError, match=r"line 2: column 'flowDesc' is 'Import'"):
        un_comtrade_bundled.parse(tmp_path)


def test_wits_two_vintages_missing_years_stay_missing(raw_dir):
    table = wits_trade_summary.parse(raw_dir)
    obs = validate_table(Observation, table.observations, "wits")
    assert {s["source_id"] for s in table.sources} == {
        "wits-trade-summary-2021",
        "wits-trade-summary-2019",
    }
    trade = obs[obs["indicator"] == "merchandise_trade"]
    imports = trade[(trade.reporter == "TUR") & (trade.flow == "import")]
    # SOURCES.md: 2021 = 28,959.36; 2013 revised from 25,064.21 (2019 download) to 26,046.54.
    assert _one(imports, period="2021")["value"] == pytest.approx(28959.36e6)
    y2013 = imports[imports.period == "2013"].set_index("source_id")
    assert y2013.loc["wits-trade-summary-2019", "value"] == pytest.approx(25064.21e6)
    assert y2013.loc["wits-trade-summary-2021", "value"] == pytest.approx(26046.54e6)
    assert y2013.loc["wits-trade-summary-2021", "preferred"]
    assert not y2013.loc["wits-trade-summary-2019", "preferred"]
    # Russia's exports to Türkiye: 2008 and 2016-2019, 2021; 2020 missing (not top five).
    russia = trade[(trade.reporter == "RUS") & (trade.flow == "export")]
    newest = russia[russia.source_id == "wits-trade-summary-2021"]
    assert set(newest["period"]) == {"2008", "2016", "2017", "2018", "2019", "2021"}
    assert (obs["value"] > 0).all()  # nothing filled with zero


def test_wits_keeps_every_pair_cell_of_the_derived_extract(raw_dir):
    obs = wits_trade_summary.parse(raw_dir).observations
    derived = pd.read_csv(
        raw_dir / wits_trade_summary.FOLDER / "derived_wits_tur_rus_pair_rows_long.csv"
    )
    assert len(obs) == len(derived) == 138


def test_imts_estimates_are_labelled(raw_dir):
    table = imf_imts.parse(raw_dir)
    obs = validate_table(Observation, table.observations, "imts")
    assert set(obs["partner"]) == {"TUR"} and set(obs["reporter"]) == {"RUS"}
    exports = obs[obs.flow == "export"].set_index("period")
    # SOURCES.md: Russia -> Türkiye 2020 15,759.97; 2022 53,883.10 (US$ m).
    assert exports.loc["2020", "value"] == pytest.approx(15759.968692e6)
    assert exports.loc["2020", "qualifier"] == "exact"
    assert exports.loc["2022", "value"] == pytest.approx(53883.09786617509e6)
    estimated = obs[obs["period"].astype(int) >= 2021]
    assert (estimated["qualifier"] == "estimated_from_partner").all()
    assert estimated["note"].str.contains("IMF estimate from Türkiye's data").all()
    assert (obs.loc[obs["period"].astype(int) < 2021, "qualifier"] == "exact").all()


def test_imts_estimates_echo_turkish_records(raw_dir):
    """Why they are labelled: Russia's 2021-2024 exports to Türkiye x 1.0922 are TurkStat's
    imports from Russia (SOURCES.md), i.e. no independent Russian record."""
    imts = imf_imts.parse(raw_dir).observations
    turkstat = turkstat_trade.parse(raw_dir).observations
    annual = turkstat[
        (turkstat["product"] == "TOTAL")
        & (turkstat.period_type == "year")
        & (turkstat.flow == "import")
    ].set_index("period")["value"]
    exports = imts[imts.flow == "export"].set_index("period")["value"]
    for year in ("2021", "2022", "2023", "2024"):
        assert exports[year] * 1.0922 == pytest.approx(annual[year], rel=1e-4), year


def test_imts_unknown_flow_is_named(raw_dir, tmp_path):
    folder = tmp_path / "trade" / "imf_imts_rus_via_paulinakasetiene"
    folder.mkdir(parents=True)
    shutil.copy(raw_dir / imf_imts.RAW_FILE, folder)
    path = folder / "RU_trade.csv"
    path.write_text(
        path.read_text(encoding="utf-8-sig").replace('"MG","Imports', '"SG","Imports', 1),
        encoding="utf-8",
    )
    with pytest.raises(SnapshotError, match=r"RU_trade.csv line 2: flow 'SG'"):
        imf_imts.parse(tmp_path)
