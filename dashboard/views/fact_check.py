"""Fact-check: the documents' claims beside the records, and a checker for any document."""

import datetime as dt
import json
import re
from urllib.parse import quote  # an address shown as code: nothing in it is read as Markdown

import pandas as pd
import streamlit as st

from dashboard import charts, data, state
from dashboard.downloads import safe_csv
from dashboard.layout import BADGES, VERDICT_COLUMNS, verdict_table
from dashboard.panel import chart_panel
from dashboard.series.claims import claim_markers, plotted_data
from dashboard.series.names import country_name, country_names
from dashboard.series.trade import direction
from dashboard.text import plain
from factcheck import check_claims, claim_reviews, document_address, validated
from factcheck.documents import (
    MAX_DOCUMENT_BYTES,
    DocumentError,
    upload_document,
)
from factcheck.explain import claimed_figure, figure, period_words, quantity_words
from factcheck.scale import SCALE
from validation.claims import CLAIM_COLUMNS


def downloads(verdicts: pd.DataFrame, documents: pd.DataFrame, stem: str, row=None) -> None:
    """The verdicts as CSV and as ClaimReview, in `row` (a horizontal container) or a new one."""
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
        lambda: json.dumps(claim_reviews(verdicts, documents), indent=2, ensure_ascii=False),
        file_name=f"{stem}_claimreview.jsonld",
        mime="application/ld+json",
        key=f"jsonld-{stem}",
        on_click="ignore",
    )


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
        description=description,
        alt_text="Recorded figures with the claim as a red diamond; described below.",
        slot=slot,
        # Everything the chart is drawn from: built once per distinct claim and reading.
        inputs=(
            tuple(map(str, verdict.to_dict().items())),
            tuple(map(str, claim.to_dict().items())),
        ),
    )


EARLIEST_DOCUMENT = dt.date(1900, 1, 1)

st.title("Fact-check")
verdicts, claims, documents = data.load_or_stop(
    data.registry_verdicts, data.registry_claims, data.documents
)

st.write(
    "Every figure the two documents cite, beside what official and other sources recorded, "
    "with a verdict and the reason for it. Verdicts rest on the strongest source tier."
)
# One row: the scale on demand and the downloads of the verdicts the filters leave.
tools = st.container(horizontal=True)
with tools.popover("How verdicts are given"):
    st.markdown(scale_text())

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

st.header("Check your own document")
st.write(
    f"Upload a .txt or .md file or paste text (UTF-8, up to {MAX_DOCUMENT_BYTES // 2**20} MB). "
    "Its figures are read and checked the same way; nothing is stored. Each claim shows how it "
    "was read; correct the reading (period, a change's base period, direction, unit, "
    "measure) and it is checked again. Corrections are kept in the page address and in the "
    "downloaded CSV."
)
# The box states the same limit as the text above it (the server's own cap, a whole number of
# megabytes that admits 5 MiB, reads "6MB": dashboard/serving.py).
upload = st.file_uploader(
    "Document", type=["txt", "md"], max_upload_size=MAX_DOCUMENT_BYTES // 2**20
)
pasted = st.text_area("…or paste text", height=150)
# Any date a document may carry: Streamlit's default range is ten years either side of today,
# and a date outside it was refused with a hover-only message and then ignored.
document_date = st.date_input(
    "Document date (optional: resolves 'last year')",
    value=None,
    min_value=EARLIEST_DOCUMENT,
    max_value=dt.date.today(),
    format="YYYY-MM-DD",
)

FIX_PREFIX = "fix-"
FIX_UNITS = ["USD", "EUR", "bcm", "bcm_per_year", "tonnes", "persons", "percent", "rank", "count"]
MEASURES = ["level", "change", "share", "rank", "target", "capacity"]


def corrections() -> dict[str, dict[str, str]]:
    """Corrections kept in the URL: fix-<claim id>=period:2019|direction:reversed|..."""
    fixes = {}
    for key in st.query_params:
        if key.startswith(FIX_PREFIX):
            parts = dict(p.split(":", 1) for p in st.query_params[key].split("|") if ":" in p)
            fixes[key.removeprefix(FIX_PREFIX)] = parts
    return fixes


