"""What a chart's downloads hold: pure functions, so tests read exactly what users get.

- `chart_csv`: the plotted rows with a `unit` column, integer years, each row's source title
  and address, and every text cell escaped against formula injection;
- `safe_csv`: any table as CSV with the same escaping (every download on every page);
- `export_spec`: the Vega-Lite spec for the PNG/SVG, at a readable size, with title,
  subtitle, source line, date and the address that reproduces it;
- `chart_metadata`: a small JSON beside each chart (title, unit, sources, licences, vintages,
  the dashboard address).
"""

import copy
import datetime as dt
import json
import re
import textwrap

import pandas as pd

from validation.vocabulary import TIER_LABELS

# A cell starting with one of these is read as a formula by spreadsheets (OWASP, CSV
# injection): such text cells get a leading apostrophe. Numbers are never touched.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXPORT_WIDTH = 760
WRAP_AT = 120  # characters of the 11 px subtitle lines: about the export width
APP_NAME = "Bilateral Ledger"
# Pictures are drawn on the server by vl-convert. Its own Arial-like face has no "◆" or "→",
# and the fallback it picks for a line holding one draws the whole line in a serif face (the
# undated-claim note). DejaVu Sans (Debian's default face) has them, so it comes first.
EXPORT_FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"


LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def escape_cell(value):
    """A text cell on one line (a quote's line breaks as spaces), made inert if a spreadsheet
    would run it as a formula."""
    if isinstance(value, str):
        inert = value.startswith(FORMULA_STARTS)
        if "\n" in value or "\r" in value:
            value = LINE_BREAKS.sub(" ", value)
        if inert or value.startswith(FORMULA_STARTS):
            return "'" + value
    return value


def escape_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Text cells that a spreadsheet would run as a formula, made inert."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(escape_cell)
    out.columns = [escape_cell(str(c)) for c in out.columns]
    return out


def safe_csv(frame: pd.DataFrame) -> str:
    # Twelve significant digits: a sum's binary noise (2.2426785000000002) is not a figure.
    return escape_formulas(frame).to_csv(index=False, float_format="%.12g")


def _source_columns(frame: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """`source_publisher`, `source_title`, `source_url` and `source_tier` for each row (a
    derived row may rest on 'a;b'), from the provenance table, so no row's origin is blank."""
    if "source_id" not in frame:
        return frame
    publishers = dict(zip(sources["source_id"], sources["publisher"].fillna(""), strict=True))
    titles = dict(zip(sources["source_id"], sources["title"], strict=True))
    urls = dict(zip(sources["source_id"], sources["url"].fillna(""), strict=True))
    tiers = dict(
        zip(sources["source_id"], sources["tier"].map(TIER_LABELS).fillna(""), strict=True)
    )

    def join(value, table, once: bool = False):
        if pd.isna(value):
            return ""
        parts = [str(table.get(part, "")) for part in str(value).split(";")]
        return "; ".join(dict.fromkeys(parts) if once else parts)

    return frame.assign(
        source_publisher=frame["source_id"].map(lambda v: join(v, publishers, once=True)),
        source_title=frame["source_id"].map(lambda v: join(v, titles)),
        source_url=frame["source_id"].map(lambda v: join(v, urls)),
        source_tier=frame["source_id"].map(lambda v: join(v, tiers, once=True)),
    )


def chart_table(plotted: pd.DataFrame, unit: str, sources: pd.DataFrame) -> pd.DataFrame:
    """The plotted rows as published: unit column, whole years, source title and address."""
    table = plotted.copy()
    if "year" in table:
        table["year"] = pd.to_numeric(table["year"], errors="coerce").round().astype("Int64")
    table = _source_columns(table, sources)
    if "unit" not in table:
        table.insert(min(2, len(table.columns)), "unit", unit)
    if "layer" not in table:  # a chart with no claims drawn on it: every row is a record
        table.insert(0, "layer", "recorded")
    return table


def chart_csv(plotted: pd.DataFrame, unit: str, sources: pd.DataFrame) -> str:
    return safe_csv(chart_table(plotted, unit, sources))


def used_sources(plotted: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    if "source_id" not in plotted:
        return sources.iloc[0:0]
    ids = {part for value in plotted["source_id"].dropna() for part in str(value).split(";")}
    return sources[sources["source_id"].isin(ids)]


def chart_metadata(
    *,
    title: str,
    unit: str,
    description: str,
    plotted: pd.DataFrame,
    sources: pd.DataFrame,
    url: str,
    date: str | None = None,
) -> str:
    """A small JSON file that travels with the chart and its CSV."""
    used = used_sources(plotted, sources)
    listed = [
        {
            "source_id": row.source_id,
            "publisher": row.publisher,
            "title": row.title,
            "url": row.url if isinstance(row.url, str) else "",
            "vintage": row.edition or row.retrieved or "",
            "retrieved": row.retrieved or "",
            "edition": row.edition or "",
            "licence": row.licence or "",
            "tier": row.tier,
        }
        for row in used.fillna("").itertuples(index=False)
    ]
    return json.dumps(
        {
            "title": title,
            "unit": unit,
            "description": description,
            "rows": len(plotted),
            "sources": listed,
            "licences": sorted({s["licence"] for s in listed if s["licence"]}),
            "dashboard_url": url,
            "downloaded": date or dt.date.today().isoformat(),
            "made_with": APP_NAME,
        },
        indent=2,
        ensure_ascii=False,
    )


def _title_text(spec: dict) -> str:
    title = spec.get("title", "")
    if isinstance(title, dict):
        title = title.get("text", "")
    return " ".join(title) if isinstance(title, list) else str(title)


def _address_lines(url: str) -> list[str]:
    """An address in lines of at most WRAP_AT characters where it can be, each ending at an
    "&" between its choices (a choice longer than a line stays whole)."""
    lines = [""]
    for part in re.split(r"(?<=&)", url):
        if lines[-1] and len(lines[-1]) + len(part) > WRAP_AT:
            lines.append("")
        lines[-1] += part
    return lines


def export_spec(
    spec: dict, *, source_line: str, url: str, date: str | None = None, subtitle: str = ""
) -> dict:
    """The on-screen spec made fit to paste into a brief.

    Same marks and palette; a fixed readable width; the title with a subtitle, the source
    line (wrapped) and the date and address below it; padding so the last point and the
    labels are never clipped.
    """
    out = copy.deepcopy(spec)
    # Every line wrapped to the chart's width: one long unit-and-caveat line had made a picture
    # 2,660 px wide with the chart in its left third.
    lines = textwrap.wrap(subtitle, WRAP_AT) if subtitle else []
    lines += textwrap.wrap(source_line, WRAP_AT)
    stamp = f"{APP_NAME} · drawn {date or dt.date.today().isoformat()}"
    if len(stamp) + len(url) + 3 <= WRAP_AT:
        lines.append(f"{stamp} · {url}")
    else:  # a long address on lines of its own, broken only after an "&"
        lines.append(stamp)
        lines += _address_lines(url)
    out["title"] = {
        "text": _title_text(spec),
        "subtitle": lines,
        "anchor": "start",
        "fontSize": 16,
        "subtitleFontSize": 11,
        "subtitleColor": "#444444",
        "offset": 12,
    }
    if "facet" not in out:
        out["width"] = EXPORT_WIDTH
    out["padding"] = {"left": 12, "right": 36, "top": 12, "bottom": 12}
    out["autosize"] = {"type": "pad"}
    out["background"] = "white"
    out.setdefault("config", {})
    out["config"].setdefault("font", EXPORT_FONT)
    return out
