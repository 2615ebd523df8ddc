"""Plain text in, candidate claims out: every figure with its reading, span and period.

The pipeline: mask what is not a claim (citations, URLs, dates, headings), find figures,
read the hedge before each, find its period, decide what it measures, flag what looks wrong.
"""

import bisect
import csv
import datetime as dt
import re
from functools import cache
from pathlib import Path

import pandas as pd

from factcheck.documents import DocumentError
from factcheck.extraction.accounting import account_numbers
from factcheck.extraction.context import TextLayout
from factcheck.extraction.countries import CountryFinder, first_person_terms, publisher_country
from factcheck.extraction.frames import DocumentContext, frame_row
from factcheck.extraction.list_heading import lend_list_headings
from factcheck.extraction.masks import MONTH, Coverage, find_masks
from factcheck.extraction.periods import MONTH_NUMBERS
from factcheck.extraction.quantities import find_quantities
from factcheck.extraction.stacked_cells import KIND as STACKED_KIND
from factcheck.extraction.tables import find_tables, rewrite_tables, table_rows
from validation.claims import CLAIM_COLUMNS

COUNTRY_TERMS = Path(__file__).with_name("country_terms.csv")
# Reading costs about a millisecond a figure; a text citing more is refused whole, never cut.
MAX_FIGURES_READ = 1000
MAX_NUMBERS_READ = 20 * MAX_FIGURES_READ
_DIGIT_RUN = re.compile(r"\d+")


class TooManyFigures(DocumentError):
    """A text cites more figures than one document is read for."""


# A text that writes decimals with a comma ("389,7") makes "8,065" ambiguous.
DECIMAL_COMMA_IN_TEXT = re.compile(
    r"(?<![\d,])\d+,\d{1,2}(?![\d,])\s*(?:%|per|million|billion|mln|bln|mlrd|bcm|thousand)"
    r"|%\s?\d+,\d{1,2}(?![\d,])"
)
# The text's own way of grouping thousands, which settles "1.500" and "4 800": dots in a
# numeral of two groups or more ("44.018.360"), or decimal commas with no decimal point
# anywhere; spaces in a numeral of two groups or more ("7 017 657"), a non-breaking or thin
# space, or a group before a decimal comma ("3 490,9").
DOTTED_THOUSANDS_IN_TEXT = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])")
DECIMAL_POINT_IN_TEXT = re.compile(r"(?<![\d.,])(?:\d+\.\d{1,2}|\d+\.\d{4,}|0\.\d+)(?![\d.,])")
SPACED_THOUSANDS_IN_TEXT = re.compile(
    r"(?<![\d.,])\d{1,3}(?:(?: \d{3}){2,}|[\u00a0\u202f]\d{3}| \d{3},\d)(?![\d])"
)


def thousands_conventions(text: str) -> tuple[bool | None, bool]:
    """(dots group thousands: True, mark decimals: False, unknown: None; spaces group
    thousands) in this text."""
    decimal_comma = DECIMAL_COMMA_IN_TEXT.search(text) is not None
    decimal_point = DECIMAL_POINT_IN_TEXT.search(text) is not None
    dotted_groups = DOTTED_THOUSANDS_IN_TEXT.search(text) is not None
    dots = None
    if (dotted_groups or decimal_comma) and not decimal_point:
        dots = True
    elif decimal_point and not (dotted_groups or decimal_comma):
        dots = False
    spaced = decimal_comma or SPACED_THOUSANDS_IN_TEXT.search(text) is not None
    return dots, spaced


_SKIP_MASKS = frozenset(
    {"url", "citation", "footnote", "page", "section", "date", "time", "phone", "question"}
) | {STACKED_KIND}  # a table's cells one per line: unread (factcheck/extraction/stacked_cells.py)


@cache
def country_terms() -> dict[str, tuple[str, str]]:
    """Term -> (code, kind), the curated terms and, for each name of more than three letters,
    its capitals ("TURKEY", "RUSSIA": headlines and letterheads), Turkish "İ" included."""
    with COUNTRY_TERMS.open(encoding="utf-8", newline="") as handle:
        terms = {row["term"]: (row["code"], row["kind"]) for row in csv.DictReader(handle)}
    for term, (code, kind) in list(terms.items()):
        if kind == "name" and len(term) > 3:
            for capitals in {term.upper(), term.replace("i", "İ").upper()}:
                terms.setdefault(capitals, (code, kind))
    return terms


def curated_names() -> dict[str, str]:
    """Code -> the first plain name the curated terms give it, and WLD -> "world"."""
    names: dict[str, str] = {"WLD": "world"}
    for term, (code, kind) in country_terms().items():
        if kind == "name":
            names.setdefault(code, term)
    return names


