"""Check an article: any pasted or uploaded text, its figures read, checked against the
records and explained, with its reading shown and open to correction."""

import datetime as dt
import re
from urllib.parse import quote  # an address shown as code: nothing in it is read as Markdown

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.claim_view import downloads, reading_table, scale_text, show_claim
from dashboard.corrections import (
    FIX_UNITS,
    MEASURES,
    corrected,
    correction_words,
    corrections,
    fingerprint,
    fix_key,
)
from dashboard.layout import VERDICT_COLUMNS, verdict_table
from dashboard.text import plain
from factcheck import check_claims, document_address, validated
from factcheck.documents import (
    MAX_DOCUMENT_BYTES,
    DocumentError,
    upload_document,
)
from validation.claims import CLAIM_COLUMNS

EARLIEST_DOCUMENT = dt.date(1900, 1, 1)

st.title("Check an article")
st.write(
    "Paste an article or upload it as a .txt or .md file (UTF-8, up to "
    f"{MAX_DOCUMENT_BYTES // 2**20} MB). Every number in it is listed, each figure it cites is "
    "read and set beside what official and other sources recorded, with a verdict and the "
    "reason for it; nothing is stored. Each claim shows how it was read: correct the reading "
    "(period, a change's base period, direction, unit, measure) and it is checked again. "
    "Corrections are kept in the page address and in the downloaded CSV."
)
tools = st.container(horizontal=True)
with tools.popover("How verdicts are given"):
    st.markdown(scale_text())
pasted = st.text_area("Article text", height=180, placeholder="Paste the article here")
# The date sits above the button: without it "last year" dates nothing, and such figures get no
# verdict (a reader who missed a field below the button had thought it optional).
# Any date a document may carry: Streamlit's default range is ten years either side of today,
# and a date outside it was refused with a hover-only message and then ignored.
document_date = st.columns([2, 3])[0].date_input(
    "Article date",
    value=None,
    help="Dates 'last year' and 'last month': without it, figures dated that way are not checked.",
    min_value=EARLIEST_DOCUMENT,
    max_value=dt.date.today(),
    format="YYYY-MM-DD",
)
# The box takes its text on Ctrl+Enter or when it loses focus; a button says so plainly (a
# click moves the focus, so the text is taken and the page checks it).
st.button("Check the article", type="primary")
# The box states the same limit as the text above it (the server's own cap, a whole number of
# megabytes that admits 5 MiB, reads "6MB": dashboard/serving.py).
upload = st.file_uploader(
    "…or upload it", type=["txt", "md"], max_upload_size=MAX_DOCUMENT_BYTES // 2**20
)


def recheck(claim: pd.Series, text: str) -> pd.Series:
    frame = claim[list(CLAIM_COLUMNS)].to_frame().T.infer_objects()
    frame = frame.astype({"start": int, "end": int, "value": float, "value_low": float,
                          "value_high": float})  # fmt: skip
    verdicts = check_claims(
        frame, data.observations(), data.sources(), texts={claim["document"]: text}
    )
    return validated(verdicts).iloc[0]


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
def correction_control(read: pd.Series, fixes: dict, document: str) -> None:
    """The correction form of one claim of the document with fingerprint `document`. `read` is
    the claim as the reader read it (never the corrected one): a field left as read is no
    correction, one changed is kept in the URL."""
    fix = fixes.get(read["claim_id"], {})
    # Keyed by the document too: a form of another text's x001 keeps none of its fields.
    claim_id = f"{document}-{read['claim_id']}"
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
        confirmed = st.checkbox(
            "The reading is right as it stands: what was inferred or assumed is confirmed",
            value=bool(fix.get("confirmed")),
            key=f"fix-confirmed-{claim_id}",
        )
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
            if confirmed:
                chosen["confirmed"] = "yes"
            key = fix_key(document, read["claim_id"])
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
            document = fingerprint(raw)
            fixes = corrections(document)
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
            downloads(
                upload_verdicts,
                upload_document(name, date or ""),
                "upload",
                addresses={name: address} if address else None,
            )
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
                    fix = fixes.get(verdict["claim_id"])
                    if fix:
                        st.caption(f"Reading corrected by you: {plain(correction_words(fix))}.")
                    st.markdown(f"> {highlighted(verdict['sentence'], verdict['quote'])}")
                    st.markdown(plain(verdict["explanation"]))
                    title = f"{short}: how “{verdict['quote'][:60]}” was read, its records"
                    with st.expander(plain(title)):
                        st.markdown("How it was read:")
                        st.dataframe(reading_table(verdict), hide_index=True, width="stretch")
                        show_claim(verdict, verdict, explained=False)
                        correction_control(as_read[verdict["claim_id"]], fixes, document)
