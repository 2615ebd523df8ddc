"""Layout pieces the pages share: verdict badges, escaped document text, claim tables."""

import pandas as pd
import streamlit as st

from dashboard import data, state
from dashboard.text import plain
from factcheck.explain import claimed_figure, figure
from factcheck.scale import SCALE

# Verdicts are always written out: the text carries the meaning, never a colour or icon.
BADGES = {key: verdict.label for key, verdict in SCALE.items()}
# The verdict column wide enough for a label with its caveat ("Accurate: consistent with an
# unattributed report"), which a column sized by the grid cut off; on a phone the claim id and
# the verdict still fit the screen.
# Wide enough for a verdict with its caveat's first words; the figures keep room for "389.7
# million m³" (the rest of a long label shows on hover and in the block below the table).
VERDICT_COLUMNS = {
    "verdict": st.column_config.TextColumn(width=230),
    "claimed": st.column_config.TextColumn(width=125),
    "recorded": st.column_config.TextColumn(width=125),
}


def sections(key: str, labels: list[str]):
    """Tabs of which only the open one is drawn (Streamlit's lazy tabs): the page sends and
    the browser draws only that tab's charts. The open tab is kept in the URL under `key`
    like every other choice. Returns the open tab's label and its container."""
    state.seed_choice(key, labels)
    tabs = st.tabs(labels, key=key, on_change="rerun")
    state.keep(key)
    chosen = st.session_state[key]
    return chosen, tabs[labels.index(chosen)]


def gap_text(gap: float) -> str:
    """A gap as the table shows it: signed, one decimal, and "–" where there is none (a
    numeric column would show Streamlit's grey "None" in the empty cells)."""
    return "–" if pd.isna(gap) else f"{gap:+.1f}".replace("-", "−")


def gaps(verdicts: pd.DataFrame) -> list[str]:
    """Each claim's distance from its record: in percentage points where both are percents
    (a claimed fall of 40% against a recorded 40.1% is 0.1 points off, not "+0.4%"), else
    as a percent of the record."""
    out = []
    for claimed, recorded, c_unit, r_unit, gap in zip(
        pd.to_numeric(verdicts["claimed_value"], errors="coerce"),
        pd.to_numeric(verdicts["recorded_value"], errors="coerce"),
        verdicts["claimed_unit"],
        verdicts["recorded_unit"],
        pd.to_numeric(verdicts["gap_percent"], errors="coerce"),
        strict=True,
    ):
        if c_unit == r_unit == "percent" and pd.notna(claimed) and pd.notna(recorded):
            out.append(f"{gap_text(claimed - recorded)} pp")
        else:
            out.append(gap_text(gap) + ("%" if pd.notna(gap) else ""))
    return out


def verdict_table(verdicts: pd.DataFrame) -> pd.DataFrame:
    """The columns a reader scans, values written out in their units.

    The verdict comes right after the claim id, so on a phone (where a table scrolls
    sideways) it is visible without scrolling; the long quote comes after the figures.
    """
    # The full label keeps its caveat ("Approximately right: consistent with an official
    # statement (no statistical release)"); the bare badge only where there is none.
    badges = verdicts["verdict"].map(BADGES)
    if "verdict_label" in verdicts:
        labels = verdicts["verdict_label"].where(verdicts["verdict_label"].fillna("") != "", badges)
    else:
        labels = badges
    return pd.DataFrame(
        {
            "claim": verdicts["claim_id"],
            "verdict": labels,
            "claimed": [
                claimed_figure(*row)
                for row in zip(
                    verdicts["claimed_value"],
                    verdicts["value_low"],
                    verdicts["value_high"],
                    verdicts["comparator"],
                    verdicts["claimed_unit"],
                    strict=True,
                )
            ],
            "recorded": [
                figure(v, u) if u else "–"
                for v, u in zip(verdicts["recorded_value"], verdicts["recorded_unit"], strict=True)
            ],
            "claimed period": verdicts["claimed_period"],
            "recorded period": verdicts["recorded_period"],
            "gap": gaps(verdicts),
            "quote": verdicts["quote"],
            "source": verdicts["source_title"],
        }
    )


def claims_beside(indicators: list[str], heading: str) -> None:
    """The registry's claims on these indicators with their verdicts, and where to read more."""
    verdicts = data.registry_verdicts()
    chosen = verdicts[verdicts["indicator"].isin(indicators)]
    st.subheader(heading)
    if chosen.empty:
        st.info("The documents make no claim about these figures.")
        return
    st.dataframe(
        verdict_table(chosen), hide_index=True, width="stretch", column_config=VERDICT_COLUMNS
    )
    st.page_link(
        "views/fact_check.py",
        label="Read each claim's explanation on the Fact-check page",
    )


def claims_compact(markers: pd.DataFrame) -> None:
    """A short list of the claims drawn on a chart: id, quote, claimed figure and verdict."""
    if markers.empty:
        st.caption("The documents make no claim about this figure.")
        return
    for claim in markers.itertuples():
        when = f" ({int(claim.year)})" if pd.notna(claim.year) else " (no year given)"
        st.markdown(f"**{claim.verdict}** · {claim.claim_id}{when}: “{plain(claim.quote)}”")
