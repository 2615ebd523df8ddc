"""Tables pasted into a text: each figure cell read as a sentence of its own.

A table (markdown or bare pipes, tab-separated cells, or cells aligned by runs of spaces as
copy-paste from a PDF leaves them) states its figures through its caption, its column headers
and its row labels, never in a sentence. Each figure cell is given a sentence-like unit built
from those labels ("In 2019, imports from Russia were $23.1 billion.") that the prose reader
reads; the claim keeps the cell's own span, and the frame keeps what the table says
explicitly: the period of a year row or year column, the country of a row or column label.
A header that does not say what a cell measures leaves the reader guessing, and a guess
carries its reading note, so it never ends in a negative verdict.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extraction.masks import MONTH
from validation.reading_vocabulary import (
    TABLE_CAPTION_OPENERS,
    TABLE_CHANGE_HEADERS,
    TABLE_COUNTED_NOUNS,
    TABLE_EMPTY_CELLS,
    TABLE_GENERIC_HEADERS,
    TABLE_PREVIOUS_YEAR_HEADERS,
    TABLE_RANK_HEADERS,
    TABLE_RESIDUAL_LABELS,
    TABLE_SHARE_HEADERS,
    TABLE_TOTAL_LABELS,
    TABLE_UNIT_HEADERS,
)

_RULE = re.compile(r"^[ \t]*[|+]?[ \t]*:?-{3,}:?[ \t]*(?:[|+][ \t]*:?-{3,}:?[ \t]*)*[|+]?[ \t]*$")
_SPACES = re.compile(r"[ \t]{2,}|\t")
MAX_CELL = 80  # a cell is a label or a figure, never a paragraph
CAPTION_WORDS = 30
CAPTION_LEAD_WORDS = 12  # "Turkey's trade with Russia, in $bn:" is a caption; a paragraph is not
# A figure cell: sign, currency, digits (thousands grouped by , . or a thin space), percent,
# then footnote markers ("44.0*", "9.3¹", "23.1 (p)", "5.2 [3]").
_FIGURE = re.compile(
    r"^(?P<figure>(?P<sign>[+\-−–])?\s?(?P<currency>US\$|\$|€|£|₺)?\s?"
    r"(?P<number>\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:\s?(?P<suffix>bn|billion|bln|mn|million|mln|m|k|thousand|bcm|mcm|tonnes|mt))?"
    r"\s?(?P<percent>%|pp|p\.p\.)?)"
    r"(?P<marker>\s?(?:[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+|\((?:[a-z]|\d{1,2}|p|e|est|prov)\.?\)|\[\d{1,2}\]))?$"
)
_YEAR_LABEL = re.compile(
    r"^(?:FY\s?)?(?P<year>(?:19|20)\d{2})"
    r"(?:\s?[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+|\s?\((?:p|prov|prel)\.?\)|\s?\[\d{1,2}\]|p)?$"
)
_YEAR_IN = re.compile(r"(?<![\d–-])(?:19|20)\d{2}(?![\d–-])")
_YEAR_SPAN_IN = re.compile(r"(?:19|20)\d{2}\s?[–-]\s?(?:(?:19|20)?\d{2})\b")
# A label's unit in brackets or after its last comma: "($bn)", "(m)", "bcm", "US$ million".
_CURRENCY = r"US\$|USD|\$|EUR|€|TL|TRY|₺|RUB|£"
_SCALE = r"billions?|bn|bln|b|millions?|mn|mln|m|thousands?|thous|'000s?|000s?|k"
_PHYSICAL = (
    r"bcm|billion\s+cubic\s+met(?:re|er)s|mcm|million\s+cubic\s+met(?:re|er)s"
    r"|tonnes|tons|t|mt|barrels(?:\s+a\s+day|\s+per\s+day)?|b/d|bpd|MW|GW|TWh"
    r"|%|per\s?cent|percent|people|persons|visitors|arrivals|tourists"
)
_UNIT_PART = re.compile(
    rf"\s*(?:(?P<currency>{_CURRENCY})|(?P<physical>(?:{_PHYSICAL})(?![\w$]))"
    rf"|(?P<scale>(?:{_SCALE})(?![\w$])))\.?",
    re.IGNORECASE,
)
# "in billions of US dollars", "(million dollars)": the dollar and its scale in words.
_DOLLARS_IN_WORDS = re.compile(
    r"(billions?|millions?|thousands?|bn|mn)\s+(?:of\s+)?(?:US\s+|U\.S\.\s+)?dollars",
    re.IGNORECASE,
)
_IN_UNIT = re.compile(r"\s+in\s+([^,()]{1,40})$")
# A label that is a date: "Jan 2023", "March 2022", "Q1 2024", "H1 2023", "2023-01".
_DATE_LABEL = re.compile(
    rf"^(?:{MONTH}|Q[1-4]|H[12]|[1-4]Q|[12]H)\.?[\s-]*(?:19|20)\d{{2}}\b|^(?:19|20)\d{{2}}-\d{{2}}$"
    rf"|^(?:{MONTH})\.?\s*[–-]\s*(?:{MONTH})\.?\s+(?:19|20)\d{{2}}$",
    re.IGNORECASE,
)
_MONTH_SPAN_AT_END = re.compile(rf",?\s*\(?(?:{MONTH})\.?\s*[–-]\s*(?:{MONTH})\.?\)?$", re.I)
_TRAILING_YEAR = re.compile(
    r"(?:,\s*|\s+in\s+|\s+)?\(?(?:19|20)\d{2}(?:\s?[–-]\s?(?:19|20)?\d{2})?\)?$"
)
_BY_TIME = re.compile(r",?\s*\b(?:by|per)\s+(?:month|year|quarter)\b", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*[(\[]([^()\[\]]{1,40})[)\]]\s*$")
_AFTER_COMMA = re.compile(r",\s*([^,]{1,40})$")
_SCALE_WORDS = {
    "b": "billion", "bn": "billion", "bln": "billion", "billion": "billion",
    "billions": "billion", "m": "million", "mn": "million", "mln": "million",
    "million": "million", "millions": "million", "k": "thousand", "thousand": "thousand",
    "thousands": "thousand", "thous": "thousand", "'000": "thousand", "'000s": "thousand",
    "000": "thousand", "000s": "thousand",
}  # fmt: skip
_CURRENCY_SIGNS = {"us$": "$", "usd": "$", "$": "$", "eur": "€", "€": "€", "£": "£",
                   "tl": "TL ", "try": "TL ", "₺": "TL ", "rub": "RUB "}  # fmt: skip
_SOURCE_NOTE = re.compile(r"\s*[(\[]\s*(?:source|sources|data)\b[^()\[\]]*[)\]]", re.IGNORECASE)
_CAPTION_NUMBER = re.compile(
    rf"^(?:{'|'.join(TABLE_CAPTION_OPENERS)})\s*[A-Z]?\d*(?:\.\d+)?\s*[.:—–-]?\s*", re.IGNORECASE
)
_BY_PARTNER = re.compile(
    r",?\s*\bby\s+(?P<what>(?:country\s+of\s+)?(?:supplier|source|origin|country|partner"
    r"|destination|market|nationality|exporter|importer)s?)\b(?:\s+country)?",
    re.IGNORECASE,
)
_TOWARD_BY = {"destination", "market", "importer"}


def _normal(label: str) -> str:
    return " ".join(label.replace("\u00a0", " ").split()).strip(" :")


@dataclass(frozen=True)
class Unit:
    currency: str = ""
    scale: str = ""
    physical: str = ""

    def __bool__(self) -> bool:
        return bool(self.currency or self.scale or self.physical)


def unit_of(spec: str) -> Unit:
    """The unit a label names ("$bn", "US$ million", "(m)", "bcm", "%"), or an empty Unit:
    the label must be made of unit words only."""
    found: dict[str, str] = {}
    at, spec = 0, _DOLLARS_IN_WORDS.sub(r"$ \1", spec.strip())
    while at < len(spec):
        match = _UNIT_PART.match(spec, at)
        if match is None or match.end() == at:
            return Unit()
        kind = match.lastgroup
        if kind in found:
            return Unit()
        found[kind] = match[kind]
        at = match.end()
    if not found:
        return Unit()
    return Unit(
        _CURRENCY_SIGNS.get(found.get("currency", "").lower(), ""),
        _SCALE_WORDS.get(found.get("scale", "").lower(), ""),
        " ".join(found.get("physical", "").lower().split()),
    )


def split_unit(label: str) -> tuple[str, Unit]:
    """A label without its unit, and the unit: "Imports from Russia ($bn)" -> ("Imports from
    Russia", $ billion); "Russian pipeline gas delivered to Türkiye, bcm" -> (..., bcm)."""
    label = _normal(_SOURCE_NOTE.sub("", label))
    for pattern in (_BRACKETED, _AFTER_COMMA, _IN_UNIT):
        match = pattern.search(label)
        if match:
            unit = unit_of(match.group(1))
            if unit:
                return _normal(label[: match.start()]), unit
    unit = unit_of(label)
    return ("", unit) if unit else (label, Unit())


@dataclass(frozen=True)
class Cell:
    """One figure cell: its span in the text, its labels, and the sentence read for it."""

    start: int
    end: int
    row: str
    column: str
    caption: str
    period: str  # a year the row, column or caption states, else ""
    country: str  # the country a row or column label names, else ""
    base: str  # the year a change column says it is against ('y/y'), else ""
    year_on_year: bool  # the header says a change is against a year earlier ('y/y')
    signed: bool  # the cell writes a sign ("+19%", "-13")
    scale_unstated: bool  # a currency with no scale over small figures ("$": 23.1)
    sentence: str
    figure_at: tuple[int, int]  # the figure's span in `sentence`

    @property
    def context(self) -> str:
        """What a user sees as the claim's sentence: caption, row label | column label."""
        where = " | ".join(part for part in (self.row, self.column) if part)
        head = f"{self.caption} — " if self.caption else ""
        return f"{head}{where}: "


@dataclass(frozen=True)
class Table:
    start: int  # the header line's start
    end: int  # the last row's end
    caption: str
    cells: tuple[Cell, ...]


def _cells_of(line: str, kind: str) -> list[str]:
    if kind == "pipe":
        inner = line.strip()
        inner = inner[1:] if inner.startswith("|") else inner
        inner = inner[:-1] if inner.endswith("|") else inner
        return [c.strip() for c in inner.split("|")]
    if kind == "tab":
        return [c.strip() for c in line.rstrip().split("\t")]
    return [c.strip() for c in _SPACES.split(line.strip())]


def _kind_of(line: str) -> str:
    stripped = line.strip()
    if not stripped:
        return ""
    if "|" in stripped and len(_cells_of(stripped, "pipe")) >= 2:
        return "pipe"
    if "\t" in line.strip(" ") and len([c for c in line.split("\t") if c.strip()]) >= 2:
        return "tab"
    if len(_SPACES.split(stripped)) >= 2:
        return "space"
    return ""


def _figure(cell: str) -> re.Match[str] | None:
    return _FIGURE.match(cell.strip())


def _is_year(cell: str) -> str:
    match = _YEAR_LABEL.match(cell.strip())
    return match["year"] if match else ""


def _is_empty(cell: str) -> bool:
    return cell.strip().lower() in TABLE_EMPTY_CELLS


def _is_data_row(cells: list[str], labels: int = 1) -> bool:
    """A row with `labels` label cells (or a year) and at least one figure, every other cell a
    figure or empty."""
    rest = cells[labels:]
    figures = [c for c in rest if _figure(c)]
    return bool(figures) and all(_figure(c) or _is_empty(c) for c in rest)


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line), line))
        at += len(line) + 1
    return out


