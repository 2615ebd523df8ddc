"""Page state kept in the URL (st.query_params), so a copied address reopens the same view.

Each widget has a key equal to its URL parameter. Its state is seeded once per session:
from the URL if it names a valid choice, else from the choice the user last made for that
key on any page (so choices persist across pages), else the default. The widget is then
created with only that key: passing a changing `index` or `default` would give Streamlit a
new widget on every change and throw the user's choice away.

Back and Forward: the browser's history holds one entry per page visit and per choice (the
page's choices are written to the URL in one update at the end of each run, so a first visit
adds one entry, not one per widget). Going Back reruns the page with the older address;
where its value for a key differs from the one this session last wrote, the address wins,
so Back restores the previous choice instead of writing the current one over it.

A known race in Streamlit 1.67's frontend: on a sidebar page switch it writes the new page's
path only once React has committed the switch, while it pushes a run's query string under
whatever path the address holds at that moment. On a busy browser the new page's first
choices can therefore land under the old page's path, as one extra history entry that shows
the old page with its remembered choices. Nothing on the server can order the two; the only
cost is one Back that seems to do nothing (tests/e2e/test_browser.py allows for it).

Values from the URL are only ever matched against known options or parsed as years by a
strict pattern (four ASCII digits); any other value falls back to the default, so no URL
value can reach code or raise (tests/dashboard/test_url_fuzz.py feeds garbage to every key).
"""

import re

import streamlit as st

from dashboard.text import plain

# Choices remembered across pages: Streamlit drops a widget's state when its page is left,
# so each kept value is also stored under this prefix and restored on the next page.
_REMEMBERED = "_kept_"
# What this session last wrote to the URL per key, and the writes waiting for the end of
# the run (flush), so a run updates the address once.
_WRITTEN = "_url_"
_PENDING = "_url_pending"
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


def _moved(key: str, from_url) -> bool:
    """The address holds a value for `key` that this session did not write last: the
    browser went Back or Forward (or the address was edited), so the address wins."""
    return from_url is not None and from_url != st.session_state.get(_WRITTEN + key)


def _not_offered(key: str, wanted: str, shown: str) -> None:
    """Say so when an address asks for a choice the page does not offer (an edition not held,
    a mistyped view) instead of silently showing another one."""
    asked = wanted if len(wanted) <= 40 else wanted[:40] + "…"
    st.toast(
        f"The address asks for {key} “{plain(asked)}”, which this page does not offer;"
        f" it shows “{plain(str(shown))}” instead."
    )


def seed_choice(key: str, options: list[str], default: str | None = None) -> None:
    """One of `options`: from the URL on first sight or after Back/Forward, kept valid if
    the options change."""
    fallback = default if default in options else options[0]
    wanted = _from_url(key)
    if key not in st.session_state:
        asked = wanted
        if wanted not in options:
            wanted = _remembered(key)
        st.session_state[key] = wanted if wanted in options else fallback
        if asked and asked not in options:
            _not_offered(key, asked, st.session_state[key])
    elif wanted in options and _moved(key, wanted):
        st.session_state[key] = wanted
    elif st.session_state[key] not in options:
        st.session_state[key] = fallback


def seed_many(key: str, options: list[str]) -> None:
    try:
        wanted = st.query_params.get_all(key)
    except Exception:
        wanted = []
    if key in st.session_state:
        # After Back/Forward the address's list wins (an empty address list is a cleared
        # filter only when this session had written a non-empty one).
        if _moved(key, wanted or None) or (not wanted and st.session_state.get(_WRITTEN + key)):
            st.session_state[key] = [v for v in dict.fromkeys(wanted) if v in options]
        return
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
    text = _from_url(key)
    if key in st.session_state and text and _YEARS.fullmatch(text) and _moved(key, text):
        st.session_state[key] = parse_years(text, first, last)  # Back/Forward
        return
    if key in st.session_state:
        value = st.session_state[key]
        low, high = value if isinstance(value, tuple | list) and len(value) == 2 else (0, 0)
        if not (first <= low <= high <= last):  # the span changed (another pair, say)
            low, high = max(first, low), min(last, high)
            st.session_state[key] = (low, high) if low <= high else (first, last)
        return
    if not (text and _YEARS.fullmatch(text)):
        kept = _remembered(key)
        text = f"{kept[0]}-{kept[1]}" if kept else None
    st.session_state[key] = parse_years(text, first, last)


def _url_value(value):
    """A choice as the URL holds it: 'YYYY-YYYY' for a span, a list for many, None if empty."""
    if isinstance(value, tuple):
        return f"{value[0]}-{value[1]}"
    if value is None or value == []:
        return None
    return list(value) if isinstance(value, list) else value


def _in_fragment_rerun() -> bool:
    """True when only a fragment reruns: the app's end-of-run flush will not happen."""
    try:
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
    except Exception:
        return False
    return bool(ctx and ctx.fragment_ids_this_run)


def keep(*keys: str) -> None:
    """Remember the named widgets' current values and queue them for the URL.

    The URL is written once per run (`flush`, called by the app after the page), or at
    once inside a fragment's own rerun, so one choice is one browser history entry.
    """
    pending = st.session_state.setdefault(_PENDING, {})
    for key in keys:
        value = st.session_state[key]
        st.session_state[_REMEMBERED + key] = value
        url_value = _url_value(value)
        st.session_state[_WRITTEN + key] = url_value
        pending[key] = url_value
    if _in_fragment_rerun():
        flush()


def _wanted(pending: dict) -> tuple[dict, dict]:
    """(the address's parameters now, the parameters once `pending` is written)."""
    current = {key: st.query_params.get_all(key) for key in st.query_params}
    wanted = {key: pending.get(key, value) for key, value in current.items()}  # order kept
    wanted.update(pending)
    return current, {key: value for key, value in wanted.items() if value is not None}


def query() -> list[tuple[str, str]]:
    """The page's choices as the address will hold them at the end of this run (those kept
    so far included): what a download's 'reopen this chart' address must carry, although
    the address itself is written only after the page."""
    _, wanted = _wanted(st.session_state.get(_PENDING, {}))
    return [
        (key, item)
        for key, value in wanted.items()
        for item in (value if isinstance(value, list) else [value])
    ]


def flush() -> None:
    """Write the queued choices to the URL in one update (nothing if unchanged)."""
    pending = st.session_state.pop(_PENDING, None)
    if not pending:
        return
    current, wanted = _wanted(pending)
    normal = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if normal != current:
        st.query_params.from_dict(wanted)
