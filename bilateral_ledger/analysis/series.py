"""Named series the pages and the fact-check read: each keeps its source and vintage."""

import pandas as pd

VIEW_LABELS = {"TUR": "Turkey-reported", "RUS": "Russia-reported"}
FLOW_LABELS = {
    ("TUR", "export"): "Turkey → Russia",
    ("TUR", "import"): "Russia → Turkey",
    ("RUS", "export"): "Russia → Turkey",
    ("RUS", "import"): "Turkey → Russia",
}


def bilateral_trade_imf(observations: pd.DataFrame) -> pd.DataFrame:
    """Annual Turkey-Russia goods trade in both reporters' views (IMF DOTS), in US$ billion.

    Columns: year, view, direction, value_usd_bn, valuation, source_id, vintage.
    """
    pair = observations[
        (observations["indicator"] == "merchandise_trade")
        & (observations["period_type"] == "year")
        & (observations["product"] == "TOTAL")
        & (observations["source_id"].str.startswith("imf-dots"))
        & (
            ((observations["reporter"] == "TUR") & (observations["partner"] == "RUS"))
            | ((observations["reporter"] == "RUS") & (observations["partner"] == "TUR"))
        )
    ]
    return (
        pd.DataFrame(
            {
                "year": pair["period"].astype(int),
                "view": pair["reporter"].map(VIEW_LABELS),
                "direction": [
                    FLOW_LABELS[(r, f)] for r, f in zip(pair["reporter"], pair["flow"], strict=True)
                ],
                "value_usd_bn": pair["value"] / 1e9,
                "valuation": pair["note"],
                "source_id": pair["source_id"],
                "vintage": pair["vintage"],
            }
        )
        .sort_values(["direction", "view", "year"])
        .reset_index(drop=True)
    )


def source_line(series: pd.DataFrame, sources: pd.DataFrame) -> str:
    """'Source: publisher, title (vintage); …' for the sources a plotted series uses."""
    used = sources[sources["source_id"].isin(series["source_id"].unique())]
    parts = []
    for row in used.itertuples(index=False):
        vintage = row.edition or row.retrieved
        parts.append(f"{row.publisher}, {row.title} ({vintage})")
    return "Source: " + "; ".join(parts) if parts else "Source: none"