def corrected(claim: pd.Series, fix: dict[str, str]) -> pd.Series:
    """The claim frame with the reader's corrections applied (and noted)."""
    claim = claim.copy()
    if fix.get("period"):
        claim["period"] = fix["period"]
        claim["period_basis"] = "stated"
        claim["period_granularity"] = (
            "month" if len(fix["period"]) == 7 else "month_range" if "/" in fix["period"]
            else "year"
        )  # fmt: skip
    if fix.get("base"):
        claim["base_period"] = fix["base"]
    if fix.get("direction") == "reversed":
        claim["reporter"], claim["partner"] = claim["partner"], claim["reporter"]
    for column in ("unit", "measure"):
        if fix.get(column):
            claim[column] = fix[column]
    if fix:
        notes = [n for n in str(claim["reading_notes"]).split(";") if n]
        corrected_notes = {"period": "period_inferred", "direction": "direction_inferred",
                           "unit": "unit_assumed", "measure": "measure_unknown",
                           "base": "base_period_inferred"}  # fmt: skip
        drop = {corrected_notes[k] for k in fix if k in corrected_notes}
        claim["reading_notes"] = ";".join(n for n in notes if n not in drop)
        claim["note"] = f"corrected by the reader: {fix}"
    return claim


def recheck(claim: pd.Series, text: str) -> pd.Series:
    frame = claim[list(CLAIM_COLUMNS)].to_frame().T.infer_objects()
    frame = frame.astype({"start": int, "end": int, "value": float, "value_low": float,
                          "value_high": float})  # fmt: skip
    verdicts = check_claims(
        frame, data.observations(), data.sources(), texts={claim["document"]: text}
    )
    return validated(verdicts).iloc[0]


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


def short_id(claim_id: str) -> str:
    """A pasted document's claim as x001: its document is the one on the page."""
    return claim_id.rsplit("-", 1)[-1] if claim_id.startswith("pasted text-") else claim_id


def highlighted(sentence: str, quote: str) -> str:
    """The sentence as plain text with the claimed figure in bold (its first occurrence)."""
    shown, figure_text = plain(" ".join(sentence.split())), plain(" ".join(quote.split()))
    at = shown.find(figure_text) if figure_text else -1
    # A figure inside a longer number ("2" in a table row's "2020 | …: 2") is not the figure.
    whole = re.search(rf"(?<![\d.,]){re.escape(figure_text)}(?![\d])", shown) if at >= 0 else None
    at = whole.start() if whole else at
    if at < 0:
        return shown
    return f"{shown[:at]}**{figure_text}**{shown[at + len(figure_text) :]}"


@st.fragment
def correction_control(read: pd.Series, fixes: dict) -> None:
    """The correction form of one claim. `read` is the claim as the reader read it (never
    the corrected one): a field left as read is no correction, one changed is kept in the URL."""
    claim_id = read["claim_id"]
    fix = fixes.get(claim_id, {})
    with st.form(f"fix-form-{claim_id}"):
        st.caption("Correct the reading and check again")
        is_change = "change" in (read["measure"], fix.get("measure"))
        cols = st.columns(5 if is_change else 4)
        period = cols[0].text_input(
            "Period (YYYY, YYYY-MM or YYYY-MM/YYYY-MM)",
            value=fix.get("period", read["period"]),
            key=f"fix-period-{claim_id}",
        )
        base = (
            cols[4].text_input(
                "Compared with (a change's base period)",
                value=fix.get("base", read["base_period"]),
                key=f"fix-base-{claim_id}",
            )
            if is_change
            else read["base_period"]
        )
        sides = cols[1].selectbox(
            "Direction", ["as read", "reversed"],
            index=1 if fix.get("direction") == "reversed" else 0,
            key=f"fix-direction-{claim_id}",
        )  # fmt: skip
        units = list(dict.fromkeys([read["unit"], *FIX_UNITS]))
        unit = cols[2].selectbox(
            "Unit", units, index=units.index(fix.get("unit", read["unit"])),
            key=f"fix-unit-{claim_id}",
        )  # fmt: skip
        measures = list(dict.fromkeys([read["measure"], *MEASURES]))
        measure = cols[3].selectbox(
            "Measure", measures, index=measures.index(fix.get("measure", read["measure"])),
            key=f"fix-measure-{claim_id}",
        )  # fmt: skip
        if st.form_submit_button("Check again"):
            chosen = {}
            if period != read["period"]:
                chosen["period"] = period
            if base != read["base_period"]:
                chosen["base"] = base
            if sides == "reversed":
                chosen["direction"] = "reversed"
            if unit != read["unit"]:
                chosen["unit"] = unit
            if measure != read["measure"]:
                chosen["measure"] = measure
            key = FIX_PREFIX + claim_id
            if chosen:
                st.query_params[key] = "|".join(f"{k}:{v}" for k, v in chosen.items())
            elif key in st.query_params:
                del st.query_params[key]
            st.rerun()


