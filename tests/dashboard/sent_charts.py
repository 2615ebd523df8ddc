"""The charts a dashboard page sends to the browser for given URL choices: each one's
Vega-Lite spec with its data inline, from streamlit.testing.v1.AppTest (no browser).
Shared by the chart legibility tests and the browser bench's same-charts baseline."""

import json
from pathlib import Path

import pyarrow as pa
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


def sent_charts(page: str, **query: str) -> list[dict]:
    app = AppTest.from_file(str(APP), default_timeout=120)
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    app.switch_page(page).run()
    if app.exception:
        raise AssertionError(f"{page} {query}: {app.exception[0].message}")
    specs = []
    for chart in app.get("vega_lite_chart"):
        spec = json.loads(chart.proto.spec)
        datasets = {}
        for dataset in chart.proto.datasets:
            table = pa.ipc.open_stream(dataset.data.data).read_all().to_pandas()
            datasets[dataset.name] = json.loads(table.to_json(orient="records", date_format="iso"))
        spec["datasets"] = {**spec.get("datasets", {}), **datasets}
        specs.append(spec)
    return specs
