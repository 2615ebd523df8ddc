"""Which source family (observations table) a source id belongs to, read from the sources
table, so that code selecting a family's rows never keys on source-id prefixes.

Observations do not carry their family; `family_of` joins them with the sources of the
datasets folder being read (the same folder `load_observations` reads: `--datasets`,
LEDGER_DATASETS, the checkout's or the installed copy), re-read when its files change.
"""

import os
from pathlib import Path

import pandas as pd

from loaders import store
from loaders.snapshot import datasets_dir, load_sources

_CACHE: dict[tuple, pd.DataFrame] = {}


def _stamp(root: Path) -> tuple:
    found = []
    for name in store.SOURCE_FILES:
        try:
            info = os.stat(root / name)
        except OSError:
            continue
        found.append((name, info.st_size, info.st_mtime_ns))
    return (str(Path(root).resolve()), *found)


def source_table(sources: pd.DataFrame | None = None, root: Path | None = None) -> pd.DataFrame:
    """The sources indexed by source_id: `sources` if given, else those of the datasets
    folder (cached until its source files change)."""
    if sources is not None:
        return sources.set_index("source_id")
    root = Path(root or datasets_dir())
    key = _stamp(root)
    held = _CACHE.get(key)
    if held is None:
        held = load_sources(root).set_index("source_id")
        _CACHE.clear()
        _CACHE[key] = held
    return held


def source_column(
    source_ids: pd.Series,
    column: str,
    sources: pd.DataFrame | None = None,
    root: Path | None = None,
) -> pd.Series:
    """`column` of each id's source row ("" for an id the sources table does not hold)."""
    table = source_table(sources, root)
    return source_ids.map(table[column]).fillna("").astype(str)


def family_of(
    source_ids: pd.Series, sources: pd.DataFrame | None = None, root: Path | None = None
) -> pd.Series:
    """The family of each source id, aligned with `source_ids`."""
    return source_column(source_ids, "family", sources, root)


def in_family(
    frame: pd.DataFrame,
    family: str,
    sources: pd.DataFrame | None = None,
    root: Path | None = None,
) -> pd.Series:
    """Boolean mask: the rows of `frame` whose source belongs to `family`."""
    return family_of(frame["source_id"], sources, root) == family