def _caption_before(lines: list[tuple[int, int, str]], index: int) -> str:
    """The line just above a table (one blank line may stand between) when it reads as its
    caption: a 'Table 2.' line, a short title without a closing stop, or a short lead ending
    with a colon."""
    for back in (index - 1, index - 2):
        if back < 0:
            return ""
        line = lines[back][2].strip()
        if not line:
            continue
        if _kind_of(line) == "pipe" or len(line.split()) > CAPTION_WORDS:
            return ""
        if _CAPTION_NUMBER.match(line) and re.match(r"^\S+\s*[A-Z]?\d", line):
            return line
        if line.endswith(":") and len(line.split()) > CAPTION_LEAD_WORDS:
            return ""  # a paragraph leading into the table, not its caption
        if not line.endswith((".", "!", "?", ";")):
            return line
        return ""
    return ""


def find_tables(text: str, terms: dict[str, tuple[str, str]]) -> list[Table]:
    """Every table block of `text` with its figure cells; `terms` maps country terms to
    (code, kind)."""
    lines = _lines(text)
    tables, index = [], 0
    while index < len(lines):
        kind = _kind_of(lines[index][2])
        if not kind:
            index += 1
            continue
        block = [index]
        nxt = index + 1
        while nxt < len(lines):
            line = lines[nxt][2]
            rule = kind == "pipe" and _RULE.match(line) and line.strip()
            if rule or _kind_of(line) == kind or (kind == "space" and _kind_of(line) == "tab"):
                block.append(nxt)
            else:
                break
            nxt += 1
        table = _table(text, lines, block, kind, terms)
        if table is not None:
            tables.append(table)
        index = nxt
    return tables


