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