def known_names(partners=None) -> dict[str, str]:
    """Code -> short name: the curated terms' first name, else the snapshot's partner table
    (`partners`, columns code and name, when given), so no country is shown as a bare code."""
    names = curated_names()
    if partners is not None:
        for code, name in zip(partners["code"], partners["name"], strict=True):
            names.setdefault(code, " ".join(str(name).replace("*", "").split()))
    return names


def extract_claims(
    text: str, document: str = "", document_date: dt.date | str | None = None
) -> pd.DataFrame:
    """The claim frame of every figure `text` cites, one row each (the Claim model's columns)."""
    return read_text(text, document, document_date)[0]


def read_text(
    text: str, document: str = "", document_date: dt.date | str | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claim frames, every number in the text with how it was read or why it was left out)."""
    numerals = len(_DIGIT_RUN.findall(text))
    if numerals > MAX_NUMBERS_READ:  # refused before any costly reading
        raise TooManyFigures(
            f"{document or 'the text'}: {numerals} numbers written, more than the"
            f" {MAX_NUMBERS_READ} one document is read for; split it into smaller documents"
        )
    original, text = text, without_footnote_marks(text)
    tables = find_tables(text, country_terms())
    if tables:
        # Each table's figure cells are read as sentences built from its caption and labels
        # (factcheck/extraction/tables.py), in a copy of the text where they stand in for the
        # table; the claims found there keep the cells' own spans.
        rewritten, shifts, cells = rewrite_tables(text, tables)
        rows, repeated = _read_rows(rewritten, document, document_date, pair_text=text)
        rows, repeated = table_rows(text, rows, repeated, shifts, cells)
    else:
        rows, repeated = _read_rows(text, document, document_date)
    frame = pd.DataFrame(rows, columns=[c for c in CLAIM_COLUMNS if c != "claim_id"])
    stem = Path(document).stem or "text"
    frame.insert(0, "claim_id", [f"{stem}-x{n:03d}" for n in range(1, len(frame) + 1)])
    numbers = {"start": int, "end": int, "value": float, "value_low": float, "value_high": float}
    claims = frame.astype({c: numbers.get(c, str) for c in frame.columns})
    if original != text:  # the quotes as written, footnote marks and all
        spans = zip(claims["start"], claims["end"], strict=True)
        claims["quote"] = [original[a:b] for a, b in spans]
    ids = {id(row): claim_id for row, claim_id in zip(rows, claims["claim_id"], strict=True)}
    headlines = [(start, end, ids[id(body)]) for start, end, body in repeated]
    return claims, account_numbers(text, claims, find_masks(text), headlines)


# Footnote marks written as superscript numerals ("in 2022¹", "$45.6 billion³", "42.3%⁴"),
# the way text copied from a paper's PDF carries them; never the square or cube of a metre
# ("bn m³", "million m²", "km²").
_SUPERSCRIPTS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_METRE_BEFORE = re.compile(r"(?:^|[^A-Za-z])k?m$")


# Spaces of other widths, as web pages and PDFs put them between a number and its scale or
# inside a number ("$58.8&nbsp;billion", "7 017 657" with narrow no-break spaces).
_WIDE_SPACES = str.maketrans(
    {c: " " for c in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"}
)


def without_footnote_marks(text: str) -> str:
    """`text` with every superscript footnote mark blanked and every no-break or thin space a
    plain space (offsets kept), so "2022¹" is a year, "billion³" and "58.8\u00a0billion" are
    billions."""
    text = text.translate(_WIDE_SPACES)
    if not _SUPERSCRIPTS.search(text):
        return text

    def blank(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 3) : match.start()]
        return match.group(0) if _METRE_BEFORE.search(before) else " " * len(match.group(0))

    return _SUPERSCRIPTS.sub(blank, text)


def _read_rows(
    text: str,
    document: str,
    document_date: dt.date | str | None,
    pair_text: str | None = None,
) -> tuple[list[dict], list[tuple[int, int, dict]]]:
    """The claim rows of `text` and the headline figures its body repeats. `pair_text` is the
    text whose most named countries are the main pair (the original of a rewritten text)."""
    year, month = _year_month_of(document_date)
    date_said = f"read against the document's date ({document_date})"
    if year is None:  # an article's dateline ("13 Jan 2010 14:57") dates it
        found = dateline(text)
        if found is not None:
            year, month = found[0], found[1]
            date_said = f"read against the date written at the top of the text ({found[2]})"
    masks = find_masks(text)
    layout = TextLayout(text, masks)
    terms = country_terms() | first_person_terms(publisher_country(text))
    countries = CountryFinder(terms, text)
    if pair_text is not None:
        countries.pair = CountryFinder(terms, pair_text).pair
    skipped = Coverage(masks, _SKIP_MASKS)
    quantities = [q for q in find_quantities(text) if not skipped.overlaps(q.start, q.end)]
    context = DocumentContext(
        text=text,
        layout=layout,
        pattern=countries.pattern,
        terms=countries.terms,
        main_pair=tuple(countries.pair),
        document_year=year,
        document_month=month,
        decimal_comma=bool(DECIMAL_COMMA_IN_TEXT.search(text)),
        thousands=thousands_conventions(text),
        date_said=date_said,
    )
    if len(quantities) > MAX_FIGURES_READ:
        raise TooManyFigures(
            f"{document or 'the text'}: {len(quantities)} figures found, more than the"
            f" {MAX_FIGURES_READ} one document is read for; split it into smaller documents"
        )
    starts = [q.start for q in quantities]
    rows = []
    for quantity in quantities:
        # Only the figures of its own sentence window can sit between a figure and its period.
        low, high = layout.context(quantity.start, quantity.end)
        first, last = bisect.bisect_left(starts, low), bisect.bisect_right(starts, high)
        others = [(q.start, q.end) for q in quantities[first:last] if q is not quantity]
        rows.append({"document": document, "title": "", **frame_row(context, quantity, others)})
    # A list's lines take what the heading above them names (factcheck/extraction/list_heading.py).
    rows = lend_list_headings(context, rows, quantities, _SKIP_MASKS, document, frame_row)
    return _without_repeated_headlines(text, rows)


_LINE_END = re.compile(r"[.!?;:,\"”)\]]$")
HEADLINE_WORDS = 25  # a title is short


def is_headline(text: str, position: int) -> bool:
    """Whether text[position] stands in a title line: a short line with no closing
    punctuation, with a blank line (or the text's edge) before and after it."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not line or _LINE_END.search(line) or len(line.split()) > HEADLINE_WORDS:
        return False
    before = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)]
    after_end = text.find("\n", end + 1)
    after = text[end + 1 : len(text) if after_end < 0 else after_end]
    return not before.strip() and not after.strip()