def _table(text, lines, block, kind, terms) -> Table | None:
    rows = [i for i in block if not _RULE.match(lines[i][2])]
    if len(rows) < 2:
        return None
    ruled = len(rows) < len(block)
    header = _cells_of(lines[rows[0]][2], kind)
    body = [(i, _cells_of(lines[i][2], kind)) for i in rows[1:]]
    header, body = _with_unit_line(header, body)
    if not body:
        return None
    width = max(len(cells) for _, cells in body)
    if width < 2 or any(len(cells) != width for _, cells in body):
        return None
    if len(header) == width - 1:  # years as columns above a label column with no header
        header = ["", *header]
    if len(header) != width:
        return None
    unit_column = next(
        (j for j in range(1, width) if _words_of(header[j]) in TABLE_UNIT_HEADERS
         and all(not cells[j] or unit_of(cells[j]) for _, cells in body)),
        None,
    )  # fmt: skip
    # Label columns from the left: the first, a rank ("Rank | Country | Visitors") and any
    # column of words; a rank column is read as no figure.
    labels, ranks = 1, set()
    for j in range(width - 1):
        if _words_of(header[j]) in TABLE_RANK_HEADERS:
            labels, ranks = j + 1, ranks | {j}
        elif j >= 1 and j != unit_column and all(_is_word_cell(r[j]) for _, r in body):
            labels = j + 1
        elif j >= 1:
            break
    if not all(_is_data_row(_without(cells, unit_column), labels) for _, cells in body):
        return None
    if any(len(c) > MAX_CELL for c in header) or any(len(c) > MAX_CELL for _, r in body for c in r):
        return None
    year_columns = [_is_year(c) for c in header]
    if _is_data_row(_without(header, unit_column), labels) and not any(year_columns[1:]):
        return None  # a first row of figures: no header to say what they are
    if len(body) < 2 and not ruled:
        return None
    caption = _caption_before(lines, rows[0])
    title = next((line.strip() for _, _, line in lines if line.strip()), "")
    where = lines[rows[0]][0]
    years = sorted({int(y) for y in year_columns if y})
    years_spanned = (years[0], years[-1]) if len(years) == 2 else None
    cells = []
    for line_index, row in body:
        line_start, _, line = lines[line_index]
        at = 0
        positions = []
        for cell in row:  # each cell's offset in its line, in order
            found = line.find(cell, at) if cell else at
            positions.append(found if found >= 0 else -1)
            at = found + len(cell) if found >= 0 else at
        row_label = " ".join(row[j] for j in range(labels) if j not in ranks and row[j])
        if unit_column is not None and row[unit_column]:  # "Imports | US$ bn | 17.8"
            row_label = f"{row_label} ({row[unit_column]})"
        previous_year = _previous_year(body, line_index)
        for column, cell in enumerate(row[labels:], start=labels):
            match = _figure(cell) if column != unit_column else None
            if match is None or positions[column] < 0:
                continue
            start = line_start + positions[column] + match.start("figure")
            end = line_start + positions[column] + match.end("figure")
            built = _cell(
                years_spanned,
                caption,
                title,
                header[column],
                row_label,
                match,
                previous_year,
                terms,
                start,
                end,
            )
            if built is not None:
                cells.append(built)
    if not cells:
        return None
    return Table(where, lines[rows[-1]][1], caption, tuple(cells))


