"""Checks that span tables: every observation has a source row with the same tier."""

import pandas as pd

from validation.errors import DatasetError


def check_provenance(observations: pd.DataFrame, sources: pd.DataFrame) -> None:
    """Raise DatasetError if an observation names an unknown source or a different tier."""
    known = sources.set_index("source_id")["tier"]
    unknown = sorted(set(observations["source_id"]) - set(known.index))
    if unknown:
        raise DatasetError(
            f"observations cite {len(unknown)} source_id(s) missing from sources.csv: "
            + ", ".join(unknown[:5])
        )
    expected = observations["source_id"].map(known)
    mismatched = observations[expected != observations["tier"]]
    if not mismatched.empty:
        first = mismatched.iloc[0]
        raise DatasetError(
            f"{len(mismatched)} observation(s) carry a tier that differs from their source, "
            f"e.g. source {first['source_id']!r}: observation says {first['tier']!r}, "
            f"sources.csv says {known[first['source_id']]!r}"
        )