_SAME_FIGURE = ("measure", "unit", "value", "partner", "comparator")


def _without_repeated_headlines(
    text: str, rows: list[dict]
) -> tuple[list[dict], list[tuple[int, int, dict]]]:
    """A headline's figure that the body repeats (same measure, unit, value and partner) is
    the body's claim, read there with its period: it is not a second claim. Returns the rows
    kept and (start, end, body row) for each headline figure left out."""
    kept, repeated = [], []
    for row in rows:
        if is_headline(text, row["start"]):
            body = next(
                (
                    other for other in rows
                    if other["start"] > row["end"]
                    and not is_headline(text, other["start"])
                    and all(other[k] == row[k] for k in _SAME_FIGURE)
                    and row["indicator"] in (other["indicator"], "unknown")
                ),
                None,
            )  # fmt: skip
            if body is not None:
                repeated.append((row["start"], row["end"], body))
                continue
        kept.append(row)
    return kept, repeated


_DATELINE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})\s+(?P<y1>(?:19|20)\d{{2}})"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d{{2}})"
    r"|(?P<y3>(?:19|20)\d{2})-(?P<mm>\d{2})-(?P<d3>\d{2}))\b"
)
DATELINE_REACH = 400  # a dateline stands at the top, before the story


def dateline(text: str) -> tuple[int, int, str] | None:
    """(year, month, as written) of a date at the top of a text, or None."""
    match = _DATELINE.search(text[:DATELINE_REACH])
    if match is None:
        return None
    if match["y3"]:
        month = int(match["mm"])
        if not 1 <= month <= 12:
            return None
        return int(match["y3"]), month, match.group(0)
    name = (match["m1"] or match["m2"]).rstrip(".").lower()
    return int(match["y1"] or match["y2"]), MONTH_NUMBERS[name], match.group(0)


def _year_month_of(document_date: dt.date | str | None) -> tuple[int | None, int | None]:
    if document_date is None or document_date == "":
        return None, None
    if isinstance(document_date, dt.date):
        return document_date.year, document_date.month
    text = str(document_date)
    month = int(text[5:7]) if len(text) >= 7 and text[5:7].isdigit() else None
    return int(text[:4]), month


# What `ledger extract` prints for each claim: the frame, quote and offsets first.
FRAME_COLUMNS = [
    "claim_id", "quote", "start", "end", "value", "value_low", "value_high", "unit", "comparator",
    "measure", "period", "period_granularity", "period_basis", "base_period", "indicator",
    "reporter", "partner", "flow", "product", "breakdown", "reading_notes", "flag",
    "period_note",
]  # fmt: skip

__all__ = ["FRAME_COLUMNS", "MAX_FIGURES_READ", "TooManyFigures", "extract_claims", "read_text"]
