"""Match each claim frame to records of the same quantity and give it a sourced verdict.

Rules (documented in the README, thresholds in factcheck/scale.py):
- Like with like: the same measure, unit, direction (either reporter's record of it, never
  the other direction), product, breakdown and period granularity. A year with a year, a
  month with a month, a span of months with the sum of the same months from one source and
  vintage; a "now" (as_of) statement with its year or the one before; never a nearest year,
  never across a documented break; a flow never with a design capacity.
- Derived figures (sums, changes, shares, ranks, turnover) come from factcheck/derive.py.
- Independent evidence only: a record whose address is the document's, or whose quote
  appears in the document, is left out.
- The verdict rests on the strongest tier present, on all its sources: the nearest record
  decides, the others are shown; if a source of the same view disagrees beyond the
  approximate margin an accurate reading becomes approximately right.
- A negative verdict rests only on the claim's reporter's own record of a flow, which decides
  when held: the partner's record of it (the mirror) alone confirms or leaves the claim for
  review, and a claim the mirror confirms is never faulted.
- No accusation without a confident reading: a blocking reading note, or records that are
  only statements or unattributed, turn a negative verdict into needs_review.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re

import pandas as pd

from factcheck import derive
from factcheck import evidence as ev
from factcheck.attribution import NOBODY, DocumentSpeakers, Speaker, record_speaker, shares_wording
from factcheck.derive import Figure, ends
from factcheck.explain import (
    PRODUCT_WORDS,
    TIER_PLURALS,
    TIER_WORDS,
    _possessive,
    figure,
    period_words,
    quantity_words,
    sentence_of,
    source_words,
)
from factcheck.extraction import known_names
from factcheck.extraction.frames import UNDATED
from factcheck.lookup import held_on, lookup
from factcheck.scale import (
    AS_OF_LAG,
    NEGATIVE,
    PEAK_MARGIN,
    POSITIVE,
    SCALE,
    gap_percent,
    rate,
)
from loaders import DatasetError, load_partners
from validation.claim_vocabulary import NOTES_BLOCKING_NEGATIVE
from validation.claims import CLAIM_COLUMNS
from validation.verdicts import VERDICT_COLUMNS
from validation.vocabulary import FORMER_SOVIET, TIER_RANK

# Indicators recorded under another name that measure the same thing for this partner.
EQUIVALENT = {("visitor_arrivals_foreign", "WLD"): "tourist_arrivals_international"}
# A claim about a pipeline's flow may also be recorded as a border-entry flow.
FAMILY = {"gas_imports": ("gas_imports", "gas_entry_flow")}
# A company's own figure and the country's record of the same flow, shown (never judged) when
# the company's own is not recorded: Gazprom's sales to Turkey beside Turkey's imports.
COMPANY_OF_COUNTRY = {"gas_supplier_sales": "gas_imports"}
# Share and rank indicators: the level they are computed from, and which end of the flow
# names the partners ("a": suppliers/origins, "b": customers/destinations).
SHARE_OF = {
    "gas_import_share": ("gas_imports", "a"),
    "oil_import_share": ("oil_imports", "a"),
    "visitor_arrivals_share": ("visitor_arrivals_foreign", "b"),
}
RANK_OF = {
    "gas_import_rank": ("gas_imports", "a"),
    "oil_import_rank": ("oil_imports", "a"),
    "gas_customer_rank": ("gas_imports", "b"),
    "visitor_arrivals_rank": ("visitor_arrivals_foreign", "b"),
}
# Ranks among a seller's buyers that a trade matrix column (each buyer's row) can give, and
# the matrix tables whose sum is the claim's product (all gas: pipeline gas + LNG).
MATRIX_RANKS = {"gas_customer_rank"}
GAS_PARTS = {"natural_gas": ("pipeline_gas", "lng"), "pipeline_gas": ("pipeline_gas",)}
# Documented breaks: no comparison runs across them (COVID for trade and tourism).
BREAKS = {
    "merchandise_trade": 2020,
    "visitor_arrivals_foreign": 2020,
    "visitor_arrivals_all": 2020,
    "tourist_arrivals_international": 2020,
}
# Quantities fixed by design (a capacity, a number of strings or units): a figure stands
# until it is changed, so the latest announced by the claim's period is the one to compare.
DESIGN_INDICATORS = {
    "pipeline_capacity", "pipeline_strings", "power_plant_units", "power_plant_capacity",
    "power_plant_cost", "power_purchase_price",
}  # fmt: skip
# What "oil" may mean in a rank that does not say: crude alone, or crude with oil products.
OIL_BASES = ("oil_and_products", "crude_oil")
PIPELINE_START = {"turkstream": 2020, "blue stream": 2003}
RECORD_TIERS = ("official_release", "official_reported")
ONE_STRING = ", one string"  # the reader's breakdown for one string of a route, none named
# Tiers whose figures are someone's statement: never evidence for a claim by the same speaker.
STATEMENT_TIERS = ("official_statement", "unattributed")
UNIT_FLAGS = ("area unit", "length unit")
# Codes that are groups, not a reporting country: a flow with one of them has no mirror.
NOT_A_REPORTER = {"WLD"}
ADDRESS = re.compile(r"^\s*Source:\s*(\S+)", re.MULTILINE)


def document_address(text: str) -> str:
    """The address a document gives for itself on a 'Source: <url>' line, if any."""
    match = ADDRESS.search(text[:2000])
    return match.group(1) if match else ""


def _plain_address(url: str) -> str:
    url = re.sub(r"^https?://(www\.)?", "", url.strip().lower())
    return url.split("#")[0].split("?")[0].rstrip("/")


def check_claims(
    claims: pd.DataFrame,
    observations: pd.DataFrame,
    sources: pd.DataFrame,
    texts: dict[str, str] | None = None,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """One verdict row per claim (the frame, then the verdict columns), in the claims' order.

    `texts` maps a document name to its text: its own address and wording are then never
    evidence for its claims, and each claim is given its whole sentence.
    """
    context = _Context(observations, sources, texts or {}, today or dt.date.today())
    rows = [context.check(claim) for _, claim in claims.iterrows()]
    frame = pd.DataFrame(rows, columns=VERDICT_COLUMNS)
    numbers = {
        "value", "value_low", "value_high", "claimed_value", "recorded_value", "gap_percent",
        "rating",
    }  # fmt: skip
    types = {c: float if c in numbers else str for c in VERDICT_COLUMNS}
    types |= {"start": int, "end": int}
    return frame.astype(types)


def evidence_table(
    claim: pd.Series, observations: pd.DataFrame, sources: pd.DataFrame
) -> pd.DataFrame:
    """Every figure for the claim's quantity at its granularity, all periods: what its chart
    plots (month figures sit at their fraction of the year)."""
    context = _Context(observations, sources, {}, dt.date.today())
    found = context.all_periods(claim)
    columns = [*ev.Evidence._fields, "period", "series"]
    rows = []
    for f in found:
        year = f.year
        if len(f.period) == 7 and f.period[4] == "-":
            year = f.year + (int(f.period[5:7]) - 1) / 12
        rows.append(
            {
                "value": f.value, "unit": f.unit, "year": year, "source_id": f.source_id,
                "tier": f.tier, "view": context.view(f), "method": f.method,
                "breakdown": f.breakdown, "reporter": f.reporter, "period": f.period,
                "series": context.series(f),
            }
        )  # fmt: skip
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["series", "year"], ignore_index=True)


@functools.cache
def _partner_table():
    """The snapshot's partner names (code, name), or None when it cannot be read: names then
    come from the curated terms only."""
    try:
        return load_partners()
    except (DatasetError, OSError):
        return None


def _note_words(note: str, claim) -> str:
    """A reading note as the explanation says it."""
    if note == "direction_inferred" and claim["flow"] == "total":
        return "the two countries inferred (trade both ways has no direction)"
    if note == "table_cell":
        return "what it measures taken from the table's caption, row and column"
    return note.replace("_", " ")


class _Context:
    def __init__(self, observations, sources, texts, today) -> None:
        self.observations = observations
        self.levels = derive.level_table(observations, sources)
        self.lookup = lookup(self.levels)
        self.texts = texts
        self.today = today
        self.names = known_names(_partner_table())
        ids = sources["source_id"].tolist()  # lists: iterating an Arrow column is slow

        def by_source(column: str) -> dict[str, str]:
            return dict(zip(ids, sources[column].tolist(), strict=True))

        self.titles = by_source("title")
        self.publishers = by_source("publisher")
        self.urls = by_source("url")
        self.quotes = by_source("quote")
        self.families = by_source("family")
        self.sources = sources
        # The quotes of one page (each its own source) are one release of figures.
        kinds = by_source("kind")
        self.releases = {i: url for i, url in self.urls.items() if kinds[i] == "page_quote" and url}
        self._years = None
        self._names_key: tuple | None = None
        self._record_speakers: dict[str, Speaker] | None = None
        self._document_speakers: dict[str, DocumentSpeakers] = {}
        # Per document: its own address, and its text as one lower-case line of words.
        self._flat_texts: dict[str, tuple[str, str]] = {}

    @property
    def years(self) -> pd.DataFrame:
        if self._years is None:
            observations = self.observations
            self._years = held_on(observations, "years", lambda: ev.full_years(observations))
        return self._years

    # ------------------------------------------------------------------ what is recorded

    def rows(self, claim, indicator=None, a=None, b=None) -> pd.DataFrame:
        """Level rows of the claim's quantity (any period)."""
        return self.lookup.kept(*self._rows_query(claim, indicator, a, b))

    def unit_rows(self, claim, unit: str, indicator=None, a=None, b=None) -> pd.DataFrame:
        """rows() in one unit."""
        return self.lookup.kept(*self._unit_rows_query(claim, unit, indicator, a, b))

    def unit_figures(
        self, claim, unit: str, period: str, granularity: str, indicator=None, a=None, b=None
    ) -> list[Figure]:
        """derive.figures_at(unit_rows(...), period, granularity), from rows indexed once."""
        query = self._unit_rows_query(claim, unit, indicator, a, b)
        return self.lookup.figures_at(*query, period, granularity)

    def _unit_rows_query(self, claim, unit, indicator, a, b):
        key, _ = self._rows_query(claim, indicator, a, b)

        def build():
            t = self.rows(claim, indicator, a, b)
            return t[t["unit"] == unit]

        return ("unit", key, unit), build

    def _rows_query(self, claim, indicator, a, b):
        """(a key naming everything rows() depends on, the function that finds them)."""
        indicator = indicator or claim["indicator"]
        wanted = claim["breakdown"].strip().lower()
        if claim["measure"] == "capacity" or indicator in DESIGN_INDICATORS:
            key = ("design", indicator, claim["unit"], wanted)
            return key, lambda: self._design_rows(*key[1:])
        names = FAMILY.get(indicator, (indicator,))
        ca, cb, kind = ends(claim["reporter"], claim["partner"], claim["flow"])
        a, b = a or ca, b or cb
        product = claim["product"]
        fits = None
        if product:
            fits = frozenset({product})
            if claim["breakdown"] and product in ("natural_gas", "pipeline_gas"):
                fits = frozenset({"natural_gas", "pipeline_gas"})
        key = ("rows", a, b, kind, names, wanted, fits)
        if wanted in ev.SYMMETRIC_BREAKDOWNS:  # "mutual investments": either order of the pair
            return key, lambda: pd.concat(
                [self._pair_rows(a, b, *key[3:]), self._pair_rows(b, a, *key[3:])]
            )
        return key, lambda: self._pair_rows(*key[1:])

    def _design_rows(self, indicator: str, unit: str, wanted: str) -> pd.DataFrame:
        t = self.levels
        t = t[(t["indicator"] == indicator) & (t["unit"] == unit)]
        if wanted.endswith(ONE_STRING):
            # "each of the two strings carries 15.75 bcm": every recorded string of the
            # route ("TurkStream string 1 (...)", "... string 2 (...)") is one string.
            prefix = wanted.removesuffix(ONE_STRING) + " string "
            return t[t["breakdown"].str.lower().str.startswith(prefix)]
        return t[t["breakdown"].str.lower() == wanted] if wanted else t.iloc[0:0]

    def _pair_rows(self, a, b, kind, names, wanted, fits) -> pd.DataFrame:
        t = self.lookup.between(a, b, kind)
        t = t[t["indicator"].isin(names)]
        t = t[t["breakdown"].str.lower() == wanted]
        if fits is not None:
            t = t[t["product"].isin(fits)]
        return t

    def level_units(self, claim) -> str:
        """The unit the levels are in: a percent change is computed from levels in bcm, USD..."""
        if claim["measure"] == "change" and claim["unit"] == "percent":
            return ""
        return claim["unit"]

    def figures(self, claim, period: str, granularity: str) -> list[Figure]:
        measure, indicator = claim["measure"], claim["indicator"]
        if measure in ("level", "capacity", "target"):
            unit = claim["unit"]
            if measure == "capacity" or indicator in DESIGN_INDICATORS:
                return self._capacity(self.unit_rows(claim, unit), period)
            found = self.unit_figures(claim, unit, period, granularity)
            equivalent = EQUIVALENT.get((indicator, claim["partner"]))
            if equivalent:
                found += self.unit_figures(claim, unit, period, granularity, indicator=equivalent)
            return found
        if measure == "change":
            base = claim["base_period"]
            if not base:
                return []
            rows = self.rows(claim)
            if claim["unit"] != "percent":
                rows = rows[rows["unit"] == claim["unit"]]
            found = []
            for _unit, group in rows.groupby("unit"):
                found += derive.changes(
                    group, period, base, granularity, claim["unit"], self.releases
                )
            return found
        if measure == "share":
            return self._shares(claim, period, granularity)
        if measure == "rank":
            return self._ranks(claim, period, granularity)
        return []

    def _capacity(self, rows: pd.DataFrame, period: str) -> list[Figure]:
        """A design capacity stands until it is changed: the latest announced by the period."""
        if rows.empty:
            return []
        year = int(period[:4]) if period[:4].isdigit() else 9999
        rows = rows[rows["period"].str[:4].astype(int) <= year]
        if rows.empty:
            return []
        latest = rows[rows["period"] == rows["period"].max()]
        return derive.figures_of(latest)

    def _shares(self, claim, period, granularity) -> list[Figure]:
        indicator = claim["indicator"]
        found = self.unit_figures(claim, "percent", period, granularity)
        if claim["breakdown"] and indicator.startswith(("merchandise_trade", "trade_direction")):
            return found  # a share of one group of goods is not computed from all goods
        if indicator == "trade_direction_share" and granularity == "year":
            found += [
                _from_evidence(e) for e in self._direction_shares(claim) if str(e.year) == period
            ]  # fmt: skip
        if indicator not in SHARE_OF:
            return found
        level, varying = SHARE_OF[indicator]
        ca, cb, _ = ends(claim["reporter"], claim["partner"], _flow_for(level, claim["flow"]))
        lc = claim.copy()
        lc["indicator"], lc["flow"] = level, _flow_for(level, claim["flow"])
        whole_end = {"a": "WLD", "b": cb} if varying == "a" else {"a": ca, "b": "WLD"}
        for unit in ("bcm", "tonnes", "TJ", "persons"):
            if self.unit_rows(lc, unit).empty:
                continue
            found += derive.shares(
                self.unit_figures(lc, unit, period, granularity),
                self.unit_figures(lc, unit, period, granularity, **whole_end),
                self.names,
                ca if varying == "a" else cb,
            )
        return found

    def _ranks(self, claim, period, granularity) -> list[Figure]:
        indicator = claim["indicator"]
        found = self.unit_figures(claim, "rank", period, granularity)
        if claim["breakdown"] and indicator.startswith("merchandise_trade"):
            return found  # a place among buyers of one group of goods: no table ranks it
        if indicator == "merchandise_trade_rank" and granularity in ("year", "as_of"):
            found += [
                _from_evidence(e) for e in self._trade_ranks(claim) if str(e.year) == period
            ]  # fmt: skip
        if indicator not in RANK_OF:
            return found
        level, varying = RANK_OF[indicator]
        flow = _flow_for(level, claim["flow"])
        ca, cb, kind = ends(claim["reporter"], claim["partner"], flow)
        fixed = "b" if varying == "a" else "a"
        who = ca if varying == "a" else cb
        ptype = "month" if granularity == "month" else "year"
        table = (level, fixed, cb if fixed == "b" else ca, kind, claim["product"])

        def ranked() -> list[Figure]:
            places = []
            for unit, group in self._partners_at(*table, ptype, period).groupby("unit"):
                if unit == "TJ":
                    continue  # the same table in energy units: one ranking is enough
                places += derive.ranks(group, varying, who, self.names)
            return places

        key = ("places", *table, ptype, period, varying, who, self._names())
        places = self.lookup.kept(key, ranked)
        if indicator in MATRIX_RANKS and ptype == "year":
            places = places + self._matrix_places(claim, table, period, who)
        return found + [dataclasses.replace(f, parts=list(f.parts)) for f in places]

    def _matrix_places(self, claim, table, period, who) -> list[Figure]:
        """The buyer's place in a trade matrix column (rows reported by each buyer), the
        products summed as the claim's product counts them (all gas: pipeline + LNG)."""
        level, fixed, seller, kind, product = table
        parts = GAS_PARTS.get(product or "natural_gas", (product,))
        maybe_out = FORMER_SOVIET if seller in FORMER_SOVIET else frozenset()

        def ranked() -> list[Figure]:
            rows = [self._partners_at(level, fixed, seller, kind, p, "year", period) for p in parts]
            rows = pd.concat(rows, ignore_index=True)
            return derive.column_ranks(rows, parts, seller, who, self.names, maybe_out)

        key = ("matrix places", *table, period, who, self._names())
        return self.lookup.kept(key, ranked)

    def _direction_shares(self, claim) -> list[ev.Evidence]:
        """ev.computed_direction_share of the claim's pair and flow, worked out once."""
        key = ("direction shares", claim["reporter"], claim["partner"], claim["flow"])
        return self.lookup.kept(key, lambda: ev.computed_direction_share(self.years, claim, {}))

    def _trade_ranks(self, claim) -> list[ev.Evidence]:
        """ev.computed_trade_rank of the claim's pair and flow, worked out once per names."""
        key = ("trade ranks", claim["reporter"], claim["partner"], claim["flow"], self._names())
        return self.lookup.kept(key, lambda: ev.computed_trade_rank(self.years, claim, self.names))

    def _names(self) -> tuple:
        """The names as a key: what a kept answer that names countries depends on."""
        if self._names_key is None:
            self._names_key = tuple(self.names.items())
        return self._names_key

    def _partners_at(self, level, fixed, fixed_code, kind, product, ptype, period):
        """The level's rows of every partner at one end of the flow, for one period."""

        def every_period():
            t = self.levels
            t = t[(t["indicator"] == level) & (t[fixed] == fixed_code)]
            t = t[(t["flowkey"] == kind) & (t["breakdown"] == "")]
            return t[t["product"] == product] if product else t

        key = ("partner table", level, fixed, fixed_code, kind, product)
        t = self.lookup.kept(key, every_period)
        t = t[t["ptype"] == ptype]
        return t[t["period"] == period]

    def all_periods(self, claim) -> list[Figure]:
        """Figures at every period of the claim's granularity (for the chart)."""
        granularity = claim["period_granularity"]
        if claim["measure"] in ("level", "target", "capacity"):
            rows = self.rows(claim)
            rows = rows[rows["unit"] == claim["unit"]]
            want = {"month": ["month"], "month_range": ["month"]}.get(
                granularity, ["year", "as_of", "design"]
            )
            rows = rows[rows["ptype"].isin(want)]
            return derive.figures_of(rows)
        periods = self._periods_near(claim, span=30)
        found = []
        for p in periods:
            shifted = claim.copy()
            shifted["period"] = p
            if claim["measure"] == "change" and claim["base_period"]:
                shifted["base_period"] = _shift(claim["base_period"], int(p[:4]) - _year(claim))
            found += [
                f
                for f in self.figures(shifted, p, _granularity(granularity))
                if not (derive.span_of(f.period) and _listed(f, found))
            ]
        return found

    def _periods_near(self, claim, span: int) -> list[str]:
        period = claim["period"]
        if not period[:4].isdigit():
            return []
        year = _year(claim)
        out = []
        for y in range(year - span, year + span + 1):
            if y > self.today.year:
                break
            out.append(str(y) + period[4:7] if len(period) >= 7 else str(y))
        return out

    # ------------------------------------------------------------------ independence

    def record_speaker(self, source_id: str) -> Speaker:
        """Who speaks in a quoted page figure (NOBODY for a statistical file)."""
        if self._record_speakers is None:
            pages = self.sources[self.sources["kind"] == "page_quote"]
            obs = self.observations[self.observations["source_id"].isin(pages["source_id"])]
            notes = obs.groupby("source_id")["note"].agg(lambda n: "\n".join(n)).to_dict()
            speakers = {
                r.source_id: record_speaker(r.title, r.quote, notes.get(r.source_id, ""))
                for r in pages.itertuples()
            }
            # Quotes of one page speak with the voice the page gives them: a quote with no cue
            # of its own takes the speaker found in the page's other quotes, if only one is.
            for _url, page in pages.groupby("url"):
                found = {speakers[i] for i in page["source_id"] if speakers[i]}
                if len(found) == 1:
                    voice = found.pop()
                    for i in page["source_id"]:
                        speakers[i] = speakers[i] or voice
            self._record_speakers = speakers
        return self._record_speakers.get(source_id, NOBODY)

    def claim_speaker(self, claim) -> Speaker:
        """Who says the claim in its document (NOBODY when the text does not say)."""
        text = self.texts.get(claim["document"], "")
        if not text:
            return NOBODY
        if claim["document"] not in self._document_speakers:
            self._document_speakers[claim["document"]] = DocumentSpeakers(text)
        return self._document_speakers[claim["document"]].speaker(
            int(claim["start"]), int(claim["end"])
        )

    def independent(
        self, claim, figures: list[Figure]
    ) -> tuple[list[Figure], list[Figure], list[Figure]]:
        """(kept, the document's own records, the claim's speaker's own statements).

        Not independent: a record from the document's own address or whose quote is the
        document's wording (in it whole, or eight words in a row of the claim's paragraph),
        and a statement by the claim's own speaker or office wherever it was published."""
        text = self.texts.get(claim["document"], "")
        if not text:
            return figures, [], []
        if claim["document"] not in self._flat_texts:
            flat = " ".join(text.split()).lower()
            self._flat_texts[claim["document"]] = (_plain_address(document_address(text)), flat)
        address, flat = self._flat_texts[claim["document"]]
        passage = _paragraph(text, int(claim["start"]), int(claim["end"]))
        speaker = self.claim_speaker(claim)
        kept, own, spoken = [], [], []
        for f in figures:
            same_page = same_words = False
            for source_id in (f.source_id, *f.also):  # a change from two quotes: each
                url = _plain_address(self.urls.get(source_id, ""))
                raw_quote = self.quotes.get(source_id, "")
                quote = " ".join(raw_quote.split()).lower()
                same_page = same_page or bool(address and url == address)
                same_words = same_words or bool(
                    (len(quote) >= 20 and quote in flat)
                    or (raw_quote and shares_wording(raw_quote, passage))
                )
            if same_page or same_words:
                own.append(f)
            elif (
                speaker
                and f.tier in STATEMENT_TIERS
                and self.record_speaker(f.source_id).same_as(speaker)
            ):
                spoken.append(f)
            else:
                kept.append(f)
        return kept, own, spoken

    # ------------------------------------------------------------------ the verdict

    def check(self, claim: pd.Series) -> dict:
        row = self._check_one(claim)
        for extra in (self._other_plan(claim, row), self._flows_through(claim)):
            if extra:
                row["explanation"] = f"{row['explanation']} {extra}"
        return row

    def _other_plan(self, claim, row: dict) -> str:
        """Beside a route's design capacity that its record does not bear out, another plan or
        part of the same route recorded at the claimed figure ("TurkStream (2015 plan,
        abandoned)": 63 bcm a year): named as where the figure may come from, never used."""
        route = claim["breakdown"].strip().lower()
        if claim["indicator"] != "pipeline_capacity" or claim["measure"] != "capacity":
            return ""  # a goal to raise it ("to 19 bcm") is the plan itself, not another one
        if not route or row["verdict"] in POSITIVE:
            return ""
        rows = self.levels
        rows = rows[
            (rows["indicator"] == "pipeline_capacity")
            & (rows["unit"] == claim["unit"])
            & rows["breakdown"].str.lower().str.startswith(route + " ")
        ]
        for record in rows.to_dict("records"):
            verdict, _ = rate(
                claim["value"], claim["value_low"], claim["value_high"], claim["comparator"],
                record["value"], claim["unit"], "level",
            )  # fmt: skip
            f = derive._figure(record)
            if verdict in POSITIVE and self.independent(claim, [f])[0]:
                return (
                    f"The claimed figure is that of {record['breakdown']}:"
                    f" {self._record_text(f)} — another plan or part of the route, not the"
                    " capacity checked."
                )
        return ""

    def _flows_through(self, claim) -> str:
        """Beside a route's design capacity, what flowed through the route in the claim's
        year or the latest year before it (official releases only): a capacity is not a
        flow, so it is never compared, but a reader sees whether the figure could be read as
        one ('secures some 16 bcm a year' against 13.4 bcm recorded)."""
        if claim["indicator"] != "pipeline_capacity" or not claim["breakdown"]:
            return ""
        if not str(claim["period"])[:4].isdigit():
            return ""
        flow = claim.copy()
        flow["indicator"], flow["measure"], flow["unit"] = "gas_imports", "level", "bcm"
        flow["flow"], flow["comparator"], flow["base_period"] = "import", "exact", ""
        year = int(str(claim["period"])[:4])
        for y in range(min(year, self.today.year), year - 4, -1):
            flow["period"] = str(y)
            found = [f for f in self.figures(flow, str(y), "year") if f.tier == "official_release"]
            if found:
                found.sort(key=lambda f: (f.source_id, f.vintage))
                return (
                    f"For comparison only (a flow is not a capacity):"
                    f" {self._record_text(found[0])}."
                )
        return ""

    def _check_one(self, claim: pd.Series) -> dict:
        row = {c: claim.get(c, "") for c in CLAIM_COLUMNS}
        text = self.texts.get(claim["document"], "")
        row |= {
            "sentence": sentence_of(text, int(claim["start"]), int(claim["end"]))
            if text
            else " ".join(claim["quote"].split()),
            "claimed_value": claim["value"],
            "claimed_unit": claim["unit"],
            "claimed_period": claim["period"],
        }
        said = f"The document says “{' '.join(claim['quote'].split())}”."
        what = quantity_words(claim, self.names)
        when = period_words(claim)
        checked = f"Checked: {what} {when}".rstrip() + "."
        notes = [n for n in claim["reading_notes"].split(";") if n]
        blocking = sorted(set(notes) & NOTES_BLOCKING_NEGATIVE)
        said_notes = ", ".join(_note_words(n, claim) for n in notes)
        read_note = f" Read with {said_notes}." if notes else ""
        flag_note = f" Flagged when read: {claim['flag']}." if claim["flag"] else ""
        head = said + read_note + flag_note + " " + checked
        unreadable = (
            claim["measure"] == "unknown"
            or claim["unit"] == "unknown"
            or claim["indicator"] == "unknown"
        )
        if "count_unrecorded" in notes:
            return row | self._outcome(
                "unverifiable",
                f"{said} It counts something no record of ours counts (homes, jobs, flights,"
                " citizens living abroad and the like), so it has no recorded counterpart: it"
                " is not compared with trade, foreign visitors or anything else.",
            )
        if unreadable:
            return row | self._outcome(
                "unverifiable",
                f"{head} What the figure measures could not be read, so it is not compared"
                " with anything.",
            )
        if claim["measure"] == "target":
            return row | self._target(claim, head)
        undated_ok = claim["measure"] == "capacity" or claim["indicator"] in DESIGN_INDICATORS
        if not claim["period"] and not undated_ok:
            why = str(claim.get("period_note", "") or "")
            return row | self._outcome(
                "unverifiable",
                f"{head} The claim gives no period"
                + (f" ({why}; give the document's date to read it)" if UNDATED in why else "")
                + ", so no record can be matched to it."
                + self._nearby_text(claim, []),
            )
        found, why_period = self._at_claimed_period(claim)
        found, own, spoken = self.independent(claim, found)
        own_note = (
            f" Left out as not independent (the document itself): {self._list(own)}." if own else ""
        )
        if spoken:
            own_note += (
                f" Left out as not independent (the claim's own speaker,"
                f" {self.claim_speaker(claim).words()}, published elsewhere):"
                f" {self._list(spoken)}."
            )
        if _impossible(claim["flag"]) and not any(f in claim["flag"] for f in UNIT_FLAGS):
            # An impossible magnitude is as likely a misreading (a decimal comma, a scale
            # word) as an error in the text: a person checks it before anything is said.
            related = found[0] if found else self._any_related(claim)
            notes = [n for n in row["reading_notes"].split(";") if n]
            row["reading_notes"] = ";".join(dict.fromkeys([*notes, "magnitude_implausible"]))
            return row | self._outcome(
                "needs_review",
                f"{head} As read, the figure cannot be right ({claim['flag']}): either the"
                " text is wrong or it was misread (a decimal comma, a scale word); check the"
                " text before publishing."
                + (f" For scale: {self._record_text(related)}." if related else ""),
                related,
            )
        beyond = self.beyond_series(claim)
        if beyond is not None:
            why, largest = beyond
            notes = [n for n in row["reading_notes"].split(";") if n]
            row["reading_notes"] = ";".join([*notes, "magnitude_implausible"])
            row["flag"] = "; ".join(
                f for f in (row["flag"], f"implausible magnitude for the period: {why}") if f
            )
            return row | self._outcome(
                "needs_review",
                f"{head} As read, {figure(claim['value'], claim['unit'])}"
                f" {period_words(claim)} is more than {why}. Either the text is wrong or it"
                " was misread (the period, a decimal comma, a scale word): check the text"
                f" before publishing. For scale: {self._record_text(largest)}.",
                largest,
            )
        if any(f in claim["flag"] for f in UNIT_FLAGS):
            related = found[0] if found else self._any_related(claim)
            if related is not None:
                return row | self._outcome(
                    "wrong_unit_or_impossible",
                    f"{head} The figure cannot stand as written: {claim['flag']}."
                    f" For scale: {self._record_text(related)}.",
                    related,
                )
        if not found and spoken:
            return row | self._outcome(
                "unverifiable",
                f"{head} The only record is the speaker's own statement"
                f" ({self.claim_speaker(claim).words()}), published elsewhere:"
                f" {self._list(spoken)}. A speaker cannot confirm themselves, so the claim is"
                " not checked against it." + self._nearby_text(claim, spoken),
            )
        if not found and claim["indicator"] in COMPANY_OF_COUNTRY:
            country = self._country_for_company(claim, head + own_note)
            if country is not None:
                return row | country
        if not found:
            return row | self._outcome(
                "unverifiable", head + own_note + self._nearby_text(claim, [])
            )
        return row | self._judge(claim, found, head + why_period, blocking, own_note)

    def _country_for_company(self, claim, head: str) -> dict | None:
        """A company's figure ("Gazprom's exports to Turkey fell to 21 bcm") with no record of
        the company's own: the country's record of the flow is shown beside it, never judged
        against it (needs review); None when the country has none either."""
        country = claim.copy()
        country["indicator"] = COMPANY_OF_COUNTRY[claim["indicator"]]
        country["breakdown"] = ""
        if claim["flow"] == "export":  # the buyer's imports are the country's record
            country["reporter"], country["partner"] = claim["partner"], claim["reporter"]
            country["flow"] = "import"
        found, _why = self._at_claimed_period(country)
        found, _own, _spoken = self.independent(country, found)
        if not found:
            return None
        best = min(TIER_RANK[f.tier] for f in found)
        top = next(f for f in found if TIER_RANK[f.tier] == best)
        company = claim["breakdown"] or "the company"
        return self._outcome(
            "needs_review",
            f"{head} Nothing is recorded for {company}'s own figure {period_words(claim)}. The"
            f" country's record of the flow: {self._record_text(top)}. A company's sales are not"
            " the country's imports (the buyer has other sellers, and the company may count"
            " other years or volumes), so the claim is shown beside it, not judged against it.",
            top,
        )

    def _published_backing(self, claim, primary, weaker) -> tuple[str, Figure, str] | None:
        """(what, the published figure, why they may differ) when `primary` is a place or a
        share we computed from a partner table and a published figure of official origin
        among the `weaker` ones gives the claimed value for the same period; else None."""
        if not primary.method.startswith("computed"):
            return None
        value = claim["value"]
        if claim["unit"] == "rank":
            what, why = "place", "a publisher's own ranking may count partners differently"
            tiers = ("official_reported",)

            def gives(f: Figure) -> bool:
                return f.value == value

        elif claim["measure"] == "share" and claim["unit"] == "percent":
            what, why = "share", "an official body's own share may count a different whole"
            tiers = ("official_reported", "official_statement")

            def gives(f: Figure) -> bool:
                return f.unit == "percent" and abs(f.value - value) <= max(0.5, 0.02 * abs(value))

        else:
            return None
        backing = [f for f in weaker if f.tier in tiers and f.period == primary.period and gives(f)]
        return (what, backing[0], why) if backing else None

    def _official_echo(self, claim, primary, weaker) -> Figure | None:
        """A figure of official origin below the release's tier (a statement by an official,
        an official figure the press reported) for the primary record's period that gives
        the claimed value to its rounding ('accurate' against it); else None."""
        measure = _rated_measure(claim)
        for f in weaker:
            if f.tier not in ("official_reported", "official_statement"):
                continue
            if f.period != primary.period or f.unit != primary.unit or f.low != f.high:
                continue
            verdict, _miss = rate(
                claim["value"], claim["value_low"], claim["value_high"], claim["comparator"],
                f.value, claim["unit"], measure,
            )  # fmt: skip
            if verdict == "accurate":
                return f
        return None

    def beyond_series(self, claim) -> tuple[str, Figure] | None:
        """(why, the record that bounds it) when a level for a month or a span of months is
        larger than the recorded series of the same quantity allows: above the largest full
        year recorded, or PEAK_MARGIN times the largest month per month of the span."""
        granularity, period = claim["period_granularity"], claim["period"]
        if claim["measure"] != "level" or granularity not in ("month", "month_range"):
            return None
        if claim["comparator"] == "at_most" or claim["unit"] in ("percent", "rank"):
            return None
        if "/" in period and len(period) == 15:
            months = len(derive.month_list(period))
        elif len(period) == 7:
            months = 1
        else:
            return None
        value = claim["value"]
        if claim["comparator"] in ("range", "at_least") and not math.isnan(claim["value_low"]):
            value = claim["value_low"]
        rows = self.rows(claim)
        rows = rows[rows["unit"] == claim["unit"]]
        years = rows[rows["ptype"] == "year"]
        what = "a month" if months == 1 else f"{months} months"
        same_year = years[years["period"].astype(str) == period[:4]]
        if not same_year.empty:  # a part of a year cannot hold more than that whole year
            top = same_year.loc[same_year["value"].idxmax()]
            if value > top["value"]:
                return (
                    f"the full year recorded for {top['period']}"
                    f" ({figure(top['value'], top['unit'])}), and {what}"
                    " cannot hold more than the whole year",
                    derive._figure(top.to_dict()),
                )
        elif not years.empty:
            # Other years only bound it with room for growth: the series may have outgrown
            # its largest recorded year since (a record for recent years can be missing).
            top = years.loc[years["value"].idxmax()]
            if value > PEAK_MARGIN * top["value"]:
                return (
                    f"{_times(PEAK_MARGIN)} the largest full year recorded for this quantity"
                    f" ({figure(top['value'], top['unit'])} in {top['period']}), and {what}"
                    " cannot hold more than a whole year",
                    derive._figure(top.to_dict()),
                )
        monthly = rows[rows["ptype"] == "month"]
        if not monthly.empty:
            top = monthly.loc[monthly["value"].idxmax()]
            if value > PEAK_MARGIN * months * top["value"]:
                return (
                    f"{_times(PEAK_MARGIN)} the largest month recorded for this quantity"
                    f" ({figure(top['value'], top['unit'])} in {top['period']})"
                    + (f" for each of its {months} months" if months > 1 else ""),
                    derive._figure(top.to_dict()),
                )
        return None

    def _at_claimed_period(self, claim) -> tuple[list[Figure], str]:
        granularity = claim["period_granularity"]
        period = claim["period"]
        if claim["measure"] == "capacity" or claim["indicator"] in DESIGN_INDICATORS:
            return self.figures(claim, period or str(self.today.year), "year"), ""
        found = self.figures(claim, period, _granularity(granularity))
        if found or granularity != "as_of":
            return found, ""
        year = _year(claim)
        for lag in range(1, AS_OF_LAG + 1):
            earlier = str(year - lag)
            if _crosses_break(claim, year, year - lag):
                break
            found = self.figures(claim, earlier, "year")
            if found:
                return found, (
                    f" A statement of the situation 'now': {earlier}, the year before, is the"
                    " latest recorded."
                )
        return [], ""

    def _judge(self, claim, found, head, blocking, own_note) -> dict:
        best = min(TIER_RANK[f.tier] for f in found)
        group = [f for f in found if TIER_RANK[f.tier] == best]
        weaker = [f for f in found if TIER_RANK[f.tier] != best]
        rated = []
        undetermined = []
        for f in group:
            if f.unit == "rank" and f.low is not None and f.high is not None and f.low != f.high:
                if f.low <= claim["value"] <= f.high:
                    undetermined.append(f)
                    continue
                rated.append((f, "wrong", math.inf))
                continue
            comparator = claim["comparator"]
            if comparator == "approx" and (
                "fraction_in_words" in claim["reading_notes"]
                or "multiple_in_words" in claim["reading_notes"]
            ):
                # "nearly half", "about a third": a share rounded to a fraction in words holds
                # over its whole hedged band (45-50% for "nearly half"), not at its point only.
                comparator = "range"
            measure = _rated_measure(claim)
            verdict, miss = rate(
                claim["value"], claim["value_low"], claim["value_high"], comparator,
                f.value, claim["unit"], measure,
            )  # fmt: skip
            rated.append((f, verdict, miss))
        if not rated:
            bounds = "; ".join(f"{self._record_text(f)}" for f in undetermined)
            return self._outcome(
                "unverifiable",
                f"{head} The record cannot settle the place: {bounds}.{own_note}",
            )
        own = claim["reporter"]
        rated.sort(key=lambda t: (abs(t[2]), t[0].reporter != own, t[0].source_id, t[0].period))
        primary, verdict, miss = rated[0]
        # A negative verdict rests only on the claim's reporter's own record of the flow: the
        # partner's record of it (the mirror) is not like for like.
        # With both, the reporter's own record decides; a claim it would fault that is within
        # tolerance of the mirror (the writer may cite the partner's figure) is left for review.
        mirror_of = self._mirror_reporter(claim)
        mirror_only, mirror_agrees = False, None
        if mirror_of and primary.reporter == mirror_of:
            owned = [t for t in rated if t[0].reporter != mirror_of]
            mirror_only = not owned
            if owned:
                mirror_agrees = primary if verdict in POSITIVE else None
                primary, verdict, miss = owned[0]
                rated.remove(owned[0])
                rated.insert(0, (primary, verdict, miss))
        others = [t[0] for t in rated[1:]] + undetermined
        twins = [o for o in others if self._twin(primary, o)]
        parts = [
            head,
            self._record_text(primary, twins) + self._distance(claim, primary, miss) + ".",
        ]
        same_view = [t for t in rated[1:] if t[0].reporter == primary.reporter]
        if verdict == "accurate" and any(t[1] not in POSITIVE for t in same_view):
            verdict = "approximately_right"
            parts.append("Sources of the same view disagree beyond 10%, so not 'accurate'.")
        listed = [o for o in others if not any(o is t for t in twins)]
        if listed:
            parts.append("Also recorded: " + self._list(listed, primary, claim) + ".")
        if weaker:
            parts.append("Weaker sources: " + self._list(weaker[:3]) + ".")
        if primary.caveat:
            parts.append(f"Caveat: {primary.caveat}.")
        parts.append(own_note.strip())
        other_basis = self._other_basis(claim, primary) if claim["unit"] == "rank" else ""
        if other_basis:
            parts.append(other_basis)
            if "indicator_inferred" not in blocking:
                blocking = sorted({*blocking, "indicator_inferred"})
        label = None
        strong = primary.tier in RECORD_TIERS
        if mirror_agrees is not None and verdict in NEGATIVE:
            parts.append(
                f"Read against {_possessive(self.names.get(own, own))} own record the claim"
                f" would be {SCALE[verdict].label.lower()}, but it is within"
                f" {abs(gap_percent(claim['value'], mirror_agrees.value)):.1f}% of the partner's"
                f" record of the same flow ({self._record_text(mirror_agrees)}), which the text"
                " may cite; so no negative verdict is given."
            )
            verdict = "needs_review"
        if mirror_only:
            parts.append(self._mirror_text(claim, primary))
            if verdict in NEGATIVE:
                parts.append(
                    f"Read against this mirror record the claim would be"
                    f" {SCALE[verdict].label.lower()}, but a negative verdict rests only on"
                    f" {_possessive(self.names.get(own, own))} own record, so it is left for"
                    " review."
                )
                verdict = "needs_review"
        # A place or a share we computed from a partner table is not the publisher's own
        # (its ranking may treat free zones or unallocated trade differently, its whole count
        # other products or partners): where a published figure of official origin for the
        # same period gives the claimed value, the two are left for review.
        backed = self._published_backing(claim, primary, weaker) if verdict in NEGATIVE else None
        if backed is not None:
            what, backing, why = backed
            parts.append(
                f"Read against the computed {what} the claim would be"
                f" {SCALE[verdict].label.lower()}, but {self._record_text(backing)}"
                f" gives the claimed {what}, and {why}; so no negative verdict is given."
            )
            verdict = "needs_review"
        # The claim repeats, to its rounding, an official body's own figure for the same
        # period (a ministry's statement, an official figure the press reported) that the
        # statistical release does not bear out: the text cites an official source, and the
        # two may count differently (a part of the year, another trade system, a revision).
        # Shown, with what the release gives, but not faulted.
        echoed = self._official_echo(claim, primary, weaker) if verdict in NEGATIVE else None
        if echoed is not None:
            # Named in full unless the weaker sources listed above already name it.
            repeated = (
                f"the {TIER_WORDS[echoed.tier]} among the weaker sources above"
                f" ({figure(echoed.value, echoed.unit)} for {echoed.period})"
                if any(echoed is w for w in weaker[:3])
                else self._record_text(echoed)
            )
            parts.append(
                f"Read against this record the claim would be {SCALE[verdict].label.lower()},"
                f" but it repeats {repeated}: the text gives an official body's own figure,"
                " which may count differently from the release (a part of the year, another"
                " trade system, a later revision); so no negative verdict is given."
            )
            verdict = "needs_review"
        # A change chained across two release files that may not count the same way: shown,
        # with what it would give, but it neither confirms nor faults.
        if primary.review and verdict in (*POSITIVE, *NEGATIVE):
            parts.append(
                f"Read against this change the claim would be {SCALE[verdict].label.lower()},"
                " but its two periods come from two release files that may not count the same"
                " way, so it is left for review."
            )
            verdict = "needs_review"
        # A record that counts more products than the claim may (Eurostat's oil products)
        # bounds it from above only: a lower claim is not a like-for-like gap.
        scope = self.scope(primary, claim) if claim["measure"] == "level" else ""
        wider = bool(scope) and miss < 0
        if wider and echoed is not None:  # left for review already: the definition is said too
            parts.append(
                f"The record may also count more than the claim: it counts {scope}, and the"
                " text does not say which products its figure includes."
            )
        if verdict in NEGATIVE and (blocking or not strong or wider):
            why = (
                f"the reading is not confident ({', '.join(b.replace('_', ' ') for b in blocking)})"
                if blocking
                else f"the only records are {TIER_PLURALS[primary.tier]}"
            )
            if wider:
                why = (
                    f"the record may count more than the claim: it counts {scope}, and the text"
                    " does not say which products its figure includes; a figure that counts"
                    " fewer products can be lower without being wrong"
                )
            parts.append(
                f"Read this way the claim would be {SCALE[verdict].label.lower()}, but {why},"
                " so no negative verdict is given."
                + ("" if wider else self._nearby_text(claim, [primary]))
            )
            verdict = "needs_review"
        elif verdict in POSITIVE and mirror_only and strong:
            label = f"{SCALE[verdict].label}: consistent with the partner's (mirror) record"
        elif verdict in POSITIVE and not strong:
            label = (
                f"{SCALE[verdict].label}: consistent with "
                + {
                    "official_statement": "an official statement (no statistical release)",
                    "unattributed": "an unattributed report",
                }[primary.tier]
            )
        gap = gap_percent(claim["value"], primary.value) if claim["unit"] != "rank" else math.nan
        return self._outcome(
            verdict,
            " ".join(p for p in parts if p),
            primary,
            gap=gap,
            other_evidence="; ".join(self._record_text(o) for o in others + weaker[:3]),
            label=label,
        )

    def _mirror_reporter(self, claim) -> str:
        """For a flow in one direction between two countries, the partner: a record it
        reports is the mirror of the claim's figure ('' when there is no mirror)."""
        _, _, kind = ends(claim["reporter"], claim["partner"], claim["flow"])
        sides = (claim["reporter"], claim["partner"])
        if kind != "move" or not all(sides) or set(sides) & NOT_A_REPORTER:
            return ""
        return claim["partner"]

    def _mirror_text(self, claim, f: Figure) -> str:
        """Why the partner's record of a flow is not the claim's figure."""
        name = self.names.get
        seller, buyer, _ = ends(claim["reporter"], claim["partner"], claim["flow"])
        theirs = (
            f"{_possessive(name(buyer, buyer))} imports from {name(seller, seller)}"
            if f.reporter == buyer
            else f"{_possessive(name(seller, seller))} exports to {name(buyer, buyer)}"
        )
        mine = (
            f"{_possessive(name(seller, seller))} exports to {name(buyer, buyer)}"
            if f.reporter == buyer
            else f"{_possessive(name(buyer, buyer))} imports from {name(seller, seller)}"
        )
        reporter = _possessive(name(f.reporter, f.reporter))
        return (
            f"Only the mirror record is held: {theirs} ({figure(f.value, f.unit)} for"
            f" {f.period}), {reporter} record of the flow the claim gives as {mine}. The two"
            " countries' records of one flow are not like for like (exports are valued at the"
            " seller's border, imports with freight and insurance; shipments are dated, routed"
            " and classified differently, and some are withheld as confidential)."
        )

    def scope(self, f: Figure, claim) -> str:
        """What the record's series counts, when curated as broader than the word usually
        means (factcheck/curation/product_scopes.csv)."""
        return derive.product_scope(self.families.get(f.source_id, ""), claim["product"])

    def _other_basis(self, claim, primary: Figure) -> str:
        """For a rank whose sentence does not say what is ranked (crude alone, or crude with
        oil products): the place on the other basis, when it differs from the one used."""
        notes = claim["reading_notes"].split(";")
        product = claim["product"]
        if "indicator_inferred" not in notes or product not in OIL_BASES:
            return ""
        texts = []
        for other in OIL_BASES:
            if other == product:
                continue
            shifted = claim.copy()
            shifted["product"] = other
            found = [f for f in self._ranks(shifted, claim["period"], "year")]
            found = [f for f in found if f.tier == primary.tier and f.low == f.high]
            if not found or any(round(f.value) == round(primary.value) for f in found):
                continue
            f = min(found, key=lambda f: (f.reporter != primary.reporter, f.source_id))
            texts.append(
                f"on {PRODUCT_WORDS[other]} alone the place is {figure(f.value, 'rank')}"
                f" ({self._record_text(f)})"
            )
        if not texts:
            return ""
        return (
            f"The sentence does not say what is ranked; it is read as"
            f" {PRODUCT_WORDS[product]} (taken from the rest of the document), giving"
            f" {figure(primary.value, 'rank')}, but " + "; ".join(texts) + "."
            " Which basis is meant is a guess, so no negative verdict rests on it."
        )

    def _target(self, claim, head) -> dict:
        period = claim["period"]
        head += " This is a goal or forecast, not a statement of what was recorded."
        if not period[-4:].isdigit():
            return self._outcome(
                "unverifiable",
                f"{head} It gives no deadline, so it can be neither met nor missed."
                + self._latest_text(claim),
            )
        deadline = int(period[-4:])
        if deadline >= self.today.year:
            return self._outcome(
                "target_not_due",
                f"{head} Its deadline, {deadline}, has not passed." + self._latest_text(claim),
            )
        found = self.figures(claim, str(deadline), "year")
        found, _own, _spoken = self.independent(claim, found)
        if not found:
            return self._outcome(
                "unverifiable",
                f"{head} Nothing is recorded for {deadline}, its deadline."
                + self._nearby_text(claim, []),
            )
        best = min(TIER_RANK[f.tier] for f in found)
        # A goal of going down to the figure ("cut imports to 15 bcm") has no lower end: it is
        # met at or below the figure, and the lowest record is the one nearest to meeting it.
        downward = _missing(claim.get("value_low")) and not _missing(claim.get("value_high"))
        sign = 1 if downward else -1
        group = sorted(
            (f for f in found if TIER_RANK[f.tier] == best), key=lambda f: sign * f.value
        )
        top = group[0]
        # A goal written as a range ("between 6.5 and 7 million") is reached at its bottom.
        low, high = claim.get("value_low"), claim.get("value_high")
        ranged = not downward and not _missing(low) and not _missing(high) and low < high
        goal = low if ranged else claim["value"]
        met = top.value <= goal if downward else top.value >= goal
        short = abs(goal - top.value) / goal * 100
        verdict = "target_met" if met else "target_missed"
        parts = [head, f"{self._record_text(top)}."]
        if met:
            parts.append(
                "The goal was reached"
                + (
                    f": the record is within or above its range from {figure(low, claim['unit'])}"
                    f" to {figure(high, claim['unit'])}."
                    if ranged
                    else "."
                )
            )
        else:
            which, off = ("lowest", "above") if downward else ("highest", "short of")
            parts.append(
                f"The goal was missed: the {which} record for {deadline} is {short:.0f}% {off}"
                f" {figure(goal, claim['unit'])}"
                + (", the bottom of its range." if ranged else ".")
            )
        if group[1:]:
            parts.append("Also recorded: " + self._list(group[1:]) + ".")
        if top.caveat:  # as for any verdict: what the deciding record assumes
            parts.append(f"Caveat: {top.caveat}.")
        label = SCALE[verdict].label + ("" if met else f" by {short:.0f}%")
        blocking = set(claim["reading_notes"].split(";")) & NOTES_BLOCKING_NEGATIVE
        if not met and blocking:
            parts.append("The reading is not confident, so the outcome is left for review.")
            verdict, label = "needs_review", None
        return self._outcome(verdict, " ".join(parts), top, label=label)

    # ------------------------------------------------------------------ words

    def view(self, f: Figure) -> str:
        if f.tier != "official_release" or not f.reporter:
            return ""
        return f"{self.names.get(f.reporter, f.reporter)}-reported"

    def series(self, f: Figure) -> str:
        if f.tier == "official_release":
            label = self.publishers.get(f.source_id, f.source_id)
            view = self.view(f)
            label += f" ({view})" if view else ""
        else:
            label = TIER_WORDS[f.tier]
        return f"{label} · {f.breakdown}" if f.breakdown else label

    def _record_text(self, f: Figure, twins: list[Figure] = ()) -> str:
        publisher = self.publishers.get(f.source_id, f.source_id)
        who = source_words(publisher, self.titles.get(f.source_id, ""))
        titles = [t for t in dict.fromkeys(self.titles.get(g.source_id, "") for g in twins) if t]
        if titles:
            # Two records of one publisher with the same figure are one confirmation, not two.
            who += "".join(f" and “{t}”" for t in titles)
            who += " (identical: one publisher, so one confirmation)"
        view = self.view(f)
        view_text = f", as {view.removesuffix('-reported')} recorded it" if view else ""
        value = self._value_text(f)
        span = derive.span_of(f.period)
        if span is not None:
            return f"{who} [{TIER_WORDS[f.tier]}]{view_text}: " + self._span_text(f, value, span)
        return (
            f"{who} [{TIER_WORDS[f.tier]}]{view_text}: {value} for {f.period}"
            f" ({f.method}{'; ' + f.breakdown if f.breakdown else ''})"
        )

    def _span_text(self, f: Figure, value: str, span: tuple[int, int]) -> str:
        """A statement covering every year of a span, as the statement itself: the span, the
        curated reading of it and the words quoted (no per-year figure exists)."""
        first, last = span
        gloss = self._span_notes().get((f.source_id, f.period), "")
        quote = " ".join(self.quotes.get(f.source_id, "").split())
        return (
            f"{value} in every year {first}–{last}{' (' + f.breakdown + ')' if f.breakdown else ''}"
            f" — one statement covering the whole span, not a figure recorded for each year"
            f"{' (' + gloss + ')' if gloss else ''}"
            f"{'; it says: “' + quote + '”' if quote else ''}"
        )

    def _span_notes(self) -> dict[tuple[str, str], str]:
        """(source, span) -> the curated note saying what a span statement covers."""

        def build() -> dict[tuple[str, str], str]:
            rows = self.observations[self.observations["period_type"] == "year_span"]
            notes = (n.split("; raw unit:")[0] for n in rows["note"].tolist())
            keys = zip(rows["source_id"].tolist(), rows["period"].tolist(), strict=True)
            return dict(zip(keys, notes, strict=True))

        return held_on(self.observations, "span notes", build)

    @staticmethod
    def _value_text(f: Figure) -> str:
        """A record's value as written: a change in percent with its sign ('−40.1%')."""
        if f.unit in ("percent", "percentage_points") and (" vs " in f.period or f.value < 0):
            sign = f"{f.value:+.1f}".replace("-", "−")
            return sign + ("%" if f.unit == "percent" else " percentage points")
        return figure(f.value, f.unit)

    def _twin(self, a: Figure, b: Figure) -> bool:
        """Two records of one publisher carrying the same figure for the same view and period."""
        return (
            a.source_id != b.source_id
            and self.publishers.get(a.source_id) == self.publishers.get(b.source_id)
            and (a.reporter, a.period, a.unit, a.tier) == (b.reporter, b.period, b.unit, b.tier)
            and math.isclose(a.value, b.value, rel_tol=1e-9, abs_tol=1e-9)
        )

    def _list(self, figures, primary=None, claim=None) -> str:
        seen, unique = set(), []
        for f in figures:
            key = (f.source_id, f.reporter, f.period, round(f.value, 9))
            if key not in seen:
                seen.add(key)
                unique.append(f)
        # Whose record the gaps to the other view are measured from: the one checked.
        checked = (
            _possessive(self.names.get(primary.reporter, primary.reporter))
            if primary is not None and primary.reporter
            else ""
        )
        parts, used = [], set()
        for i, f in enumerate(unique):
            if i in used:
                continue
            twins = [
                g for j, g in enumerate(unique[i + 1 :], i + 1)
                if j not in used and self._twin(f, g) and not used.add(j)
            ]  # fmt: skip
            # The same page giving the figure twice (as published, and from its parts).
            kin = [
                (j, g) for j, g in enumerate(unique[i + 1 :], i + 1)
                if j not in used and g.source_id == f.source_id
                and (g.reporter, g.period) == (f.reporter, f.period)
            ]  # fmt: skip
            text = self._record_text(f, twins)
            for j, g in kin:
                used.add(j)
                text += (
                    f"; the same source also gives {figure(g.value, g.unit)} for {g.period}"
                    f" ({g.method})"
                )
            if checked and f.reporter != primary.reporter and f.unit == "percent":
                # Two views of a change or a share differ by points, not by a percent of one.
                points = primary.value - f.value
                side = "above" if points >= 0 else "below"
                text += (
                    f" ({checked} figure, checked above, is {abs(points):.1f} percentage points"
                    f" {side} this one: the gap between views)"
                )
            elif checked and f.reporter != primary.reporter and f.unit != "rank":
                gap = gap_percent(primary.value, f.value)
                side = "above" if gap >= 0 else "below"
                text += (
                    f" ({checked} record, checked above, is {abs(gap):.0f}% {side} this one:"
                    " the gap between views)"
                )
            parts.append(text)
        return "; ".join(parts[:4])

    def _distance(self, claim, f: Figure, miss: float) -> str:
        if claim["unit"] == "rank":
            return (
                ", the same place"
                if round(claim["value"]) == round(f.value)
                else (", a different place")
            )
        if miss == 0:
            return ", so the claim holds"
        if math.isinf(miss) and claim["flow"] == "balance":
            said = "surplus" if claim["value"] > 0 else "deficit"
            return f", a {said} claimed where the record is the opposite"
        if math.isinf(miss):
            return ", the opposite direction of change"
        change = claim["measure"] == "change"
        if claim["unit"] in ("percent", "percentage_points"):
            # A share or a change written in percent differs from the record by percentage
            # points first; the verdict scale weighs the gap relative to the record, so that
            # follows ("45%" against 33.9% is 11.1 points, a third more).
            points = abs(claim["value"]) - abs(f.value) if change else claim["value"] - f.value
            if round(points, 1) == 0:
                return ", so the claim holds"
            size = (
                ("larger" if points > 0 else "smaller")
                if change
                else ("above it" if points > 0 else "below it")
            )
            subject = "the claimed change" if change else "the claim"
            relative = (
                f", {abs(miss):.1f}% {'more' if miss > 0 else 'less'} than the record"
                if round(abs(miss), 1) and not math.isinf(miss)
                else ""
            )
            return f", so {subject} is {abs(points):.1f} percentage points {size}{relative}"
        if round(abs(miss), 1) == 0:
            return ", so the claim matches it"
        text = f", so the claim is {abs(miss):.1f}% {'above' if miss > 0 else 'below'} it"
        if change:
            size = "larger" if miss > 0 else "smaller"
            text = f", so the claimed change is {abs(miss):.1f}% {size}"
        elif claim["flow"] == "balance" and claim["value"] < 0 and f.value < 0:
            # Two deficits: "above" a negative number would read as a smaller deficit.
            size = "larger" if claim["value"] < f.value else "smaller"
            text = f", so the claimed deficit is {abs(miss):.1f}% {size}"
        return text

    def _nearby_text(self, claim, used: list[Figure]) -> str:
        """What is recorded near the claim's period and why it was not used (for a balance
        no release gives, first the flows recorded apart)."""
        apart = "" if used else self._flows_apart(claim)
        return apart + self._nearby_records(claim, used)

    def _flows_apart(self, claim) -> str:
        """For a trade balance no release gives: its owner's exports and imports of the period
        that are recorded, each in another release (a balance is worked out from one release's
        exports and imports of one reporter only)."""
        if claim["flow"] != "balance" or not claim["period"][:4].isdigit():
            return ""
        granularity = _granularity(claim["period_granularity"])
        shown = []
        for flow in ("export", "import"):
            one = claim.copy()
            one["flow"], one["indicator"], one["product"] = flow, "merchandise_trade", "TOTAL"
            kept = self.independent(one, self.figures(one, claim["period"], granularity))[0]
            kept = [
                f for f in kept
                if f.reporter == claim["reporter"] and f.method == "as published"
                and TIER_RANK[f.tier] <= TIER_RANK["official_reported"]
            ]  # fmt: skip
            if not kept:
                return ""
            shown.append(self._record_text(min(kept, key=lambda f: (TIER_RANK[f.tier],
                                                                   f.source_id))))  # fmt: skip
        return (
            f" Exports and imports of {claim['period']} are recorded, but not in one release:"
            f" exports, {shown[0]}; imports, {shown[1]}. A balance is worked out only from the"
            " exports and imports of one reporter in one release, so none is worked out from"
            " these."
        )

    def _nearby_records(self, claim, used: list[Figure]) -> str:
        if not claim["period"][:4].isdigit():
            latest = self._latest_text(claim)
            return latest
        # A change whose two levels are recorded (apart): those levels, not changes of other
        # years, are what a reader needs.
        apart = "" if used else self._levels_apart(claim)
        if apart:
            return apart
        year = _year(claim)
        near = []
        for p in self._periods_near(claim, span=3):
            if p == claim["period"]:
                continue
            shifted = claim.copy()
            shifted["period"] = p
            if claim["base_period"]:
                shifted["base_period"] = _shift(claim["base_period"], int(p[:4]) - year)
            for f in self.figures(shifted, p, _granularity(claim["period_granularity"])):
                if TIER_RANK[f.tier] <= TIER_RANK["official_reported"] and not (
                    derive.span_of(f.period) and _listed(f, near)
                ):
                    near.append(f)
        if not near:
            other = self._other_granularity(claim)
            if other:
                return " " + other
            uncredited = self._uncredited(claim)
            if uncredited:
                return uncredited
            aside = self._aside_nearby(claim)
            if aside:
                return " Recorded nearby: " + "; ".join(aside) + "."
            if used:
                return (
                    " Nothing else is recorded for this quantity within three years of"
                    f" {claim['period']}; nothing is estimated in its place."
                )
            return (
                f" Nothing is recorded for this quantity for {claim['period']} or within three"
                " years of it; nothing is estimated in its place."
            )
        near.sort(key=lambda f: (abs(f.year - year), f.period, f.source_id))
        reasons = []
        for f in near[:3]:
            why = "a different period"
            if _crosses_break(claim, year, f.year):  # a reason more, never the only one
                why += f", and across the {BREAKS.get(claim['indicator'], 'documented')} break"
            reasons.append(f"{self._record_text(f)} — not used: {why}")
        low, high = min(near, key=lambda f: f.value), max(near, key=lambda f: f.value)
        spread = (
            f" Across {len(near)} record(s) for nearby periods other than {claim['period']},"
            f" the values run from {self._value_text(low)} to {self._value_text(high)}."
        )
        return " Recorded nearby: " + "; ".join(reasons) + "." + spread

    def _uncredited(self, claim) -> str:
        """A gas partner Eurostat's monthly table names for the claim's period that the level
        table does not credit as a supplier (a partner of border entry the curated entry table
        does not assign, LNG cargo countries among them): named, with why it is not used."""
        if not claim["indicator"].startswith("gas_import") or claim["partner"] in ("", "WLD"):
            return ""
        value = self._uncredited_gas().get((claim["reporter"], claim["partner"], claim["period"]))
        if value is None:
            return ""
        name = self.names.get(claim["partner"], claim["partner"])
        title = self.titles.get(derive.EUROSTAT_MONTHLY, derive.EUROSTAT_MONTHLY)
        return (
            f" Recorded but not credited to a supplier: Eurostat (“{title}”) lists {name} for"
            f" {claim['period']} with {figure(value, 'bcm')} of gas;"
            f" {derive.UNASSIGNED_EUROSTAT_PARTNER}, so no share or place of {name} is worked"
            " out from it, and nothing is estimated in its place."
        )

    def _uncredited_gas(self) -> dict[tuple[str, str, str], float]:
        """(reporter, partner, period) -> bcm of Eurostat's monthly gas rows whose partner no
        curated entry credits to an origin (worked out once per observations table)."""

        def build() -> dict[tuple[str, str, str], float]:
            obs = self.observations
            entries = derive.entry_points()
            credited = set(entries.loc[entries["source_family"] == "eurostat", "entry"])
            rows = obs[
                (obs["source_id"] == derive.EUROSTAT_MONTHLY)
                & (obs["indicator"] == "gas_imports")
                & (obs["product"] == "natural_gas")
                & (obs["unit"] == "bcm")
                & ~obs["partner"].isin(credited)
            ]
            rows = rows.drop_duplicates(["reporter", "partner", "period"])  # the first of each
            keys = zip(rows["reporter"], rows["partner"], rows["period"], strict=True)
            return dict(zip(keys, rows["value"].tolist(), strict=True))

        return held_on(self.observations, "uncredited gas", build)

    def _levels_apart(self, claim) -> str:
        """For a change no release gives: the levels of its two periods that are recorded,
        each from another release (a change is computed within one release only)."""
        if claim["measure"] != "change" or not claim["base_period"]:
            return ""
        granularity = _granularity(claim["period_granularity"])
        rows = self.rows(claim)
        ends_of = [
            self.independent(claim, derive.figures_at(rows, p, granularity))[0]
            for p in (claim["period"], claim["base_period"])
        ]
        if not all(ends_of):
            return ""
        shown = [
            self._record_text(min(found, key=lambda f: (TIER_RANK[f.tier], f.source_id)))
            for found in ends_of
        ]
        return (
            f" Levels are recorded for both periods, but not in one release: {shown[0]}; and"
            f" {shown[1]}. A change is worked out only within one release (one source, edition"
            " and view, figures as published), so none is worked out from these."
        )

    def _aside_nearby(self, claim) -> list[str]:
        """What is recorded within three years of the claim's period that is not its quantity
        as read, each with why it was not used: a statement or unattributed figure for
        another period, and the same indicator between the same countries counted for another
        breakdown ('Gazprom' for a claim naming none). Never the document's own records or its
        speaker's own statements."""
        if claim["measure"] == "capacity" or claim["indicator"] in DESIGN_INDICATORS:
            return []
        year, granularity = _year(claim), _granularity(claim["period_granularity"])
        own_scope = claim["breakdown"].strip()
        names = FAMILY.get(claim["indicator"], (claim["indicator"],))
        # Only breakdowns recorded between the claim's two countries can answer it (rows()
        # keeps that pair alone): the others, another pair's routes say, were each looked up
        # for nothing.
        recorded = self.lookup.between(*ends(claim["reporter"], claim["partner"], claim["flow"]))
        recorded = recorded[recorded["indicator"].isin(names)]
        # The whole is always looked at: a rank of the whole is computed from partner tables,
        # not stored as the pair's rows.
        others = (set(recorded["breakdown"]) | {""}) - {own_scope}
        scopes = [own_scope, *sorted(b for b in others if b.strip().lower() != own_scope.lower())]
        found: list[tuple[Figure, str]] = []
        for scope in scopes:
            for p in self._periods_near(claim, span=3):
                if scope == own_scope and p == claim["period"]:
                    continue  # the claim's own quantity and period: already looked at
                shifted = claim.copy()
                shifted["period"], shifted["breakdown"] = p, scope
                if claim["base_period"]:
                    shifted["base_period"] = _shift(claim["base_period"], int(p[:4]) - year)
                for f in self.figures(shifted, p, granularity):
                    if scope == own_scope and TIER_RANK[f.tier] <= TIER_RANK["official_reported"]:
                        continue  # listed, when there are any, as the quantity's own
                    if derive.span_of(f.period) and _listed(f, [g for g, _ in found]):
                        continue  # a statement covering several of these years: once
                    within = _covers(f, claim["period"])
                    why = [] if p == claim["period"] or within else ["a different period"]
                    if scope and not own_scope:
                        # The claim was read as the whole country's (its words may still
                        # name the company: "Gazprom's second largest market").
                        why.append(f"counted for {scope} alone, not for the whole country")
                    elif scope != own_scope:
                        why.append(f"counted for {scope or 'the whole'}, not for {own_scope}")
                    found.append((f, "; ".join(why)))
        kept, _, _ = self.independent(claim, [f for f, _ in found])
        found = [(f, why) for f, why in found if any(f is k for k in kept)]
        found.sort(key=lambda x: (abs(x[0].year - year), TIER_RANK[x[0].tier], x[0].period))
        return [f"{self._record_text(f)} — not used: {why}" for f, why in found[:3]]

    def _other_granularity(self, claim) -> str:
        """A year total for a month claim (or the reverse): named, never compared."""
        if claim["measure"] not in ("level", "target"):
            return ""
        rows = self.rows(claim)
        same_year = rows["period"].str[:4] == claim["period"][:4]
        # Another length of period only: a claim for a year is not answered "at another
        # granularity" by a level held as of that year (it was listed beside itself).
        own = ev.FULL_YEAR_TYPES if _granularity(claim["period_granularity"]) == "year" else ()
        rows = rows[(rows["unit"] == claim["unit"]) & same_year & ~rows["ptype"].isin(own)]
        if rows.empty:
            return ""
        r, whose = self._independent_first(claim, rows)
        return (
            f"Recorded for the same year at another granularity: {figure(r['value'], r['unit'])}"
            f" for {r['period']} ({self.titles.get(r['source_id'], r['source_id'])}){whose}"
            " — not used: a different length of period."
        )

    def _independent_first(self, claim, rows: pd.DataFrame) -> tuple[pd.Series, str]:
        """The first row not said by the claim's own speaker; if every row is the speaker's,
        the first, with words saying whose it is (a speaker never confirms themselves)."""
        speaker = self.claim_speaker(claim)
        if not speaker:
            return rows.iloc[0], ""
        own = [
            r["tier"] in STATEMENT_TIERS and self.record_speaker(r["source_id"]).same_as(speaker)
            for _, r in rows.iterrows()
        ]
        others = rows[[not o for o in own]]
        if not others.empty:
            return others.iloc[0], ""
        return rows.iloc[0], f", the claim's own speaker ({speaker.words()}), not independent"

    def _latest_text(self, claim) -> str:
        key, build = self._unit_rows_query(claim, claim["unit"], None, None, None)

        def latest() -> pd.DataFrame:
            rows = self.lookup.kept(key, build)
            rows = rows[rows["ptype"].isin(["year", "as_of"])]
            if rows.empty:
                return rows
            rows = rows.sort_values("period", ascending=False)
            return rows[rows["period"] == rows["period"].iloc[0]]

        rows = self.lookup.kept(("latest", key), latest)
        if rows.empty:
            return ""
        r, whose = self._independent_first(claim, rows)
        return (
            f" Latest record: {figure(r['value'], r['unit'])} for {r['period']}"
            f" ({self.titles.get(r['source_id'], r['source_id'])}){whose}."
        )

    def _any_related(self, claim) -> Figure | None:
        """For an impossible magnitude: the nearest record of the indicator, any pair."""
        t = self.levels[
            (self.levels["indicator"] == claim["indicator"])
            & (self.levels["unit"] == claim["unit"])
        ]
        if t.empty:
            return None
        r = t.sort_values(["period", "source_id"]).iloc[-1].to_dict()
        f = derive._figure(r)
        f.method = f"related record ({r['method']}), not the same quantity"
        return f

    def _outcome(
        self,
        verdict: str,
        explanation: str,
        cited: Figure | None = None,
        gap: float = math.nan,
        other_evidence: str = "",
        label: str | None = None,
    ) -> dict:
        scale = SCALE[verdict]
        if verdict in ("unverifiable", "target_not_due"):
            cited = None
        recorded = {
            "recorded_value": cited.value if cited else math.nan,
            "recorded_unit": cited.unit if cited else "",
            "recorded_period": cited.period if cited else "",
            "source": cited.source_id if cited else "",
            "source_title": self.titles.get(cited.source_id, "") if cited else "",
            "publisher": self.publishers.get(cited.source_id, "") if cited else "",
            "tier": cited.tier if cited else "",
            "view": self.view(cited) if cited else "",
            "method": cited.method if cited else "",
        }
        return recorded | {
            "gap_percent": gap,
            "verdict": scale.key,
            "verdict_label": label or scale.label,
            "rating": math.nan if scale.rating is None else scale.rating,
            "explanation": " ".join(explanation.split()),
            "other_evidence": other_evidence,
        }


