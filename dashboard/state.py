"""Page state kept in the URL (st.query_params), so a copied address reopens the same view.

Each widget has a key equal to its URL parameter. Its state is seeded from the URL once,
the first time the widget appears in a session, and the widget is then created with only
that key: passing a changing `index` or `default` would give Streamlit a new widget on
every change and throw the user's choice away.

Values from the URL are only ever matched against known options or parsed as years; an
unknown value falls back to the default rather than reaching any code.
"""

import streamlit as st


def seed_choice(key: str, options: list[str], default: str | None = None) -> None:
    """One of `options`: from the URL on first sight, kept valid if the options change."""
    if key not in st.session_state:
        wanted = st.query_params.get(key, default)
        st.session_state[key] = wanted if wanted in options else (default or options[0])
    elif st.session_state[key] not in options:
        st.session_state[key] = options[0]


def seed_many(key: str, options: list[str]) -> None:
    if key not in st.session_state:
        st.session_state[key] = [v for v in st.query_params.get_all(key) if v in options]


def seed_years(key: str, first: int, last: int) -> None:
    """A 'YYYY-YYYY' range from the URL, clipped to [first, last]; the full span otherwise."""
    if key in st.session_state:
        low, high = st.session_state[key]
        if not (first <= low <= high <= last):  # the span changed (another pair, say)
            low, high = max(first, low), min(last, high)
            st.session_state[key] = (low, high) if low <= high else (first, last)
        return
    start, _, end = st.query_params.get(key, "").partition("-")
    span = (first, last)
    if start.isdigit() and end.isdigit():
        low, high = sorted((int(start), int(end)))
        low, high = max(first, low), min(last, high)
        span = (low, high) if low <= high else span
    st.session_state[key] = span


def keep(*keys: str) -> None:
    """Write the named widgets' current values back to the URL."""
    for key in keys:
        value = st.session_state[key]
        if isinstance(value, tuple):
            value = f"{value[0]}-{value[1]}"
        st.query_params[key] = value
