"""Run every source parser, validate the result, and write datasets/ atomically."""

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from loaders.build import (
    bp_ei_gas,
    eurostat_energy,
    iea_gas_flows,
    imf_dots,
    imf_imts,
    page_figures,
    tourism,
    turkstat_trade,
    un_comtrade_bundled,
    wits_trade_summary,
)
from loaders.build.common import (
    EXCLUDED_COLUMNS,
    OBSERVATION_COLUMNS,
    SOURCE_COLUMNS,
    SourceTable,
    country_names,
)
from validation import Observation, Source, validate_table
from validation.integrity import check_provenance

PARSERS = (
    imf_dots,
    turkstat_trade,
    bp_ei_gas,
    eurostat_energy,
    iea_gas_flows,
    tourism,
    un_comtrade_bundled,
    wits_trade_summary,
    imf_imts,
)
SORT_KEY = [
    "indicator",
    "reporter",
    "partner",
    "flow",
    "product",
    "breakdown",
    "period_type",
    "period",
    "unit",
    "source_id",
    "vintage",
]
MILESTONE_COLUMNS = ["event", "date", "source_id", "note"]


@dataclass
class BuildSummary:
    observations: dict[str, int]
    sources: int
    excluded: int


# Tables in datasets/ written by people, not derived from raw files: a rebuild keeps them.
CURATED_FILES = ("claims.csv", "documents.csv")


def build_snapshot(raw_dir: Path, out_dir: Path) -> BuildSummary:
    """Parse every raw source, validate, and replace out_dir only if everything passed."""
    tables: list[SourceTable] = [parser.parse(raw_dir) for parser in PARSERS]
    pages, milestones = page_figures.parse(raw_dir)
    tables.append(pages)

    sources = pd.DataFrame([s for t in tables for s in t.sources], columns=SOURCE_COLUMNS)
    sources = validate_table(
        Source, sources.sort_values("source_id", ignore_index=True), "sources.csv"
    )
    families = {}
    for table in tables:
        frame = table.observations.sort_values(SORT_KEY, ignore_index=True)
        families[table.family] = validate_table(Observation, frame, f"{table.family}.csv")
    every_observation = pd.concat(families.values(), ignore_index=True)
    check_provenance(every_observation, sources)

    excluded = pd.DataFrame([e for t in tables for e in t.excluded], columns=EXCLUDED_COLUMNS)
    milestone_frame = pd.DataFrame(milestones, columns=MILESTONE_COLUMNS).sort_values(
        ["event", "date", "source_id"], ignore_index=True
    )
    partners = _partner_table(every_observation)

    staging = out_dir.parent / f".{out_dir.name}.staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "observations").mkdir(parents=True)
    try:
        for family, frame in families.items():
            _write_csv(frame[OBSERVATION_COLUMNS], staging / "observations" / f"{family}.csv")
        _write_csv(sources, staging / "sources.csv")
        _write_csv(partners, staging / "partners.csv")
        _write_csv(excluded, staging / "excluded.csv")
        _write_csv(milestone_frame, staging / "milestones.csv")
        for name in CURATED_FILES:  # hand-made tables the raw files cannot rebuild
            if (out_dir / name).is_file():
                shutil.copy2(out_dir / name, staging / name)
        _swap_in(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BuildSummary({f: len(t) for f, t in families.items()}, len(sources), len(excluded))


def _partner_table(observations: pd.DataFrame) -> pd.DataFrame:
    names = country_names()
    codes = sorted(set(observations["reporter"]) | set(observations["partner"]))
    return pd.DataFrame({"code": codes, "name": [names.get(c, c) for c in codes]})


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, float_format="%.12g", lineterminator="\n")


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Replace out_dir by staging; the old snapshot survives if anything fails before the swap."""
    previous = out_dir.parent / f".{out_dir.name}.previous-{os.getpid()}"
    if out_dir.exists():
        out_dir.rename(previous)
    try:
        staging.rename(out_dir)
    except OSError:
        if previous.exists():
            previous.rename(out_dir)
        raise
    shutil.rmtree(previous, ignore_errors=True)