def _listed(f: Figure, figures: list[Figure]) -> bool:
    """True when the same record (a span statement found again for another year) is listed."""
    key = (f.source_id, f.period, f.value, f.reporter, f.breakdown)
    return any((g.source_id, g.period, g.value, g.reporter, g.breakdown) == key for g in figures)


def _covers(f: Figure, period: str) -> bool:
    """True when `f` is a statement covering every year of a span that holds `period`."""
    span = derive.span_of(f.period)
    return span is not None and period[:4].isdigit() and span[0] <= int(period[:4]) <= span[1]


def _times(factor: float) -> str:
    words = {2.0: "twice", 3.0: "three times", 4.0: "four times"}
    return words.get(factor, f"{factor:g} times")


def _paragraph(text: str, start: int, end: int) -> str:
    """The paragraph holding text[start:end]."""
    left = text.rfind("\n\n", 0, start)
    right = text.find("\n\n", end)
    return text[left + 1 if left >= 0 else 0 : right if right >= 0 else len(text)]


def _from_evidence(e) -> Figure:
    return Figure(
        e.value, e.unit, str(e.year), e.source_id, "", e.tier, e.reporter, e.method, e.breakdown
    )


def _flow_for(level: str, flow: str) -> str:
    if level in ("gas_imports", "oil_imports"):
        return flow if flow in ("import", "export") else "import"
    return flow


