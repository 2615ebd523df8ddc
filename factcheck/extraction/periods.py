"""When a figure happened: the periods a sentence names, and which of them is each figure's.

A sentence can name several periods: "In 2017, it was $22.3 billion, in 2018, $25.4 billion",
"in March 2020 the share fell to 9.9%, while a year earlier it was 33%", "3.5 million came in
the January-July period this year, 1.3 million more than the same period last year". Each
mention is read once (`find_mentions`), then every figure takes the mention that belongs to it
(`own_mention`): the nearest one with no other figure in between, an introductory "In 2017,"
binding forwards. Comparison bases ("compared to March last year", "than the same period last
year") are kept apart: they date the base of a change, never the figure itself.
"""

import re
from dataclasses import dataclass

from factcheck.extraction.masks import YEAR
from validation.reading_vocabulary import (
    DATE_ONLY_WORDS,
    LEADING_REASON_CUES,
    REASON_CUES,
    SEASONS,
    TURKISH_MONTHS,
    alternation,
)

MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
} | TURKISH_MONTHS  # fmt: skip
# Month names are matched with their capital (so the verb "may" is never a month).
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    # Turkish month names in copy quoting Turkish tables ("Ocak 2023", "Şubat-Mart")
    + "".join(f"|{m.capitalize()}" for m in sorted(TURKISH_MONTHS, key=len, reverse=True))
    + r")\.?"
)
_REL = r"(?P<rel>this|last|next|past|previous|current|the current|the previous|the past)"
_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11,
}  # fmt: skip


def _count(written: str) -> int | None:
    """A count written in digits or in words ("9", "nine"), or None."""
    return int(written) if written.isdigit() else _COUNT_WORDS.get(written.lower())


_RELATIVE_OFFSET = {
    "last": -1, "past": -1, "previous": -1, "the previous": -1, "the past": -1,
    "this": 0, "current": 0, "the current": 0, "next": 1,
}  # fmt: skip
_YEAR_TAIL = (
    rf"(?:\s+(?:period\s+)?(?:of\s+)?(?:(?:the\s+)?year\s+)?"
    rf"(?:(?P<year>{YEAR})\b|{_REL}\s+year\b))?"
)

