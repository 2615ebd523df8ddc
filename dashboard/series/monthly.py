"""Monthly series and product views where the snapshot holds them, and the index / log
helpers the topic pages offer. Nothing is summed across sources or filled in.
"""

from functools import cache
from pathlib import Path

import pandas as pd

from dashboard.series.names import country_name, reported_by
from dashboard.series.trade import direction
from loaders.catalogue import family_labels

MONTH_COLUMNS = ["month", "series", "record", "value", "unit", "source_id", "vintage"]
# IEA border points where Russian gas lands in Turkey (the IEA notes name the landfall).
LANDFALLS = {"Kiyikoy": "TurkStream (Kıyıköy)", "Samsun": "Blue Stream (Samsun)"}


# HS 2022 chapter titles (WCO), curated: no raw file gives commodity descriptions. The
# file's first line names its source.
CHAPTER_TITLES = Path(__file__).resolve().parents[1] / "hs_chapters.csv"
SHORT_TITLE = 40  # characters of a chapter's title kept in its label
_DANGLING = {"and", "or", "of", "the", "other", "than", "in", "for", "with", "a", "such"}


@cache
def chapter_titles() -> dict[str, str]:
    """Two-digit HS chapter code -> its HS 2022 title."""
    table = pd.read_csv(CHAPTER_TITLES, comment="#", dtype=str, keep_default_na=False)
    return dict(zip(table["chapter"], table["title"], strict=True))


def chapter_label(code: str) -> str:
    """'27 Mineral fuels, mineral oils and products…': the code and the title's first part
    (up to its first ';'), cut at a word within SHORT_TITLE characters. The bare code when
    the chapter is not in the table (a label is never guessed)."""
    title = chapter_titles().get(code)
    if not title:
        return f"HS {code}"
    short = title.split(";")[0].strip()
    if len(short) > SHORT_TITLE:
        words = short[: SHORT_TITLE + 1].rsplit(" ", 1)[0].rstrip(",").split()
        while words[-1] in _DANGLING:  # never end on "and", "of"…
            words.pop()
        short = " ".join(words).rstrip(",") + "…"
    elif short != title:
        short += "…"
    return f"{code} {short}"


