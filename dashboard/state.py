"""Page state kept in the URL (st.query_params), so a copied address reopens the same view.

Each widget has a key equal to its URL parameter. Its state is seeded once per session:
from the URL if it names a valid choice, else from the choice the user last made for that
key on any page (so choices persist across pages), else the default. The widget is then
created with only that key: passing a changing `index` or `default` would give Streamlit a
new widget on every change and throw the user's choice away.

Values from the URL are only ever matched against known options or parsed as years by a
strict pattern (four ASCII digits); any other value falls back to the default, so no URL
value can reach code or raise (tests/dashboard/test_url_fuzz.py feeds garbage to every key).
"""

import re

import streamlit as st

# Choices remembered across pages: Streamlit drops a widget's state when its page is left,
# so each kept value is also stored under this prefix and restored on the next page.
_REMEMBERED = "_kept_"
_YEARS = re.compile(r"([0-9]{4})-([0-9]{4})")
_LONGEST = 200  # a URL value longer than any option is ignored without further work


def _from_url(key: str) -> str | None:
    try:
        value = st.query_params.get(key)
    except Exception:
        return None
    return value if isinstance(value, str) and len(value) <= _LONGEST else None


def _remembered(key: str):
    return st.session_state.get(_REMEMBERED + key)


def seed_choice(key: str, options: list[str], default: str | None = None) -> None:
    """One of `options`: from the URL on first sight, kept valid if the options change."""
    fallback = default if default in options else options[0]
    if key not in st.session_state:
        wanted = _from_url(key)
        if wanted not in options:
            wanted = _remembered(key)
        st.session_state[key] = wanted if wanted in options else fallback
    elif st.session_state[key] not in options:
        st.session_state[key] = fallback


def seed_many(key: str, options: list[str]) -> None:
    if key in st.session_state:
        return
    try:
        wanted = st.query_params.get_all(key)
    except Exception:
        wanted = []
    if not wanted:
        wanted = list(_remembered(key) or [])
    st.session_state[key] = [v for v in dict.fromkeys(wanted) if v in options]


def parse_years(text: str | None, first: int, last: int) -> tuple[int, int]:
    """'YYYY-YYYY' clipped to [first, last]; the full span for anything else."""
    span = (first, last)
    match = _YEARS.fullmatch(text or "")
    if not match:
        return span
    low, high = sorted((int(match[1]), int(match[2])))
    low, high = max(first, low), min(last, high)
    return (low, high) if low <= high else span


def seed_years(key: str, first: int, last: int) -> None:
    """A 'YYYY-YYYY' range from the URL, clipped to [first, last]; the full span otherwise."""
    if key in st.session_state:
        value = st.session_state[key]
        low, high = value if isinstance(value, tuple | list) and len(value) == 2 else (0, 0)
        if not (first <= low <= high <= last):  # the span changed (another pair, say)
            low, high = max(first, low), min(last, high)
            st.session_state[key] = (low, high) if low <= high else (first, last)
        return
    text = _from_url(key)
    if not (text and _YEARS.fullmatch(text)):
        kept = _remembered(key)
        text = f"{kept[0]}-{kept[1]}" if kept else None
    st.session_state[key] = parse_years(text, first, last)


def keep(*keys: str) -> None:
    """Write the named widgets' current values back to the URL and remember them."""
    for key in keys:
        value = st.session_state[key]
        st.session_state[_REMEMBERED + key] = value
        if isinstance(value, tuple):
            value = f"{value[0]}-{value[1]}"
        if value is None or value == []:
            st.query_params.pop(key, None)
        else:
            st.query_params[key] = value