def _granularity(granularity: str) -> str:
    return "year" if granularity in ("year", "none", "") else granularity


def _year(claim) -> int:
    return int(claim["period"][:4])


def _shift(period: str, years: int) -> str:
    return re.sub(r"\d{4}", lambda m: str(int(m.group()) + years), period)


def _rated_measure(claim) -> str:
    """The measure a claim is rated as: a trade balance's level is rated by sign, then size
    (a deficit against a surplus is wrong)."""
    if claim["flow"] == "balance" and claim["measure"] == "level":
        return "balance"
    return claim["measure"]


def _crosses_break(claim, year: int, other: int) -> bool:
    low, high = sorted([year, other])
    cut = BREAKS.get(claim["indicator"])
    if cut is not None and (low < cut <= high or low <= cut < high):
        return True
    for name, start in PIPELINE_START.items():
        if name in claim["breakdown"].lower() and low < start <= high:
            return True
    return False


def _impossible(flag: str) -> bool:
    return flag.startswith("implausible") or "impossible" in flag


__all__ = ["CLAIM_COLUMNS", "VERDICT_COLUMNS", "check_claims", "evidence_table"]


def _missing(value) -> bool:
    """A band end that is not given (None, NaN or an empty cell)."""
    if value is None or value == "":
        return True
    try:
        return math.isnan(float(value))
    except (TypeError, ValueError):
        return True