def _months(rows: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(rows["period"] + "-01", format="%Y-%m-%d")


def record_labels(rows: pd.DataFrame, sources: pd.DataFrame | None) -> pd.Series:
    """A legend name per row's source: its family's short label ('TurkStat', 'IEA Gas Trade
    Flows'), with the years it covers where two sources of one family are drawn ('TurkStat
    2019–2024', 'TurkStat 2025'), so a line never joins two sources. The source id where
    the provenance table is not given."""
    if sources is None or rows.empty:
        return rows["source_id"].astype(str)
    family = dict(zip(sources["source_id"], sources["family"], strict=True))
    names = family_labels()
    label = rows["source_id"].map(lambda s: names.get(family.get(s, s), family.get(s, s)))
    years = rows["period"].str[:4].astype(int).groupby(rows["source_id"]).agg(["min", "max"])
    span = {
        source: str(low) if low == high else f"{low}–{high}"
        for source, (low, high) in zip(years.index, years.to_numpy(), strict=True)
    }
    shared = rows["source_id"].groupby(label).transform("nunique")
    return label.where(shared == 1, label + " " + rows["source_id"].map(span))


def trade_months(
    observations: pd.DataFrame, first: str, second: str, sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The pair's monthly goods flows (US$ billion) from official monthly releases; `sources`
    names each record in the legend."""
    rows = observations[
        (observations["indicator"] == "merchandise_trade")
        & (observations["period_type"] == "month")
        & (observations["product"] == "TOTAL")
        & (observations["tier"] == "official_release")
        & (observations["breakdown"] == "")
        & (
            ((observations["reporter"] == first) & (observations["partner"] == second))
            | ((observations["reporter"] == second) & (observations["partner"] == first))
        )
        & observations["flow"].isin(["export", "import"])
    ]
    return pd.DataFrame(
        {
            "month": _months(rows),
            "series": [
                direction(r, p, f)
                for r, p, f in zip(rows["reporter"], rows["partner"], rows["flow"], strict=True)
            ],
            "record": rows["reporter"].map(reported_by) + " · " + record_labels(rows, sources),
            "value": rows["value"] / 1e9,
            "unit": "US$ billion",
            "source_id": rows["source_id"],
            "vintage": rows["vintage"],
        },
        columns=MONTH_COLUMNS,
    ).sort_values(["series", "record", "month"], ignore_index=True)


def gas_months(
    observations: pd.DataFrame, reporter: str = "TUR", sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Gas entering at the Russian pipelines' landfalls per month (IEA, bcm), newest vintage,
    from the first month gas entered at each (the file lists a landfall with zeros from
    before its pipeline existed); `sources` names the record in the legend."""
    rows = observations[
        (observations["indicator"] == "gas_entry_flow")
        & (observations["reporter"] == reporter)
        & (observations["period_type"] == "month")
        & (observations["tier"] == "official_release")
        & observations["breakdown"].isin(list(LANDFALLS))
        & observations["preferred"]
    ]
    frame = pd.DataFrame(
        {
            "month": _months(rows),
            "series": rows["breakdown"].map(LANDFALLS),
            "record": record_labels(rows, sources),
            "value": rows["value"],
            "unit": "bcm",
            "source_id": rows["source_id"],
            "vintage": rows["vintage"],
        },
        columns=MONTH_COLUMNS,
    ).sort_values(["series", "month"], ignore_index=True)
    flowed = frame["value"].gt(0).groupby(frame["series"]).cummax()
    return frame[flowed].reset_index(drop=True)


def hs_chapters(
    observations: pd.DataFrame, reporter: str, partner: str, year: int | None = None
) -> pd.DataFrame:
    """The reporter's trade with the partner by HS chapter in one year (US$ billion)."""
    rows = observations[
        (observations["indicator"] == "merchandise_trade")
        & (observations["reporter"] == reporter)
        & (observations["partner"] == partner)
        & (observations["period_type"] == "year")
        & (observations["tier"] == "official_release")
        & observations["product"].str.fullmatch(r"HS\d\d")
        & (observations["breakdown"] == "")
    ]
    if year is not None:
        rows = rows[rows["period"] == str(year)]
    return pd.DataFrame(
        {
            "year": rows["period"].astype(int),
            "chapter": rows["product"].str[2:],
            "label": rows["product"].str[2:].map(chapter_label),
            "chapter_title": rows["product"].str[2:].map(lambda c: chapter_titles().get(c, "")),
            "direction": [direction(reporter, partner, f) for f in rows["flow"]],
            "value": rows["value"] / 1e9,
            "unit": "US$ billion",
            "source_id": rows["source_id"],
            "vintage": rows["vintage"],
        }
    ).sort_values(["direction", "value"], ascending=[True, False], ignore_index=True)


def hs_years(observations: pd.DataFrame, reporter: str, partner: str) -> list[int]:
    found = hs_chapters(observations, reporter, partner)
    return sorted({int(y) for y in found["year"]})


def as_index(
    frame: pd.DataFrame, y: str, groups: list[str]
) -> tuple[pd.DataFrame, int | None, pd.DataFrame]:
    """Each line as an index, = 100 in one base year shared by the lines: the first year
    shown that the most lines of two years or more have a value for. (Indexed each to its own
    first year, a line starting in 2019 sat at 100–250 beside one starting in 1992 at 1,700.)
    Returns the indexed rows, the base year (None when nothing can be indexed) and the lines
    left out (one row per line: its `groups`), having no value in the base year; a line of one
    year is always left out (it would be 100 and nothing else)."""
    if frame.empty:
        return frame, None, frame[groups].iloc[:0]
    ordered = frame.sort_values("year")
    label = ordered[groups].astype(str).agg(" | ".join, axis=1)
    held = ordered[ordered[y].notna() & (ordered[y] != 0)]
    years_of = held.groupby(label[held.index])["year"].agg(set)
    long_lines = years_of[years_of.map(len) >= 2]
    coverage = pd.Series([year for years in long_lines for year in years]).value_counts()
    if coverage.empty:
        return ordered.iloc[:0], None, ordered.drop_duplicates(groups)[groups]
    base = int(min(coverage[coverage == coverage.max()].index))
    kept = {line for line, years in long_lines.items() if base in years}
    at_base = ordered[y].where(ordered["year"] == base).groupby(label).transform("max")
    indexed = ordered.assign(**{y: ordered[y] / at_base * 100})[label.isin(kept)]
    left_out = ordered[~label.isin(kept)].drop_duplicates(groups)[groups]
    return indexed, base, left_out


def positive(frame: pd.DataFrame, y: str) -> pd.DataFrame:
    """Rows a log scale can draw (values above zero)."""
    return frame[frame[y] > 0]


def pair_name(first: str, second: str) -> str:
    return f"{country_name(first)}–{country_name(second)}"