def _with_unit_line(header: list[str], body: list) -> tuple[list[str], list]:
    """A header on two lines ("Exports  Imports" over "(US$ bn)  (US$ bn)"): the second line
    holds only units, one under each figure column (or under every column); its units join
    the headers above. Any other second line is left for the body, where a row of units and
    no figure makes no table at all (left unread, never guessed)."""
    if len(body) < 2:
        return header, body
    units = [c for c in body[0][1] if c]
    if not units or not all(unit_of(c.strip("()[] ")) for c in units):
        return header, body
    figures = len(header) - 1 if len(units) == len(header) - 1 else len(header)
    if len(units) != figures or figures < 1:
        return header, body
    joined = header[: len(header) - figures] + [
        f"{label} ({unit.strip('()[] ')})" for label, unit in zip(header[-figures:], units,
                                                                  strict=True)
    ]  # fmt: skip
    return joined, body[1:]


def _small(number: str) -> bool:
    """A figure below 100,000 as written: no trade total in whole dollars."""
    digits = re.split(r"[.,](?=\d{1,2}$)", number)[0]
    return len(re.sub(r"\D", "", digits)) <= 5


def _is_word_cell(cell: str) -> bool:
    return bool(cell) and not _figure(cell) and not _is_empty(cell)


def _without(cells: list[str], column: int | None) -> list[str]:
    return cells if column is None else cells[:column] + cells[column + 1 :]