_FULL_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+{YEAR}\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}\b|\b{YEAR}-\d{{2}}-\d{{2}}\b"
)
_MONTH_SPAN = re.compile(
    rf"(?:\b(?:from|between)\s+)?\b(?P<m1>{_MONTH})\s*(?:[-–—/]|\s+to\s+|\s+through\s+|\s+and\s+)"
    rf"\s*(?P<m2>{_MONTH})(?:\s+period)?{_YEAR_TAIL}"
)
_PART_OF_YEAR = re.compile(
    rf"(?i:\b(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<part>half|quarter)"
    rf"(?:\s+of)?){_YEAR_TAIL}"
)
_PART_CODE = re.compile(rf"\b(?P<code>H[12]|Q[1-4])\s*(?P<year>{YEAR})\b")
# Trade-press codes: "1H21", "2H 2023", "3Q22", "H1'24", "Q3-23": the year may be two digits.
_PART_CODE_SHORT = re.compile(
    r"\b(?P<n>[1-4])(?P<kind>[HQ])[\s'’-]?(?P<yy>\d{2}|(?:19|20)\d{2})\b"
    r"|\b(?P<kind2>[HQ])(?P<n2>[1-4])[\s'’-]?(?P<yy2>\d{2})\b"
)
# Research-note codes: "FY24", "FY 2023" (a calendar year), "7M24", "9M 2021" (January to
# the seventh or ninth month), "Dec-24", "Jun'23" (a month and a two-digit year; never
# "Jul 24", which may be a day).
_FISCAL_YEAR = re.compile(r"\bFY[\s'’-]?(?P<yy>\d{2}|(?:19|20)\d{2})\b")
_MONTHS_CODE = re.compile(r"\b(?P<n>[1-9]|1[01])M[\s'’-]?(?P<yy>\d{2}|(?:19|20)\d{2})\b")
_MONTH_SHORT_YEAR = re.compile(rf"\b(?P<m>{_MONTH})[-'’](?P<yy>\d{{2}})\b(?![-/.]\d)")
_FIRST_MONTHS = re.compile(
    # "the first nine months", or "the nine months" after a statement about January-September
    # "per 9 months of 2025", "for 9 months of this year" (translated from Russian: the months
    # since January; "for", "in", "over" only before the year, else a duration)
    rf"(?i:\b(?:the\s+(?:first\s+)?|first\s+|per\s+(?:the\s+)?(?:first\s+)?"
    rf"|(?:for|in|over|during)\s+(?=\w+\s+months\s+of\s+(?:{YEAR}|this|last|the\s+current)\b))"
    rf"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})"
    rf"\s+months(?:\s+of)?){_YEAR_TAIL}"
)
_MONTH_YEAR = re.compile(
    rf"\b(?P<m>{_MONTH})(?:\s+(?:of\s+)?(?P<year>{YEAR})\b|\s+(?:of\s+)?(?i:{_REL})\s+year\b)"
)
_MONTH_ALONE = re.compile(
    rf"\b(?i:in|during|for|of|since)\s+(?P<m>{_MONTH})(?![\w.]*\s+\d)"
    rf"|\b(?P<m2>{_MONTH})\s+(?i:alone|by\s+itself|on\s+its\s+own)\b"  # "with July alone"
    # a month as its clause's subject ("September brought another 6.87 million", "January saw
    # 2.8 million arrivals") or heading the next figure of a list ("and February 2.88 million")
    rf"|\b(?P<m3>{_MONTH})\s+(?=(?i:alone\s+)?(?i:saw|brought|closed|recorded|registered|welcomed"
    r"|added|posted|accounted\s+for|came\s+in\s+at|contributed|followed\s+with)\b"
    r"|(?:about\s+|around\s+|some\s+|nearly\s+)?\$?\d[\d.,]*\s*(?i:million|billion|mln|bln|bn"
    r"|thousand|%|percent|per\s+cent)\b)"
    # a month naming the flow it dates, as a release's list labels it ("December exports: USD
    # 604.1 million", "March imports rose to ...")
    rf"|\b(?P<m4>{_MONTH})\s+(?=(?i:exports|imports|trade|turnover|arrivals|shipments"
    r"|deliveries|sales|intake|receipts|purchases|supplies|flows|loadings)\b)"
    # a month named as the month it was ("November was the strongest month at $147 million",
    # "with November the busiest month", "December was strong, $4.5 billion", "June, the
    # weakest month, at $2.9 billion"): the month the figure of its clause counts
    rf"|\b(?P<m5>{_MONTH})\s*(?=(?:,\s*|\s(?i:was|proved|remained|being)\s+|\s)"
    r"(?:(?i:the|its|their)\s+(?:[\w-]+\s+){0,2}month\b"
    r"|(?i:strong|weak|stronger|weaker|busy|busier|quiet|quieter|slow|slower|record)\b))"
)
_YEAR_SPAN = re.compile(rf"\b(?P<year>{YEAR})\s*[-–]\s*(?P<to>{YEAR})\b")
_YEAR_ONLY = re.compile(
    rf"(?i:\b(?P<prep>in|for|by|during|as of|until|till|through|since|at the end of|of|over)"
    rf"\s+(?:the\s+(?:year|end\s+of)\s+)?)?\b(?P<year>{YEAR})\b"
    # not a span ("2021-22", "2021 - 2022"), but "in 2021 - 28,96 bln." dates the figure
    r"(?!\s*(?:%|percent|billion|million|bn|mln|thousand|tons|tonnes|[-–]\d"
    r"|[-–]\s*(?:\d{2}|\d{4})(?![\d,.]\d)))"
)
_RELATIVE_YEAR = re.compile(
    rf"(?i:\b(?:(?P<prep>at the end of|by the end of|by|during|in|for|over|of)\s+)?{_REL}\s+year\b)"
)
# "year-to-date", "so far this year", "since January": a span from January to a month the
# text does not name, so no record's months can be matched to it.
_TO_DATE = re.compile(
    r"(?i:\b(?:(?:in\s+)?(?:the\s+)?year[-\s]to[-\s]date|YTD|so\s+far\s+(?:this|in\s+the)\s+year"
    r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?year"
    r"|since\s+(?:the\s+(?:start|beginning)\s+of\s+)?January(?:\s+(?:19|20)\d\d)?)\b)"
)
# A change's own comparison written between it and the level it led to ("rose 7pc m/m to").
_ON_PERIOD = (
    r"year[- ]on[- ]year|y/y|yoy|month[- ]on[- ]month|m/m|mom|quarter[- ]on[- ]quarter|q/q|qoq"
)
_LED_TO = re.compile(rf"\s+(?:(?:{_ON_PERIOD})\s+)?to\s+(?:\$|US\$|USD|€)?\s*", re.I)
# What a year written before "level of" names: "the 2020 level of about 16 bcm", "its 2019
# peak of 27 bcm", "the 2021 figure, 26.3 bcm".
_NAMES_NEXT = re.compile(
    r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:level|figure|total|volume|average|peak|high|low|record"
    r"|mark|tally|value|amount|result)s?(?:\s+of|\s*,|\s*:)\s+(?:(?:about|some|almost|nearly"
    r"|around|approximately|roughly|just\s+(?:over|under)|more\s+than|over|close\s+to)\s+)?"
    r"(?:US\$|\$|€)?\s*",
    re.IGNORECASE,
)
_IN_BEFORE = re.compile(r"\b(?:in|during|for|over|by)\s+$", re.IGNORECASE)
# "over the past 12 months", "in the last six months": a span ending at a month the text does
# not name (the latest month known when written), so no record's months can be matched to it.
_TRAILING_MONTHS = re.compile(
    r"(?i:\b(?:over|in|during|for|across)\s+the\s+(?:past|last|previous|preceding)\s+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2})\s+months\b)"
)
# "two years ago": counted back from the document's date (never "two years earlier", which
# counts back from the period named before it).
_YEARS_AGO = re.compile(
    r"(?i:\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+ago\b)"
)
# "last month", "this month": the month before the document's, or its own.
_RELATIVE_MONTH = re.compile(r"(?i:\b(?P<rel>last|this|past)\s+month\b)")
_BASE_AFTER = re.compile(r" *(?:(?:in|during|for|over) +)?")
_ON_YEAR = re.compile(r"(?i:year[- ]on[- ]year|y/y|yoy)\b")
_YEAR_EARLIER = re.compile(
    r"(?i:\b(?:a|the)\s+year\s+(?:earlier|before|ago)\b|\byear[- ]on[- ]year\b)"
)
# "The following year they eased to $45.6bn", "a year later": the year after the period
# named just before (never the year after the document's: "next year" alone is that).
_YEAR_LATER = re.compile(
    r"(?i:\b(?:the\s+(?:following|next|subsequent)\s+year|a\s+year\s+later)\b)"
)
_SAME_PERIOD_OF = re.compile(
    rf"(?i:\b(?:the\s+)?same\s+(?:period|month|quarter|time|months)\s+(?:of|in)\s+)(?P<year>{YEAR})\b"
)
_SAME_PERIOD = re.compile(
    r"(?i:\b(?:the\s+)?same\s+(?:period|month|quarter|time|months)"
    r"(?:\s+(?:of\s+)?(?:last|the\s+previous|a|the\s+past)\s+year|\s+a\s+year\s+(?:earlier|ago))?)"
)
# Before a bare "the same period", only a word of comparison makes it a base ("over" or
# "during the same period" is the period just named).
_BARE_SAME_BASE_CUE = re.compile(
    r"(?i:\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than|from)\s+(?:(?:in|during)\s+)?$)"
)
_ANAPHOR = re.compile(
    r"(?i:\b(?:the|that|this)\s+(?:reporting|same)\s+(?:year|period)\b|\bthat\s+year\b"
    r"|\bthe\s+period\b)"
)
_BASE_CUE = re.compile(
    r"(?i:\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than|from|over|on)\s+"
    r"(?:(?:in|during)\s+)?(?:the\s+)?(?:level\s+of\s+|figure\s+for\s+)?$)"
)
# "double the 2021 level", "back to the 2019 levels", "well above the 2013 peak": a period
# naming the level a figure is measured against.
_LEVEL_BASE = re.compile(
    r"(?i:\b(?:double|twice|triple|thrice|half|times|above|below|beyond|under|over|to|than"
    r"|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|pass(?:es|ed|ing)?|past|near|with|hit"
    r"|reach(?:es|ed|ing)?|top(?:s|ped|ping)?|beat(?:s|en|ing)?|br(?:oke|eaks?|eaking)"
    r"|overt(?:ook|akes?|aken|aking)|match(?:es|ed|ing)?|regain(?:s|ed|ing)?)"
    r"\s+(?:the|its|their)\s+$)"
)
# ("the 2019 level of 7 million" names the figure's own period: not a yardstick).
_LEVEL_AFTER = re.compile(
    r"(?i:[’']?s?\s+(?:levels?|peak|high|record|mark)\b(?!\s+(?:high\s+)?of\b))"
)
# "from roughly a third a year earlier", "than 31% a year before": a base value written
# between the cue and the period (words of a value only, so "from Russia a year earlier" is
# no base).
_BASE_VALUE_CUE = re.compile(
    r"(?i:\b(?:compared\s+(?:with|to)|versus|vs\.?|than|from))\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|over|under|less\s+than|more\s+than"
    r"|a|an|one|two|three|half|thirds?|quarters?|fifths?|tenths?|per\s*cent|percent|billion"
    r"|million|bcm|tonnes|tons|barrels|[$€]?\d[\d.,]*\s*%?)\s*){1,5}$"
)
# "this summer", "last winter", "the summer of 2018", "autumn 2018", "the 2018 summer season":
# a season, dated from the document when its date leaves no doubt (see season_period).
_SEASON_WORD = rf"(?P<season>{alternation(tuple(SEASONS))})"
_SEASON = re.compile(
    rf"(?i:\b(?:(?P<rel>this|last|past|previous|the\s+past|the\s+previous|next|current"
    rf"|the\s+coming|coming)\s+)?(?:(?P<before>{YEAR})\s+)?{_SEASON_WORD}"
    rf"(?:\s+(?:season|months|period))?(?:\s+(?:of\s+)?(?P<year>{YEAR})\b)?)"
)
_SEASON_LEAD = re.compile(r"(?i:\b(?:in|during|over|through|throughout)\s+(?:the\s+)?)$")
# "by the end of the year", "by year-end", "before the year is out", "by the end of 2025",
# "by end-2025": the end of a year as a deadline (the running year when none is written).
_YEAR_END = re.compile(
    rf"(?i:\b(?:by|before|until|till)\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?"
    rf"(?:(?P<year>{YEAR})\b|(?:current\s+|this\s+)?year\b)"
    rf"|\bby\s+(?:the\s+)?(?:year[-\s]end\b|end[-\s](?:of[-\s])?(?:(?P<year2>{YEAR})\b|year\b))"
    r"|\bbefore\s+the\s+year\s+is\s+(?:out|over|through)\b)"
)
_DEADLINE = re.compile(
    r"(?i:\bwithin\s+(?:the\s+)?(?:next\s+)?(?P<n>\w+)\s+years\b|\bin\s+(?:the\s+next\s+)?"
    r"(?P<n2>\w+)\s+years(?:'|’)?\s+time\b)"
)


