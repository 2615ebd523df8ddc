"""Fact-check: the documents' claims beside the records, and a checker for any document."""

import datetime as dt
import json

import pandas as pd
import streamlit as st

from dashboard import charts, data, state
from dashboard.layout import BADGES, verdict_table
from dashboard.panel import chart_panel
from dashboard.series.claims import claim_markers, plotted_data
from dashboard.text import plain
from factcheck import claim_reviews
from factcheck.documents import (
    MAX_DOCUMENT_BYTES,
    DocumentError,
    upload_document,
)
from factcheck.explain import figure


def downloads(verdicts: pd.DataFrame, documents: pd.DataFrame, stem: str) -> None:
    left, right = st.columns(2)
    left.download_button(
        "Download verdicts (CSV)",
        verdicts.to_csv(index=False),
        file_name=f"{stem}_verdicts.csv",
        mime="text/csv",
        key=f"csv-{stem}",
    )
    right.download_button(
        "Download ClaimReview (JSON-LD)",
        json.dumps(claim_reviews(verdicts, documents), indent=2, ensure_ascii=False),
        file_name=f"{stem}_claimreview.jsonld",
        mime="application/ld+json",
        key=f"jsonld-{stem}",
    )


def show_claim(verdict: pd.Series, claim: pd.Series) -> None:
    st.markdown(f"**{BADGES[verdict['verdict']]}** — “{plain(verdict['quote'])}”")
    st.markdown(plain(verdict["explanation"]))
    evidence = data.evidence_for(claim)
    if evidence.empty:
        st.info("Nothing recorded for this quantity, so there is nothing to chart.")
        return
    marker = claim_markers(
        verdict.to_frame().T,
        claim.to_frame().T,
        indicators=[verdict["indicator"]],
        unit=verdict["claimed_unit"],
    )
    chart_panel(
        charts.claim_chart(evidence, verdict.to_dict()),
        plotted_data(evidence, marker, "value"),
        key=f"claim-{verdict['claim_id']}",
        description=charts.text_alternative(
            evidence,
            y="value",
            series="series",
            unit=verdict["claimed_unit"],
            what=f"Recorded {verdict['indicator'].replace('_', ' ')}",
            low_is_top=verdict["claimed_unit"] == "rank",
        )
        + f" The claim, {figure(verdict['claimed_value'], verdict['claimed_unit'])}, is drawn "
        + "as a red diamond.",
    )


st.title("Fact-check")
verdicts, claims, documents = data.load_or_stop(
    data.registry_verdicts, data.registry_claims, data.documents
)

st.write(
    "Every figure the two documents cite, beside what official and other sources recorded, "
    "with a verdict and the reason for it. Verdicts rest on the strongest source tier; "
    "the scale and its thresholds are in the README."
)

titles = dict(zip(documents["document"], documents["title"], strict=True))
filters = st.columns(3)
indicators = sorted(verdicts["indicator"].unique())
state.seed_many("doc", list(titles))
state.seed_many("indicator", indicators)
state.seed_many("verdict", list(BADGES))
chosen_docs = filters[0].multiselect(
    "Document", list(titles), format_func=lambda d: titles[d], key="doc"
)
chosen_indicators = filters[1].multiselect("Indicator", indicators, key="indicator")
chosen_verdicts = filters[2].multiselect(
    "Verdict", list(BADGES), format_func=BADGES.get, key="verdict"
)
state.keep("doc", "indicator", "verdict")

keep = pd.Series(True, index=verdicts.index)
for column, chosen in (
    ("document", chosen_docs),
    ("indicator", chosen_indicators),
    ("verdict", chosen_verdicts),
):
    if chosen:
        keep &= verdicts[column].isin(chosen)
shown = verdicts[keep]
if shown.empty:
    st.warning("No claim matches these filters. Clear a filter to see more.")
else:
    st.dataframe(verdict_table(shown), hide_index=True, width="stretch")
    downloads(shown, documents, "registry")
    ids = list(shown["claim_id"])
    quotes = dict(zip(shown["claim_id"], shown["quote"], strict=True))
    state.seed_choice("claim", ids)
    selected = st.selectbox(
        "Show a claim's records and explanation",
        ids,
        format_func=lambda i: f"{i}: {quotes[i][:90]}",
        key="claim",
    )
    state.keep("claim")
    show_claim(
        shown[shown["claim_id"] == selected].iloc[0],
        claims[claims["claim_id"] == selected].iloc[0],
    )

st.header("Check your own document")
st.write(
    f"Upload a .txt or .md file or paste text (UTF-8, up to {MAX_DOCUMENT_BYTES // 2**20} MB). "
    "Its figures are read and checked the same way; nothing is stored."
)
upload = st.file_uploader("Document", type=["txt", "md"])
pasted = st.text_area("…or paste text", height=150)
document_date = st.date_input("Document date (optional: resolves 'last year')", value=None)
if upload is not None or pasted.strip():
    raw = upload.getvalue() if upload is not None else pasted.encode("utf-8")
    name = upload.name if upload is not None else "pasted text"
    date = document_date.isoformat() if isinstance(document_date, dt.date) else None
    try:
        upload_verdicts = data.check_upload(raw, name, date)
    except DocumentError as err:
        st.error(plain(str(err)))  # the message names the uploaded file
    else:
        if upload_verdicts.empty:
            st.info("No figures found in this document: nothing to check.")
        else:
            st.success(f"{len(upload_verdicts)} figure(s) found and checked.")
            st.dataframe(verdict_table(upload_verdicts), hide_index=True, width="stretch")
            downloads(upload_verdicts, upload_document(name, date or ""), "upload")
            for verdict in upload_verdicts.itertuples():
                st.markdown(f"- **{BADGES[verdict.verdict]}** {plain(verdict.explanation)}")