def _previous_year(body, line_index) -> str:
    """The year label of the row above (for a change 'on the previous year'), else ""."""
    years = [(i, _is_year(cells[0])) for i, cells in body]
    for position, (i, _) in enumerate(years):
        if i == line_index and position > 0:
            return years[position - 1][1]
    return ""


def _country(label: str, terms: dict[str, tuple[str, str]]) -> str:
    """The country a label names, when the label is (little more than) a country's name."""
    core = re.sub(r"\s*\([^()]*\)\s*$", "", _normal(label)).strip(" *†‡¹²³")
    found = terms.get(core)
    return found[0] if found and found[1] == "name" else ""


def _words_of(header: str) -> str:
    """A header as the vocabulary lists it: lower case, no years, digits or punctuation but
    '/' and '%' ("Change 2023/2022 (%)" -> "change %")."""
    words = re.sub(r"(?:19|20)\d{2}\s*/\s*(?:19|20)?\d{2}|(?:19|20)\d{2}", " ", header.lower())
    return " ".join(re.sub(r"[^a-z/% ]", "", words).split()).strip(" /")


def _cell(
    years_spanned, caption, title, column, row, match, previous_year, terms, start, end
) -> Cell | None:
    column_text, column_unit = split_unit(column)
    row_text, row_unit = split_unit(row)
    label_year = ""
    for which, label in (("row", row_text), ("column", column_text)):
        found = set(_YEAR_IN.findall(label))
        if len(found) == 1 and not _is_year(label) and not _DATE_LABEL.match(label):
            # "Visitors, 2024 (million)": the year dates the figure, the rest names it
            label_year = label_year or found.pop()
            bare = _normal(_TRAILING_YEAR.sub("", label).strip(" ,:"))
            row_text, column_text = (bare, column_text) if which == "row" else (row_text, bare)
    caption_core = _normal(caption).strip("#*_ ")  # "## **Table 1: ...**" as markdown has it
    caption_core = _SOURCE_NOTE.sub("", _CAPTION_NUMBER.sub("", caption_core))
    caption_text, caption_unit = split_unit(caption_core)
    caption_years = _YEAR_IN.findall(caption_text)
    period = _is_year(row) or _is_year(column) or label_year
    if not period and len(set(caption_years)) == 1 and not _YEAR_SPAN_IN.search(caption_text):
        period = caption_years[0]
    caption_text = _TRAILING_YEAR.sub("", caption_text).strip(" ,:")
    caption_text = _BY_TIME.sub("", caption_text).strip(" ,:")
    caption_text = _MONTH_SPAN_AT_END.sub("", caption_text).strip(" ,:")
    dates = [label for label in (row_text, column_text) if _DATE_LABEL.match(label)]
    labels = [label for label in (row_text, column_text) if not _is_year(label)]
    if any(_words_of(label) in TABLE_RESIDUAL_LABELS for label in labels):
        return None  # "Other", "Rest of world": a residual no record holds
    country = next((c for c in (_country(row, terms), _country(column, terms)) if c), "")
    total = any(_words_of(label) in TABLE_TOTAL_LABELS for label in labels)
    country = country or ("WLD" if total else "")  # a "Total" row is the whole world's
    words = [_words_of(label) for label in labels]
    change = any(w in TABLE_CHANGE_HEADERS for w in words) or (
        bool(match["percent"]) and any(w in TABLE_PREVIOUS_YEAR_HEADERS for w in words)
    )
    against = any(w in TABLE_PREVIOUS_YEAR_HEADERS for w in words)
    share = any(w in TABLE_SHARE_HEADERS for w in words)
    named = [
        label for label, w in zip(labels, words, strict=True)
        if w not in TABLE_GENERIC_HEADERS and w not in TABLE_CHANGE_HEADERS
        and w not in TABLE_PREVIOUS_YEAR_HEADERS and w not in TABLE_SHARE_HEADERS
        and w not in TABLE_TOTAL_LABELS and not _country(label, terms)
        and label not in dates
    ]  # fmt: skip
    subject = _subject(named, caption_text, "" if total else country, share, terms)
    subject = _with_other_side(subject, f"{caption}\n{title}", terms)
    suffix = (match["suffix"] or "").lower()
    scale = _SCALE_WORDS.get(suffix, "")
    own = Unit(scale=scale, physical="" if scale else suffix)
    # each part of the unit from the cell itself, else the nearest label giving one
    units = (own, row_unit, column_unit, caption_unit)
    unit = (
        Unit(physical="%")
        if match["percent"] == "%"
        else Unit(
            next((u.currency for u in units if u.currency), ""),
            next((u.scale for u in units if u.scale), ""),
            next((u.physical for u in units if u.physical), ""),
        )
    )
    if change and not match["percent"]:
        unit = Unit(physical="%") if unit.physical in ("%", "percent", "per cent") else unit
    if not (change or share or match["percent"] or unit.currency or unit.physical):
        # "Visitor arrivals" over "5 232 611": the figure counts what the header names
        said = f"{subject} {caption_text}".lower()
        noun = next((n for n in TABLE_COUNTED_NOUNS if re.search(rf"\b{n}\b", said)), "")
        unit = Unit(unit.currency, unit.scale, noun)
    figure = _rendered(match, unit, change)
    base = previous_year if (change and against and previous_year and period
                             and int(previous_year) == int(period) - 1) else ""  # fmt: skip
    spanned = sorted({int(y) for y in _YEAR_IN.findall(column)}) if change else []
    if len(spanned) == 2 and not period:  # "Change 2023/2022": 2023 against 2022, as written
        period, base = str(spanned[1]), str(spanned[0])
    elif change and not period and years_spanned:
        # "Change (%)" beside the columns 2022 and 2023: the later year's change, its base
        # left inferred (the header does not say against which)
        period = str(years_spanned[1])
    when = f"In {period}, " if period else ""
    if not period:  # a month or quarter label ("Jan 2023", "Q1 2024") dates the figure itself
        dated = next((label for label in labels if _DATE_LABEL.match(label)), "")
        when = f"In {dated}, " if dated else ""
    if total and (not subject or subject == caption_text):
        subject = _normal(_BY_PARTNER.sub("", caption_text))  # the whole: by nobody
    if not subject:
        subject = "the figure"  # nothing says what it measures: the reader finds nothing
    subject = subject[0].upper() + subject[1:] if not when else subject
    if change:
        sign = match["sign"] or ""
        verb = "fell by" if sign in "-−–" and sign else "rose by"
        tail = f" on {base}" if base else ""
        sentence = f"{when}{subject} {verb} "
        at = len(sentence)
        sentence += f"{figure}{tail}."
    else:
        sentence = f"{when}{subject} {'was' if share else 'were'} "
        at = len(sentence)
        sentence += f"{figure}."
    return Cell(
        start=start,
        end=end,
        row=_normal(row),
        column=_normal(column),
        caption=_normal(caption).strip("#*_ "),
        period=period,
        country=country,
        base=base,
        year_on_year=change and against,
        signed=bool(match["sign"]),
        scale_unstated=bool(unit.currency and not unit.scale and not match["percent"])
        and _small(match["number"]),
        sentence=sentence,
        figure_at=(at, at + len(figure)),
    )


