"""Selecting a family's rows through the sources table, never by source-id prefix."""

import pandas as pd

from loaders import load_observations, load_sources
from loaders.families import family_of, in_family, source_column


def test_family_of_reads_the_sources_table():
    sources = load_sources()
    ids = pd.Series(["bp-ei-sr-2019", "iea-gtf-2022-02", "not-a-source"], index=[5, 6, 7])
    assert list(family_of(ids)) == ["gas_bp_ei", "gas_iea_border_points", ""]
    assert list(family_of(ids).index) == [5, 6, 7]
    assert list(source_column(ids, "edition", sources))[:1] == ["2019 edition"]


def test_in_family_matches_the_observations_table_each_row_lives_in():
    observations = load_observations()
    mask = in_family(observations, "gas_bp_ei")
    assert mask.any()
    sources = load_sources().set_index("source_id")
    assert (sources.loc[observations.loc[mask, "source_id"], "family"] == "gas_bp_ei").all()
    assert not (sources.loc[observations.loc[~mask, "source_id"], "family"] == "gas_bp_ei").any()


def test_given_sources_win_over_the_datasets_folder():
    sources = pd.DataFrame({"source_id": ["bp-ei-sr-2019"], "family": ["renamed"]})
    frame = pd.DataFrame({"source_id": ["bp-ei-sr-2019", "iea-gtf-2022-02"]})
    assert list(in_family(frame, "renamed", sources)) == [True, False]
