"""The CSV reader and the Observation contract refuse non-finite and absurd values."""

import shutil
from pathlib import Path

import pandas as pd
import pytest

from loaders import load_observations
from loaders.snapshot import REPO_DATASETS, read_table
from validation import DatasetError, Observation, validate_table
from validation import vocabulary as vocab
from validation.schemas import UNIT_CEILINGS


@pytest.fixture
def snapshot(tmp_path) -> Path:
    target = tmp_path / "datasets"
    shutil.copytree(REPO_DATASETS, target)
    return target


@pytest.mark.parametrize("value", ["inf", "-inf", "Infinity", "1e400", "nan", "NaN"])
def test_a_non_finite_value_in_a_dataset_csv_does_not_load(snapshot, value):
    path = snapshot / "observations" / "tourism.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[3, "value"] = value
    frame.to_csv(path, index=False)
    with pytest.raises(DatasetError) as refused:
        load_observations(snapshot)
    message = str(refused.value)
    assert f"{path} line 5" in message and "not a finite number" in message


def test_the_reader_names_the_line_of_an_infinite_number(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("value\n1\n2\ninf\n")
    with pytest.raises(DatasetError, match=r"t\.csv line 4: column 'value' holds 'inf'"):
        read_table(path, numeric={"value"})


def test_every_unit_has_a_ceiling_above_every_recorded_value():
    assert set(UNIT_CEILINGS) == set(vocab.UNITS)
    observations = load_observations(REPO_DATASETS)
    highest = observations.groupby("unit")["value"].max()
    assert all(highest[unit] < UNIT_CEILINGS[unit] for unit in highest.index)


@pytest.mark.parametrize(("value", "unit"), [(float("inf"), "USD"), (1e308, "USD"), (5e4, "bcm")])
def test_the_observation_contract_refuses_non_finite_and_absurd_values(
    good_observations, value, unit
):
    frame = good_observations.copy()
    frame.loc[0, "value"] = value
    if unit == "bcm":
        frame.loc[0, ["indicator", "unit"]] = ["gas_imports", "bcm"]
    with pytest.raises(DatasetError, match=r"finite number|plausible ceiling"):
        validate_table(Observation, frame, "observations.csv")