def numbers_read(numbers: pd.DataFrame) -> None:
    """Every number in the document, so none is dropped without the reader seeing why."""
    left_out = numbers[numbers["status"] != "claim"]
    claims = numbers.loc[numbers["status"] == "claim", "claim_id"].nunique()
    title = (
        f"Every number in the document: {len(numbers)} written, "
        f"{len(numbers) - len(left_out)} within {claims} claim(s), {len(left_out)} left out"
    )
    with st.expander(title):
        shown = numbers.rename(columns={"claim_id": "claim"})[
            ["number", "status", "claim", "reason"]
        ]
        st.dataframe(shown, hide_index=True, width="stretch")


if upload is not None or pasted.strip():
    raw = upload.getvalue() if upload is not None else pasted.encode("utf-8")
    name = upload.name if upload is not None else "pasted text"
    date = document_date.isoformat() if isinstance(document_date, dt.date) else None
    try:
        upload_verdicts = data.check_upload(raw, name, date)
    except DocumentError as err:
        st.error(plain(str(err)))  # the message names the uploaded file
    else:
        numbers_read(data.numbers_in(raw, name, date))
        if upload_verdicts.empty:
            st.info("No figures found in this document: nothing to check.")
        else:
            text = raw.decode("utf-8-sig", errors="replace")
            fixes = corrections()
            # As the reader read each claim: a correction form compares its fields with this.
            as_read = {v["claim_id"]: v for _, v in upload_verdicts.iterrows()}
            rows = []
            for _, verdict in upload_verdicts.iterrows():
                fix = fixes.get(verdict["claim_id"])
                rows.append(recheck(corrected(verdict, fix), text) if fix else verdict)
            upload_verdicts = pd.DataFrame(rows).reset_index(drop=True)
            st.success(f"{len(upload_verdicts)} figure(s) found and checked.")
            table = verdict_table(upload_verdicts)
            st.dataframe(
                table.assign(claim=table["claim"].map(short_id)),
                hide_index=True,
                width="stretch",
                column_config=VERDICT_COLUMNS,
            )
            address = document_address(text)
            downloads(upload_verdicts, upload_document(name, date or ""), "upload")
            if address:
                st.caption(
                    f"The document gives its address as `{quote(address, safe=':/?=&#%')}`;"
                    " records from that"
                    " address or quoting its wording are not used as evidence."
                )
            # One block per claim: its verdict, the sentence it stands in (the figure in
            # bold), the explanation; the reading, the records chart and a correction on demand.
            for _, verdict in upload_verdicts.iterrows():
                short = short_id(verdict["claim_id"])
                with st.container(border=True):
                    st.markdown(f"**{plain(short)} · {plain(verdict['verdict_label'])}**")
                    st.markdown(f"> {highlighted(verdict['sentence'], verdict['quote'])}")
                    st.markdown(plain(verdict["explanation"]))
                    title = f"{short}: how “{verdict['quote'][:60]}” was read, its records"
                    with st.expander(plain(title)):
                        st.markdown("How it was read:")
                        st.dataframe(reading_table(verdict), hide_index=True, width="stretch")
                        show_claim(verdict, verdict, explained=False)
                        correction_control(as_read[verdict["claim_id"]], fixes)
