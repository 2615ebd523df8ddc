"""Turn pandera's failure table into one message a person can act on."""

import pandas as pd
import pandera.pandas as pa

MAX_EXAMPLES = 5


class DatasetError(ValueError):
    """A dataset file is missing, unreadable, or breaks its contract."""


def validate_table(
    model: type[pa.DataFrameModel], frame: pd.DataFrame, table: str, line_offset: int = 2
) -> pd.DataFrame:
    """Validate lazily; on failure raise DatasetError naming table, column, line and check.

    `line_offset` converts a frame index into a file line (2 for a CSV read with one header
    line and a default index).
    """
    try:
        return model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        raise DatasetError(describe_failures(err.failure_cases, table, line_offset)) from None


def describe_failures(failures: pd.DataFrame, table: str, line_offset: int = 2) -> str:
    """Summarise failure cases: one line per (column, check) with a few examples."""
    lines = [f"{table}: {len(failures)} problem(s)"]
    failures = failures.astype({"column": "object", "check": "object"}).fillna({"column": "-"})
    for (column, check), group in failures.groupby(["column", "check"], sort=True, dropna=False):
        examples = []
        for _, case in group.head(MAX_EXAMPLES).iterrows():
            index = case["index"]
            where = (
                f"line {int(index) + line_offset}"
                if pd.notna(index) and _is_int(index)
                else "table"
            )
            examples.append(f"{where} value {case['failure_case']!r}")
        more = f" (+{len(group) - MAX_EXAMPLES} more)" if len(group) > MAX_EXAMPLES else ""
        lines.append(f"  column {column!r}, check {check}: {'; '.join(examples)}{more}")
    return "\n".join(lines)


def _is_int(value: object) -> bool:
    try:
        int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return False
    return True
