"""Run every source parser, validate the result, and write datasets/ atomically.

The build owns every file in datasets/ except the live UN Comtrade table and its sources
(`ledger refresh` owns them) and the curated claim registry and document list (see
`loaders/store.py`): it rewrites its own files and keeps the others byte for byte.
"""

import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from loaders import store
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
from loaders.snapshot import staged_check
from validation import DatasetError, Observation, Source, validate_table
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
CURATED_FILES = store.CURATED_FILES


def build_snapshot(raw_dir: Path, out_dir: Path, lock_wait: float = store.LOCK_WAIT_SECONDS):
    """Parse every raw source, validate, and replace the build's files in out_dir only if
    the whole new snapshot (with the files other writers own) passed."""
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

    files = {
        f"observations/{family}.csv": _csv_text(frame[OBSERVATION_COLUMNS])
        for family, frame in families.items()
    }
    files |= {
        "sources.csv": _csv_text(sources),
        "partners.csv": _csv_text(partners),
        "excluded.csv": _csv_text(excluded),
        "milestones.csv": _csv_text(milestone_frame),
    }
    taken = sorted(name for name in files if store.owner_of(name) != "build")
    if taken:
        raise DatasetError(f"the build made {taken}, which another writer owns; rename the family")
    with store.locked(out_dir, "build-snapshot", wait=lock_wait):
        store.write_snapshot(
            out_dir, "build", files, staged_check(out_dir, DatasetError, "the new snapshot")
        )
    return BuildSummary({f: len(t) for f, t in families.items()}, len(sources), len(excluded))


def _partner_table(observations: pd.DataFrame) -> pd.DataFrame:
    names = country_names()
    codes = sorted(set(observations["reporter"]) | set(observations["partner"]))
    return pd.DataFrame({"code": codes, "name": [names.get(c, c) for c in codes]})


def _csv_text(frame: pd.DataFrame) -> str:
    out = io.StringIO()
    frame.to_csv(out, index=False, float_format="%.12g", lineterminator="\n")
    return out.getvalue()