# A caption naming one country's trade with another, and a header naming a bare flow.
_TRADE_WITH = re.compile(
    r"(?P<own>[\w’'-]+(?:\s+[\w’'-]+)?)['’]s\s+(?:(?:bilateral|merchandise|foreign|goods)\s+)?"
    r"trade\s+with\s+(?:the\s+)?(?P<other>[\w’'-]+(?:\s+[\w’'-]+)?)",
    re.IGNORECASE,
)
_BARE_FLOW = re.compile(r"(?:exports|imports)", re.IGNORECASE)


def _subject(named, caption_text, country, share, terms) -> str:
    """The noun phrase the cell's figure is a value of."""
    phrase = named[0] if named else ""
    if not phrase:
        phrase = caption_text
        if country:
            # "Turkey's gas imports by supplier" + "Azerbaijan": "... imports from Azerbaijan"
            by = _BY_PARTNER.search(phrase)
            if by and not share:
                toward = by["what"].lower().rstrip("s") in _TOWARD_BY
                name = next(t for t, (code, kind) in terms.items()
                            if code == country and kind == "name")  # fmt: skip
                phrase = f"{phrase[: by.start()]} {'to' if toward else 'from'} {name}"
                phrase += caption_text[by.end() :]
            elif by:
                phrase = phrase[: by.start()] + phrase[by.end() :]
    elif country and not share and not _names_country(phrase, terms):
        # "Visitors" in the row "Russia": visitors from Russia; "Exports" to Germany
        name = next(t for t, (code, kind) in terms.items() if code == country and kind == "name")
        toward = re.search(r"\bexport|\bsales\b|\bshipments\b", phrase, re.IGNORECASE)
        phrase = f"{phrase} {'to' if toward else 'from'} {name}"
    elif (trade := _TRADE_WITH.search(caption_text or "")) and _BARE_FLOW.fullmatch(phrase):
        # "Exports" under "Türkiye's trade with the Russian Federation": the owner's exports to
        # the other, imports from it (never the other's, which "trade with" does not say).
        toward = phrase.lower().startswith("export")
        phrase = f"{trade['own']}'s {phrase.lower()} {'to' if toward else 'from'} {trade['other']}"
    elif caption_text and not _names_country(phrase, terms) and _names_country(caption_text, terms):
        # A header naming no country under a caption that does: "Volume of LNG" under
        # "Russian gas in Türkiye" is read with the caption.
        within = phrase.lower() in caption_text.lower()  # "Imports" under "... imports from ..."
        phrase = caption_text if within else f"{caption_text}: {phrase}"
    if share and country:
        name = next(t for t, (code, kind) in terms.items() if code == country and kind == "name")
        base = _BY_PARTNER.sub("", caption_text) if caption_text else ""
        phrase = f"{name}'s share of {base or phrase}"
    elif share and phrase:
        phrase = f"the share of {phrase}" if not phrase.lower().startswith("share") else phrase
    return _normal(phrase)