@dataclass(frozen=True)
class Mention:
    """One period named in a sentence, resolved as far as the sentence allows."""

    start: int
    end: int
    period: str  # "2020", "2020-03", "2023-01/2023-07", "" when it must be resolved later
    granularity: str  # year | month | month_range | partial_year
    role: str = "own"  # own | base | deadline | anaphor
    intro: bool = False  # "In 2017, it was ...": binds to the figure after it
    relative: bool = False  # read against the document date ("last year")
    shift: int | None = None  # "a year earlier": years from the sentence's own period
    month_only: int | None = None  # "in March": a month whose year comes from context
    same_as_year: int | None = None  # "the same period of 2022": the reference span, in 2022
    year_end: bool = False  # "by the end of the year": the year is the running one


# What may stand before an introductory period: nothing, or a clause break or conjunction,
# then a preposition of time ("; and in 2018, ...", "By 2020, ...").
_CLAUSE_OPENING = re.compile(
    r"(?:^|[,;:(—–]|\s-|\b(?:and|but|while|whereas|then|yet|so|A|Q))\s*"
    r"(?:(?:in|during|for|over|by|as\s+of|at\s+the\s+end\s+of|throughout|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


_AFTER_STOP = re.compile(
    r"[;:—–]\s*(?:(?:in|during|for|over|by|as\s+of|throughout|of)\s+)?(?:the\s+)?$", re.I
)


def find_mentions(
    sentence: str, offset: int, document_year: int | None, document_month: int | None = None
) -> list[Mention]:
    """Every period named in `sentence` (which starts at `offset` in the text)."""
    found: list[Mention] = []
    # A full date ("10 March 2020", "March 10, 2020", "2020-03-10") dates an event or the
    # story itself, never the period a figure measures: nothing inside one is a period.
    taken: list[tuple[int, int]] = [m.span() for m in _FULL_DATE.finditer(sentence)]

    def add(match: re.Match[str], **fields) -> None:
        start, end = match.start(), match.end()
        if any(start < b and a < end for a, b in taken):
            return
        taken.append((start, end))
        role = fields.pop("role", "own")
        before = sentence[max(0, start - 30) : start]
        cue = _BASE_CUE.search(before) if role == "own" else None
        # "Imports over January-September 2022 were $41 billion": a span of months after
        # 'over' is the span a figure counts, never a base ('97% over 2021' is one).
        if cue and not (
            fields.get("granularity") == "month_range" and cue.group(0).lower().startswith("over")
        ):
            role = "base"
        elif role == "own" and _LEVEL_BASE.search(before) and _LEVEL_AFTER.match(sentence, end):
            role = "base"  # "more than double the 2021 level": a yardstick, not the period
        # "In 2017, $22 billion": introductory only where it opens a clause ("... in Turkey last
        # year, 17% more than in 2018" closes the clause of the figure before it).
        intro = fields.pop("intro", False) or (
            bool(re.match(r"\s*,\s*(?:it\s+was\s+|it\s+reached\s+)?[$€\d]", sentence[end:]))
            and bool(_CLAUSE_OPENING.search(sentence, 0, start))
        )
        intro = intro or bool(re.match(r"\s*,", sentence[end:]) and start <= 2)
        # "In 2020 it was 8.1 per cent", "in 2021 they reached $4.5 billion": no comma needed
        intro = intro or bool(
            re.match(
                r"\s+(?:it|they)\s+(?:was|were|reached|stood\s+at|totall?ed)\s+"
                r"(?:about\s+|around\s+|some\s+|nearly\s+)?[$€\d]",
                sentence[end:],
            )
            and _CLAUSE_OPENING.search(sentence, 0, start)
        )
        # "...; the year before, Samsun saw 8.6 bcm": a clause opened by a semicolon or colon.
        intro = intro or bool(
            re.match(r"\s*,", sentence[end:]) and _AFTER_STOP.search(sentence, 0, start)
        )
        found.append(Mention(offset + start, offset + end, role=role, intro=intro, **fields))

    for match in _TO_DATE.finditer(sentence):
        add(match, period="", granularity="to_date")
    for match in _TRAILING_MONTHS.finditer(sentence):
        add(match, period="", granularity="trailing")
    for match in _SEASON.finditer(sentence):
        bare = not (match["rel"] or match["year"] or match["before"])
        if bare and (
            match["season"].lower() == "fall"  # "a fall in exports": the noun, not the season
            or not _SEASON_LEAD.search(sentence, 0, match.start())  # "the Arab Spring"
        ):
            continue
        period = season_period(match, document_year, document_month)
        add(match, period=period, granularity="season",
            relative=bool(match["rel"]) or not (match["year"] or match["before"]))  # fmt: skip
    for match in _SAME_PERIOD_OF.finditer(sentence):
        add(match, period="", granularity="", role="own", same_as_year=int(match["year"]))
    for match in _MONTH_SPAN.finditer(sentence):
        year = _year_of(match, document_year)
        first, last = _month(match["m1"]), _month(match["m2"])
        if year and (first, last) == (1, 12):
            # "in January-December 2025" (a release's or a translation's wording): the year
            add(match, period=str(year), granularity="year", relative=bool(match["rel"]))
            continue
        period = f"{year}-{first:02d}/{year}-{last:02d}" if year else ""
        add(match, period=period, granularity="month_range", relative=bool(match["rel"]),
            month_only=None if year else first * 100 + last)  # fmt: skip
    for match in _PART_OF_YEAR.finditer(sentence):
        year = _year_of(match, document_year)
        months = _part_months(match["ord"], match["part"])
        period = f"{year}-{months[0]:02d}/{year}-{months[1]:02d}" if year else ""
        add(match, period=period, granularity="month_range", relative=bool(match["rel"]),
            month_only=None if year else months[0] * 100 + months[1])  # fmt: skip
    for match in _PART_CODE.finditer(sentence):
        code = match["code"]
        months = (1, 6) if code == "H1" else (7, 12) if code == "H2" else _quarter(int(code[1]))
        year = match["year"]
        add(match, period=f"{year}-{months[0]:02d}/{year}-{months[1]:02d}",
            granularity="month_range")  # fmt: skip
    for match in _PART_CODE_SHORT.finditer(sentence):
        kind, number = match["kind"] or match["kind2"], int(match["n"] or match["n2"])
        if kind == "H" and number > 2:
            continue
        written = match["yy"] or match["yy2"]
        year = int(written) + (2000 if len(written) == 2 else 0)
        months = ((1, 6) if number == 1 else (7, 12)) if kind == "H" else _quarter(number)
        add(match, period=f"{year}-{months[0]:02d}/{year}-{months[1]:02d}",
            granularity="month_range")  # fmt: skip
    for match in _FISCAL_YEAR.finditer(sentence):
        add(match, period=str(_full_year(match["yy"])), granularity="year")
    for match in _MONTHS_CODE.finditer(sentence):
        year, count = _full_year(match["yy"]), int(match["n"])
        add(match, period=f"{year}-01/{year}-{count:02d}", granularity="month_range")
    for match in _MONTH_SHORT_YEAR.finditer(sentence):
        add(match, period=f"{_full_year(match['yy'])}-{_month(match['m']):02d}",
            granularity="month")  # fmt: skip
    for match in _FIRST_MONTHS.finditer(sentence):
        year = _year_of(match, document_year)
        count = _count(match["n"])
        if not 1 <= count <= 12:
            continue
        period = f"{year}-01/{year}-{count:02d}" if year else ""
        add(match, period=period, granularity="month_range", relative=bool(match["rel"]),
            month_only=None if year else 100 + count)  # fmt: skip
    for match in _MONTH_YEAR.finditer(sentence):
        year = _year_of(match, document_year)
        if not year:
            continue
        add(match, period=f"{year}-{_month(match['m']):02d}", granularity="month",
            relative=bool(match["rel"]))  # fmt: skip
    for match in _MONTH_ALONE.finditer(sentence):
        month = _month(match["m"] or match["m2"] or match["m3"] or match["m4"] or match["m5"])
        add(match, period="", granularity="month", month_only=month)
    for match in _YEAR_END.finditer(sentence):
        written = match["year"] or match["year2"]
        if written:
            add(match, period=written, granularity="year", role="deadline")
        else:
            add(match, period=str(document_year) if document_year else "", granularity="year",
                role="deadline", relative=True, year_end=True)  # fmt: skip
    for match in _YEAR_SPAN.finditer(sentence):
        add(match, period=f"{match['year']}/{match['to']}", granularity="year")
    for match in _YEAR_ONLY.finditer(sentence):
        prep = (match["prep"] or "").lower()
        role = "deadline" if prep in ("by", "until", "till") else "own"
        role = "base" if prep in ("since", "over") else role  # "97% over 2021": the base
        add(match, period=match["year"], granularity="year", role=role)
    for match in _YEAR_LATER.finditer(sentence):
        # opening its clause ("; the next year they doubled to ..."), it dates what follows
        opens = _CLAUSE_OPENING.search(sentence, 0, match.start()) or _AFTER_STOP.search(
            sentence, 0, match.start()
        )
        add(match, period="", granularity="", role="own", shift=1, intro=bool(opens))
    for match in _SAME_PERIOD.finditer(sentence):
        # A bare "the same period" is the base only after a word of comparison ("than in
        # the same period"); "rose 9% to $1.9 billion over the same period" is the period
        # just named (an anaphor), not the year before it.
        bare = re.fullmatch(r"(?i:(?:the\s+)?same\s+\w+)", match.group(0))
        if bare and not _BARE_SAME_BASE_CUE.search(
            sentence[max(0, match.start() - 30) : match.start()]
        ):
            continue
        add(match, period="", granularity="", role="base", shift=-1)
    for match in _YEAR_EARLIER.finditer(sentence):
        before = sentence[max(0, match.start() - 50) : match.start()]
        based = _BASE_CUE.search(before) or _BASE_VALUE_CUE.search(before)
        role = "base" if based or "on" in match.group(0).lower() else "own"
        add(match, period="", granularity="", role=role, shift=-1)
    for match in _RELATIVE_YEAR.finditer(sentence):
        if match["rel"].lower() in ("previous", "the previous"):
            # "the previous year" counts back from the period the sentence speaks of
            cue = _BASE_CUE.search(sentence[max(0, match.start() - 30) : match.start()])
            add(match, period="", granularity="", role="base" if cue else "own", shift=-1)
            continue
        prep = (match["prep"] or "").lower()
        role = "deadline" if prep.startswith("by") else "own"
        if document_year is None:
            # "Last year" with no date to count from: a period the text names but that cannot
            # be known (never one borrowed from the sentence before).
            add(match, period="", granularity="", relative=True, role=role)
            continue
        year = document_year + _RELATIVE_OFFSET[match["rel"].lower()]
        add(match, period=str(year), granularity="year", relative=True, role=role)
    for match in _RELATIVE_MONTH.finditer(sentence):
        if document_year is None or document_month is None:
            add(match, period="", granularity="", relative=True)
            continue
        back = 0 if match["rel"].lower() == "this" else 1
        year, month = divmod(document_year * 12 + document_month - 1 - back, 12)
        add(match, period=f"{year}-{month + 1:02d}", granularity="month", relative=True)
    # beside a month or a span of months ("800,000 in July, against 1 million two years ago")
    # the years ago are the same months then
    months_named = any(m.granularity in ("month", "month_range") for m in found)
    for match in _YEARS_AGO.finditer(sentence):
        count = _count(match["n"])
        if count and months_named:  # counted back from the months named before
            add(match, period="", granularity="", shift=-count)
        elif count and document_year is not None:
            add(match, period=str(document_year - count), granularity="year", relative=True)
        elif count:
            add(match, period="", granularity="", relative=True)
    for match in _DEADLINE.finditer(sentence):
        count = _count(match["n"] or match["n2"] or "")
        if count and document_year is not None:
            add(match, period=str(document_year + count), granularity="year", role="deadline",
                relative=True)  # fmt: skip
    for match in _ANAPHOR.finditer(sentence):
        add(match, period="", granularity="", role="anaphor")
    return sorted(found, key=lambda m: m.start)


def _full_year(written: str) -> int:
    """A year written with two digits ("24") or four."""
    return int(written) + (2000 if len(written) == 2 else 0)


def _season_months(season: str, start_year: int) -> str:
    first, last = SEASONS[season]
    end_year = start_year + (1 if last < first else 0)
    return f"{start_year}-{first:02d}/{end_year}-{last:02d}"


def season_period(match: re.Match[str], year: int | None, month: int | None) -> str:
    """A season's months ('2019-06/2019-08'; winter '2018-12/2019-02'), or '' when the text
    and the document's date leave it open.

    A year written with it dates it, except for winter, which spans two years ('winter 2018'
    is left open). Otherwise the date decides: 'this summer' is the
    season under way, else the nearer of the one just past and the next (on a tie the one in
    the document's own year; a winter tie is open); 'last summer' is the one before that when
    'this summer' would be the next or the one under way, and open when 'this summer' would
    be the one just past (said in October, 'last summer' may mean either). 'Next' and a bare
    season with no year ('in the summer') are left open."""
    season = match["season"].lower()
    first, last = SEASONS[season]
    written = match["year"] or match["before"]
    if written:
        return "" if last < first else _season_months(season, int(written))
    rel = (match["rel"] or "").lower().replace("the ", "").strip()
    if year is None or month is None or rel not in ("this", "current", "last", "past",
                                                    "previous"):  # fmt: skip
        return ""
    now = year * 12 + month - 1  # months since year 0

    def span(start_year: int) -> tuple[int, int]:
        begin = start_year * 12 + first - 1
        return begin, begin + (last - first) % 12

    starts = [span(y) for y in (year - 2, year - 1, year, year + 1)]
    under_way = next((s for s in starts if s[0] <= now <= s[1]), None)
    past = max((s for s in starts if s[1] < now), key=lambda s: s[1])
    coming = min((s for s in starts if s[0] > now), key=lambda s: s[0])
    if under_way is not None:
        this, before = under_way, past
    else:
        gap_past, gap_coming = now - past[1], coming[0] - now
        if gap_past != gap_coming:
            this = past if gap_past < gap_coming else coming
        elif last >= first:
            this = past if past[0] // 12 == year else coming
        else:
            this = None
        before = past if this is coming or this is None else None
    chosen = this if rel in ("this", "current") else before
    if chosen is None:
        return ""
    return _season_months(season, chosen[0] // 12)


def _year_of(match: re.Match[str], document_year: int | None) -> int | None:
    if match.groupdict().get("year"):
        return int(match["year"])
    rel = match.groupdict().get("rel")
    if rel and document_year is not None:
        return document_year + _RELATIVE_OFFSET[rel.lower()]
    return None


def _month(name: str) -> int:
    return MONTH_NUMBERS[name.rstrip(".").lower()]


def _part_months(ordinal: str, part: str) -> tuple[int, int]:
    index = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(
        ordinal.lower(), 4
    )
    if part.lower() == "half":
        return (1, 6) if index == 1 else (7, 12)
    return _quarter(index)


def _quarter(index: int) -> tuple[int, int]:
    return 3 * index - 2, 3 * index


_WHEN_AFTER = re.compile(r"\s*,?\s*when\b[^,.;:()\d]{0,60}", re.IGNORECASE)


# Two figures joined as a pair ("13.5 bcm via Blue Stream and 5.1 bcm via TurkStream"): no
# comma, bracket, period or comparison cue between them.
_PAIRED_WITH = re.compile(
    r"(?![^,;:()]*\b(?:from|than|versus|vs|against|compared|after)\b)"
    r"[^,;:()\d]{0,60}?\s(?:and|as\s+well\s+as)\s+[^,;:()\d]{0,40}",
    re.IGNORECASE,
)


def _shared_period(
    mentions: list[Mention], end: int, other: tuple[int, int], mention: Mention, text: str
) -> bool:
    """Whether the period written after `other` dates the pair it ends: "Turkey received
    13.5 bcm via Blue Stream and 5.1 bcm via TurkStream in 2020" (both 2020). Only when the
    sentence names no other period, the two figures are joined by 'and' alone and the
    period follows the second figure in its clause."""
    return (
        not any(m is not mention and m.role in ("own", "deadline", "base") for m in mentions)
        and _PAIRED_WITH.fullmatch(text, end, other[0]) is not None
        and re.fullmatch(r"[^,;:()\d]{0,40}", text[other[1] : mention.start]) is not None
    )


# An aside about the subject, set off by commas: ", which came online in January 2020,", ",
# launched in 2003,". The date it holds is the subject's story, not the figure's period.
_ASIDE_OPENS = re.compile(
    r",\s*(?:which|who|whose|(?:first\s+)?(?:launched|opened|commissioned|built|completed"
    r"|inaugurated|founded|signed|established|put\s+into\s+operation))\b[^,;:()]*$",
    re.IGNORECASE,
)
_ASIDE_CLOSES = re.compile(r"[^,;:()]*,")


def _in_aside(text: str, mention: Mention, figure_start: int) -> bool:
    """Whether the mention stands in a comma aside that closes before the figure."""
    return (
        _ASIDE_OPENS.search(text, max(0, mention.start - 80), mention.start) is not None
        and _ASIDE_CLOSES.match(text, mention.end, figure_start) is not None
    )


# Between a period and the figure it labels: nothing, or a colon ("2019: 7.0mn", "2019: $3.6bn").
# A year labelling the figure after it: "(2019: 7.0mn)", "in 2021 - 28,96 bln." (a spaced
# dash, as translated texts list figures by year).
_LABEL = re.compile(r" *(?:(?::|(?<= )[-–—](?= )) *)?(?:US\$|\$|€|USD |EUR )? *")
_COLON_LABEL = re.compile(r" *(?::|(?<= )[-–—](?= )) *(?:US\$|\$|€|USD |EUR )? *")


# A clause of reason or cause after a figure (", as Turkey bought more gas", ", following the
# crisis of November 2015"): it names none of the figure's goods (reading.topic_of)...
REASON_CLAUSE = re.compile(
    rf",\s*(?:{alternation(REASON_CUES)})\b(?!\s+(?:well|much|many|of|a\s+result|compared"
    r"|against|\d))",
    re.IGNORECASE,
)
# ...and a date in it dates the cause, not the figure (never ", following year ...").
_REASON_AFTER = re.compile(REASON_CLAUSE.pattern + r"(?!\s+(?:year|month))", re.IGNORECASE)


# ...as does one that opens the sentence ("After the downing of a Russian jet in November 2015,
# Russian arrivals dropped by 76%"), unless it holds nothing but the date ("After 2015, ...").
_LEADING_REASON = re.compile(
    rf"(?:\A|[.;!?\n])[\s\"“]*(?:{alternation(LEADING_REASON_CUES)})\s+(?P<lead>[^,;:.!?()\n]*)\Z",
    re.IGNORECASE,
)
_UNTIL_COMMA = re.compile(r"(?P<tail>[^,;:.!?()\n]*),")
_DATE_ONLY = frozenset(DATE_ONLY_WORDS)


def _in_leading_reason(text: str, mention: Mention, figure_start: int) -> bool:
    """Whether the mention stands in a clause of cause opening the sentence, closed by a comma
    before the figure, that names an event besides its date."""
    opens = _LEADING_REASON.search(text, max(0, mention.start - 160), mention.start)
    closes = _UNTIL_COMMA.match(text, mention.end, figure_start)
    if opens is None or closes is None:
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", f"{opens['lead']} {closes['tail']}")
    return any(w.lower() not in _DATE_ONLY and w.lower() not in MONTH_NUMBERS for w in words)


def own_mention(
    mentions: list[Mention], start: int, end: int, figures: list[tuple[int, int]], text: str
) -> Mention | None:
    """The period mention that belongs to the figure at [start, end), or None.

    The nearest mention wins, with a period after the figure preferred ("$30 billion in
    2021"), an introductory mention ("In 2017, it was ...") binding only forwards, and any
    other figure standing between a mention and this one pushing it away.
    """
    best: tuple[int, Mention] | None = None
    for mention in mentions:
        # A base written right before a figure dates that figure ("versus last year's 26.6").
        adjacent = mention.role == "base" and 0 <= start - mention.end <= 4
        # A base written right after a figure is that figure's ("from 26.3 bcm a year before").
        # "rose 40 percent year on year" is a change against its base, not a dated base figure.
        # So is one written after 'in' ("$6.7 billion in the same period a year earlier").
        adjacent = adjacent or (
            mention.role == "base"
            and mention.shift is not None
            and _BASE_AFTER.fullmatch(text, end, mention.start) is not None
            and not _ON_YEAR.match(text, mention.start)
        )
        # A base followed by a clause about it dates that clause's figure ("compared with
        # 2022, when they stood at 21.6 bcm").
        adjacent = adjacent or (
            mention.role == "base" and _WHEN_AFTER.fullmatch(text, mention.end, start) is not None
        )
        if mention.role not in ("own", "deadline", "anaphor") and not adjacent:
            continue
        if mention.end <= start:
            if _in_leading_reason(text, mention, start):
                continue  # "After the downing of a jet in November 2015, arrivals fell 76%"
            if _in_aside(text, mention, start):
                continue  # "TurkStream, which came online in January 2020, delivered 10 bcm"
            if any(
                0 <= f[0] - mention.end <= 6 and _COLON_LABEL.fullmatch(text, mention.end, f[0])
                for f in figures
            ):
                continue  # "(2019: 7.0mn), and receipts to $1.1bn": 2019 labels 7.0mn
            gap = start - mention.end + (0 if mention.intro else 10)
            between = [f for f in figures if mention.end <= f[0] and f[1] <= start]
            # "up from 16.2 bcm in 2020, while ... 8.5 bcm": 2020 belongs to 16.2; so does "the
            # same period of 2024" in "32,4 bln. USD for the same period of 2024, the decrease".
            if any(
                0 <= mention.start - f[1] <= 12
                and _BASE_AFTER.fullmatch(text, f[1], mention.start) is not None
                for f in figures
            ):
                continue
        elif mention.start >= end:
            if mention.intro:
                continue
            # "8.1 per cent and in 2021 10.7 per cent": a period written right before another
            # figure is that figure's; so is a label before one ("fell to 2.1mn (2019: 7.0mn)":
            # 2019 is the comparison figure's year, never the main figure's).
            if any(
                0 <= f[0] - mention.end <= 6 and _LABEL.fullmatch(text, mention.end, f[0])
                for f in figures
            ):
                continue
            # "close to the 2020 level of about 16 bcm": the year names the next figure's level;
            # "short of the record year 2019, when 7 million came": it dates the 'when' clause
            # (but "19% in 2017, when Iraq was the top supplier" dates the figure before it).
            attached = _IN_BEFORE.search(
                text, max(0, mention.start - 12), mention.start
            ) or re.match(r"(?i:in|during|for|over|by)\s", text[mention.start : mention.end])
            if any(
                0 <= f[0] - mention.end <= 80
                and (
                    _NAMES_NEXT.fullmatch(text, mention.end, f[0])
                    or (not attached and _WHEN_AFTER.fullmatch(text, mention.end, f[0]))
                )
                for f in figures
            ):
                continue
            if _REASON_AFTER.search(text, end, mention.start):
                continue  # "fell to 866,000, following the downing of a jet in November 2015"
            if ";" in text[end : mention.start]:
                continue  # "since Jan-24 (USD 4.33bn); Jun-23 had bottomed": the next clause's
            gap = mention.start - end
            gap += 30 if "," in text[end : mention.start] else 0
            between = [f for f in figures if end <= f[0] and f[1] <= mention.start]
            # A period after another figure is that figure's, unless that figure is the level
            # this change led to ("rose 40% to $2.5 billion in March"): the same period.
            if between and not (
                len(between) == 1
                and (
                    _LED_TO.fullmatch(text, end, between[0][0])
                    or _shared_period(mentions, end, between[0], mention, text)
                )
            ):
                continue
            between = []
        else:
            gap, between = 0, []
        if gap > (250 if mention.end <= start else 120):
            continue
        score = gap + 200 * len(between)
        if best is None or score < best[0]:
            best = (score, mention)
    return best[1] if best else None


def base_mention(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The comparison base written near a change ("compared to March last year")."""
    bases = [m for m in mentions if m.role == "base" and m.start >= start - 60]
    if not bases:
        return None
    return min(bases, key=lambda m: abs(m.start - end))


def shifted(period: str, years: int) -> str:
    """'2020-03' shifted by -1 year is '2019-03'; spans shift both ends."""

    def one(part: str) -> str:
        return f"{int(part[:4]) + years:04d}{part[4:]}"

    return "/".join(one(part) for part in period.split("/")) if period else ""


def shifted_months(period: str, months: int) -> str:
    """'2022-08' shifted by -1 month is '2022-07'; spans shift both ends; years stay as they are."""

    def one(part: str) -> str:
        if len(part) != 7:
            return part
        index = int(part[:4]) * 12 + int(part[5:]) - 1 + months
        return f"{index // 12:04d}-{index % 12 + 1:02d}"

    return "/".join(one(part) for part in period.split("/")) if period else ""


# A change against the month or quarter before, written right after it ("up 7pc m/m").
ON_SHORT_PERIOD = re.compile(
    r"\s*(?:(?P<month>month[- ]on[- ]month|m/m|mom|on\s+the\s+(?:previous\s+)?month)"
    r"|(?P<quarter>quarter[- ]on[- ]quarter|q/q|qoq|on\s+the\s+(?:previous\s+)?quarter))\b",
    re.IGNORECASE,
)


def granularity_of(period: str) -> str:
    if not period:
        return "none"
    if "/" in period:
        return "month_range" if "-" in period else "year"
    return "month" if "-" in period else "year"


def with_year(mention: Mention, year: int) -> str:
    """A month (or month span) named without its year, dated to `year`."""
    code = mention.month_only or 0
    if code >= 100:
        first, last = divmod(code, 100)
        return f"{year}-{first:02d}/{year}-{last:02d}"
    return f"{year}-{code:02d}"


__all__ = [
    "Mention",
    "base_mention",
    "find_mentions",
    "granularity_of",
    "own_mention",
    "shifted",
    "with_year",
]
