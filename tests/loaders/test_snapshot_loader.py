import shutil
from pathlib import Path

import pytest

from loaders import DatasetError, load_observations, load_sources
from loaders.catalogue import source_coverage
from loaders.snapshot import REPO_DATASETS


@pytest.fixture
def snapshot_copy(tmp_path) -> Path:
    target = tmp_path / "datasets"
    shutil.copytree(REPO_DATASETS, target)
    return target


def test_committed_snapshot_loads_and_every_figure_has_a_source():
    observations = load_observations(REPO_DATASETS)
    sources = load_sources(REPO_DATASETS)
    assert len(observations) > 40_000
    assert set(observations["source_id"]) <= set(sources["source_id"])
    assert observations["value"].notna().all()


def test_recorded_headline_figures_are_present():
    obs = load_observations(REPO_DATASETS)
    tr_imports_2019 = obs[
        (obs.source_id == "imf-dots-tur")
        & (obs.partner == "RUS")
        & (obs.flow == "import")
        & (obs.period == "2019")
    ]
    assert tr_imports_2019["value"].item() == pytest.approx(23115.2e6, rel=1e-4)
    turkstat_2022 = obs[
        (obs.source_id == "turkstat-mgimo-bulletin")
        & (obs.period == "2022")
        & (obs.period_type == "year")
    ]
    # TurkStat's published 2022 total, quoted in the press, is 58,853 US$ million.
    assert turkstat_2022["value"].item() == pytest.approx(58853e6, rel=1e-3)


def test_partial_years_never_look_like_full_years():
    obs = load_observations(REPO_DATASETS)
    partial = obs[obs["period_type"] == "partial_year"]
    assert not partial.empty
    assert partial["period"].str.contains("/").all()


def test_missing_table_is_named(snapshot_copy):
    (snapshot_copy / "sources.csv").unlink()
    with pytest.raises(DatasetError, match=r"sources.csv: file missing"):
        load_observations(snapshot_copy)


def test_no_observation_tables(tmp_path):
    with pytest.raises(DatasetError, match="no observation tables"):
        load_observations(tmp_path)


def test_non_number_names_file_and_line(snapshot_copy):
    path = snapshot_copy / "observations" / "tourism.csv"
    lines = path.read_text().splitlines()
    fields = lines[3].split(",")
    header = lines[0].split(",")
    fields[header.index("value")] = "lots"
    lines[3] = ",".join(fields)
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(DatasetError, match=r"tourism.csv line 4: column 'value' holds 'lots'"):
        load_observations(snapshot_copy)


def test_wrong_column_is_reported(snapshot_copy):
    path = snapshot_copy / "observations" / "gas_bp_ei.csv"
    text = path.read_text()
    path.write_text(text.replace("qualifier", "qualifer", 1))
    with pytest.raises(DatasetError, match=r"gas_bp_ei\.csv"):
        load_observations(snapshot_copy)


def test_truncated_file_is_reported(snapshot_copy):
    path = snapshot_copy / "observations" / "page_figures.csv"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatasetError, match=r"page_figures\.csv"):
        load_observations(snapshot_copy)


def test_missing_provenance_row_is_reported(snapshot_copy):
    path = snapshot_copy / "sources.csv"
    kept = [line for line in path.read_text().splitlines() if not line.startswith("tuik-")]
    path.write_text("\n".join(kept) + "\n")
    with pytest.raises(DatasetError, match="tuik-visitors-monthly"):
        load_observations(snapshot_copy)


def test_source_coverage_lists_every_source():
    coverage = source_coverage(REPO_DATASETS)
    assert set(coverage.columns) >= {"source_id", "rows", "first_year", "last_year", "tier"}
    imf = coverage.set_index("source_id").loc["imf-dots-tur"]
    assert (imf["first_year"], imf["last_year"]) == (1960, 2020)
    from loaders import load_milestones

    # A source with no observation must back a dated milestone; otherwise it is dead weight.
    unused = set(coverage.loc[coverage["rows"] == 0, "source_id"])
    assert unused <= set(load_milestones(REPO_DATASETS)["source_id"])


def test_the_same_bytes_are_validated_once_and_changed_bytes_again(snapshot_copy, monkeypatch):
    from loaders import snapshot

    validated = []
    real = snapshot.validate_table

    def counting(model, frame, table):
        validated.append(Path(table).name)
        return real(model, frame, table)

    monkeypatch.setattr(snapshot, "_VALIDATED", set())
    monkeypatch.setattr(snapshot, "validate_table", counting)
    first = load_observations(snapshot_copy)
    every = sorted(p.name for p in (snapshot_copy / "observations").glob("*.csv"))
    assert sorted(validated) == sorted([*every, "sources.csv"])
    # A byte-identical copy elsewhere (a writer's staged folder) is read, not validated again.
    staged = snapshot_copy.parent / "staged"
    shutil.copytree(snapshot_copy, staged)
    validated.clear()
    assert load_observations(staged).equals(first)
    assert validated == []
    # Changed bytes are validated again, and bad ones are refused as before, every time.
    table = staged / "observations" / "tourism.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    assert ",1995,year," in lines[1]
    table.write_text(lines[0] + lines[1].replace(",1995,year,", ",2999,year,") + "".join(lines[2:]))
    for _ in range(2):
        with pytest.raises(DatasetError, match=r"tourism\.csv.*\n.*period written as its type"):
            load_observations(staged)
    assert validated == ["tourism.csv", "tourism.csv"]
    # Another day, the same bytes are validated again (the period check reads today's date).
    validated.clear()
    monkeypatch.setattr(snapshot, "_today", lambda: snapshot.dt.date(2100, 1, 1))
    load_observations(snapshot_copy)
    assert sorted(validated) == sorted([*every, "sources.csv"])
