"""Load the committed snapshot: every table validated, every error naming its file and line."""

import os
from pathlib import Path

import pandas as pd

from validation import DatasetError, Observation, Source, validate_table
from validation.integrity import check_provenance

REPO_DATASETS = Path(__file__).resolve().parents[1] / "datasets"
TEXT_COLUMNS_EXCEPT = {"value", "preferred"}


def datasets_dir() -> Path:
    """datasets/ of this checkout, or the folder named by LEDGER_DATASETS."""
    return Path(os.environ.get("LEDGER_DATASETS", REPO_DATASETS))


def load_observations(root: Path | None = None) -> pd.DataFrame:
    """All observation tables, validated one file at a time, with provenance checked."""
    root = root or datasets_dir()
    folder = root / "observations"
    files = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    if not files:
        raise DatasetError(f"{folder}: no observation tables found (run `ledger build-snapshot`)")
    frames = []
    for path in files:
        frame = read_table(path, numeric={"value"}, boolean={"preferred"})
        frames.append(validate_table(Observation, frame, str(path)))
    observations = pd.concat(frames, ignore_index=True)
    check_provenance(observations, load_sources(root))
    return observations


def load_sources(root: Path | None = None) -> pd.DataFrame:
    path = (root or datasets_dir()) / "sources.csv"
    return validate_table(Source, read_table(path), str(path))


def load_partners(root: Path | None = None) -> pd.DataFrame:
    return read_table((root or datasets_dir()) / "partners.csv", required=("code", "name"))


def load_milestones(root: Path | None = None) -> pd.DataFrame:
    return read_table(
        (root or datasets_dir()) / "milestones.csv", required=("event", "date", "source_id", "note")
    )


def load_excluded(root: Path | None = None) -> pd.DataFrame:
    return read_table(
        (root or datasets_dir()) / "excluded.csv",
        required=("raw_file", "raw_row", "what", "reason"),
    )


def read_table(
    path: Path,
    numeric: set[str] = frozenset(),
    boolean: set[str] = frozenset(),
    required: tuple[str, ...] = (),
) -> pd.DataFrame:
    """Read a CSV as text (empty stays ""), then convert the named columns strictly."""
    if not path.is_file():
        raise DatasetError(f"{path}: file missing (run `ledger build-snapshot`)")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as err:
        raise DatasetError(f"{path}: cannot be read as CSV ({err})") from None
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise DatasetError(f"{path}: missing column(s) {missing}")
    for column in numeric:
        if column not in frame:
            continue  # the schema reports the missing column
        converted = pd.to_numeric(frame[column], errors="coerce")
        bad = converted.isna()
        if bad.any():
            line = int(bad.idxmax()) + 2
            raise DatasetError(
                f"{path} line {line}: column {column!r} holds "
                f"{frame[column][bad].iloc[0]!r}, not a number"
            )
        frame[column] = converted.astype(float)
    for column in boolean:
        if column not in frame:
            continue
        mapped = frame[column].map({"True": True, "False": False})
        if mapped.isna().any():
            line = int(mapped.isna().idxmax()) + 2
            raise DatasetError(
                f"{path} line {line}: column {column!r} holds "
                f"{frame[column][mapped.isna()].iloc[0]!r}, not True/False"
            )
        frame[column] = mapped.astype(bool)
    return frame
