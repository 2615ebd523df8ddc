"""BP / EI trade matrices: the Russian Federation's column, every importing country
(skipped when ../shared is absent)."""

import pandas as pd
import pytest

from loaders.build import bp_ei_gas, bp_ei_matrix
from loaders.build.common import SnapshotError
from tests.conftest import RAW_DIR


@pytest.fixture(scope="module")
def parsed():
    if not RAW_DIR.is_dir():
        pytest.skip("../shared/data/raw is not present")
    return bp_ei_gas.parse(RAW_DIR)


@pytest.fixture
def russia_column(parsed):
    obs = parsed.observations
    return obs[(obs["partner"] == "RUS") & (obs["indicator"] == "gas_imports")]


def _at(frame, reporter, product, period):
    rows = frame[
        (frame["reporter"] == reporter)
        & (frame["product"] == product)
        & (frame["period"] == period)
    ]
    assert len(rows) == 1, (reporter, product, period)
    return rows.iloc[0]


def test_importing_countries_of_the_2013_pipeline_column(russia_column):
    # The 2014 edition's "Gas - Trade - pipeline" sheet, column Russian Federation.
    for code, bcm in {"DEU": 39.83, "TUR": 26.17, "UKR": 25.13, "ITA": 24.91}.items():
        row = _at(russia_column, code, "pipeline_gas", "2013")
        assert row["value"] == pytest.approx(bcm, abs=0.005)
        assert row["source_id"] == "bp-ei-sr-2014"
        assert row["vintage"] == "2014 edition"
        assert row["tier"] == "official_release"
    assert (
        "Gas - Trade - pipeline, row: Germany"
        in _at(russia_column, "DEU", "pipeline_gas", "2013")["note"]
    )


def test_turkey_row_is_not_repeated(russia_column):
    turkey = russia_column[russia_column["reporter"] == "TUR"]
    keys = ["product", "period", "source_id"]
    assert not turkey.duplicated(keys).any()


def test_residual_rows_are_pools_and_subtotals_are_left_out(parsed, russia_column):
    # 2020 edition (data 2019): Other EU 73.92, Rest of Europe 2.72, Other CIS 4.79, each
    # kept apart under its residual code (one country sits in one residual row).
    for code, bcm in {"XOU": 73.92, "XRE": 2.72, "XOI": 4.79}.items():
        pool = _at(russia_column, code, "pipeline_gas", "2019")
        assert pool["value"] == pytest.approx(bcm, abs=0.005)
        assert "a residual row" in pool["note"]
    assert set(russia_column["reporter"]).isdisjoint({"WLD", ""})
    excluded = pd.DataFrame(parsed.excluded)
    left = excluded[excluded["raw_file"].str.contains("2014_workbook")]["raw_row"]
    assert {"sheet Gas - Trade - pipeline, row Former Soviet Union"} <= set(left)
    # Countries, residual rows and Turkey add up to the printed total of each sheet (checked
    # in the build); here for 2013: 211.26 bcm by pipeline.
    year = russia_column[
        (russia_column["period"] == "2013") & (russia_column["product"] == "pipeline_gas")
    ]
    assert year["value"].sum() == pytest.approx(211.26, abs=0.01)


def test_an_unknown_row_label_is_named(raw_dir, tmp_path, monkeypatch):
    roles = tmp_path / "roles.csv"
    roles.write_text("label,role\nTotal exports,subtotal\n", encoding="utf-8")
    monkeypatch.setattr(bp_ei_matrix, "ROLES_FILE", roles)
    where = r"2014_workbook.*Gas - Trade - pipeline.*\('Europe'\)"
    with pytest.raises(SnapshotError, match=where):
        bp_ei_matrix.exporter_column_rows(raw_dir, "TUR", lambda *a: {})
