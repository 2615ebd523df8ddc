"""What both fact-check pages show of a claim: its verdict and quote, its records chart with
the claim drawn on, its explanation, how it was read in words; the verdict scale; the verdicts
as CSV and ClaimReview."""

import json

import pandas as pd
import streamlit as st

from dashboard import charts, data
from dashboard.downloads import safe_csv
from dashboard.layout import BADGES
from dashboard.panel import chart_panel, public_url
from dashboard.series.claims import claim_markers, plotted_data
from dashboard.series.names import country_name, country_names
from dashboard.series.trade import direction
from dashboard.text import plain
from factcheck import claim_reviews
from factcheck.explain import claimed_figure, figure, period_words, quantity_words
from factcheck.scale import SCALE


def downloads(
    verdicts: pd.DataFrame,
    documents: pd.DataFrame,
    stem: str,
    row=None,
    addresses: dict[str, str] | None = None,
) -> None:
    """The verdicts as CSV and as ClaimReview, in `row` (a horizontal container) or a new one.
    `addresses`: a document's own address (the article reviewed), named in its ClaimReview.
    Where the dashboard is published (LEDGER_PUBLIC_URL), reviews are addressed under it."""
    row = row if row is not None else st.container(horizontal=True)
    # Files are made when clicked, not on every rerun.
    row.download_button(
        "Download verdicts (CSV)",
        lambda: safe_csv(verdicts),  # a cell starting =, +, - or @ is never run as a formula
        file_name=f"{stem}_verdicts.csv",
        mime="text/csv",
        key=f"csv-{stem}",
        on_click="ignore",
    )
    row.download_button(
        "Download ClaimReview (JSON-LD)",
        lambda: json.dumps(
            claim_reviews(verdicts, documents, addresses=addresses, **_reviews_base()),
            indent=2,
            ensure_ascii=False,
        ),
        file_name=f"{stem}_claimreview.jsonld",
        mime="application/ld+json",
        key=f"jsonld-{stem}",
        on_click="ignore",
    )


def _reviews_base() -> dict:
    public = public_url()
    return {"base_url": public + "/reviews"} if public else {}


def scale_text() -> str:
    """The verdict scale as the checker applies it (factcheck/scale.py)."""
    return "\n".join(f"- **{plain(v.label)}**: {plain(v.meaning)}." for v in SCALE.values())


def show_claim(
    verdict: pd.Series, claim: pd.Series, slot: str | None = None, explained: bool = True
) -> None:
    """The verdict and the quote, the records chart, then the explanation (left out where the
    page has already given it)."""
    if explained:
        label = verdict.get("verdict_label") or BADGES[verdict["verdict"]]
        st.markdown(f"**{plain(label)}** — “{plain(verdict['quote'])}”")
    evidence = data.evidence_for(claim, verdict)
    if evidence.empty:
        st.info("Nothing recorded for this quantity, so there is nothing to chart.")
    else:
        records_chart(verdict, claim, evidence, slot)
    if explained:
        st.markdown(plain(verdict["explanation"]))


def records_chart(
    verdict: pd.Series, claim: pd.Series, evidence: pd.DataFrame, slot: str | None
) -> None:
    """The records of the claim's quantity with the claim drawn on."""

    def plotted() -> pd.DataFrame:
        marker = claim_markers(
            verdict.to_frame().T,
            claim.to_frame().T,
            indicators=[verdict["indicator"]],
            unit=verdict["claimed_unit"],
        )
        return plotted_data(evidence, marker, "value")

    def description() -> str:
        # In the chart's readable multiple (US$ billion), not raw dollars.
        divisor, scaled_unit = charts.unit_scale(
            verdict["claimed_unit"],
            pd.concat([evidence["value"], pd.Series([verdict["claimed_value"]], dtype=float)]),
        )
        # Months and whole years are described apart: a year's total is not a month's.
        named = evidence["series"]
        if evidence["span"].nunique() > 1:
            spans = {"month": ", by month", "months": ", several months", "year": ", whole years"}
            named = named + evidence["span"].map(spans)
        recorded = charts.text_alternative(
            evidence.assign(value=evidence["value"] / divisor, series=named),
            y="value",
            series="series",
            unit=scaled_unit,
            what=f"Recorded {verdict['indicator'].replace('_', ' ')}",
            low_is_top=verdict["claimed_unit"] == "rank",
        )
        claimed = figure(verdict["claimed_value"], verdict["claimed_unit"])
        return f"{recorded} The claim, {claimed}, is drawn as a red diamond."

    chart_panel(
        lambda: charts.claim_chart(evidence, verdict.to_dict()),
        plotted,
        key=f"claim-{verdict['claim_id']}",
        unit=verdict["claimed_unit"],  # of the values in the CSV (the claim's unit, unscaled)
        description=description,
        alt_text="Recorded figures with the claim as a red diamond; described below.",
        slot=slot,
        # Everything the chart is drawn from: built once per distinct claim and reading.
        inputs=(
            tuple(map(str, verdict.to_dict().items())),
            tuple(map(str, claim.to_dict().items())),
        ),
    )


MEASURE_WORDS = {
    "level": "an amount for a period",
    "change": "a growth or a fall",
    "share": "a part of a whole",
    "rank": "a place among others",
    "target": "a goal or a forecast",
    "capacity": "a design capacity",
}


def sides_words(claim: pd.Series) -> str:
    """Whose figure it is and which way goods or people move: the arrow runs from seller to
    buyer, as on the charts ('Russia → Turkey, Turkey's imports')."""
    reporter, partner, flow = claim["reporter"], claim["partner"], claim["flow"]
    whose, other = (
        country_name(reporter) if reporter else "",
        country_name(partner) if partner else "",
    )
    if not (whose and other):
        return (whose or other) + (f" ({flow})" if flow else "")
    if flow in ("import", "export"):
        return f"{direction(reporter, partner, flow)} ({whose}'s {flow}s)"
    if flow == "arrivals":  # people come from the partner, as imports do
        return f"{direction(reporter, partner, 'import')} (arrivals in {whose})"
    if flow == "total":
        return f"{whose} ↔ {other} (trade both ways)"
    if flow == "balance":
        return f"{whose}'s balance with {other} (exports minus imports)"
    return f"{whose}, {other}" + (f" ({flow})" if flow else "")


def reading_table(claim: pd.Series) -> pd.DataFrame:
    """How a claim was read, in words, with the fields behind each line (the names a
    correction and the downloaded CSV use)."""

    def codes(*fields: str) -> str:
        return ", ".join(f"{f}={claim.get(f, '')}" for f in fields if str(claim.get(f, "")))

    notes = [n.replace("_", " ") for n in str(claim.get("reading_notes", "")).split(";") if n]
    rows = [
        (
            "figure",
            claimed_figure(
                claim["value"],
                claim["value_low"],
                claim["value_high"],
                claim["comparator"],
                claim["unit"],
            ),
            codes("value", "unit", "comparator"),
        ),
        ("quantity", quantity_words(claim, country_names()), codes("indicator", "breakdown")),
        ("who and what", sides_words(claim), codes("reporter", "partner", "flow", "product")),
        ("measure", MEASURE_WORDS.get(claim["measure"], claim["measure"]), codes("measure")),
        ("period", period_words(claim), codes("period", "period_granularity", "base_period")),
        ("reading notes", "; ".join(notes) or "none", codes("reading_notes")),
    ]
    return pd.DataFrame(rows, columns=["field", "read as", "fields"])
