"""Eurostat's monthly oil rows in the checker's level table: each month as published, and a
year only where all twelve months are there."""

import pandas as pd

from factcheck.derive import EUROSTAT_MONTHLY, _oil_eurostat


def _months(partner: str, product: str, months: range, value: float) -> list[dict]:
    common = {
        "indicator": "oil_imports", "reporter": "TUR", "partner": partner, "flow": "import",
        "product": product, "breakdown": "", "period_type": "month", "value": value,
        "unit": "tonnes", "qualifier": "exact", "source_id": EUROSTAT_MONTHLY,
        "vintage": "test", "tier": "official_release", "preferred": True, "note": "",
    }  # fmt: skip
    return [common | {"period": f"2022-{m:02d}"} for m in months]


def test_each_month_of_a_partner_and_product_is_a_level_as_published():
    rows = pd.DataFrame(
        _months("RUS", "crude_oil", range(1, 13), 100.0)
        + _months("RUS", "oil_products", range(1, 6), 10.0)
    )
    levels = _oil_eurostat(rows)
    crude = levels[(levels["a"] == "RUS") & (levels["product"] == "crude_oil")]
    may = crude[(crude["ptype"] == "month") & (crude["period"] == "2022-05")]
    assert may["value"].tolist() == [100.0] and may["method"].tolist() == ["as published"]
    assert crude[crude["ptype"] == "year"]["value"].tolist() == [1200.0]
    products = levels[(levels["a"] == "RUS") & (levels["product"] == "oil_products")]
    assert len(products[products["ptype"] == "month"]) == 5
    assert products[products["ptype"] == "year"].empty  # five months are no year
