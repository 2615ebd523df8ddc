"""A chart's rows turned into Vega-Lite values once per frame, not once per layer.

Altair turns every layer's DataFrame into JSON-ready values on its own (a copy of the frame,
then a pass over every column), even when the layers share one frame: a claim's chart has
five layers over one frame, and that conversion was most of its build. Within one
conversion (`once()`), a frame seen before gives the values already made from it. The
values are the same as Altair's own, so the spec is byte-identical; outside `once()` the
transformer is Altair's default.
"""

import contextlib
from contextvars import ContextVar

import altair as alt
import pandas as pd
from altair.vegalite.data import default_data_transformer

NAME = "ledger_values_once"

# id(frame) -> (frame, values) for the conversion in progress; the frame is held so that
# its id cannot be reused by another frame while the conversion lasts.
_made: ContextVar[dict | None] = ContextVar("chart_values_made", default=None)


def values_once(data, max_rows: int | None = 5000):
    made = _made.get()
    if made is None or not isinstance(data, pd.DataFrame):
        return default_data_transformer(data, max_rows=max_rows)
    hit = made.get(id(data))
    if hit is not None and hit[0] is data:
        return hit[1]
    values = default_data_transformer(data, max_rows=max_rows)
    made[id(data)] = (data, values)
    return values


@contextlib.contextmanager
def once():
    """Within this block, each frame is converted to values once (see the module's text)."""
    token = _made.set({})
    try:
        yield
    finally:
        _made.reset(token)


def enable() -> None:
    """Make `values_once` the active data transformer (keeping any max_rows option)."""
    if NAME not in alt.data_transformers.names():
        alt.data_transformers.register(NAME, values_once)
    if alt.data_transformers.active != NAME:
        alt.data_transformers.enable(NAME)
