"""Fact-check: the seed documents' claims beside the records, each with its verdict, chart and
explanation. Any other article is checked on the "Check an article" page."""

import pandas as pd
import streamlit as st

from dashboard import data, state
from dashboard.claim_view import downloads, scale_text, show_claim
from dashboard.layout import BADGES, VERDICT_COLUMNS, verdict_table

st.title("Fact-check")
verdicts, claims, documents = data.load_or_stop(
    data.registry_verdicts, data.registry_claims, data.documents
)

st.write(
    "Every figure the two seed documents cite, beside what official and other sources "
    "recorded, with a verdict and the reason for it. Verdicts rest on the strongest source tier."
)
st.page_link(
    "views/check_article.py", label="Check an article of your own", icon=":material/fact_check:"
)
# One row: the filters and the scale on demand, and the downloads of the verdicts the filters
# leave. The filters sit in a popover: drawn with the page, their three boxes delayed the
# claim's chart (bench/dashboard_browser.py), and most visits choose a claim, not a filter.
tools = st.container(horizontal=True)
filters = [tools.popover("Filter claims", icon=":material/filter_list:")] * 3
with tools.popover("How verdicts are given"):
    st.markdown(scale_text())

titles = dict(zip(documents["document"], documents["title"], strict=True))
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
if len(shown) < len(verdicts):
    st.caption(f"Filtered: {len(shown)} of {len(verdicts)} claims shown (Filter claims).")
if shown.empty:
    st.warning("No claim matches these filters. Clear a filter to see more.")
else:
    # The table opens on demand (a lazy expander: made and sent only while open). Drawn with
    # the page, its grid delayed the claim's chart by about a sixth of the bare app's time to
    # first chart (bench/dashboard_browser.py); the claim box below lists every claim too.
    # A fixed label: a label that changed with the filters would be a new expander, closed.
    table = st.expander("Every verdict as a table", key="table", on_change="rerun")
    if table.open:
        with table:
            st.dataframe(
                verdict_table(shown),
                hide_index=True,
                width="stretch",
                column_config=VERDICT_COLUMNS,
            )
    downloads(shown, documents, "registry", tools)

    @st.fragment
    def claim_panel(shown: pd.DataFrame) -> None:
        """One claim's explanation and chart. A fragment: choosing another claim reruns only
        this, not the table of every verdict above."""
        ids = list(shown["claim_id"])
        quotes = dict(zip(shown["claim_id"], shown["quote"], strict=True))
        state.seed_choice("claim", ids)
        selected = st.selectbox(
            "Show a claim's records and explanation",
            ids,
            format_func=lambda i: f"{i}: {quotes[i][:90]}",
            key="claim",
            filter_mode="contains",  # typing 001-11 finds 001-11, not a fuzzy 001-16 first
        )
        state.keep("claim")
        show_claim(
            shown[shown["claim_id"] == selected].iloc[0],
            claims[claims["claim_id"] == selected].iloc[0],
            slot="registry-claim",
        )

    claim_panel(shown)