_FLOW_HEADER = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:imports?|exports?|purchases|sales|deliveries|supplies)"
    r"\s+(?:from|to)\s",
    re.IGNORECASE,
)


_ARRIVALS_HEADER = re.compile(
    r"\b(?:arrivals|visitors|tourists|holidaymakers)\b(?!\s+(?:in|to)\s)", re.IGNORECASE
)


def _with_other_side(subject: str, heading: str, terms) -> str:
    """A flow header naming one side ("Imports from Russia") under a caption or a title that
    names one other country ("Türkiye–Russia trade"): that country's imports. Tables leave the
    reporting side to their caption or title; prose would name it. Arrivals the same way:
    "Foreign visitor arrivals from Germany" under "REPUBLIC OF TÜRKİYE" are arrivals in Türkiye.
    """
    flow = _FLOW_HEADER.match(subject)
    arrivals = None if flow else _ARRIVALS_HEADER.search(subject)
    if not (flow or arrivals):
        return subject
    named = _codes_named(subject, terms)
    others = _codes_named(heading, terms) - named
    if len(named) > 1 or (flow and not named) or len(others) != 1:
        return subject
    code = others.pop()
    name = next(t for t, (c, kind) in terms.items() if c == code and kind == "name")
    if arrivals:
        return f"{subject[: arrivals.end()]} in {name}{subject[arrivals.end() :]}"
    return f"{name}'s {subject[0].lower()}{subject[1:]}"


@lru_cache(maxsize=4)
def _term_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    # "US$ million" names a currency, not the country
    ordered = sorted(terms, key=len, reverse=True)
    return re.compile(
        r"\b(" + "|".join(re.escape(t) for t in ordered) + r")\b"
        r"(?!\$|\.?\s*(?:dollars?|cents?)\b)"
    )


def _codes_named(phrase: str, terms) -> set[str]:
    return {terms[m.group(1)][0] for m in _term_pattern(tuple(terms)).finditer(phrase)}


def _names_country(phrase: str, terms) -> bool:
    return bool(_codes_named(phrase, terms))


def _rendered(match: re.Match[str], unit: Unit, change: bool) -> str:
    """The figure as the sentence writes it, with its unit: "$23.1 billion", "7.0 million",
    "23.2 bcm", "13%"."""
    number = match["number"]
    if match["percent"]:
        return f"{number}{match['percent']}"
    sign = "-" if not change and (match["sign"] or "") in ("-", "−", "–") and match["sign"] else ""
    currency = match["currency"] or unit.currency
    currency = _CURRENCY_SIGNS.get(currency.lower(), currency) if currency else ""
    physical = unit.physical
    if physical in ("%", "percent", "per cent"):
        return f"{number}%"
    scale = f" {unit.scale}" if unit.scale else ""
    if currency:
        return f"{sign}{currency}{number}{scale}".replace("TL ", "TL ").strip()
    if physical in ("people", "persons", "visitors", "arrivals", "tourists"):
        return f"{sign}{number}{scale} {physical}".strip()
    return f"{sign}{number}{scale}{' ' + physical if physical else ''}"


def rewrite_tables(
    text: str, tables: list[Table]
) -> tuple[str, list[tuple[int, int, int]], list[tuple[int, int, Cell]]]:
    """`text` with each table replaced by its cells' sentences, one a line, set apart by blank
    lines; (rewritten text, (start in text, start in rewritten, length) of each stretch kept,
    (start, end) of each cell's figure in the rewritten text with its cell)."""
    parts, kept, placed = [], [], []
    at = length = 0
    for table in tables:
        kept.append((at, length, table.start - at))
        parts.append(text[at : table.start])
        length += table.start - at
        parts.append("\n")
        length += 1
        for cell in table.cells:
            placed.append((length + cell.figure_at[0], length + cell.figure_at[1], cell))
            parts.append(cell.sentence + "\n")
            length += len(cell.sentence) + 1
        parts.append("\n")
        length += 1
        at = table.end
    kept.append((at, length, len(text) - at))
    parts.append(text[at:])
    return "".join(parts), kept, placed


