"""What every source parser shares: column order, defaults, name-to-code tables, errors."""

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from validation import Observation, Source

CURATION_DIR = Path(__file__).with_name("curation")
METADATA_FILE = "source_metadata.csv"  # per-source publisher, title, address, licence, tier

# Column order comes from the pandera contracts, never retyped here.
OBSERVATION_COLUMNS = list(Observation.to_schema().columns)
SOURCE_COLUMNS = list(Source.to_schema().columns)
EXCLUDED_COLUMNS = ["raw_file", "raw_row", "what", "reason"]

_OBSERVATION_DEFAULTS = {
    "product": "TOTAL",
    "breakdown": "",
    "period_type": "year",
    "qualifier": "exact",
    "preferred": True,
    "note": "",
}


class SnapshotError(ValueError):
    """A raw file is missing or not shaped as its SOURCES.md describes."""


@dataclass
class SourceTable:
    """One parser's output: observations, their source rows, and raw rows left out (with why)."""

    family: str
    observations: pd.DataFrame
    sources: list[dict]
    excluded: list[dict] = field(default_factory=list)

    def __post_init__(self) -> None:
        """Every source row names its family, and the family is one the curation lists."""
        if self.family not in source_families():
            raise SnapshotError(
                f"family {self.family!r} is not listed in loaders/build/curation/"
                "source_families.csv"
            )
        for source in self.sources:
            if source.get("family") and source["family"] != self.family:
                raise SnapshotError(
                    f"source {source['source_id']!r} is listed under family {source['family']!r} "
                    f"in loaders/build/curation/{METADATA_FILE}, but its parser makes "
                    f"{self.family!r}"
                )
            source["family"] = self.family


def observation_frame(rows: Iterable[dict]) -> pd.DataFrame:
    """Build an observation frame in canonical column order, filling the usual defaults."""
    frame = pd.DataFrame([{**_OBSERVATION_DEFAULTS, **row} for row in rows])
    if frame.empty:
        return pd.DataFrame(columns=OBSERVATION_COLUMNS)
    missing = [c for c in OBSERVATION_COLUMNS if c not in frame]
    if missing:
        raise SnapshotError(f"observation rows lack columns {missing}")
    return frame[OBSERVATION_COLUMNS]


def source_row(**fields: str) -> dict:
    """A provenance row; unspecified text fields are empty."""
    row = dict.fromkeys(SOURCE_COLUMNS, "")
    unknown = set(fields) - set(row)
    if unknown:
        raise SnapshotError(f"unknown source fields {sorted(unknown)}")
    row.update(fields)
    return row


@cache
def _source_metadata() -> dict[str, dict[str, str]]:
    path = CURATION_DIR / METADATA_FILE
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != ["key", *SOURCE_COLUMNS]:
            raise SnapshotError(f"{path}: header must be key,{','.join(SOURCE_COLUMNS)}")
        table: dict[str, dict[str, str]] = {}
        for line, row in enumerate(reader, start=2):
            if row["key"] in table:
                raise SnapshotError(f"{path} line {line}: key {row['key']!r} listed twice")
            table[row["key"]] = row
    return table


def _template(key: str) -> dict[str, str]:
    template = _source_metadata().get(key)
    if template is None:
        raise SnapshotError(f"{CURATION_DIR / METADATA_FILE}: no row with key {key!r}")
    return template


def curated_source(key: str, **fields: object) -> dict:
    """The source row listed under `key` in curation/source_metadata.csv (publisher, title,
    address, licence, tier, ...), its `{name}` placeholders filled from `fields`."""
    path = CURATION_DIR / METADATA_FILE
    template = _template(key)
    row = {}
    for column in SOURCE_COLUMNS:
        try:
            row[column] = template[column].format(**fields)
        except (KeyError, IndexError, ValueError) as err:
            raise SnapshotError(
                f"{path}: key {key!r}, column {column!r}: cannot fill {template[column]!r} "
                f"({type(err).__name__}: {err})"
            ) from None
    return source_row(**row)


def curated_tier(key: str) -> str:
    """The tier listed for `key` in curation/source_metadata.csv, for the observation rows of
    that source (a source's rows carry its tier)."""
    tier = _template(key)["tier"]
    if "{" in tier:
        path = CURATION_DIR / METADATA_FILE
        raise SnapshotError(f"{path}: key {key!r}: the tier is not constant")
    return tier


def excluded_row(raw_file: str, raw_row: object, what: str, reason: str) -> dict:
    return {"raw_file": raw_file, "raw_row": str(raw_row), "what": what, "reason": reason}


def require(raw_dir: Path, relative: str) -> Path:
    """The path of a raw file, or a SnapshotError naming the file that is missing."""
    path = raw_dir / relative
    if not path.is_file():
        raise SnapshotError(f"raw file missing: {path} (see ../shared/README.md)")
    return path


def read_raw_csv(raw_dir: Path, relative: str, required: Iterable[str], **kwargs) -> pd.DataFrame:
    """Read a raw CSV and check it has the columns the parser relies on."""
    path = require(raw_dir, relative)
    frame = pd.read_csv(path, **kwargs)
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise SnapshotError(f"{relative}: expected columns {missing}, found {list(frame.columns)}")
    return frame


@cache
def _code_table(file_name: str, name_column: str) -> dict[str, tuple[str, str]]:
    with (CURATION_DIR / file_name).open(newline="", encoding="utf-8") as handle:
        return {r[name_column]: (r["code"], r["kind"]) for r in csv.DictReader(handle)}


def imf_partner(name: str) -> tuple[str, str]:
    """(code, kind) for an IMF DOTS partner name; kind tells aggregates from countries."""
    return _lookup("imf_dots_partners.csv", "imf_name", name)


def country(name: str) -> tuple[str, str]:
    """(code, kind) for a country name as written by BP/EI, Eurostat, IEA or CREA."""
    return _lookup("country_names.csv", "name", name)


def _lookup(file_name: str, column: str, name: str) -> tuple[str, str]:
    table = _code_table(file_name, column)
    if name not in table:
        raise SnapshotError(f"unknown name {name!r}: add it to loaders/build/curation/{file_name}")
    return table[name]


def country_names() -> dict[str, str]:
    """Code -> a readable name, from the curated tables (first name listed wins)."""
    names: dict[str, str] = {}
    for file_name, column in (("imf_dots_partners.csv", "imf_name"), ("country_names.csv", "name")):
        for name, (code, _kind) in sorted(_code_table(file_name, column).items()):
            if code and code not in names:
                names[code] = name
    return names


@cache
def source_families() -> dict[str, dict[str, str]]:
    """family -> {owner, label, caveat}, from curation/source_families.csv."""
    with (CURATION_DIR / "source_families.csv").open(newline="", encoding="utf-8") as handle:
        return {row["family"]: row for row in csv.DictReader(handle)}


@cache
def focus_pair() -> tuple[tuple[str, str], tuple[str, str]]:
    """The project's pair, ((code, name), (code, name)), named once in curation/focus_pair.csv."""
    with (CURATION_DIR / "focus_pair.csv").open(newline="", encoding="utf-8") as handle:
        rows = [(row["code"], row["name"]) for row in csv.DictReader(handle)]
    if len(rows) != 2:
        raise SnapshotError(f"{CURATION_DIR / 'focus_pair.csv'}: expected two countries")
    return rows[0], rows[1]
