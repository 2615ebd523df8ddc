"""Cold load and validation of the whole snapshot, against reading the same CSV files
with plain pandas (no types enforced, no schema, no provenance check)."""

import sys

import pandas as pd
from common import REPO, median_seconds, report

from loaders import load_observations, load_sources

RUNS = 5
DATASETS = REPO / "datasets"


def plain_read() -> None:
    for path in sorted((DATASETS / "observations").glob("*.csv")):
        pd.read_csv(path, dtype=str, keep_default_na=False)
    pd.read_csv(DATASETS / "sources.csv", dtype=str, keep_default_na=False)


def main() -> int:
    ours = median_seconds(lambda: (load_observations(DATASETS), load_sources(DATASETS)), RUNS)
    baseline = median_seconds(plain_read, RUNS)
    rows = len(load_observations(DATASETS))
    report(f"load + validate snapshot ({rows:,} rows)", ours, "pandas read_csv", baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
