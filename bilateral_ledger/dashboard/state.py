"""Page state kept in the URL (st.query_params), so a copied address reopens the same view.

Values from the URL are only ever matched against known options or parsed as years; an
unknown value falls back to the default rather than reaching any code.
"""

import streamlit as st


def choice(name: str, options: list[str], default: str | None = None) -> int:
    """Index of the option named in the URL (or of the default, or 0)."""
    wanted = st.query_params.get(name, default)
    return options.index(wanted) if wanted in options else 0


def many(name: str, options: list[str]) -> list[str]:
    return [v for v in st.query_params.get_all(name) if v in options]


def year_range(name: str, first: int, last: int) -> tuple[int, int]:
    """A 'YYYY-YYYY' range from the URL, clipped to [first, last]; the full span otherwise."""
    raw = st.query_params.get(name, "")
    start, _, end = raw.partition("-")
    if not (start.isdigit() and end.isdigit()):
        return first, last
    low, high = sorted((int(start), int(end)))
    low, high = max(first, low), min(last, high)
    return (low, high) if low <= high else (first, last)


def keep(**values) -> None:
    """Write the page's current selections back to the URL."""
    for name, value in values.items():
        if isinstance(value, tuple):
            value = f"{value[0]}-{value[1]}"
        st.query_params[name] = value
