"""Read datasets/ into validated frames."""

from loaders.snapshot import (
    DatasetError,
    datasets_dir,
    load_excluded,
    load_milestones,
    load_observations,
    load_partners,
    load_sources,
)

__all__ = [
    "DatasetError",
    "datasets_dir",
    "load_excluded",
    "load_milestones",
    "load_observations",
    "load_partners",
    "load_sources",
]
