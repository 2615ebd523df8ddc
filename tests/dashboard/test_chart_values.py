"""A chart's frame becomes Vega-Lite values once per conversion, with the same spec."""

import json

import altair as alt
import pandas as pd

from dashboard import chart_values
from dashboard.panel import spec_of


def _layered(frame: pd.DataFrame) -> alt.LayerChart:
    base = alt.Chart(frame).encode(x="year:Q", y="value:Q")
    other = pd.DataFrame({"year": [2020], "value": [9.0]})
    return alt.layer(
        base.mark_line(),
        base.transform_filter(alt.datum.value > 1).mark_point(),
        alt.Chart(frame).mark_rule().encode(y="value:Q"),
        alt.Chart(other).mark_point(shape="diamond").encode(x="year:Q", y="value:Q"),
    )


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "year": [2019, 2020, 2021],
            "value": [1.5, None, 3.25],
            "when": pd.to_datetime(["2019-01-01", "2020-01-01", "2021-01-01"]),
            "series": pd.Categorical(["a", "a", "b"]),
        }
    )


def test_a_shared_frame_is_converted_once_per_spec(monkeypatch):
    calls = []
    convert = chart_values.default_data_transformer

    def counted(data, max_rows=5000):
        calls.append(id(data))
        return convert(data, max_rows=max_rows)

    monkeypatch.setattr(chart_values, "default_data_transformer", counted)
    frame = _frame()
    spec = spec_of(_layered(frame))
    # Three layers over one frame and one over another: two conversions, not four.
    assert len(calls) == 2 and calls.count(id(frame)) == 1
    assert len(spec["datasets"]) == 2
    # Outside a conversion nothing is remembered: the next spec converts again.
    spec_of(_layered(frame))
    assert len(calls) == 4


def test_values_are_altairs_own():
    chart_values.enable()
    frame = _frame()
    ours = spec_of(_layered(frame))
    with alt.data_transformers.enable("default"):
        theirs = _layered(frame).to_dict(validate=False)
    assert json.dumps(ours, sort_keys=True) == json.dumps(theirs, sort_keys=True)
    assert alt.data_transformers.active == chart_values.NAME


def test_a_frame_changed_between_specs_is_converted_afresh():
    chart_values.enable()
    frame = _frame()
    first = spec_of(_layered(frame))
    frame.loc[0, "value"] = 7.0
    second = spec_of(_layered(frame))
    values = [v for rows in second["datasets"].values() for v in rows if v.get("year") == 2019]
    assert values[0]["value"] == 7.0 and first != second