def _in_kept(kept, start: int, end: int) -> int | None:
    """The shift back to `text` of a span of the rewritten text, if it lies in a kept stretch."""
    for original, new, length in kept:
        if new <= start and end <= new + length:
            return original - new
    return None


def table_rows(
    text: str,
    rows: list[dict],
    repeated: list[tuple[int, int, dict]],
    kept: list[tuple[int, int, int]],
    placed: list[tuple[int, int, Cell]],
) -> tuple[list[dict], list[tuple[int, int, dict]]]:
    """The rows read in the rewritten text, back on `text`: a figure of the prose shifted to
    its place, a cell's figure given the cell's span and what the table states explicitly
    (its year, its country); anything else read in a cell's sentence is dropped."""
    out, taken, moved = [], set(), {}
    for row in rows:
        shift = _in_kept(kept, row["start"], row["end"])
        if shift is not None:
            out.append(row | {"start": row["start"] + shift, "end": row["end"] + shift})
            moved[id(row)] = out[-1]
            continue
        cell = next(
            (c for a, b, c in placed if a < row["end"] and row["start"] < b and id(c) not in taken),
            None,
        )
        if cell is None:
            continue
        taken.add(id(cell))
        out.append(_cell_frame(text, row, cell))
        moved[id(row)] = out[-1]
    back = []
    for start, end, body in repeated:
        shift = _in_kept(kept, start, end)
        if shift is not None and id(body) in moved:
            back.append((start + shift, end + shift, moved[id(body)]))
    return out, back


def _a_year_before(base: str, period: str) -> bool:
    """Whether `base` is `period` one year earlier ("2022-01" before "2023-01")."""
    if not (base[:4].isdigit() and period[:4].isdigit()):
        return False
    return int(base[:4]) == int(period[:4]) - 1 and base[4:] == period[4:]


def _cell_frame(text: str, row: dict, cell: Cell) -> dict:
    """A cell's frame: its span and quote, the table's year and country over any guess."""
    notes = [n for n in row["reading_notes"].split(";") if n]
    frame = row | {"start": cell.start, "end": cell.end, "quote": text[cell.start : cell.end]}
    if cell.period and row["measure"] != "target" and row["period"] != cell.period:
        frame |= {"period": cell.period, "period_granularity": "year", "period_basis": "stated"}
        frame["period_note"] = "the year of the table's row, column or caption"
    if cell.period:
        notes = [n for n in notes if n != "period_inferred"]
        if frame["period"] == cell.period and row["measure"] != "target":
            frame["period_basis"] = "stated"
    if row["measure"] == "change":
        if cell.base:
            frame["base_period"] = cell.base
            notes = [n for n in notes if n != "base_period_inferred"]
        elif cell.year_on_year and _a_year_before(frame["base_period"], frame["period"]):
            # 'y/y' beside "Jan 2023": against January 2022, as the header says
            notes = [n for n in notes if n != "base_period_inferred"]
        elif "base_period_inferred" not in notes:
            notes.append("base_period_inferred")  # the header does not say against what
    if cell.signed and row["measure"] in ("share", "level") and row["unit"] == "percent":
        notes.append("value_ambiguous")  # "-22.5%" read as a share: its sign says a change
    if cell.scale_unstated:
        notes.append("unit_assumed")  # "$" over "23.1": millions or billions, never said
    if cell.country and cell.country not in (row["reporter"], row["partner"]):
        notes.append("partner_inferred")  # the label names a country the reading lost
    notes.append("table_cell")
    frame["reading_notes"] = ";".join(dict.fromkeys(notes))
    return frame


@lru_cache(maxsize=8)
def cell_contexts(text: str) -> dict[tuple[int, int], str]:
    """(start, end) of every figure cell -> the sentence a user is shown for it."""
    from factcheck.extraction import country_terms  # the package's curated terms

    return {
        (cell.start, cell.end): cell.context + text[cell.start : cell.end]
        for table in find_tables(text, country_terms())
        for cell in table.cells
    }


__all__ = [
    "Cell", "Table", "cell_contexts", "find_tables", "rewrite_tables", "split_unit", "table_rows",
    "unit_of",
]  # fmt: skip
