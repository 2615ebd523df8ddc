"""Source metadata as data: every source names a family the curation lists; the pair is
named once; column lists come from the pandera contracts."""

import pandas as pd
import pytest

from loaders.build.common import (
    OBSERVATION_COLUMNS,
    SOURCE_COLUMNS,
    SnapshotError,
    SourceTable,
    focus_pair,
    observation_frame,
    source_families,
)
from loaders.catalogue import family_summary, source_coverage
from loaders.snapshot import REPO_DATASETS


def test_every_source_belongs_to_a_listed_family():
    sources = pd.read_csv(REPO_DATASETS / "sources.csv", dtype=str, keep_default_na=False)
    assert set(sources["family"]) <= set(source_families())
    assert sources.columns.tolist() == SOURCE_COLUMNS
    # a family is the observations table its rows live in
    tables = {p.stem for p in (REPO_DATASETS / "observations").glob("*.csv")}
    assert set(sources["family"]) <= tables
    header = (REPO_DATASETS / "observations" / "trade_wits.csv").read_text().splitlines()[0]
    assert header.split(",") == OBSERVATION_COLUMNS


def test_unlisted_family_is_refused():
    with pytest.raises(SnapshotError, match=r"source_families\.csv"):
        SourceTable("trade_somewhere", observation_frame([]), [])


def test_source_table_stamps_its_family_on_sources():
    table = SourceTable("trade_wits", observation_frame([]), [{"source_id": "x"}])
    assert table.sources[0]["family"] == "trade_wits"


def test_the_pair_is_named_once():
    (first, _), (second, _) = focus_pair()
    assert (first, second) == ("TUR", "RUS")


def test_ledger_sources_lists_the_new_families():
    families = family_summary()
    labels = dict(zip(families["family"], families["label"], strict=True))
    assert labels["trade_un_comtrade_bundled"] == "UN Comtrade 2021"
    assert labels["trade_wits"].startswith("WITS") and labels["trade_imf_imts"] == "IMF IMTS"
    coverage = source_coverage()
    wits = coverage[coverage["family"] == "trade_wits"]
    assert len(wits) == 2 and wits["rows"].gt(0).all()
    imts = families.set_index("family").loc["trade_imf_imts"]
    assert "estimate" in imts["caveat"]


def test_source_metadata_rows_name_listed_families_and_tiers():
    from loaders.build.common import CURATION_DIR, METADATA_FILE
    from validation.vocabulary import TIERS

    table = pd.read_csv(CURATION_DIR / METADATA_FILE, dtype=str, keep_default_na=False)
    assert table.columns.tolist() == ["key", *SOURCE_COLUMNS]
    assert table["key"].is_unique
    assert set(table["family"]) <= set(source_families())
    constant = table[~table["tier"].str.contains("{", regex=False)]
    assert set(constant["tier"]) <= set(TIERS)
    # every source the build wrote comes from one of these rows (same family)
    sources = pd.read_csv(REPO_DATASETS / "sources.csv", dtype=str, keep_default_na=False)
    owners = {family: row["owner"] for family, row in source_families().items()}
    built = set(sources.loc[sources["family"].map(owners) == "build", "family"])
    assert built == set(table["family"])


def test_curated_source_fills_its_placeholders_and_names_what_is_missing():
    from loaders.build.common import curated_source, curated_tier

    fields = {"reporter": "tur", "reporter_name": "Turkey", "vintage": "v", "raw_file": "f"}
    row = curated_source("imf-dots", **fields)
    assert row["source_id"] == "imf-dots-tur"
    assert row["publisher"] == "International Monetary Fund"
    assert row["title"].startswith("Direction of Trade Statistics: Turkey,")
    assert row["family"] == "trade_imf_dots"
    assert curated_tier("imf-dots") == row["tier"]
    with pytest.raises(SnapshotError, match=r"source_metadata\.csv: key 'imf-dots', column"):
        curated_source("imf-dots", reporter="tur")
    with pytest.raises(SnapshotError, match=r"no row with key 'nowhere'"):
        curated_source("nowhere")
    with pytest.raises(SnapshotError, match=r"tier is not constant"):
        curated_tier("page-quote")


def test_a_source_listed_under_another_family_is_refused():
    with pytest.raises(SnapshotError, match=r"listed under family 'trade_imf_dots'"):
        SourceTable(
            "trade_wits", observation_frame([]), [{"source_id": "x", "family": "trade_imf_dots"}]
        )
