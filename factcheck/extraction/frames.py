"""One claim frame per figure: its reading assembled from the clause, the sentence, the
sentences before it and, only last, the document.

Reading goes in text order so that a figure can take what its sentence or the sentence before
it said ("In 2017, it was $22.3 billion" continues the trade sentence before it; "( 25 mln tons
oil)" is an apposition of the figure it follows). Whatever was not read but inferred is named
in `reading_notes`.
"""

import bisect
import itertools
import math
import re
from dataclasses import dataclass, field
from functools import cached_property

from factcheck.evidence import SYMMETRIC_BREAKDOWNS
from factcheck.extraction import balance as bal
from factcheck.extraction import events as ev
from factcheck.extraction import periods as pr
from factcheck.extraction import reading as rd
from factcheck.extraction.context import TextLayout, hedge_before
from factcheck.extraction.masks import YEAR
from factcheck.extraction.quantities import MULTIPLE_NOUN, MULTIPLE_NOUN_DOWN, Quantity
from factcheck.extraction.roles import (
    Direction,
    direction_from,
    flow_kind,
    possessive_role,
    read_mentions,
)
from validation.claim_vocabulary import HEDGES, PERCENT_CEILING, PLAUSIBLE_CEILINGS
from validation.reading_vocabulary import (
    CAUSE_VERBS,
    MUTUAL_INVESTMENT_WORDS,
    NEW_FIRM_WORDS,
    ONE_ROUTE_NOUNS,
    TIME_OPENERS,
    alternation,
)

# Gas flows a route carries part of (a route's figure is never the whole's).
_OWN_FLOW_BEFORE = re.compile(r"\b(?:imports|exports|purchases|consumption|demand)\b", re.I)
_GAS_FLOWS = frozenset({"gas_imports", "gas_entry_flow", "gas_supplier_sales"})
# A clause also ends where a 'when' clause describes the year before it ("up from 19pc in 2017
# when Iraqi grades dominated").
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]]|\s[–—-]\s|\b(?:while|whereas|but|of which|and\s+the)\b|(?<=\d{4})\s+when\b"
    r"|[→⇒➔➡]|\s=>\s|\s->\s"  # a post's arrow to a conclusion ("... in 2018 → regas capacity")
)
# A verb of exceeding under a negation: the figure is a ceiling ("has never exceeded",
# "did not top", "has yet to pass", "never rose above").
_NEGATED_BOUND = re.compile(
    r"\b(?:(?P<never>never)|not|n[’']t|yet\s+to|failed\s+to)\s+(?:(?:been|gone|risen|climbed"
    r"|really|once|even|ever|yet|so\s+far)\s+)*(?:exceed(?:ed|s)?|top(?:ped|s)?|surpass(?:ed|es)?"
    r"|pass(?:ed|es)?|above|beyond|over|rose\s+above|gone\s+above|risen\s+above|hit)\s+"
    r"(?:the\s+)?(?:(?:about|around|some|roughly|nearly|almost)\s+)?(?:\$\s?|us\$\s?|€\s?)?$",
    re.IGNORECASE,
)
_IN_ANY_YEAR = re.compile(
    r"\s*(?:in\s+(?:any|a\s+single)\s+(?:single\s+)?(?:year|month)|at\s+any\s+(?:time|point)"
    r"|in\s+(?:its|their)\s+history|ever)\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"\b(?:is|are|remains?|meets?|consists?|accounts?|makes?\s+up|holds?|has|have|secures?"
    r"|allows?|becomes?|exceeds|tops|totals|stands)\b",
    re.IGNORECASE,
)
_TOTALITY = re.compile(r"\b(?:total|overall|in\s+general|all)\b", re.IGNORECASE)
_EXPLICIT_PAIR = re.compile(
    # never "bilateral imports", "mutual exports": one flow of the pair's trade
    r"\b(?:(?:bilateral|mutual)(?!\s+(?:[\w-]+\s+)?(?:exports?|imports?|shipments|purchases"
    r"|sales|deliveries)\b)|our\s+(?:trade|turnover)|two\s+countries|both\s+countries"
    r"|between\s+the\s+two)\b",
    re.IGNORECASE,
)
_IMPORT_DEPENDENCE = re.compile(
    r"\bdemand\b.{0,60}\bimports?\b|\bimports?\b.{0,40}\bdemand\b|import\s+dependen", re.I
)
# An HS code written in brackets beside the goods it names: "(HS 27)", "(HS chapter 84)",
# "(HS code 0805)".
_HS_CODE = re.compile(
    r"\(\s*HS\s?(?:chapter\s+|code\s+|heading\s+)?(?P<code>\d{2}(?:\d{2}){0,2})\s*\)", re.I
)
# "$1.2 billion worth of fats and oils (HS 15)", "$757 million of fruit and nuts (HS 08)": the
# goods and their code written right after the figure.
_HS_AFTER = re.compile(
    r"\s*(?:worth\s+(?:of\s+)?|of\s+)(?:[A-Za-z][\w'’-]*,?\s+){0,8}?(?=\(\s*HS\b)", re.I
)


def _hs_code_of(text, sentence_start, clause_end, quantity, others) -> re.Match[str] | None:
    """The HS code of the goods a figure counts: written right after it ("$1.2 billion worth
    of fats and oils (HS 15)"), else the nearest written before it in its sentence ("machinery
    (HS 84) reached $1.1 bn, while vehicles (HS 87) reached $360 mln": the second is HS 87)."""
    after = _HS_AFTER.match(text, quantity.end)  # a bracket ends the clause: the code opens it
    if (
        after
        and after.end() <= clause_end
        and not any(quantity.end <= a < after.end() for a, _ in others)
    ):
        return _HS_CODE.match(text, after.end())
    before = list(_HS_CODE.finditer(text, sentence_start, quantity.start))
    return before[-1] if before else None


_HOLDINGS = frozenset(
    {"investment_stock", "fdi_flow", "firms_with_partner_capital", "construction_contracts"}
)
_MUTUAL_INVESTMENT = re.compile(rf"\b(?:{alternation(MUTUAL_INVESTMENT_WORDS)})\b", re.I)
_NEW_FIRMS = re.compile(rf"\b(?:{alternation(NEW_FIRM_WORDS)})\b", re.I)
_COMPOSITION = re.compile(r"\bof\s+(?:total\s+|its\s+|their\s+)?(exports|imports)\b", re.I)
_APPOSITION = re.compile(r"^\s*\(\s*$")
# "21.34 bcm in 2023, or 42.27% of imports": the figure after ', or' restates the one before.
_OR_RESTATED = re.compile(
    r"\s*(?:of\s+[^,.;:()\d$€%]{1,60}?)?(?:(?:in|during)\s+(?:19|20)\d\d\s*)?,\s*or\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+"
    r"|roughly\s+|almost\s+|just\s+over\s+|over\s+|more\s+than\s+)?(?:US\$|\$|€)?\s*",
    re.IGNORECASE,
)
_GOAL_SET_IN = re.compile(
    r"\b(?:set|sets|setting|announced|agreed|adopted|proposed|declared|unveiled|outlined"
    r"|put\s+forward|first\s+(?:mentioned|voiced|named))\b",
    re.IGNORECASE,
)
CONTEXT_SENTENCES = 3
SUBNATIONAL = "sub-national: "  # a breakdown naming the province or city a figure counts
ACROSS_PARAGRAPHS = "no period in its paragraph; taken from the paragraph before"
# A period counted from the document's date ("last year") when the date is not given.
UNDATED = "the document's date is not known"
FROM_A_GUESS = "no period in its sentence; taken from a figure whose period was inferred"
SEVERAL_PERIODS = "'that year' may point to any of several periods named before; the nearest"
SEVERAL_BEFORE = (
    "no period in its sentence; the sentence before gives its figures several periods: taken"
    " from its first figure"
)
CONTEXT_FIGURES = 6  # the nearest figures before are enough context, and keep reading linear


@dataclass
class Read:
    """What one figure was read as, kept so later figures can take their context from it."""

    sentence: int
    paragraph: int
    topic: str
    period: str
    granularity: str
    basis: str
    note: str
    direction: Direction
    indicator: str
    row: dict
    base: bool = False  # a comparison base ("down from 31% in 2020"): it dates nothing else


@dataclass
class DocumentContext:
    text: str
    layout: TextLayout
    pattern: re.Pattern[str]
    terms: dict[str, tuple[str, str]]
    main_pair: tuple[str, str]
    document_year: int | None
    document_month: int | None
    read: list[Read] = field(default_factory=list)
    mentions_by_sentence: dict[int, list[pr.Mention]] = field(default_factory=dict)
    decimal_comma: bool = False
    # (dots group thousands: True, mark decimals: False, unknown: None; spaces group them)
    thousands: tuple[bool | None, bool] = (None, False)
    date_said: str = "read against the document's date"
    country_mentions: dict[int, list] = field(default_factory=dict)

    @cached_property
    def oil_basis(self) -> str:
        return rd.document_oil_basis(self.text)

    def mentions_between(self, start: int, end: int, position: int) -> list:
        """Country mentions in text[start:end], read once per sentence and then filtered."""
        sentence = self.layout.sentence_index(position)
        if sentence not in self.country_mentions:
            low, high = self.layout.sentence(position)
            self.country_mentions[sentence] = read_mentions(
                self.text, low, high, self.pattern, self.terms
            )
        return [m for m in self.country_mentions[sentence] if start <= m.position < end]

    def sentence_before(self, index: int) -> int:
        """The nearest earlier sentence that holds words (a paragraph break is not one)."""
        starts = self.layout.sentence_starts
        while index > 0:
            index -= 1
            end = starts[index + 1] if index + 1 < len(starts) else len(self.text)
            if self.text[starts[index] : end].strip():
                return index
        return 0

    def recent(self, sentence: int, paragraph: int | None = None) -> list[Read]:
        """Figures read earlier in this sentence or the few before it, nearest first."""
        found = []
        for read in reversed(self.read):  # text order: stop at the first one too far back
            if read.sentence < sentence - CONTEXT_SENTENCES or len(found) == CONTEXT_FIGURES:
                break
            if read.sentence <= sentence and (paragraph is None or read.paragraph == paragraph):
                found.append(read)
        return found


def frame_row(ctx: DocumentContext, quantity: Quantity, others: list[tuple[int, int]]) -> dict:
    """The claim frame of one figure (the Claim model's columns but claim_id and title)."""
    text, layout = ctx.text, ctx.layout
    notes: list[str] = []
    sentence_start, sentence_end = layout.context(quantity.start, quantity.end)
    sentence_index = layout.sentence_index(quantity.start)
    paragraph_index = layout.paragraph_index(quantity.start)
    clause_start, clause_end = _clause(text, sentence_start, sentence_end, quantity)
    clause, sentence = text[clause_start:clause_end], text[sentence_start:sentence_end]
    apposition = _apposition_of(ctx, quantity)

    # "... $58.8 billion as Turkey bought more Russian oil": the cause names no goods counted
    cause = _CAUSE_AFTER.search(text, clause_end, sentence_end)
    told = text[sentence_start : cause.start()] if cause else sentence
    topic = rd.topic_of(quantity, clause, told)
    if not topic and apposition:
        topic = apposition.topic
    if not topic and rd.plant_of(text, (sentence_start, sentence_end), clause_end,
                                 ctx.layout.sentence_starts[max(0, sentence_index - 3)],
                                 quantity.start):  # fmt: skip
        topic = "nuclear"  # "The cost of the project is $20 billion" after a sentence on Akkuyu
    # A question opening its paragraph ("What about the $100 billion goal?") turns to a new
    # subject: it takes none from before, and a figure naming none measures nothing known.
    new_subject = sentence.rstrip().endswith("?") and _opens_paragraph(ctx, sentence_start)
    if not topic and not new_subject:
        topic = next((r.topic for r in ctx.recent(sentence_index) if r.topic), "")
    if not topic and not new_subject:
        topic = _topic_before(ctx, quantity, sentence_start)
    if quantity.kind in ("power", "price") and topic != "nuclear":
        # Megawatts or a price per kWh in a sentence that names no plant: the plant the
        # sentences before speak of, if they speak of one.
        recent = ctx.recent(sentence_index)
        topic = "nuclear" if any(r.topic == "nuclear" for r in recent) else ""
    measure = rd.measure_of(quantity, text, clause_start, sentence_start)

    # When: the sentence's own mention, an apposition's, the context's, a citation, the date.
    mentions = _mentions(ctx, sentence_index, sentence_start, sentence_end)
    own = pr.own_mention(mentions, quantity.start, quantity.end, others, text)
    if own is None:
        own = _main_clause_year(text, sentence_start, clause_start, clause_end, mentions)
    if own is None and quantity.kind == "rank":
        own = _year_of_ranked_figure(text, quantity.end, mentions)
    deadline = bool(own and own.role == "deadline")
    period, granularity, basis, period_note = _period(
        ctx, quantity, own, mentions, apposition, sentence_index, paragraph_index, topic
    )
    label = _COMPARED_IN_BRACKETS.match(text, quantity.end)
    if label and (
        basis in ("document_date", "cited_source", "unknown")
        or period_note.startswith((ACROSS_PARAGRAPHS, FROM_A_GUESS))
    ):
        # "arrivals fell to 2.1mn (2019: 7.0mn)": the bracket dates the comparison figure; the
        # main figure is of the year the text speaks of, when that is later.
        spoken = _year_spoken_of(ctx, sentence_index)
        if spoken is not None and spoken[0] > int(label.group("year")):
            period, granularity, basis = str(spoken[0]), "year", "context"
            period_note = (
                f"the year the text speaks of ({spoken[0]}); the year in brackets dates the"
                " comparison figure"
            )
    end_year, end_note = _change_end_year(text, sentence_start, sentence_end, quantity, others)
    if end_year:  # "rose from 5 to 7 million between 2021 and 2023": 5 million in 2021
        period, granularity, basis, period_note = end_year, "year", "stated", end_note
    change_years = (
        _change_years(text, sentence_start, sentence_end, quantity, own, others)
        if measure.measure == "change" and not end_year else None
    )  # fmt: skip
    if change_years:  # "tripled between 2021 and 2023": the change to 2023, against 2021
        period, granularity, basis, period_note = change_years[1], "year", "stated", ""
    # "Turnover has never exceeded $38 billion": a ceiling over every year, neither a level of
    # one period nor a goal; "did not exceed $5 billion in 2019" a ceiling for its period.
    ceiling = _NEGATED_BOUND.search(text[max(clause_start, quantity.start - 60) : quantity.start])
    every_year = ceiling and (
        ceiling.group("never") or _IN_ANY_YEAR.match(text, quantity.end) or "ever" in ceiling[0]
    )
    if every_year:  # "never exceeded", "has not exceeded $70 billion in any year"
        period, granularity, basis = "", "none", "unknown"
        period_note = "a ceiling over every year ('never exceeded'), not the level of one period"
    plan = rd.plan_from_to(text, quantity, sentence_start)
    target = plan == "goal" or (
        plan != "current"
        and measure.measure != "change"
        and rd.is_target(text, sentence_start, quantity.start, deadline)
        # A plant's design ("will have a combined capacity of 4,800 MW", "will buy ... at 12.35
        # cents per kWh", "is expected to cost about $20 billion", "will have four units") is
        # no goal unless it has a deadline ("20,000 MW by 2050").
        and not (
            topic == "nuclear"
            and quantity.kind in ("power", "price", "money", "count")
            and not deadline
        )
    )
    target = target and not ceiling
    if target and rd.stated_design(text, sentence_start, quantity.start):
        # "The first string, with a capacity of 15.75 bcm, is to open by 2019": the deadline
        # and the forecast are the opening's; the capacity is the design, as stated.
        target = False
    in_progress = next(
        (r for r in ctx.recent(sentence_index)
         if r.granularity in ("month", "month_range") and r.period[:4].isdigit()
         and r.basis in ("stated", "relative", "context") and not r.base),
        None,
    ) if own is not None and own.year_end and target else None  # fmt: skip
    if in_progress is not None and in_progress.period[:4] != period:
        # "turnover rose 87% to $47 billion in January-September 2022 ... 'By the end of the
        # year we expect turnover to exceed $60 billion'": the year whose months were counted.
        period, granularity, basis = in_progress.period[:4], "year", "relative"
        period_note = f"'the end of the year': the year in progress the text speaks of ({period})"
    if own is not None and own.year_end and not target:
        # "By the end of the year, imports had reached 20 bcm": a level reached in the year the
        # sentence (or the ones before) speaks of; with none, the running year, a guess.
        named = [m for m in mentions if m is not own and m.role == "own" and len(m.period) == 4]
        spoken = _year_spoken_of(ctx, sentence_index)
        if named or spoken is not None:  # the figures before first: a year in the sentence
            # may be another figure's ("..., well below the 7 million of 2019")
            year = str(spoken[0]) if spoken is not None else named[0].period
            period, granularity, basis = year, "year", "context"
            period_note = f"'the end of the year' taken as the year spoken of ({year})"
        elif period:
            notes.append("period_inferred")
    if not target and _after_document(ctx, period, basis):
        # "Imports from Russia in 2024 are seen at 22 bcm" in a 2023 text: a period that had not
        # begun when the text was written held no record yet (a forecast, or a misdated text),
        # so no negative verdict rests on the figure.
        notes.append("period_after_document")
    capacity = rd.is_capacity(
        quantity,
        clause,
        sentence,
        own is not None,
        text[clause_start : quantity.start],
        text[quantity.end : clause_end],
    ) or (
        quantity.kind == "volume"
        and (plan in ("current", "goal") or _EACH_AFTER.match(text, quantity.end))
        and "capacit" in sentence.lower()
    )  # "a combined capacity of 31.5 bcm a year, or 15.75 bcm each"
    capacity = (
        capacity
        or (  # "a capacity of 2 x 15.75 bcm, or 31.5 bcm in total"
            own is None
            and rd.restates_capacity(
                quantity, text[clause_start : quantity.start], clause, sentence
            )
        )
    )
    # A goal takes a year written in its own clause or as its deadline ("by 2023"), never one
    # from another clause that holds a figure of its own ("a $100 billion target, but the 2023
    # turnover of $56.5 billion ...").
    elsewhere = (
        own is not None
        and not deadline
        and not clause_start <= own.start < clause_end
        and _clause_holds_a_figure(text, sentence_start, sentence_end, own, others)
    )
    # "Putin and Erdogan first set the $100 bln target in 2010", "a goal agreed in 2019": the
    # year the goal was set, never the year it was due by.
    set_when = (
        target and own is not None and not deadline and _GOAL_SET_IN.search(sentence)
        and re.match(r"(?i)\s*(?:in|during)\b", text[own.start : own.end])
    )  # fmt: skip
    if target and (basis not in ("stated", "relative") or elsewhere or set_when):
        period, granularity, basis, period_note = "", "none", "unknown", "a target with no year"
    if capacity and not target and own is None and ctx.document_year is not None:
        period, granularity, basis = str(ctx.document_year), "as_of", "document_date"
        period_note = "a design capacity, as stated at the document's date"
    span = _span_of_years(text, sentence_start, sentence_end, quantity, own, others)
    dated_ends = bool(end_year)  # "from 5 to 7 million between 2021 and 2023": each its year
    if span and not dated_ends and not target and not capacity and measure.measure in (
        "level", "share"
    ):  # fmt: skip
        # "Between 2019 and 2021, Turkey imported 56 bcm", "60 bcm since 2020": a total (or
        # an average) over several periods, which no one period's record measures.
        period, granularity, basis = "", "none", "unknown"
        period_note = f"a total or average over several periods ('{span}'), not one period's"
    event = (
        None if target or capacity or every_year
        else ev.event_period(text, (sentence_start, sentence_end), clause_end,
                             (quantity.start, quantity.end), others)
    )  # fmt: skip
    if event is not None and (
        (own is None and basis not in ("stated", "relative"))
        or (own is not None and event.start <= own.start < event.end and not event.within)
    ):
        # "before the pandemic", "pre-war levels", "before the 2022 invasion": a period named by
        # an event, no calendar period to date the figure by (factcheck/extraction/events.py).
        period, granularity, basis = "", "none", "unknown"
        period_note = f"a period named by an event ('{event.words}'), not a calendar period"
        year = ev.year_beside(text, event, mentions)
        if year:  # "... before the pandemic, at 7.02 million in 2019": the year it names
            period, granularity, basis = year, "year", "context"
            period_note = (
                f"a period named by an event ('{event.words}'), the year written beside it"
            )
    present = bool(_PRESENT.search(clause)) and own is None
    if period and (
        basis in ("document_date", "cited_source")
        or period_note.startswith(
            (ACROSS_PARAGRAPHS, FROM_A_GUESS, SEVERAL_PERIODS, SEVERAL_BEFORE)
        )
    ):
        notes.append("period_inferred")
        present = present or measure.measure in ("rank", "share") or capacity
    if present and period and granularity == "year" and not target:
        granularity = "as_of"

    # What: the indicator and unit for the measure.
    inner = text[max(clause_start, text.rfind("(", clause_start, quantity.start) + 1) : clause_end]
    product, breakdown = rd.product_of(topic, inner, clause + " " + sentence)
    label = text[sentence_start:clause_start].rstrip()
    relative_gas = False
    if (
        topic == "gas"
        and product == "natural_gas"
        and not breakdown
        and label.endswith(":")
        and not _PRODUCT_WORD.search(inner)
    ):
        # "LNG is the hedge: 15.1 bcm in 2022", "Pipeline gas: 33 bcm": the words before the
        # colon name the gas the figure after it counts.
        labelled = rd.product_of(topic, label, label)[0]
        product = labelled if labelled in ("lng", "pipeline_gas") else product
    antecedent = _RELATIVE_AFTER_GAS.search(text, max(sentence_start, clause_start - 80),
                                            clause_start)  # fmt: skip
    if (
        topic == "gas"
        and product == "natural_gas"
        and not breakdown
        and antecedent
        and _RELATIVE_OPENING.match(text, clause_start)
        and not _PRODUCT_WORD.search(inner)
    ):
        # "... its purchases of liquefied natural gas, which reached 12.9 bcm that year": the
        # relative clause counts the gas named just before it.
        product = rd.product_of(topic, antecedent.group(0), "")[0]
        relative_gas = True
    if topic == "oil":
        product, breakdown = _oil_product_here(ctx, quantity, clause_end, sentence_index,
                                               clause + " " + sentence, others, notes,
                                               (product, breakdown))  # fmt: skip
    if not breakdown:
        # A comparison base ("..., up from $110 million a year earlier") that names no goods
        # or route of its own measures what the figure it is compared with measures.
        compared = _compared_figure(ctx, quantity, sentence_index, clause_start)
        if compared is not None and compared.topic == topic and compared.row["breakdown"]:
            product, breakdown = compared.row["product"], compared.row["breakdown"]
        elif (
            compared is not None
            and compared.topic == topic
            and compared.row["product"] != product
            and not _PRODUCT_WORD.search(inner)
        ):  # "... of pipeline imports at 60%, compared with 55% a year earlier": pipeline gas
            product = compared.row["product"]
    hs_code = _hs_code_of(text, sentence_start, clause_end, quantity, others)
    if (
        topic == "trade"
        and product == "TOTAL"
        and not breakdown
        and hs_code
        and (quantity.kind == "money")
    ):
        # "Mineral fuels (HS 27) accounted for USD 30.4 billion of imports", "Machinery (HS
        # 84) led exports with USD 1.1 billion": the goods' code, written before the figure
        # (a value only: ", or 72.7% of the total" after it is the goods' share of the whole).
        product = f"HS{hs_code['code']}"
    if topic == "trade" and product == "TOTAL" and not breakdown:
        # "Mineral fuels (HS chapter 27) accounted for $30.37 billion of imports": the goods
        # named as the subject before an aside in brackets are the clause's goods.
        lead = text[sentence_start:clause_start].rstrip()
        subject = lead[: lead.rfind("(")] if lead.endswith(")") else ""
        flow = _COMPOSITION.search(clause)
        if flow and re.fullmatch(r"\s*[A-Za-z][A-Za-z -]{2,40}", subject):
            goods = rd.goods_named(f"{flow.group(1).lower()} of {subject.strip().lower()}")
            if goods:
                product, breakdown = "", goods
    if (
        topic in ("oil", "gas")
        and not breakdown
        and _COMPARES_OPENING.match(text, sentence_start)
        and not _PRODUCT_WORD.search(sentence)
    ):
        # "... 5.58 million tonnes of Russian crude. That compares with 5.4 million tonnes for
        # 2021": the sentence compares with the figure before, so it counts the same product.
        before = next((r for r in ctx.recent(sentence_index)
                       if r.sentence < sentence_index and r.topic == topic), None)  # fmt: skip
        product = before.row["product"] if before is not None else product
    if topic == "trade" and product == "TOTAL" and not rd.names_a_flow(inner):
        # "Turkey's main export products to Russia are fruit and vegetables, worth $1.2
        # billion": a figure whose clause names no flow of its own is its leading goods' value.
        leading = rd.leading_goods(text[sentence_start : quantity.start])
        if leading:
            product, breakdown = "", leading
    if topic == "gas" and not breakdown and product != "oil_and_gas":
        # "Blue Stream, with a design capacity of 16 bcm a year, delivered 13 bcm": the route
        # the sentence opens with is the subject of the clause after the aside.
        breakdown = rd.route_subject(text, sentence_start, clause_start)
    if topic == "gas" and not breakdown and not rd.routes_named(sentence):
        # "TurkStream opened in 2020. The line carried 14.5 bcm ...": the route named before.
        before = _sentences_before(ctx, sentence_index, paragraph_index)
        breakdown = rd.route_referred(text[sentence_start : quantity.start], before)
    area = rd.area_of(text, (sentence_start, sentence_end), (clause_start, clause_end),
                      quantity.start, topic)  # fmt: skip
    if area:  # a province's or city's figure: never the country's record
        breakdown = f"{SUBNATIONAL}{area}"
    own_route = rd.route_after(text, quantity.end, clause_end) if topic == "gas" else ""
    if (
        not own_route
        and topic == "gas"
        and (not breakdown or len(rd.routes_named(inner)) > 1)
        and len(rd.routes_named(sentence)) > 1
    ):  # "10.2 bcm entered at Kıyıköy and 15.6 bcm at Samsun": each figure its own route
        spans = [*others, (quantity.start, quantity.end)]
        own_route = rd.route_paired(text, (sentence_start, sentence_end), spans, quantity.start)
    span, window = (quantity.start, quantity.end), (sentence_start, sentence_end)
    if (
        not own_route
        and topic == "gas"
        and breakdown in rd.ROUTE_ENDS
        and not _BASE_CUE.search(text[max(clause_start, quantity.start - 40) : quantity.start])
        and rd.route_beyond_figures(text, window, breakdown, span, others)
    ):  # "In 2021 Samsun took in 16.4 bcm and Kıyıköy 10.0 bcm": Kıyıköy is the other's
        breakdown = ""
    joined = topic == "gas" and rd.routes_joined(text, clause_start, clause_end)
    if joined:  # "26.2 bcm through Blue Stream and the Trans-Balkan line": the routes' sum
        own_route = ""
        breakdown = "" if breakdown.split(",")[0] in rd.ROUTE_ENDS else breakdown
    if own_route:  # "16 bcm via Blue Stream and 5.75 bcm via TurkStream": each its own
        breakdown = own_route
    elif topic == "gas" and (joined or len(rd.routes_named(inner)) > 1):
        notes.append("routes_combined")  # compared with every route: never a negative verdict
    unit = quantity.unit
    name = measure.measure
    indicator, unit = _indicator(quantity, name, topic, clause, sentence, unit)
    indicator = rd.refined_indicator(indicator, name, clause, sentence)
    unrecorded = rd.counts_unrecorded(quantity) or (
        quantity.kind in ("count", "bare")
        and name == "level"
        and rd.residents_abroad(
            text[min(clause_start, max(sentence_start, quantity.start - 40)) : clause_end]
        )
    )  # "citizens resident abroad added a further 6.7 million": not foreign visitors
    if unrecorded:
        indicator = ""  # "Russians bought 9,000 homes": no record counts homes
    seller, seller_country = (
        ("", "")
        if breakdown or name not in ("level", "change") or (indicator != "gas_imports")
        else rd.gas_seller(
            # "Gazprom sold 26.6 bcm, more than half of total imports of 45.27 bcm": a figure
            # whose own clause names the flow it is the level of is that flow's, not the seller's
            text[clause_start if _OWN_FLOW_BEFORE.search(text, clause_start, quantity.start)
                 else sentence_start : quantity.start]
        )
    )  # fmt: skip
    if seller:  # "Gazprom's sales to Turkey reached 26.3 bcm": the company's own figure
        indicator, breakdown = "gas_supplier_sales", seller
    if indicator == "investment_stock" and _MUTUAL_INVESTMENT.search(clause):
        breakdown = "mutual (both directions)"  # never one side's stock
    if indicator == "firms_with_partner_capital" and _NEW_FIRMS.search(clause):
        breakdown = "newly registered in the year"  # the year's new firms, not every firm
    if indicator in _HOLDINGS and product == "TOTAL":
        # "..., according to the Union of Chambers and Commodity Exchanges": an investment or
        # a count of firms counts no traded goods, whatever trade word its sentence holds
        product = "none"
    if name == "rank" and not indicator:
        # "The United Kingdom came third": a place in a list the clause does not name, read
        # from its sentence or the one before when they speak of visitors (else unknown).
        indicator = _listed_in(ctx, sentence_index, sentence)
    if name == "change" and topic in ("gas", "oil") and rd.PRICE_WORDS.search(clause):
        indicator = ""  # a change of a price or tariff, not of a flow
    if indicator in rd.CONSUMPTION_SHARES and rd.share_of_use(
        text[quantity.end : clause_end], text[clause_start : quantity.start]
    ):
        indicator = rd.CONSUMPTION_SHARES[indicator]  # no recorded share of imports measures it
    if capacity:
        # A daily capacity ("42 mcm/d") is kept in its own unit, never read as bcm a year.
        daily = quantity.unit == "mcm_per_day"
        unit = "mcm_per_day" if daily else "bcm_per_year"
        indicator, name = "pipeline_capacity", "capacity"
        route, named_at = rd.nearest_route(text, sentence_start, sentence_end, quantity.start)
        breakdown = breakdown or route
        # "each of 15.75 bcm/y" after the route, or "Each of the two strings of TurkStream"
        # before it, in the figure's clause; never a "total" or "combined" figure.
        lead = text[min(named_at, clause_start, quantity.start) : quantity.start]
        if (
            breakdown in rd.ROUTE_ENDS
            and (
                rd.PER_STRING.search(lead)
                or _EACH_AFTER.match(text, quantity.end)
                or rd.PER_LINE_AFTER.match(text, quantity.end, clause_end)
            )
            and not _TOTAL_BEFORE.search(
                text[max(clause_start, quantity.start - 40) : quantity.start]
            )
        ):
            # One string's capacity ("each of 15.75 bcm/y") is not the pipeline's.
            breakdown = f"{breakdown}, one string"
    elif (
        indicator in _GAS_FLOWS
        and breakdown in rd.ROUTE_ENDS
        and _EACH_AFTER.match(text, quantity.end)
        and _STRINGS_WORD.search(sentence)
    ):
        # "its two strings carried about 10 bcm each": one string's flow, not the route's
        breakdown = f"{breakdown}, one string"
    subset = _SUBSET_BEFORE.search(text[max(0, quantity.start - 24) : quantity.start])
    if quantity.kind == "count" and subset:
        indicator = ""  # "the first two units", "the other three lines": some of them, no total
    if indicator == "pipeline_strings" and not breakdown:  # "... to Kiyikoy, has two strings"
        breakdown = rd.nearest_route(text, sentence_start, sentence_end, quantity.start)[0]
    if indicator in rd.PLANT_INDICATORS:  # "The $20 billion plant" after a sentence on Akkuyu
        plant = rd.plant_of(text, (sentence_start, sentence_end), clause_end, 0, quantity.start)
        breakdown, guessed = rd.plant_breakdown(
            plant, indicator, clause, sentence, text[sentence_start : quantity.start],
            text[quantity.end : quantity.end + 30],
        )  # fmt: skip
        if guessed:  # the plant's total, read from a capacity said of the plant as a whole
            notes.append("indicator_inferred")
    if (
        indicator == "merchandise_trade"
        and quantity.kind in ("money", "bare")
        and _not_trade_money(
            text, max(clause_start, quantity.start - 50), quantity.start, quantity.end, clause_end
        )
    ):
        indicator = ""  # "owed 2.5 million euros", "$2 billion in payments", "a €1.2 billion deal"
    consumed = False
    if rd.not_a_flow(quantity, text[clause_start : quantity.start], sentence, clause):
        indicator = ""  # production, consumption, storage or a contract: no flow is recorded
        consumed = topic == "gas" and rd.consumption_of(
            quantity, text[clause_start : quantity.start]
        )
        if consumed and name == "level":  # what a country used in a year: recorded (BP / EI)
            indicator = "gas_consumption"
    base_of = _compared_figure(ctx, quantity, sentence_index, clause_start)
    if (
        name == "level"
        and base_of is not None
        and base_of.topic == topic
        and base_of.row["measure"] == "level"
        and (base_of.row["unit"] == unit or quantity.kind == "bare")
        and _READ_AS.get(base_of.indicator, base_of.indicator) not in ("", "unknown", indicator)
        and _bare_base(text, clause_start, quantity.start)
    ):
        # "consumption was 50.96 bcm in 2024, up from 48.1 bcm in 2023": a comparison base
        # that names no quantity of its own measures what the figure it is compared with does,
        # in its unit when it writes none ("2.3 million trips, compared with 2.65 million").
        indicator = _READ_AS.get(base_of.indicator, base_of.indicator)
        unit = base_of.row["unit"]
    if (
        name == "level"
        and base_of is not None
        and quantity.kind == "bare"
        and "count_unrecorded" in base_of.row["reading_notes"].split(";")
        and _bare_base(text, clause_start, quantity.start)
    ):  # "9,000 homes in 2022, up from 4,500 a year earlier": the base counts homes too
        indicator, unrecorded, unit = "", True, "count"
    if target:
        name = "target"
    if (
        name == "rank"
        and topic in ("gas", "oil")
        and not re.search(dict(rd.TOPICS)[topic], clause, re.IGNORECASE)
    ):
        notes.append("indicator_inferred")  # what is ranked (crude? products?) said elsewhere
    if (
        indicator in _GAS_FLOWS
        and not breakdown
        and "routes_combined" not in notes
        and len(rd.routes_named(sentence)) == 1
    ):
        # The sentence names one route but the figure was not read with it: compared with
        # every route, which may count more, so no negative verdict rests on it.
        notes.append("route_unread")
    elif (
        indicator in _GAS_FLOWS
        and not breakdown
        and "routes_combined" not in notes
        and _ONE_WAY_IN.search(clause)
    ):
        # "entering at the Ipsala border point", "through the Western line": one way in the
        # reader cannot name, never the total of every route.
        notes.append("route_unread")
    if name == "rank" and topic == "oil" and not rd.stated_oil_product(clause + " " + sentence):
        # A bare "oil" ranks crude alone or crude with products: the basis the document states
        # elsewhere is taken, and noted as inferred (the checker names the other basis when it
        # would give another place, and no negative verdict rests on the guess).
        product = ctx.oil_basis or product
        notes.append("indicator_inferred")
    lead = text[clause_start : quantity.start]
    if (
        indicator == "merchandise_trade_share"
        and _GOODS_WORD.search(lead)
        and not ctx.mentions_between(clause_start, quantity.start, quantity.start)
    ):
        # "Mineral fuels accounted for 58.7% of Russia's exports to Turkey": goods, not a
        # country, make up the share: what the flow is made of, never a partner's share.
        indicator = "trade_composition_share"
    if indicator == "trade_composition_share" and not _GOODS_WORD.search(sentence):
        # "Russia became Turkey's top supplier, with a 10.7% share of imports": a share of
        # imports that names no goods is a partner's share, not a product's.
        indicator = "merchandise_trade_share"
    if indicator == "trade_composition_share":
        product = "energy" if re.search(r"energy", sentence, re.I) else product
        if re.search(r"\bmineral\s+fuels?\b|\bHS\s?27\b|\bchapter\s+27\b", sentence, re.I):
            product = "mineral_fuels"
        elif product == "TOTAL":  # the goods are named, but not as a product we record
            goods = _GOODS_WORD.search(lead)
            product, breakdown = "", breakdown or (goods.group(0).lower() if goods else "")
    if quantity.kind == "bare" and indicator in ("merchandise_trade", "investment_stock"):
        notes.append("unit_assumed")
    if not indicator:
        indicator, name = "unknown", name if name in ("change", "rank") else "unknown"
        notes.append("count_unrecorded" if unrecorded else "measure_unknown")
    if unrecorded:  # "some 3 million expatriates": people, counted
        unit = "count"
    if unit == "" or unit not in _KNOWN_UNITS:
        unit = "unknown"
        notes.append("unit_unknown")

    # Who: the direction from the clause, the sentence, the figures before, the document.
    direction, how = _direction(ctx, quantity, clause_start, clause_end, sentence_start,
                                sentence_end, apposition, sentence_index)  # fmt: skip
    source = _source_after(ctx, quantity)
    if source and how != "compared":
        # "3.1 million tonnes came from Russia and 11.4 million tonnes from Iraq": a figure
        # followed by 'from <country>' is that country's, whatever is named nearer before it.
        direction = Direction(source, direction.destination if direction.destination != source
                              else "", direction.pair, "", direction.owner)  # fmt: skip
        how = "text"
    # A compared country's figure is an aside: later figures never take their sides from it.
    carried = Direction() if how == "compared" else direction
    how = "text" if how == "compared" else how
    reporter, partner, flow, inferred = _roles(
        ctx, indicator, name, quantity, direction, how, clause, sentence, clause_start
    )
    if indicator == "merchandise_trade" and (flow, carried.origin, carried.destination) in (
        ("export", partner, reporter),
        ("import", reporter, partner),
    ):
        # The sides were turned for this figure's own flow ("... and exported $2.8 billion"):
        # the figures that continue it continue the sides it was read with.
        carried = Direction(carried.destination, carried.origin, carried.pair, carried.part,
                            carried.owner)  # fmt: skip
    goods_before = _goods_continued(ctx, quantity, sentence_index, indicator, product, breakdown)
    if goods_before is not None and name == "level":
        # "Imports of cereals (HS 10) from Russia reached $1.35 billion in 2025. Shipments were
        # strongest in December, at $265 million": a sentence naming no country, goods or flow
        # of its own continues the goods, flow and sides of the figure before (a guess).
        if goods_before.row["product"] != product:
            product = goods_before.row["product"]
            notes.append("indicator_inferred")
        reporter, partner, flow = (goods_before.row[k] for k in ("reporter", "partner", "flow"))
        inferred = True
    if relative_gas and flow == "import":
        # "... as Turkey increased its purchases of LNG, which reached 12.9 bcm": the buyer the
        # words since the figure before name, from every supplier when they name no other.
        low = max([sentence_start, *(e for _, e in others if e <= quantity.start)])
        named = {m.code for m in ctx.mentions_between(low, quantity.start, quantity.start)}
        if len(named) == 1:
            reporter, partner, inferred = named.pop(), "WLD", True
    if unrecorded:  # who bought the homes is said, but nothing flows that a record measures
        flow, inferred = "none", False
    if seller:  # the company's country sells to the buyer read (every buyer when none is)
        buyer = next((c for c in (reporter, partner) if c and c != seller_country), "WLD")
        reporter, partner, flow = seller_country, buyer, "export"
    ends = (breakdown, flow, reporter, partner, sentence_start, sentence_end, quantity, inferred)
    against_route = flow == "import" and (reporter, partner) == rd.ROUTE_ENDS.get(
        breakdown.split(",")[0], ("", "")
    )
    reporter, partner, by_route = _route_ends(ctx, *ends)
    inferred = (inferred and not by_route) or (against_route and not by_route)
    changed = _changed_figure(ctx, quantity, sentence_index, topic, clause) if (
        name == "change") else None  # fmt: skip
    if changed is not None and changed.row["flow"] in ("import", "export", "total"):
        # "Turkey's imports ... were $17.8 billion, while Turkish exports came to $4.5
        # billion, up 8.5%": the change of the exports, whatever flow the sentence names first.
        reporter, partner, flow = (changed.row[k] for k in ("reporter", "partner", "flow"))
        inferred = "direction_inferred" in changed.row["reading_notes"].split(";")
    if indicator == "gas_consumption":
        # A country's own use: no partner. The country is the one the clause names (else the
        # sentence's, else the importer read).
        named = ctx.mentions_between(clause_start, quantity.start, quantity.start) or (
            ctx.mentions_between(sentence_start, sentence_end, quantity.start)
        )
        own = [m.code for m in named if m.role not in ("compared", "name", "origin")]
        reporter, partner, flow = (own[-1] if own else reporter), "WLD", "consumption"
        inferred = inferred and not own
    if (
        base_of is not None
        and name == "level"
        and base_of.row["measure"] == "level"
        and base_of.indicator == indicator
        and base_of.row["flow"] in ("import", "export", "total")
        and indicator == "merchandise_trade"
        and _bare_base(text, clause_start, quantity.start)
        and not ctx.mentions_between(clause_start, clause_end, quantity.start)
    ):
        # "put bilateral trade in 2024 at $55 billion, down from $62 billion a year earlier":
        # a bare base is the same flow between the same sides as the figure it is compared with.
        reporter, partner, flow = (base_of.row[k] for k in ("reporter", "partner", "flow"))
    part = _route_part(ctx, quantity, indicator, flow, breakdown, (clause_start, clause_end),
                       (sentence_start, sentence_end), others)  # fmt: skip
    if part is not None:
        breakdown = part.part
        notes = [n for n in notes if n != "route_unread"]
        if part.onward is not None and flow == "import":
            # Gas carried across the landfall country to others ("TurkStream's second string
            # delivered 14 bcm to European customers"): theirs, never the landfall's imports.
            supplier, landfall = rd.ROUTE_ENDS[part.route]
            # The one country it goes on to, when the sentence names one ("to Hungary via
            # Turkey"); several ("to Hungary, Serbia and Bulgaria"), none, or a clause of its
            # own that says Europe ("... to European buyers" after a clause on the Bulgarian
            # border): Europe.
            named = ctx.mentions_between(sentence_start, sentence_end, quantity.start)
            in_clause = ctx.mentions_between(clause_start, clause_end, quantity.start)
            roles = ("destination", "")
            onward = {m.code for m in named if m.role in roles} - {supplier, landfall}
            one = len(onward) == 1 and any(m.role == "destination" for m in named)
            if _EUROPEAN.search(clause) and not any(m.role == "destination" for m in in_clause):
                one = False
            reporter, partner = (onward.pop() if one else "EUR"), supplier
            inferred, how = False, "text"  # both ends read from the route and its words
    if flow == "total" and _trade_with_one(ctx, quantity, clause_start, clause):
        carried = Direction(pair=(reporter, partner))  # what the next figures continue
    if (
        flow == "arrivals"
        and partner == "WLD"
        and how != "compared"
        and (carried.origin == "" or not ctx.mentions_between(clause_start, clause_end,
                                                               quantity.start))
    ):  # fmt: skip
        # "Türkiye welcomed 56.7 million visitors, with July alone bringing in 8.3 million":
        # the figures that continue it count every visitor too.
        carried = Direction("WLD", reporter, carried.pair, "", carried.owner)
    if indicator == "visitor_arrivals_foreign" and partner == "WLD" and flow == "arrivals":
        indicator = _every_visitor_series(ctx, quantity, clause, sentence_index)
    if reporter and reporter == partner and reporter not in ("WLD", "EUR"):
        # A flow is never a country's with itself ("Moscow counts its exports to Turkey ..."
        # read as Turkey's to Turkey): the reporter is the main pair's other country, a guess.
        reporter = next((c for c in ctx.main_pair if c != partner), "")
        inferred = True
    if (
        how == "context"
        and not by_route
        and indicator in _GAS_FLOWS
        and flow == "import"
        and _IMPORTS_NOUN.search(clause)
        and not ctx.mentions_between(sentence_start, sentence_end, quantity.start)
    ):
        # "Botas expects imports to exceed 60 bcm this year" after sentences on Russian gas:
        # a country's imports with no supplier in their sentence may be from everyone.
        inferred = True
    if (
        how == "context"
        and not by_route
        and flow in ("import", "export")
        and base_of is None
        and not ctx.mentions_between(sentence_start, sentence_end, quantity.start)
    ):
        # "Exports rose to 5 bcm" after a sentence on Russia's sales to Turkey: sides taken
        # only from the sentences before (whose exports? to whom?) are a reading, not the
        # text's words, so no negative verdict rests on them (as with a base period inferred).
        inferred = True
    if (inferred or how == "doubtful") and not unrecorded:  # no flow: no direction to infer
        notes.append("direction_inferred")
    if breakdown in SYMMETRIC_BREAKDOWNS and partner not in ("", "WLD"):
        # "mutual investments": the same whichever country is named first, so no side inferred
        notes = [n for n in notes if n != "direction_inferred"]
    if indicator == "merchandise_trade" and breakdown and flow in ("import", "export"):
        # "Turkey's energy import bill doubled to $50.7 billion": a country's own imports of a
        # group of goods, with no partner in its sentence, are from every partner.
        own = _own_whole_flow(ctx, quantity, clause_start, clause, clause_only=True)
        if own is not None:
            reporter, partner, flow = own[0], "WLD", own[1]
    several = _partners_listed(ctx, quantity, sentence_start)
    if several and flow in ("export", "import", "total") and partner in several[1]:
        # "exports to Kazakhstan, Kyrgyzstan and Uzbekistan jumped by a combined $2 billion":
        # several partners together, which no one partner's record measures.
        breakdown = f"{SEVERAL_PARTNERS}{several[0]}"
        if reporter in several[1]:  # the list is the partners: the other side reports
            earlier = [r.row["reporter"] for r in ctx.recent(sentence_index)]
            sides = [*earlier, *ctx.main_pair]
            reporter = next((c for c in sides if c and c not in several[1]), reporter)
            notes.append("direction_inferred")
    host, builder = rd.PLANT_ENDS.get(breakdown.split(",")[0], ("", ""))
    if indicator in rd.PLANT_INDICATORS and builder:
        reporter, partner = host, builder  # the plant's host and builder, as recorded
    lead = text[sentence_start : quantity.start]
    if name == "share" and indicator == "gas_import_share" and _LNG.search(lead):
        # "LNG accounted for about 24% of the total", "Turkey's LNG imports stood at 14.3 bcm,
        # 28% of the total": a product's share of all imports, which no supplier's share
        # measures (it was read as a share of the supplier the sentences before named).
        named = ctx.mentions_between(sentence_start, quantity.end, quantity.start)
        if not any(m.role in ("origin", "part") for m in named):
            product, partner, indicator = "lng", "WLD", "unknown"
            notes.append("measure_unknown")
    whole = _whole_of_parts(ctx, quantity, name, indicator, clause_start, clause_end,
                            sentence_index)  # fmt: skip
    if whole is not None:
        # "imported 50.48 bcm, of which 36.21 bcm came by pipeline and 14.27 bcm as LNG":
        # parts of a whole from every partner are from every partner too, each of the product
        # written after it; a part that names none is never compared with the whole.
        reporter, partner, flow = whole["reporter"], whole["partner"], whole["flow"]
        following = [a for a, _ in others if quantity.end <= a < clause_end]
        own_words = text[quantity.start : min([clause_end, *following])]
        own_product = rd.product_of(topic, own_words, "")[0]
        if own_product != whole["product"]:
            product = own_product
        else:
            notes.append("indicator_inferred")
    whole = _exports_of_which(ctx, quantity, name, clause_start, sentence_index)
    if whole is not None:
        # "Russia's gas exports fell to 99 bcm, of which Turkey took about a fifth": a share of
        # one country's exports to all, which no recorded share measures (a share of gas
        # imports is another quantity).
        reporter, partner, flow, indicator = whole[0], whole[1], "export", "unknown"
        notes.append("measure_unknown")
    if name == "share" and how != "compared" and partner not in ("", "WLD"):
        # Whose share it is, taken from the sentences before while this sentence names no
        # supplier ("Turkey's LNG imports ... 28% of the total" after a sentence on
        # Azerbaijan): a guess, so no negative verdict rests on it.
        named = ctx.mentions_between(sentence_start, sentence_end, quantity.start)
        if not any(m.role in ("origin", "part", "") for m in named):
            notes.append("direction_inferred")

    balance = None
    if indicator == "trade_balance" and name == "level":
        # "Turkey's deficit with Russia narrowed to $34.6 billion": the owner's exports minus
        # its imports with the partner, negative for a deficit (balance.py).
        inside = bal.read_balance(text, (clause_start, clause_end), quantity.start,
                                  ctx.mentions_between(sentence_start, sentence_end,
                                                       quantity.start), ctx.main_pair)  # fmt: skip
        balance = inside or bal.read_balance(
            text, (sentence_start, sentence_end), quantity.start,
            ctx.mentions_between(sentence_start, sentence_end, quantity.start), ctx.main_pair,
        )  # fmt: skip
    if balance is not None:
        reporter, partner, flow = balance.owner, balance.partner, "balance"
        notes = [n for n in notes if n != "direction_inferred"]
        if not balance.said:
            notes.append("direction_inferred")  # whose balance, or with whom, was taken

    # How much: the value with its sign, the band, the comparator.
    quantity = _grouped_thousands(ctx, text, quantity, notes)
    hedge, quote_start = hedge_before(text, quantity.start)
    value, high = quantity.value, quantity.value_high
    if high is not None:
        comparator, low, value = "range", value, (value + high) / 2
    elif target:
        comparator, low, high = "target", value, value
        if rd.downward_goal(text[sentence_start : quantity.start]):
            low = None  # "cut imports to 15 bcm by 2025": met at or below the figure
    else:
        if quantity.fraction and hedge.comparator == "exact":
            hedge = HEDGES["about"]  # a fraction (or a multiple) in words is rounded by nature
        comparator = hedge.comparator
        low = value * hedge.low_factor if hedge.low_factor is not None else None
        high = value * hedge.high_factor if hedge.high_factor is not None else None
        if ceiling:  # not above the figure: the record holds the claim at or below it
            comparator, low, high = "at_most", None, value
    if quantity.noun in (MULTIPLE_NOUN, MULTIPLE_NOUN_DOWN):
        notes.append("multiple_in_words")
    elif quantity.fraction:
        notes.append("fraction_in_words")
    if name == "change" and measure.sign < 0:
        value = -value
        low, high = (-high if high is not None else None), (-low if low is not None else None)
    if balance is not None:  # a deficit of more than $18 billion: a balance of at most −$18bn
        value, low, high, comparator = bal.signed(value, low, high, comparator, balance.sign)
    base = ""
    short = pr.ON_SHORT_PERIOD.match(text, quantity.end) if name == "change" else None
    if short and period:
        # "up 7pc m/m": against the month (or quarter) before, never the same one a year ago.
        months = 1 if short["month"] else 3
        base = pr.shifted_months(period, -months)
        if pr.granularity_of(period) != ("month" if months == 1 else "month_range"):
            notes.append("base_period_inferred")
    elif name == "change" and change_years and period == change_years[1]:
        base = change_years[0]
    elif name == "change" and period:
        base = _base_period(ctx, mentions, quantity, period, sentence_index)
        if not base:
            # "6.3 million in 2023 (5.2 million in 2022), an increase of 21 percent": the base
            # figure written before it in its sentence dates the base.
            base = _base_figure_period(ctx, sentence_index, topic, period)
        if not base:
            base = pr.shifted(period, -1)
            notes.append("base_period_inferred")
    if ctx.decimal_comma and re.fullmatch(r"\d{1,3},\d{3}", _numeral(text, quantity)):
        notes.append("value_ambiguous")
        if _implausible(indicator, unit, abs(value), name) and not _implausible(
            indicator, unit, abs(value) / 1000, name
        ):
            # "8,065 billion cubic meters" in a text that writes "389,7": read as thousands the
            # figure cannot be, read with the text's decimal comma it can (still ambiguous).
            value, low, high = (v / 1000 if v is not None else None for v in (value, low, high))
    implausible = _implausible(indicator, unit, abs(value), name)
    if name == "change" and unit == "percent":
        # A rise may pass 100% ("up 103% on the year before"); only a fall past 100% cannot be.
        implausible = FALL_PAST_WHOLE if value < -100 else ""
    if implausible:
        notes.append("magnitude_implausible")
    flags = [f for f in (quantity.flag, implausible) if f]
    row = {
        "start": quote_start,
        "end": quantity.end,
        "quote": text[quote_start : quantity.end],
        "value": value,
        "value_low": low,
        "value_high": high,
        "comparator": comparator,
        "unit": unit,
        "measure": name,
        "period": period,
        "period_granularity": granularity if period else "none",
        "period_basis": basis,
        "period_note": period_note,
        "base_period": base,
        "indicator": indicator,
        "reporter": reporter,
        "partner": partner,
        "flow": flow,
        "product": product,
        "breakdown": breakdown,
        "flag": "; ".join(flags),
        "note": "",
        "reading_notes": ";".join(dict.fromkeys(notes)),
    }
    ctx.read.append(
        Read(
            sentence_index,
            paragraph_index,
            topic,
            period,
            row["period_granularity"],
            basis,
            period_note,
            carried,
            indicator,
            row,
            _is_base(ctx, quantity, clause_start, sentence_index, row),
        )
    )
    return row


# Between a figure and one in brackets after it: its own period, then the bracket.
# ... and with a label of its period first: "USD 12.0bn (Q1 2023: USD 13.1bn)"
_BRACKETED_BASE = re.compile(
    r"[^()]{0,40}\(\s*(?:[^():]{1,20}:\s*)?(?:\$\s?|us\$\s?|usd\s?|€\s?|eur\s?)?", re.IGNORECASE
)


ROUTE_BACK_REACH = 2  # sentences a pipeline named again ("the line") is looked for


# A place followed by the figure it is earned with, dated: "came second, with 5.03 million in
# 2019", "the largest group, at 7.02 million in 2019": the year dates the place too.
_RANKED_FIGURE_DATED = re.compile(
    r"[^.;:!?,]{0,60}?,?\s*(?:with|at)\s+(?:(?:about|around|some|nearly|almost|over|just"
    r"|more\s+than)\s+)?[$€]?\d(?:[^,;.!?]|[.,](?=\d)){0,40}?\b(?:in|for|during)\s+"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _year_of_ranked_figure(text: str, end: int, mentions: list):
    """The mention of the year written with the figure a place is earned with, right after
    the place ("came second, with 5.03 million in 2019"), or None."""
    found = _RANKED_FIGURE_DATED.match(text, end)
    if found is None:
        return None
    at = found.start("year")
    return next(
        (m for m in mentions if m.start <= at < m.end and m.role == "own" and len(m.period) == 4),
        None,
    )


def _sentences_before(ctx, sentence_index: int, paragraph_index: int) -> list[str]:
    """The sentences before this one, nearest first: the one just before, and others of the
    same paragraph, at most ROUTE_BACK_REACH."""
    starts, found = ctx.layout.sentence_starts, []
    for index in range(sentence_index - 1, max(-1, sentence_index - 1 - ROUTE_BACK_REACH), -1):
        start = starts[index]
        if found and ctx.layout.paragraph_index(start) != paragraph_index:
            break
        words = ctx.text[start : starts[index + 1]]
        if words.strip():  # a paragraph break is no sentence: the one before it is "just before"
            found.append(words)
    return found


def _is_base(ctx, quantity, clause_start: int, sentence_index: int, row: dict) -> bool:
    """Whether a figure is the comparison base of the one before it: after a cue ("down from
    31% in 2020", "after 21.4 bcm in 2022"), or in brackets right after a figure of the same
    unit with a period of its own ("6.3 million in 2023 (5.2 million in 2022)")."""
    text = ctx.text
    if _BASE_CUE.search(text[max(clause_start, quantity.start - 40) : quantity.start]):
        return True
    previous = ctx.read[-1] if ctx.read else None
    return (
        previous is not None
        and previous.sentence == sentence_index
        and _BRACKETED_BASE.fullmatch(text, previous.row["end"], quantity.start) is not None
        and previous.row["unit"] == row["unit"]
        and row["period_basis"] == "stated"
        and row["period"] not in ("", previous.period)
    )


_KNOWN_UNITS = {
    "USD", "EUR", "bcm", "bcm_per_year", "tonnes", "barrels_per_day", "persons", "trips",
    "percent", "percentage_points", "rank", "count", "km", "mcm_per_day", "MW", "USD_per_kWh",
    "TJ",
}  # fmt: skip


SEVERAL_PARTNERS = "several partners together: "  # a breakdown naming the partners a figure sums
# "to Kazakhstan, Kyrgyzstan and Uzbekistan": a list of partners after the flow's preposition.
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _partners_listed(ctx, quantity, sentence_start: int):
    """(the list as written, its country codes) when the figure's sentence names two or more
    partners in one list after 'to', 'from' or 'with' before it (the last such list); else
    None."""
    text = ctx.text
    runs, run = [], []
    for match in ctx.pattern.finditer(text, sentence_start, quantity.start):
        if run and _LIST_GAP.fullmatch(text[run[-1].end() : match.start()]):
            run.append(match)
            continue
        runs.append(run)
        before = text[max(sentence_start, match.start() - 12) : match.start()]
        run = [match] if re.search(r"\b(?:to|from|with)\s+(?:the\s+)?$", before, re.I) else []
    runs.append(run)
    lists = [r for r in runs if len({ctx.terms[m.group(1)][0] for m in r}) >= 2]
    if not lists:
        return None
    last = lists[-1]
    return text[last[0].start() : last[-1].end()], {ctx.terms[m.group(1)][0] for m in last}


_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WHEN = rf"(?:{_MONTH_WORD}\s+)?(?:19|20)\d\d"
# Words that make a figure a total over several periods.
_SPAN = re.compile(
    rf"\bsince\b[^.;:\d]{{0,40}}?(?:\b{_WHEN}\b|\b(?:launch\w*|start\w*|opening|inception"
    rf"|commission\w*|began|begun)\b(?:[^.;:,\d]{{0,20}}?\b{_WHEN}\b)?)"
    rf"|\bbetween\s+{_WHEN}\s+and\s+{_WHEN}\b"
    rf"|\bfrom\s+{_WHEN}\s+(?:to|through|till|until)\s+{_WHEN}\b"
    rf"|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b(?!\s*(?:season|winter|heating))"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?)\b"
    r"|\bcumulative(?:ly)?\b|\b(?:in\s+total|altogether)\s+since\b",
    re.IGNORECASE,
)


_COMPARED_IN_BRACKETS = re.compile(r"\s*\(\s*(?:vs\.?\s+|in\s+)?(?P<year>(?:19|20)\d\d)\s*:")
_HEDGE_WORDS = r"(?:(?:about|around|some|roughly|nearly|almost|approximately|over|under)\s+)?"
_FROM_BEFORE = re.compile(rf"\bfrom\s+{_HEDGE_WORDS}$", re.IGNORECASE)
_TO_BETWEEN = re.compile(rf"\s*(?:to|and)\s+{_HEDGE_WORDS}(?:US\$|\$|€)?\s?", re.IGNORECASE)
# The two years a change runs between: "between 2021 and 2023", "from 2019 to 2021", "over
# 2019-2021".
_YEARS_OF_CHANGE = re.compile(
    r"\bbetween\s+(?P<a>(?:19|20)\d\d)\s+and\s+(?P<b>(?:19|20)\d\d)\b"
    r"|\bfrom\s+(?P<c>(?:19|20)\d\d)\s+(?:to|through|until|till)\s+(?P<d>(?:19|20)\d\d)\b"
    r"|\b(?:in|over|during|for)\s+(?:the\s+period\s+)?(?P<e>(?:19|20)\d\d)\s*[-–]\s*"
    r"(?P<f>(?:19|20)\d\d)\b"
    # "the 2015–2016 crisis cut exports by 51%, from $3.68 billion to $1.79 billion": a span
    # naming the episode the change ran over
    r"|\bthe\s+(?P<g>(?:19|20)\d\d)\s*[-–]\s*(?P<h>(?:19|20)\d\d)\s+(?=[a-z])",
    re.IGNORECASE,
)


def _change_end_year(text, sentence_start, sentence_end, quantity, others) -> tuple[str, str]:
    """(year, note) for one end of a change written "from X to Y" in a sentence that names
    the two years it runs between ("from 5 to 7 million tourists between 2021 and 2023"): X
    is the first year's level, Y the second's; else ('', '')."""
    figures = sorted(f for f in others if sentence_start <= f[0] < sentence_end)
    start = quantity.start
    if _FROM_BEFORE.search(text, max(sentence_start, start - 20), start):
        after = [f for f in figures if f[0] >= quantity.end]
        joined = after and _TO_BETWEEN.fullmatch(text, quantity.end, after[0][0])
        pair = after[0] if joined else None
        first = True
    else:
        before = [f for f in figures if f[1] <= start]
        pair = before[-1] if before and _TO_BETWEEN.fullmatch(text, before[-1][1], start) else None
        if pair is not None and not _FROM_BEFORE.search(
            text, max(sentence_start, pair[0] - 20), pair[0]
        ):
            pair = None
        first = False
    if pair is None:
        return "", ""
    low, high = min(start, pair[0]), max(quantity.end, pair[1])
    spans = [
        m for m in _YEARS_OF_CHANGE.finditer(text, sentence_start, sentence_end)
        if m.end() <= low or m.start() >= high
    ]  # fmt: skip
    if len(spans) != 1:
        return "", ""
    years = [y for y in spans[0].groups() if y]
    if int(years[0]) >= int(years[1]):
        return "", ""
    year = years[0] if first else years[1]
    written = " ".join(spans[0].group(0).split())
    side = "first" if first else "second"
    return year, f"the {side} end of a change written from one level to another '{written}'"


_OF_AFTER = re.compile(r"\s+of\s")
# One route or entry point, named or not: "at the Ipsala entry point", "the Izmir terminal",
# "through the Western line" (a capitalised name before a singular pipeline noun).
_ONE_WAY_IN = re.compile(
    rf"\b(?:the|a|one|this|that|its|their)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:{alternation(ONE_ROUTE_NOUNS)})\b(?!s)"
    r"|\b(?:through|via|along|by|on)\s+the\s+(?:[A-Z][\w-]*\s+){1,2}(?:pipeline|line|route|link)\b"
)


def _oil_product_here(ctx, quantity, clause_end, sentence_index, words, others, notes, read):
    """The oil product of a figure: the one written right after it ("7.4mn t of Russian crude
    and 5.54mn t of oil products": crude, then products), else `read`; in a sentence that
    names no oil product at all ("Arrivals rose by 7pc m/m to 1.07mn t"), that of the figures
    before, or the default, each a reading of context (noted indicator_inferred)."""
    following = [a for a, _ in others if quantity.end <= a < clause_end]
    after = ctx.text[quantity.end : min([clause_end, *following])]
    if _OF_AFTER.match(after):  # a bare "oil" may be a unit ("tonnes of oil equivalent")
        named = rd.oil_product_named(after, bare=False)
        if named is not None:
            return named
    if rd.oil_product_named(words) is not None:
        return read
    notes.append("indicator_inferred")
    before = next(
        (r for r in ctx.recent(sentence_index) if r.topic == "oil" and r.row["product"]), None
    )
    return (before.row["product"], before.row["breakdown"]) if before is not None else read


# The sentence's subject, a name alone before the comma that opens an aside about it ("Russia,
# accounting for 10.7% of total imports, was ...").
_NAME_BEFORE_ASIDE = re.compile(r"\s*(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s*,\s*")


def _main_clause_year(text, sentence_start, clause_start, clause_end, mentions):
    """The year of the main clause for a figure in an aside set off by commas right after the
    sentence's subject, which names no year of its own ("Russia, accounting for 10.7% of total
    imports, was Turkey's top supplier in 2021": 2021); else None."""
    if not (
        _NAME_BEFORE_ASIDE.fullmatch(text, sentence_start, clause_start)
        and text[clause_end : clause_end + 1] == ","
    ):
        return None
    after = [m for m in mentions if m.start >= clause_end and m.role == "own" and m.period]
    years = {m.period for m in after}
    return after[0] if len(years) == 1 else None


def _change_years(text, sentence_start, sentence_end, quantity, own, others):
    """(base year, year) of a change written over two years ("rose 200% between 2021 and
    2023", "tripled from 2019 to 2022"): the one such span in the sentence, with no other figure
    between it and the change and holding the year read as the change's own (if any); else
    None."""
    spans = list(_YEARS_OF_CHANGE.finditer(text, sentence_start, sentence_end))
    if len(spans) != 1:
        return None
    span = spans[0]
    if own is not None and not span.start() <= own.start < span.end():
        return None
    low, high = sorted((min(span.end(), quantity.start), max(span.start(), quantity.end)))
    if any(low <= a < high for a, _ in others if sentence_start <= a < sentence_end):
        return None
    first, second = [y for y in span.groups() if y]
    return (first, second) if int(first) < int(second) else None


_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:highest|lowest|largest|biggest|smallest|strongest|weakest|best|worst|most|least"
    r"|first\s+time|record)\b[^.;:,\d]{0,25}$",
    re.IGNORECASE,
)


def _span_of_years(text, sentence_start, sentence_end, quantity, own, others) -> str:
    """The words ('since 2020', 'between 2019 and 2021') that make the figure a total over
    several periods: in its sentence before it, or right after it, with no other figure in
    between, and holding the period read as the figure's own (if any); else ''."""
    figures = [(a, b) for a, b in others if sentence_start <= a < sentence_end]
    for match in _SPAN.finditer(text, sentence_start, sentence_end):
        if re.match(r"\s*,\s*when\b", text[match.end() :]):
            continue  # "the lowest since 2016, when it stood at $16.9 billion": that year's
        if _SUPERLATIVE_BEFORE.search(text, max(sentence_start, match.start() - 40), match.start()):
            continue  # "26.3 bcm, the highest since 2017": one year's level, compared
        if match.start() < quantity.start:
            low, high = match.end(), quantity.start
        else:
            low, high = quantity.end, match.start()
            if high - low > 40:
                continue
        if any(low <= a < high for a, _ in figures):
            continue
        if own is not None and not (match.start() <= own.start < match.end()):
            continue
        return " ".join(match.group(0).split())
    return ""


def _after_document(ctx, period: str, basis: str) -> bool:
    """Whether a period read from the text had not ended by the document's date (a later year,
    the document's own year, or a month or span of months ending after the document's month):
    nothing can have been recorded for the whole of it yet."""
    if ctx.document_year is None or basis not in ("stated", "relative"):
        return False
    last = period.split("/")[-1]
    if not last[:4].isdigit():
        return False
    year, month = int(last[:4]), int(last[5:7]) if last[5:7].isdigit() else 12
    if ctx.document_month is None:
        return year > ctx.document_year
    return (year, month) >= (ctx.document_year, ctx.document_month)


_NUMERAL_WRITTEN = re.compile(r"\d(?:[\d,.]|[ \u00a0\u202f](?=\d{3}))*")


def _numeral(text: str, quantity: Quantity) -> str:
    match = _NUMERAL_WRITTEN.search(text[quantity.start : quantity.end])
    return match.group(0) if match else ""


def _grouped_thousands(ctx, text: str, quantity: Quantity, notes: list[str]) -> Quantity:
    """One dotted group ("1.500") is thousands where the text groups thousands with dots, a
    decimal where it marks decimals with them, else a figure that may be misread; a count is
    never a fraction ("1.500 companies": thousands, noted as unsure where the text does not
    settle it); one group after a plain space ("4 800") is a numeral where the text groups
    thousands with spaces, else it may be two figures."""
    numeral = _numeral(text, quantity)
    dots, spaces = ctx.thousands
    if re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", numeral):
        fraction_of_count = quantity.kind == "count" and quantity.value != int(quantity.value)
        if dots is None or (dots is False and fraction_of_count):
            notes.append("value_ambiguous")
        if (dots or fraction_of_count) and quantity.kind != "rank":
            high = quantity.value_high
            return quantity._replace(
                value=quantity.value * 1e3, value_high=high * 1e3 if high is not None else None
            )
    elif re.fullmatch(r"\d{1,3} \d{3}(?:,\d{1,2})?", numeral) and not spaces:
        notes.append("value_ambiguous")
    return quantity


_STRINGS_WORD = re.compile(r"\b(?:strings|lines|legs)\b", re.I)
_EACH_AFTER = re.compile(r"\s*(?:a\s+year\s+|per\s+year\s+|annually\s+)?each\b", re.I)
_CONNECTIVE_ASIDE = re.compile(
    r",\s*(?:meanwhile|however|in\s+turn|for\s+(?:its|their|his|her)\s+part|by\s+contrast"
    r"|in\s+contrast|though|moreover|furthermore|in\s+addition|in\s+fact|indeed|in\s+theory"
    r"|in\s+practice|on\s+the\s+other\s+hand|at\s+the\s+same\s+time|as\s+a\s+result"
    r"|therefore|thus|too|also|still|nonetheless|nevertheless|likewise|similarly)\s*,",
    re.IGNORECASE,
)


# A clause of cause after a figure, with a named subject and a verb of buying or selling: "...
# $68 billion as Turkey bought more Russian oil and gas", "because Gazprom cut deliveries".
_CAUSE_AFTER = re.compile(
    rf"\s(?:as|because|after)\s+(?=(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+"
    rf"(?:[a-z]+\s+)?(?:{alternation(CAUSE_VERBS)})\b)"
)


_DASH_FOR_VERB = re.compile(
    r"(?:(?:about|around|some|nearly|almost|roughly|only|just|over|under)\s+)?"
    r"(?:US\$|\$|€|USD\s?)?",
    re.IGNORECASE,
)


# A list line that opens with its figure ("• $45.6bn: imports from Russia in 2023").
_FIGURE_FIRST_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[•·*▪►‣◦-][ \t]*)?(?:US\$|\$|€|USD\s?)?$")


def _clause(text: str, start: int, end: int, quantity: Quantity) -> tuple[int, int]:
    """The figure's clause: between the nearest breaks before and after it in its sentence."""
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, start, end)]
    breaks += [m.span() for m in _CAUSE_AFTER.finditer(text, quantity.end, end)]
    breaks.sort()
    # "imports from Russia, dominated by gas, oil and coal, totalled $58.8 billion": an aside
    # on what a total is made of breaks nothing.
    asides = [m.span() for m in rd.COMPOSITION_ASIDE.finditer(text, start, end)]
    # Nor does a connective set off by commas after a bare subject ("Consumption, meanwhile,
    # hovers around 50 bcm"); after a clause of its own ("..., on the other hand, Russia
    # ranks second") it opens a new one.
    for match in _CONNECTIVE_ASIDE.finditer(text, start, end):
        opened = [b for a, b in breaks if b <= match.start()]
        subject = text[opened[-1] if opened else start : match.start()]
        if len(subject.split()) <= 4 and not re.search(r"\d", subject):
            asides.append(match.span())
    breaks = [b for b in breaks if not any(a <= b[0] < z for a, z in asides)]
    # "import from Turkey — 3.46 billion dollars": a dash standing for the verb right before
    # the figure joins it to the words it gives the figure of.
    breaks = [
        b for b in breaks
        if not (text[b[0]:b[1]].strip() in ("–", "—") and _DASH_FOR_VERB.fullmatch(
            text, b[1], quantity.start))
    ]  # fmt: skip
    # "• 50.48 bcm: total gas imports in 2023": a figure opening its list line, then a colon
    # or dash and the words saying what it is: those words are its clause.
    if _FIGURE_FIRST_LINE.search(text, 0, quantity.start):
        breaks = [
            b for b in breaks
            if not (text[b[0]:b[1]].strip() in (":", "–", "—", "-")
                    and not text[quantity.end:b[0]].strip())
        ]  # fmt: skip
    before = [b for b in breaks if b[1] <= quantity.start]
    after = [b for b in breaks if b[0] >= quantity.end]
    clause_start = before[-1][1] if before else start
    clause_end = after[0][0] if after else end
    # A figure in brackets belongs to the clause it comments on: "Iraq oil (11.4 mln tons)".
    if before and text[before[-1][0]] == "(":
        clause_start = before[-2][1] if len(before) > 1 else start
    return clause_start, clause_end


def _route_part(ctx, quantity, indicator, flow, breakdown, clause, sentence, others):
    """The part of a named gas route a flow or capacity is about: the part its clause (or its
    sentence) names ('the second string'), else for a flow the part that carries gas on beyond
    the landfall when its clause says so ('to European customers', 'to Hungary via Turkey'), or
    its sentence does while holding no other figure; None for the route as a whole."""
    text = ctx.text
    clause_text, sentence_text = text[clause[0] : clause[1]], text[sentence[0] : sentence[1]]
    route = breakdown.split(",")[0]
    if not route and indicator in _GAS_FLOWS:
        # "the second string of TurkStream, which runs on to Bulgaria, delivered 11 bcm to
        # European buyers": the one route its sentence names, with the part named there.
        named = rd.routes_named(sentence_text)
        route = named[0] if len(named) == 1 else ""
    if route not in rd.ROUTE_ENDS or not (indicator in _GAS_FLOWS or flow == "capacity"):
        return None
    part = rd.route_part(route, clause_text, sentence_text)
    if part is not None or flow != "import":
        return part
    supplier, landfall = rd.ROUTE_ENDS[route]
    for low, high in (clause, sentence):
        named = ctx.mentions_between(low, high, quantity.start)
        if any(m.role == "destination" and m.code == landfall for m in named):
            return None  # "... to Turkey": the landfall's own imports
        beyond = [m for m in named if m.role == "destination" and m.code not in (supplier, "WLD")]
        if beyond and (low, high) == clause:  # "4.1 bcm via TurkStream to Hungary"
            return next((p for p in rd.ROUTE_PARTS if p.route == route and p.onward), None)
        alone = (low, high) == clause or not any(low <= a < high for a, _ in others)
        found = rd.onward_part(route, text[low:high]) if alone else None
        if found is not None:
            return found
    return None


def _route_ends(ctx, breakdown, flow, reporter, partner, start, end, quantity, inferred):
    """(reporter, partner, whether the route gave the supplier) with a named gas route's ends
    where its sentence names no supplier: a route carries its supplier's gas ('8.6 bcm through
    the Kiyikoy landfall' is Russian gas) to its landfall country unless the text named the
    importer (an importer only guessed from the document gives way to the landfall), and its
    design capacity is the landfall country's, from that supplier."""
    supplier, landfall = rd.ROUTE_ENDS.get(breakdown.split(",")[0], ("", ""))
    if not supplier or flow not in ("import", "capacity"):
        return reporter, partner, False
    named = ctx.mentions_between(start, end, quantity.start)
    if flow == "import" and (reporter, partner) == (supplier, landfall):
        # Read against the route ("Russia's imports from Turkey via Blue Stream"): a pipeline
        # carries its supplier's gas to its landfall, never back; the route's ends, and the
        # reading is noted as inferred unless it was only a guess the route settles.
        return landfall, supplier, inferred
    if any(m.role in ("origin", "part") and m.code != supplier for m in named):
        return reporter, partner, False  # "Azerbaijani gas through ...": the sentence says whose
    if flow == "capacity" or inferred:
        return landfall, supplier, True
    return reporter if reporter != supplier else landfall, supplier, True


_OF_WHICH = re.compile(r"\bof\s+which\s*$", re.IGNORECASE)


def _whole_of_parts(ctx, quantity, measure, indicator, clause_start, clause_end,
                    sentence_index) -> dict | None:  # fmt: skip
    """The row of the whole a level written after 'of which' is a part of, when that whole
    (the figure before it in its sentence) is a flow from or to every partner and the part's
    clause names no country of its own; else None."""
    before = ctx.text[max(0, clause_start - 12) : clause_start]
    if measure != "level" or not _OF_WHICH.search(before):
        return None
    whole = next(
        (r.row for r in reversed(ctx.read)
         if r.sentence == sentence_index and r.row["start"] < clause_start),
        None,
    )  # fmt: skip
    if (
        whole is None
        or whole["partner"] != "WLD"
        or whole["flow"] not in ("import", "export")
        or whole["measure"] != "level"
        or whole["indicator"] != indicator
    ):
        return None
    if ctx.mentions_between(clause_start, clause_end, quantity.start):
        return None
    return whole


def _exports_of_which(ctx, quantity, measure, clause_start, sentence_index):
    """(exporter, taker) for a share written after 'of which' of a figure just before in its
    sentence that is a country's exports to every partner, else None."""
    before = ctx.text[max(0, clause_start - 12) : clause_start]
    if measure != "share" or not _OF_WHICH.search(before):
        return None
    whole = next((r.row for r in reversed(ctx.read) if r.sentence == sentence_index), None)
    if whole is None or whole["flow"] != "export" or whole["partner"] != "WLD":
        return None
    named = ctx.mentions_between(clause_start, quantity.start, quantity.start)
    takers = [m.code for m in named if m.code != whole["reporter"]]
    return (whole["reporter"], takers[-1]) if takers else None


def _clause_holds_a_figure(text, sentence_start, sentence_end, span, figures) -> bool:
    """Whether the clause around `span` (anything with start and end) holds one of `figures`."""
    low, high = _clause(text, sentence_start, sentence_end, span)
    return any(low <= start and end <= high for start, end in figures)


def _listed_in(ctx: DocumentContext, sentence_index: int, sentence: str) -> str:
    """The ranking a bare place ('came third') is in, from the words of its sentence or the
    sentence before: arrivals when they speak of visitors and of nothing a country could
    rank in more readily (trade, gas, oil, investment); else ''."""
    window = sentence
    if sentence_index > 0:
        starts = ctx.layout.sentence_starts
        before = ctx.sentence_before(sentence_index)
        window = ctx.text[starts[before] : starts[before + 1]] + " " + sentence
    others = ("trade", "gas", "oil", "coal", "investment", "settlement", "construction")
    said = {t for t, pattern in rd.TOPICS if re.search(pattern, window, re.IGNORECASE)}
    if "tourism" in said and not said.intersection(others):
        return "visitor_arrivals_rank"
    return ""


def _opens_paragraph(ctx: DocumentContext, sentence_start: int) -> bool:
    """No words before the sentence in its paragraph."""
    paragraph_start, _ = ctx.layout.paragraph(sentence_start)
    return not ctx.text[paragraph_start:sentence_start].strip()


def _topic_before(ctx: DocumentContext, quantity: Quantity, sentence_start: int) -> str:
    """The topic of the sentence just before (or the one before that), for a clause that names
    none: "In 2017, it was $22.3 billion" after a sentence about the trade volume."""
    index = ctx.layout.sentence_index(sentence_start)
    for _ in range(2):  # the two sentences before, past the blank lines between paragraphs
        if index <= 0:
            break
        index = ctx.sentence_before(index)
        start = ctx.layout.sentence_starts[index]
        end = ctx.layout.sentence_starts[index + 1]
        found = rd.last_topic(ctx.text[start:end])
        if found:
            return found
    return ""


def _apposition_of(ctx: DocumentContext, quantity: Quantity) -> Read | None:
    """'9.9% (389,7 million cubic meters)': the bracketed figure restates the one before."""
    if not ctx.read:
        return None
    last = ctx.read[-1]
    between = ctx.text[last.row["end"] : quantity.start]
    return last if _APPOSITION.match(between) or _OR_RESTATED.fullmatch(between) else None


def _mentions(ctx: DocumentContext, index: int, start: int, end: int) -> list[pr.Mention]:
    if index not in ctx.mentions_by_sentence:
        sentence = ctx.text[start:end]
        found = [
            m
            for m in pr.find_mentions(sentence, start, ctx.document_year, ctx.document_month)
            if not ctx.layout.not_period.covers(m.start)
        ]
        ctx.mentions_by_sentence[index] = found
    return ctx.mentions_by_sentence[index]


def _period(ctx, quantity, own, mentions, apposition, sentence_index, paragraph_index, topic):
    """(period, granularity, basis, note) for a figure."""
    if apposition is not None:
        return apposition.period, apposition.granularity, apposition.basis, apposition.note
    if own is not None and own.role != "anaphor":
        if own.same_as_year is not None:
            reference = _reference_period(ctx, mentions, own, quantity, sentence_index)
            if reference:
                period = pr.shifted(reference, own.same_as_year - int(reference[:4]))
                note = f"the same period as {reference}, in {own.same_as_year}"
                return period, pr.granularity_of(period), "relative", note
            return str(own.same_as_year), "year", "stated", ""
        if own.shift is not None:
            reference = _reference_period(ctx, mentions, own, quantity, sentence_index)
            if reference:
                period = pr.shifted(reference, own.shift)
                # "55% a year earlier" after a figure whose own period was only inferred from
                # the document's date: this one is inferred too.
                guessed = _inferred_reference(ctx, mentions, own, sentence_index)
                return (
                    period,
                    pr.granularity_of(period),
                    guessed or "relative",
                    f"{'a year' if abs(own.shift) == 1 else f'{abs(own.shift)} years'}"
                    f" {'before' if own.shift < 0 else 'after'} the period named just before"
                    f" ({reference})",
                )
            return "", "none", "unknown", ""
        if own.month_only is not None:
            # "In January": a year named in the sentence, else the latest such month before
            # the document's date, else the year the sentences before speak of.
            dated = [m for m in mentions if m.period]
            year, basis = None, "context"
            spoken = _year_spoken_of(ctx, sentence_index, month=True)
            month_said = own.month_only if own.month_only < 100 else own.month_only // 100
            if dated:
                year = int(min(dated, key=lambda m: abs(m.start - quantity.start)).period[:4])
                if (
                    ctx.document_year is not None
                    and ctx.document_month is not None
                    and (year, month_said) > (ctx.document_year, ctx.document_month)
                ):
                    # "December arrivals were 608,000t, and January 2022 arrivals 0.52mn t",
                    # written in March 2022: that December had not come; the one before had.
                    year = None
            if (
                year is None
                and spoken is not None
                and (
                    ctx.document_year is None
                    or ctx.document_year - 1 <= spoken[0] <= ctx.document_year
                )
            ):
                # "January saw 2.8 million arrivals" after figures for 2024: that year's, not
                # the January before the document's date.
                year, read = spoken
                period = pr.with_year(own, year)
                note = f"a month named without its year; the year of the figures before ({year})"
                if read.paragraph != paragraph_index:
                    note = f"{ACROSS_PARAGRAPHS} ({year})"
                return period, pr.granularity_of(period), "context", note
            elif year is None and ctx.document_year is not None:
                first, last = divmod(own.month_only, 100) if own.month_only >= 100 else (0, 0)
                month = own.month_only if own.month_only < 100 else first
                now = ctx.document_month
                if now is not None and first and first <= now < last:
                    # "In the first half", said in March: this year's, still under way (a
                    # forecast?), or last year's? The date leaves it open.
                    written = ctx.text[own.start : own.end].strip()
                    return "", "none", "unknown", f"'{written}' is under way at the document's date"
                after = now is not None and month > now
                year, basis = ctx.document_year - after, "relative"
            elif year is None:
                year = _year_from_context(ctx, sentence_index)
            if year is None:
                return "", "none", "unknown", ""
            period = pr.with_year(own, year)
            note = f"a month named without its year, {ctx.date_said}" if basis == "relative" else ""
            return period, pr.granularity_of(period), basis, note
        if own.granularity == "to_date":
            written = ctx.text[own.start : own.end].strip()
            note = f"'{written}': from January to a month the text does not name"
            return "", "none", "unknown", note
        if own.granularity == "trailing":
            written = ctx.text[own.start : own.end].strip()
            note = f"'{written}': a span of months ending at a month the text does not name"
            return "", "none", "unknown", note
        if own.granularity == "season":
            # No record counts seasons: the months are shown, never compared.
            written = ctx.text[own.start : own.end].strip()
            if not own.period:
                return "", "none", "unknown", f"'{written}': the season is not dated"
            if own.relative:
                return own.period, "season", "relative", f"'{written}' {ctx.date_said}"
            return own.period, "season", "stated", ""
        if own.relative:
            written = ctx.text[own.start : own.end].strip()
            if not own.period:
                return "", "none", "unknown", f"'{written}', and {UNDATED}"
            return own.period, own.granularity, "relative", f"'{written}' {ctx.date_said}"
        return own.period, own.granularity, "stated", ""
    anaphor = own is not None
    inherited = _context_period(
        ctx,
        sentence_index,
        paragraph_index,
        topic,
        anaphor,
        own.start if anaphor else None,
        ranked=quantity.kind == "rank",
    )
    if inherited and not anaphor and _said_of_now(ctx, quantity, mentions):
        # "There are now about 2,800 companies with Russian capital", "Nearly 2,000 companies
        # ... operate in Turkey": the state at the document's date, not the year before.
        inherited = None
    if inherited:
        return inherited
    cited = _cited_year(ctx, quantity.end)
    if cited:
        return cited
    if ctx.document_year is not None:
        year = ctx.document_year - 1
        note = (
            f"no year in the text; the latest full year before the document's date "
            f"({ctx.document_year}) is {year}"
        )
        return str(year), "year", "document_date", note
    return "", "none", "unknown", ""


# Words that put a figure at the time of writing.
_NOW = re.compile(
    r"\b(?:now|currently|today|at\s+present|presently|nowadays|these\s+days|to\s+date)\b", re.I
)
# A count of firms in the present tense ("operate", "are registered", "there are").
_PRESENT_COUNT = re.compile(
    r"\b(?:there\s+are|operate|operating|work|exist|exceeds|tops|totals|stands\s+at"
    r"|are\s+(?:registered|active|operating|present|based)"
    r"|have\s+(?:been\s+)?(?:registered|set\s+up|opened))\b",
    re.I,
)


def _said_of_now(ctx, quantity, mentions) -> bool:
    """A figure whose sentence names no period and says it is the present state."""
    if any(m.period for m in mentions):
        return False
    start, end = ctx.layout.context(quantity.start, quantity.end)
    sentence = ctx.text[start:end]
    return bool(_NOW.search(sentence)) or (
        quantity.kind == "count" and bool(_PRESENT_COUNT.search(sentence))
    )


def _inferred_reference(ctx, mentions, own, sentence_index) -> str:
    """The basis of the figure before whose period 'a year earlier' counts from, when that
    period was inferred (no period written in its sentence); else ''."""
    if any(m.period and m.role == "own" and m.shift is None and m.start < own.start
           for m in mentions):  # fmt: skip
        return ""
    previous = next((r for r in ctx.recent(sentence_index) if r.period), None)
    inferred = previous is not None and previous.basis in ("document_date", "cited_source")
    return previous.basis if inferred else ""


def _reference_period(ctx, mentions, own, quantity, sentence_index) -> str:
    """The period 'a year earlier' counts from: named before it in the sentence, or before."""
    earlier = [
        m
        for m in mentions
        if m.period and m.role == "own" and m.shift is None and m.start < own.start
    ]
    if earlier:
        return earlier[-1].period
    # "A year earlier they were $5.8 billion" counts from a period named in its paragraph,
    # never one across a paragraph break (a new subject); "the same period of 2022" names its
    # year and takes only the months from before.
    paragraph = ctx.layout.paragraph_index(quantity.start) if own.shift is not None else None
    previous = next((r for r in ctx.recent(sentence_index, paragraph) if r.period), None)
    return previous.period if previous else ""


def _year_spoken_of(ctx, sentence_index, month: bool = False) -> tuple[int, Read] | None:
    """(year, figure) of the nearest figure read in the few sentences before whose period was
    written (not a guess from the document's date), when it is not a deadline, design or base.
    For a month named alone (`month`), a later year of a month's figure among them wins: "8.4
    million in July [2024]. Last year, Russia's share was 12.8%. In August, 8.7 million" is
    August of July's year, not of the year an aside looked back to."""

    def spoken(read: Read) -> bool:
        return (
            read.period[:4].isdigit()
            and read.basis in ("stated", "relative", "context")
            and read.row["measure"] not in ("target", "capacity")
            and not read.base
            and not read.note.startswith((ACROSS_PARAGRAPHS, FROM_A_GUESS))
        )

    found = [read for read in ctx.recent(sentence_index) if spoken(read)]
    if not found:
        return None
    nearest = found[0]
    if month:  # the latest month's figure read before, however far back
        monthly = next(
            (r for r in reversed(ctx.read)
             if r.sentence < sentence_index and r.granularity in ("month", "month_range")
             and spoken(r)),
            None,
        )  # fmt: skip
        if monthly is not None and int(monthly.period[:4]) > int(nearest.period[:4]):
            nearest = monthly
    return int(nearest.period[:4]), nearest


def _year_from_context(ctx, sentence_index) -> int | None:
    """The year the figures or sentences just before speak of (for a month named alone in an
    undated text whose own sentence names no year)."""
    previous = next((r for r in ctx.recent(sentence_index) if r.period), None)
    if previous:
        return int(previous.period[:4])
    for index in range(sentence_index - 1, max(-1, sentence_index - CONTEXT_SENTENCES - 1), -1):
        named = [m for m in ctx.mentions_by_sentence.get(index, []) if m.period]
        if named:
            return int(named[-1].period[:4])
    return None


def _context_period(
    ctx,
    sentence_index,
    paragraph_index,
    topic: str,
    anaphor: bool,
    written_at: int | None = None,
    ranked: bool = False,
):
    """A period carried over from this sentence's figures, or from the sentence before when it
    is about the same thing (or the clause points back: "during the reporting period", "that
    year": the period its own sentence named before it, else the sentences before)."""
    if anaphor:  # "during the reporting period": the period the sentences before report on
        first = sentence_index if written_at is not None else sentence_index - 1
        starts = ctx.layout.sentence_starts
        for index in range(first, max(-1, sentence_index - 3), -1):
            start = starts[index]
            end = starts[index + 1] if index + 1 < len(starts) else len(ctx.text)
            stated = [
                m
                for m in _mentions(ctx, index, start, end)
                if m.period
                and m.role == "own"
                and m.shift is None
                and (index < sentence_index or m.end <= written_at)
            ]
            if index == sentence_index:
                stated = stated[-1:]  # the nearest before it
            else:  # a year that only dates a comparison base is not the one pointed to
                bases = _periods_dating_nothing(ctx, index)
                stated = [m for m in stated if m.period not in bases] or stated
            if len({m.period for m in stated}) > 1:
                # "26.6 bcm in 2015, ... 14.6 bcm in 2019. ... that year": several periods it
                # may point to; the nearest is taken, as a guess.
                mention = stated[-1]
                note = f"{SEVERAL_PERIODS} ({mention.period})"
                return mention.period, mention.granularity, "context", note
            if stated:
                note = (
                    f"'the period' it refers to, named in the sentence before ({stated[0].period})"
                )
                return stated[0].period, stated[0].granularity, "context", note
    for previous in ctx.recent(sentence_index):
        if not previous.period or previous.basis not in ("stated", "relative", "context"):
            continue
        if (
            previous.row["measure"] in ("target", "capacity")
            or previous.base
            or previous.indicator in rd.PLANT_INDICATORS
        ):
            continue  # a deadline, a design figure or a comparison base dates nothing else
        same_sentence = previous.sentence == sentence_index
        # The sentence just before, about the same thing: a news story runs on across
        # paragraphs ("... $40.1 billion, the customs service said. / Exports fell to ...").
        # A place in a list in a new paragraph may as well be said of another time ("... in
        # 2023. / Turkey ranks third among Russia's markets"): its carried period is a guess.
        before = ctx.sentence_before(sentence_index)
        close = previous.sentence >= before and (previous.topic == topic or not topic)
        close = close and (previous.paragraph == paragraph_index or previous.topic == topic)
        several = False
        if not same_sentence and (close or anaphor):
            # The sentence before speaks of its first figure's period ("52% from 19% in the
            # same period of 2022": 2022 is only the comparison).
            # Never a comparison base ("rose from $28.96 billion in 2021, an increase of 103
            # pct": the sentence speaks of the year it compares with 2021).
            dated = [
                r
                for r in ctx.read
                if r.sentence == previous.sentence
                and r.period
                and r.row["measure"] not in ("target", "capacity")
                and not r.base
            ]
            previous = dated[0] if dated else previous
            # "... rose from 35.8 bcm in 2010 to 51.6 bcm in 2017, while imports fell from
            # 26.9 bcm in 2014 to 22.8 bcm in 2018. The share declined from 55% to 46%": its
            # figures' own periods run over several years, so which one is meant is a guess.
            several = len({r.period for r in dated if r.basis == "stated"}) > 2
        if same_sentence or close or anaphor:
            note = f"no period in its sentence; taken from the figure before ({previous.period})"
            if previous.paragraph != paragraph_index and not anaphor and ranked:
                note = f"{ACROSS_PARAGRAPHS} ({previous.period})"
            elif "period_inferred" in previous.row.get("reading_notes", "").split(";"):
                note = f"{FROM_A_GUESS} ({previous.period})"
            elif several:
                note = f"{SEVERAL_BEFORE} ({previous.period})"
            return previous.period, previous.granularity, "context", note
    # A period named in the sentence before, with no figure of its own ("In March 2020 ...").
    if sentence_index >= 1:
        start = ctx.layout.sentence_starts[sentence_index - 1]
        end = ctx.layout.sentence_starts[sentence_index]
        same_paragraph = ctx.layout.paragraph_index(start) == paragraph_index
        # A year that only dates a comparison base ("rose from $28.96 billion in 2021")
        # dates nothing else: the sentence speaks of the period it compares with it.
        # Nor does a goal's deadline ("the $100 billion target set for 2020").
        bases = _periods_dating_nothing(ctx, sentence_index - 1, goals=True)
        named = [
            m
            for m in _mentions(ctx, sentence_index - 1, start, end)
            if m.period and m.role == "own" and m.period not in bases
        ]
        previous_topic = rd.last_topic(ctx.text[start:end])
        related = bool(topic) and previous_topic == topic
        if named and (anaphor or (same_paragraph and related)):
            mention = named[-1]
            note = f"no period in its sentence; taken from the sentence before ({mention.period})"
            return mention.period, mention.granularity, "context", note
    return None


def _periods_dating_nothing(ctx: DocumentContext, sentence: int, goals: bool = False) -> set:
    """The periods of a sentence's figures that only date a comparison base (with `goals`, or
    a goal's deadline): they date no figure after it."""
    figures = [r for r in ctx.read if r.sentence == sentence]

    def dates_nothing(read) -> bool:
        return bool(read.base) or (goals and read.row["measure"] == "target")

    return {r.period for r in figures if dates_nothing(r)} - {
        r.period for r in figures if not dates_nothing(r)
    }


def _cited_year(ctx: DocumentContext, end: int):
    """The year before the first citation that follows the figure in its paragraph."""
    layout = ctx.layout
    _, paragraph_end = layout.paragraph(end)
    first = bisect.bisect_left(layout.citation_starts, end)
    for mask in itertools.islice(layout.citations, first, None):
        if mask.start >= paragraph_end:
            break
        citation = ctx.text[mask.start : mask.end]
        year_match = re.search(YEAR, citation)
        if not year_match:
            continue
        year = int(year_match.group(0)) - 1
        shown = " ".join(citation.split())
        note = (
            f"no year in the text; the cited source {shown} is dated {year + 1}, "
            f"so the latest full year before it, {year}"
        )
        return str(year), "year", "cited_source", note
    return None


def _base_figure_period(ctx, sentence_index: int, topic: str, period: str) -> str:
    """The period of the comparison base read last in this sentence, about the same thing and
    of the same granularity as `period` but earlier; else ''."""
    bases = [
        r for r in ctx.read
        if r.sentence == sentence_index and r.base and r.topic == topic and r.period
        and pr.granularity_of(r.period) == pr.granularity_of(period) and r.period < period
    ]  # fmt: skip
    return bases[-1].period if bases else ""


def _base_period(ctx, mentions, quantity, period, sentence_index) -> str:
    base = pr.base_mention(mentions, quantity.start, quantity.end)
    if base is None:
        return ""
    if base.shift is not None:
        return pr.shifted(period, base.shift)
    if base.same_as_year is not None:
        return pr.shifted(period, base.same_as_year - int(period[:4]))
    if base.month_only is not None:
        year = int(period[:4]) - (1 if "last year" in ctx.text[base.start : base.end] else 0)
        return pr.with_year(base, year)
    return base.period


def _indicator(quantity, name, topic, clause, sentence, unit) -> tuple[str, str]:
    if name == "rank":
        noun_text = f"{quantity.noun} " + clause
        indicator, _ = rd.rank_indicator(topic, noun_text)
        return indicator, "rank"
    if name == "share":
        if _IMPORT_DEPENDENCE.search(sentence):
            return "import_dependence", "percent"
        if topic == "trade" and _COMPOSITION.search(clause):
            return "trade_composition_share", "percent"
        if rd.share_of_output(clause, sentence):
            return "", unit  # a share of electricity or of a plant's output: no import share
        return rd.SHARE_INDICATORS.get(topic, ""), unit
    if name == "change":
        indicator = rd.CHANGE_INDICATORS.get(topic, "")
        if quantity.kind in ("percent",):
            return indicator, unit
        level, level_unit = rd.level_indicator(topic, quantity)
        return level or indicator, level_unit or unit
    if quantity.kind == "distance" and re.search(r"\bborders?\b", sentence, re.I):
        return "border_length", "km"
    indicator, unit = rd.level_indicator(topic, quantity)
    if indicator == "incident_persons" and _AT_WORK.search(clause):
        return "", unit  # "25,000 people were working at the site": a workforce, no incident
    return indicator, unit


_GOODS_WORD = re.compile(
    r"\b(?:energy|fuels?|oil|gas|coal|crude|petroleum|lng|metals?|steel|iron|grain|wheat|food"
    r"|fertili[sz]ers?|chemicals?|machinery|vehicles|cars|agricultur\w*|products|goods"
    r"|commodit\w*|textiles?|fruits?|vegetables|HS\s?\d+|chapter)\b",
    re.IGNORECASE,
)
# The words before a relative clause's comma that name a kind of gas (citation markers
# aside): "purchases of liquefied natural gas,[50] which reached 12.9 bcm".
_RELATIVE_AFTER_GAS = re.compile(
    r"(?:\blng\b|liquefied\s+natural\s+gas|\bpipeline\s+gas)\s*,?\s*(?:\[\d+\])*\s*,?\s*$",
    re.IGNORECASE,
)
_PRODUCT_WORD = re.compile(
    r"\blng\b|liquefied|pipeline|piped|crude|products|diesel|gasoline|petrol|fuel", re.IGNORECASE
)
_COMPARES_OPENING = re.compile(
    r"\s*(?:That|This|It|These|Those)\s+(?:compares?|compared)\s+(?:with|to|against)\b", re.I
)
_EUROPEAN = re.compile(r"\bEurop(?:e|ean)\b", re.IGNORECASE)
_IMPORTS_NOUN = re.compile(r"\bimports\b", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(
    r"\b(?:total|combined|overall|joint|aggregate|together|in\s+all)\b", re.I
)
_LNG = re.compile(r"\blng\b|\bliquefied\b", re.IGNORECASE)
_SUBSET_BEFORE = re.compile(
    r"\b(?:first|last|other|remaining|next|initial|final|latter|former)\s+$", re.IGNORECASE
)
_AT_WORK = re.compile(
    r"\b(?:working|worked|work|employed|employs?|employment|jobs|workforce|staff)\b", re.I
)


_REASON_OR_CONTRAST = re.compile(
    r",\s*(?:as|while|whereas|but|because|although|though|since)\s+(?!(?:well|much|many|of"
    r"|compared|against|\d))"
    # "up from 19pc in 2017 when Iraqi grades dominated": what the year was like, not the sides
    r"|(?<=\d{4})\s+when\s+"
    # ", leaving a deficit of $35 billion for Ankara": the result the figure leads to, another
    # quantity whose owner is no side of the figure
    r"|,\s*(?:leaving|resulting\s+in|widening|narrowing)\s"
    # ", Caspian Report informs with reference to Türkiye's Energy Market Regulatory
    # Authority": who reports the figure, not who trades ("Türkiye's ... Market" sells nothing)
    r"|,\s*(?:(?:[\w.-]+\s+){0,3}informs\s+)?(?:with|in)\s+reference\s+to\s"
    r"|,\s*(?:[\w.-]+\s+){1,3}informs\b",
    re.IGNORECASE,
)


def _direction(ctx, quantity, clause_start, clause_end, sentence_start, sentence_end,
               apposition, sentence_index) -> tuple[Direction, str]:  # fmt: skip
    """The sides read for a figure and where they came from: 'text', 'context' or ''."""
    text = ctx.text
    clause = direction_from(
        ctx.mentions_between(clause_start, clause_end, quantity.start), quantity.start
    )
    # A clause after the figure's that gives a reason or a contrast (", as buyers turned to
    # Azerbaijani gas", ", while exports to Iraq grew") speaks of other flows: its countries
    # lend the figure no side.
    aside = _REASON_OR_CONTRAST.search(text, max(clause_end, quantity.end), sentence_end)
    sides_end = aside.start() if aside else sentence_end
    sentence_mentions = ctx.mentions_between(sentence_start, sides_end, quantity.start)
    sentence = direction_from(sentence_mentions, quantity.start)
    clause_text = text[clause_start:clause_end]
    kind = flow_kind(clause_text) or flow_kind(text[sentence_start:sentence_end])
    if _other_way_in_sentence(ctx, clause_text, clause_start, sentence_start, quantity):
        # "Turkey's exports to Russia were $4.1 billion, while its imports reached $23
        # billion": the same country's flow the other way, so the sentence's sides swap.
        sentence = Direction(sentence.destination, sentence.origin, sentence.pair, sentence.part,
                             sentence.owner)  # fmt: skip
    subject = _subject(ctx, quantity) if quantity.kind != "rank" else ""
    if subject and subject not in (clause.origin, clause.destination, clause.part):
        # "Iraq, the top supplier, shipped 1.1 Mt": the sentence's subject does the verb;
        # "Russia overtook China to become Turkey's largest import source, with goods worth
        # $58.8 billion": a subject that becomes a source sells, one that becomes a market buys.
        becomes = _SUBJECT_BECOMES.search(text, sentence_start, quantity.start)
        whole = _UNOWNED_WHOLE.match(text, quantity.end) if quantity.kind == "percent" else None
        owned = _SUBJECTS_SHARE.search(text, sentence_start, quantity.start)
        if owned and not (clause.origin or clause.destination or clause.part):
            # "Iraq kept its share of crude imports at 20%": the subject owns the share, a seller
            # unless it exports none of the goods (then it is the importer).
            role = possessive_role(subject, text[owned.end() : max(clause_end, quantity.end)])
            if role == "destination":
                clause = Direction(clause.origin, subject, clause.pair, "", clause.owner)
            else:
                clause = Direction(clause.origin, clause.destination, clause.pair, subject,
                                   clause.owner)  # fmt: skip
        elif whole and not (clause.origin or clause.destination):
            # "Russia, accounting for 10.7% of total imports, was Turkey's top supplier": the
            # subject of a share of a whole no one is named as owning is the part, a seller of
            # imports ("of all purchases") or a buyer of exports ("of total exports").
            if _WHOLE_FLOW[whole["whole"].lower()] == "import":
                clause = Direction(subject, "", clause.pair, clause.part, clause.owner)
            elif _WHOLE_FLOW[whole["whole"].lower()] == "export":
                clause = Direction("", subject, clause.pair, clause.part, clause.owner)
        elif (
            _OF_THE_TOTAL.match(text, quantity.end)
            and quantity.kind == "percent"
            and kind == "import"
            and not (clause.origin or clause.destination)
        ):
            # "Turkey imported 55.25 bcm, with Russia accounting for 51.9 percent of the
            # total": the subject of a share of the imports just stated is a seller, never
            # the whole's owner (a buyer's share of exports is another quantity: left as is).
            clause = Direction(subject, "", clause.pair, clause.part, clause.owner)
        elif becomes and becomes["seller"] and not clause.origin:
            clause = Direction(subject, clause.destination, clause.pair, clause.part, clause.owner)
        elif becomes and becomes["buyer"] and not clause.destination:
            clause = Direction(clause.origin, subject, clause.pair, clause.part, clause.owner)
        elif kind == "export" and not clause.origin:
            clause = Direction(subject, clause.destination, clause.pair, clause.part, clause.owner)
        elif kind == "import" and not clause.destination:
            clause = Direction(clause.origin, subject, clause.pair, clause.part, clause.owner)
    if clause.owner:
        if kind == "export" and not clause.origin:
            clause = Direction(clause.owner, clause.destination, clause.pair, clause.part, "")
        elif kind != "export" and not clause.destination:
            clause = Direction(clause.origin, clause.owner, clause.pair, clause.part, "")
    # A part ("Azerbaijan (share of 23.5%)") belongs to its own clause only; elsewhere in the
    # sentence it is where the gas or goods come from ("the share of Russian gas fell to 9.9%,
    # while a year earlier it was 33%").
    other_part = sentence.part if sentence.part != clause.part else ""
    origin = sentence.origin or other_part
    sentence = Direction(
        "" if clause.part and origin == clause.part else origin,
        sentence.destination,
        sentence.pair,
        "",
        sentence.owner,
    )
    direction = clause.merged(sentence)
    if apposition is not None:
        restated = apposition.direction
        row = apposition.row
        unsided = not any((restated.origin, restated.destination, restated.part))
        if unsided and row["flow"] in ("import", "export"):
            # The figure it restates took its sides from a list or a compared country
            # ("Azerbaijan followed with 10.3 bcm (20.3 percent)"): the sides it was read with.
            # Like that figure, it is an aside whose sides later figures never take.
            importer, exporter = row["reporter"], row["partner"]
            if row["flow"] == "export":
                importer, exporter = exporter, importer
            return direction.merged(Direction(exporter, importer)), "compared"
        direction = direction.merged(restated)
    found = any((direction.origin, direction.destination, direction.pair, direction.part,
                 direction.owner))  # fmt: skip
    base = _compared_figure(ctx, quantity, sentence_index, clause_start)
    if base is not None:
        row = base.row
        if row["partner"] == "WLD" and row["flow"] == "export":
            return Direction(row["reporter"], "WLD"), "text"
        if row["partner"] == "WLD":
            # "LNG imports were 12 bcm, compared with 33 bcm by pipeline", "welcomed 62.3
            # million visitors, up from 56.7 million": the whole again.
            return Direction("WLD", row["reporter"]), "text"
        return base.direction, "text"
    gapped = _gapped_direction(ctx, quantity, sentence_index, sentence_mentions)
    if gapped is not None:
        return gapped, "compared"
    rival = _compared_owner(ctx, quantity, sentence_mentions)
    if rival is not None:
        return _in_place_of(direction, rival, sentence_mentions, ctx), "compared"
    if not found and not sentence_mentions:
        # "Turkey leans on Russian crude. In March its share of crude imports reached 55%": a
        # possessive pronoun stands for the subject of the sentence before.
        pronoun = _pronoun_direction(ctx, quantity, sentence_start, clause_end, sentence_index)
        direction = direction.merged(pronoun) if pronoun is not None else direction
    read_here = direction
    nearest = next(iter(ctx.recent(sentence_index)), None)
    if (
        not found
        and not sentence_mentions
        and nearest is not None
        and nearest.sentence < sentence_index
        and nearest.row["partner"] == "WLD"
        and nearest.row["flow"] == "import"
        and kind in ("import", "")
        and quantity.kind == "volume"
    ):
        # "Türkiye imported 50.48 bcm of gas in 2023. LNG imports totaled 17.2 bcm, while
        # pipeline gas accounted for 36.21 bcm": parts of the whole just read, naming no
        # country, are from every partner too (not from the supplier named before the whole).
        return Direction("WLD", nearest.row["reporter"]), "context"
    for previous in ctx.recent(sentence_index):
        carried = previous.direction
        origin, destination = carried.origin, carried.destination
        if origin == "WLD" and sentence_mentions and previous.row["product"] in (
            "lng", "pipeline_gas"
        ):  # fmt: skip
            origin = ""  # LNG or pipeline gas from every partner: no side of a named country's
        if previous.indicator == "merchandise_trade" and {previous.row.get("flow"), kind} == {
            "export",
            "import",
        }:
            # "its exports to Russia reached $10.9 billion. In January, imports were $3.1
            # billion": the same country's flow the other way, so the sides swap.
            origin, destination = destination, origin
        direction = direction.merged(Direction(origin, destination, carried.pair, "", ""))
    # Sides carried over from earlier sentences are doubtful when this sentence names a
    # country they leave unexplained ("through Ukraine to Europe" after sentences on Turkey).
    sides = {direction.origin, direction.destination, direction.part, direction.owner}
    sides |= set(direction.pair)
    named = {m.code for m in sentence_mentions if m.role not in ("compared", "name")}
    if direction != read_here and named - sides:
        return direction, "doubtful"
    return direction, "text" if found else "context"


_POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
_SUBJECTS_SHARE = re.compile(r"\b(?:its|their)(?=\s+(?:[\w-]+\s+)?share\s+of\b)", re.IGNORECASE)
SUBJECT_WITHIN = 60  # characters from a sentence's start in which its subject is named


def _pronoun_direction(ctx, quantity, sentence_start, clause_end, sentence_index):
    """The side a possessive pronoun before the figure gives ("its share of crude imports"),
    standing for the country the sentence before opens with (its subject), read by the words
    after the pronoun as if the name were written there; None when there is no such pronoun or
    subject."""
    text = ctx.text
    pronouns = list(_POSSESSIVE_PRONOUN.finditer(text, sentence_start, quantity.start))
    previous = ctx.sentence_before(sentence_index)
    if not pronouns or previous >= sentence_index:
        return None
    start = ctx.layout.sentence_starts[previous]
    end = ctx.layout.sentence_starts[previous + 1]
    subjects = [
        m for m in ctx.mentions_between(start, end, start)
        if m.role not in ("compared", "name", "pair") and m.position - start <= SUBJECT_WITHIN
    ]  # fmt: skip
    if not subjects:
        return None
    code = subjects[0].code
    role = possessive_role(code, text[pronouns[-1].end() : max(clause_end, quantity.end)])
    return Direction(
        origin=code if role == "origin" else "",
        destination=code if role == "destination" else "",
        part=code if role == "part" else "",
        owner=code if role == "owner" else "",
    )


_SUBJECT_BECOMES = re.compile(
    r"\b(?:become|became|becomes|becoming|is|was|remains?|remained|ranks?|ranked)\s+(?:[\w’'-]+"
    r"\s+){0,4}?(?:(?P<seller>(?:import\s+)?(?:sources?|suppliers?|providers?|exporters?))"
    r"|(?P<buyer>(?:export\s+)?(?:markets?|customers?|buyers?|destinations?|importers?)))\b",
    re.IGNORECASE,
)


_RELATIVE_OPENING = re.compile(r"\s*,?\s*(?:which|that)\s", re.IGNORECASE)


def _other_way_in_sentence(ctx, clause_text, clause_start, sentence_start, quantity) -> bool:
    """A clause that names no country and speaks of exports (or imports) after an earlier
    clause of its sentence spoke of the other flow between named countries."""
    own = flow_kind(clause_text)
    if own not in ("export", "import") or ctx.mentions_between(
        clause_start, clause_start + len(clause_text), quantity.start
    ):
        return False
    if quantity.kind == "percent" and _RELATIVE_OPENING.match(clause_text):
        # "Azerbaijan supplied 10.26 bcm to Türkiye, which accounted for 20.3 percent of the
        # country's total imports": a share said in a relative clause is the same flow's, seen
        # from the buyer's side, not the flow the other way.
        return False
    if _WHOLE_OF_A_FLOW.search(clause_text) and _APPOSITION_OPENING.match(clause_text):
        # "Gazprom sold 26.6 bcm to Turkey, more than half of total imports of 45.27 bcm": a
        # clause whose flow is the whole a share is of is the same flow from the buyer's side.
        return False
    earlier = ctx.text[sentence_start:clause_start]
    if re.search(rf"\b{own}", earlier, re.IGNORECASE):
        # "Russia supplied 51% of Turkey's oil imports, and in July its share of crude imports
        # reached 68%": the earlier clause speaks of this flow too (its seller's verb aside).
        return False
    named = ctx.mentions_between(sentence_start, clause_start, quantity.start)
    return bool(named) and {flow_kind(earlier), own} == {"export", "import"}


# A clause that opens with its figure (", more than half of total imports"): an apposition.
_APPOSITION_OPENING = re.compile(
    r"[\s,]*(?:(?:about|around|some|roughly|nearly|almost|well|just|over|under|more|less|than"
    r"|close|to|a|an|the|or)\s+)*(?:[\d$€]|(?:half|third|quarter|two|three|four|one)\b)",
    re.IGNORECASE,
)
_WHOLE_OF_A_FLOW = re.compile(
    r"\bof\s+(?:(?:the|its|their|total|overall|all|country's|country’s)\s+){0,3}"
    r"(?:(?:gas|oil|crude|energy|lng)\s+)?(?:imports|exports|purchases|sales)\b",
    re.IGNORECASE,
)


# "ahead of Germans at 6.2 million", "behind China with $60 billion": the figure right after
# a compared country is that country's, not the sentence subject's.
_OWNED_BY_COMPARED = re.compile(
    r"\s*(?:'s)?\s*(?:at|with|on|of|:|,)?\s*(?:an?\s+(?:share\s+of\s+)?)?"
    r"(?:about|around|some|nearly|almost|roughly|just)?"
    r"\s*(?:over|under|more\s+than|less\s+than)?\s*$",
    re.IGNORECASE,
)
# "Germany followed with 5 million", "the UK came third with nearly 2.6 million", "Iran was
# next at 7 bcm": the next entry of a list whose verb was written once.
_NEXT_IN_LIST = re.compile(
    r"\s*,?\s*(?P<order>(?:followed|came|ranked|placed|was|were|is|are)?\s*(?:next|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))?)\s*(?:,\s*)?"
    # "with an 11.9 percent share", "with a share of 12%": the entry's own figure
    r"(?:with|at|on)\s+(?:an?\s+(?:share\s+of\s+)?)?"
    r"(?:about|around|some|nearly|almost|roughly|just|over|under|more\s+than"
    r"|less\s+than)?\s*$",
    re.IGNORECASE,
)
# "Azerbaijan supplied 10.3 bcm. Iran was about 5.4 bcm.": the next entry of that list, said
# with a bare copula in a sentence of its own.
_NEXT_BY_COPULA = re.compile(
    r"\s+(?P<order>was|were|is|are|stood\s+at)\s+(?:(?:about|around|some|nearly|almost|roughly"
    r"|just|over|under|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
# "after Germany, where sales reached some 50 bcm": a relative clause on the compared country.
_RELATIVE_OF_COMPARED = re.compile(
    r"\s*,\s*(?:where|whose|in\s+which|which)\b[^,.;:()\d$€%]{0,50}$", re.IGNORECASE
)


# "up from 15 percent a year before", "from $62 billion a year earlier", "compared with
# 98,000 bpd": a base the figure before is compared with.
_BASE_CUE = re.compile(
    r"\b(?:(?:up|down)\s+from|from|compared\s+(?:with|to)|versus|vs\.?|(?:as\s+)?against"
    r"|instead\s+of|after|relative\s+to|double|twice|triple|treble|(?:\w+\s+)?times)"
    r"\s+(?:the\s+|a\s+|its\s+)?(?:(?:about|around|some|roughly|nearly|almost|just|over|under"
    r"|more\s+than|less\s+than)\s+)?"
    r"(?:\$\s?|us\$\s?|€\s?)?$",
    re.IGNORECASE,
)


# Series a reading settles on only once its sides are known, and what it is read as before.
_READ_AS = {"visitor_arrivals_all": "visitor_arrivals_foreign"}


# Money that is not the value of goods traded: a debt, a payment held up, a loss, a deal.
_MONEY_NOUNS = (
    r"payments?|deals?|contracts?|loans?|debts?|receivables|arrears|losses|loss|fines?|credits?"
    r"|owed|owes|owing"
)
_MONEY_AFTER = re.compile(
    rf"\s*(?:in|of|worth\s+of)?\s*(?:unpaid\s+|delayed\s+)?(?:{_MONEY_NOUNS})\b", re.IGNORECASE
)
_MONEY_BEFORE = re.compile(
    rf"\b(?:{_MONEY_NOUNS})\b(?P<between>[^.;:$€\d]{{0,40}}?)\s*(?:US\$|\$|€)?\s*$", re.IGNORECASE
)
_TRADE_WORD = re.compile(r"\b(?:trade|turnover|exports?|imports?|exported|imported|goods)\b", re.I)


def _not_trade_money(text: str, low: int, start: int, end: int, clause_end: int) -> bool:
    """Whether the money figure at [start, end) is a debt, payment, loss or deal its own words
    name (right after it, or before it with no word of trade between), not a flow of goods."""
    if _MONEY_AFTER.match(text, end, clause_end):
        return True
    before = _MONEY_BEFORE.search(text, low, start)
    return before is not None and not _TRADE_WORD.search(before["between"])


def _bare_base(text: str, clause_start: int, position: int) -> bool:
    """Whether the figure at `position` opens its clause as a comparison base and nothing
    else ("up from", "compared with"): its clause names no quantity of its own."""
    lead = text[clause_start:position]
    cue = _BASE_CUE.search(lead)
    return cue is not None and re.fullmatch(r"[\s,]*(?:and|while|but)?\s*", lead[: cue.start()])


def _compared_figure(ctx, quantity, sentence_index: int, clause_start: int):
    """The figure read just before in this sentence when this one is its comparison base,
    or its change against another period ("6.7 million ..., 4% more than in 2023"), and
    names no country of its own: the same quantity, so it takes its sides."""
    if not ctx.read or ctx.read[-1].sentence != sentence_index:
        return None
    start = max(clause_start, quantity.start - 40)
    cue = _BASE_CUE.search(ctx.text[start : quantity.start])
    more = _MORE_THAN.match(ctx.text, quantity.end)
    trailing = _trailing_change(ctx, quantity)
    if trailing and not cue and not more:  # "down from 22.8 bcm in 2018, a fall of 36%"
        # A change set after the figures it compares names their quantity; what follows it
        # in the sentence ("..., as buyers shifted to Azerbaijani gas") is another matter.
        low, high = trailing.start(), quantity.end + 1
        more = trailing
    elif cue:  # the base and what follows it in its clause name no country ("from 4.7 million
        # in 2021, while German arrivals ...": the next clause's country is not the base's)
        low, high = start + cue.start(), quantity.end + 40
        next_clause = _CLAUSE_BREAK.search(ctx.text, quantity.end, high)
        high = next_clause.start() if next_clause else high
    elif more:  # "4% more than in 2023": the comparison itself names none
        low, high = quantity.start, more.end() + 12
    else:
        return None
    if ctx.mentions_between(low, min(high, len(ctx.text)), quantity.start):
        return None
    if (
        cue
        and ctx.read[-1].row["end"] <= clause_start
        and ctx.mentions_between(clause_start, start + cue.start(), quantity.start)
    ):
        # "consumption rose to 51.6 bcm, while imports from Russia fell from 26.9 bcm to
        # 22.8 bcm": the start of a change in a clause of its own that names its own
        # countries, not a base of the figure before it in another clause.
        return None
    # What a figure is compared with is a figure of its own kind: "14.3 bcm, 28% of the total,
    # compared with 36.2 bcm" compares the volumes, not the share between them.
    if not cue:  # "12% more than in 2023": a change of the figure just before
        return ctx.read[-1]
    percent = quantity.kind == "percent"
    same_kind = (
        r for r in reversed(ctx.read)
        if r.sentence == sentence_index
        and (r.row["unit"] in ("percent", "percentage_points")) == percent
    )  # fmt: skip
    return next(same_kind, None)


# Between a figure and the change that follows it as an aside: ", a fall of", ", up".
_TRAILING_CHANGE = re.compile(
    r"[^,;:\d]{0,30}(?:\d{4}[^,;:\d]{0,6})?,\s*(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:fall|drop|decline"
    r"|decrease|rise|increase|jump|gain|surge|slump|plunge|growth|contraction|slide)\s+of"
    r"|(?:up|down)(?:\s+by)?)\s+(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than"
    r"|just|only)\s+)?",
    re.IGNORECASE,
)


def _trailing_change(ctx, quantity):
    """The match of the aside (", a fall of", ", up") between the figure read last and this
    one, when this one is a change set after it; else None."""
    return _TRAILING_CHANGE.fullmatch(ctx.text, ctx.read[-1].row["end"], quantity.start)


def _changed_figure(ctx, quantity, sentence_index: int, topic: str, clause: str):
    """The level a change written after it as an aside is the change of ("Turkish exports
    came to $4.5 billion, up 8.5% on the year before"), when the change's clause names no
    flow of its own; else None."""
    if not ctx.read or ctx.read[-1].sentence != sentence_index or rd.names_a_flow(clause):
        return None
    last = ctx.read[-1]
    if last.topic != topic or last.row["measure"] != "level" or not _trailing_change(ctx, quantity):
        return None
    return last


_MORE_THAN = re.compile(
    r"\s*(?:more|less|fewer|higher|lower|up|down|above|below)\s+(?:than|on|from|compared)\b",
    re.IGNORECASE,
)


def _compared_owner(ctx, quantity, mentions):
    """The compared mention that owns this figure (it stands right before it), or None."""
    before = [m for m in mentions if m.role == "compared" and m.position < quantity.start]
    if not before:
        return None
    nearest = max(before, key=lambda m: m.position)
    match = ctx.pattern.match(ctx.text, nearest.position)
    if match is None or quantity.start - match.end() > 70:
        return None
    between = ctx.text[match.end() : quantity.start]
    if _RELATIVE_OF_COMPARED.fullmatch(between):
        return nearest
    if len(between) > 40:
        return None
    return nearest if _OWNED_BY_COMPARED.fullmatch(between) else None


def _gapped_direction(ctx, quantity, sentence_index: int, mentions) -> Direction | None:
    """A list whose verb is written once: in 'Azerbaijan supplied 8.5 bcm and Iran some 9.4
    bcm' or 'followed by Iran with 7.4 bcm', the country standing right before a figure, with
    no cue of its own, takes the place of the partner of the figure before it. A sentence that
    goes on with the list ('Germany followed with 5 million', 'Italy came third with ...')
    continues the list of the sentence before; a place among them ('came third') is no entry."""
    entries = [r for r in ctx.read if r.row["measure"] != "rank"]
    previous = ctx.sentence_before(sentence_index)
    if not entries or entries[-1].sentence not in (sentence_index, previous):
        return None
    row = entries[-1].row
    partner, reporter, flow = row["partner"], row["reporter"], row["flow"]
    if partner in ("", "WLD") or flow not in ("import", "export", "total", "arrivals"):
        return None
    here = entries[-1].sentence == sentence_index
    between = [m for m in mentions if (row["end"] <= m.position or not here)
               and m.position < quantity.start]  # fmt: skip
    named_before = any(m.code == partner and m.position < row["start"] for m in mentions)
    if not between or not (named_before or not here):
        return None
    nearest = between[-1]
    match = ctx.pattern.match(ctx.text, nearest.position)
    between_text = ctx.text[match.end() : quantity.start] if match is not None else ""
    next_in_list = _NEXT_IN_LIST.fullmatch(between_text) or (
        None if here else _NEXT_BY_COPULA.fullmatch(between_text)
    )
    owned = next_in_list or (here and _OWNED_BY_COMPARED.fullmatch(between_text))
    if (
        nearest.role != ""
        or match is None
        or nearest.code in (partner, reporter)
        or quantity.start - match.end() > 40
        or not owned
        or (not here and not next_in_list.group("order"))
    ):
        return None
    if flow in ("import", "arrivals"):  # the next supplier, or where the next visitors came from
        return Direction(nearest.code, reporter)
    if flow == "export":
        return Direction(reporter, nearest.code)
    return Direction(pair=(reporter, nearest.code))


def _in_place_of(direction: Direction, rival, mentions, ctx) -> Direction:
    """`direction` with the compared country in the place of the one it is compared with:
    the earlier mention of the same kind (nationality with nationality, name with name),
    else the nearest earlier one, whichever side that country holds."""

    def kind_of(mention) -> str:  # name, adjective (nationality) or capital
        return ctx.terms[ctx.pattern.match(ctx.text, mention.position).group(1)][1]

    kind = kind_of(rival)
    earlier = [m for m in mentions if m.position < rival.position and m.code != rival.code]
    same_kind = [m for m in earlier if kind_of(m) == kind]
    chosen = (same_kind or earlier or [None])[-1]
    replaced = chosen.code if chosen is not None else ""

    def swap(code: str) -> str:
        return rival.code if code and code == replaced else code

    swapped = Direction(
        swap(direction.origin),
        swap(direction.destination),
        tuple(swap(c) for c in direction.pair),
        swap(direction.part),
        swap(direction.owner),
    )
    if swapped == direction:  # nothing held the compared-with country: the rival's own part
        return Direction(direction.origin, direction.destination, (), rival.code, "")
    return swapped


_WHOLE_INDICATORS = ("gas_imports", "oil_imports", "coal_imports")
# People named only as foreigners, whichever country they came from.
_ALL_FOREIGNERS = re.compile(
    r"[\d.,]+(?:\s*(?:million|thousand|mln|m)\b)?"
    r"\s+(?:foreigners|(?:foreign|international|overseas)\s+(?:visitors|tourists|arrivals"
    r"|holidaymakers|travell?ers|guests|nationals)|(?:visitors|tourists)\s+from\s+abroad)\b",
    re.IGNORECASE,
)
_VISITOR_INDICATORS = (
    "visitor_arrivals_foreign",
    "visitor_arrivals_share",
    "tourism_receipts",
    "tourism_spending_per_visitor",
)
# The figure a share is of: "42% of the 50.5 bcm", "a third of the 46 Mt", "out of 50 bcm".
_WHOLE_OF = re.compile(
    r"(?:(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)|half|a\s+third|two[-\s]thirds|a\s+quarter"
    r"|three[-\s]quarters|most|the\s+bulk)\s+of|out\s+of|of\s+a\s+total\s+of)"
    r"\s+(?:the\s+|its\s+|all\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?$"
    # "50% of its imports of 48 bcm", "a third of total gas purchases, at 16 bcm"
    r"|\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:imports|purchases|supplies|consumption)\s*,?\s+"
    r"(?:of|totall?ing|at|worth)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$"
    # "21.3 bcm of Russian gas out of total imports of 50.5 bcm", "of overall purchases of"
    r"|\b(?:out\s+of|of)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*['’]s\s+)?(?:total|overall)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:imports|purchases|supplies)\s*,?\s+(?:of|totall?ing|at|worth)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)


# A figure whose parts follow ("25 million tonnes of crude oil, of which 3.1 million came from
# Russia"): the whole.
_FROM_AFTER = re.compile(
    r"\s*(?:of\s+(?:[\w-]+\s+){0,3}?)?(?:(?:came|come|comes|coming|was|were|is|are)\s+)?"
    r"(?:(?:imported|bought|purchased|shipped|supplied|delivered)\s+)?from\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _source_after(ctx, quantity) -> str:
    """The country written as the source right after a figure ('11.4 million tonnes from
    Iraq', '6 bcm of gas from Azerbaijan'), else ''."""
    for match in ctx.pattern.finditer(ctx.text, max(0, quantity.start - 80), quantity.start):
        if _SUPPLIED_WHICH.fullmatch(ctx.text, match.end(), quantity.start):
            return ctx.terms[match.group(1)][0]  # "Azerbaijan, which supplied 6.5 bcm"
    lead = _FROM_AFTER.match(ctx.text, quantity.end)
    if lead is None:
        return ""
    match = ctx.pattern.match(ctx.text, lead.end())
    return ctx.terms[match.group(1)][0] if match else ""


_SUPPLIED_WHICH = re.compile(
    r"\s*,\s*(?:which|that|who)\s+(?:also\s+|then\s+|alone\s+)?(?:supplied|exported|sold|shipped"
    r"|delivered|sent|provided|pumped)\s+(?:(?:about|around|some|nearly|almost|roughly|over"
    r"|more\s+than|less\s+than|only|just)\s+)?",
    re.IGNORECASE,
)
_PARTS_FOLLOW = re.compile(r"[^.;:()]{0,40}?,\s*of\s+which\b", re.IGNORECASE)


def _whole_of_a_share(ctx, quantity) -> bool:
    if _WHOLE_OF.search(ctx.text[max(0, quantity.start - 80) : quantity.start]):
        return True
    parts = _PARTS_FOLLOW.match(ctx.text, quantity.end)
    if not parts:
        return False
    start, _ = ctx.layout.context(quantity.start, quantity.end)
    low = max(start, ctx.text.rfind(",", start, quantity.start) + 1)
    named = ctx.mentions_between(low, parts.end(), quantity.start)
    return not any(m.role in ("origin", "part") for m in named)  # "26 bcm from Russia, of which"


_VISITOR_NOUN = re.compile(
    r"\b(?:visitors|tourists|arrivals|holidaymakers|travell?ers|guests|vacationers)\b", re.I
)
_POINTS_BACK = re.compile(r"\b(?:they|their|them|these|those|of\s+whom|such)\b", re.I)


_TOTAL_VISITORS = re.compile(
    r"\b(?:total|overall|all)\s+(?:foreign\s+|international\s+)?(?:visitors|tourists|arrivals"
    r"|visitor\s+arrivals|tourist\s+arrivals)\b",
    re.IGNORECASE,
)


_THE_HOST = re.compile(r"\bthe\s+(?:country|nation)\b", re.IGNORECASE)


def _visitor_host(ctx, direction: Direction) -> str:
    """The country visitors go to: the one the figure's sides name, else the host of the
    visitor figures read before ("the country hosted 7.74 million visitors" in a story on
    Türkiye's arrivals), else ''."""
    host = direction.destination or direction.owner
    if host:
        return host
    arrivals = (r.row["reporter"] for r in reversed(ctx.read) if r.row["flow"] == "arrivals")
    return next((code for code in arrivals if code not in ("", "WLD")), "")


def _every_visitor(ctx, quantity, clause: str, direction: Direction) -> bool:
    """A count of visitors whose clause names the visitors ("visitors", "arrivals") and whose
    sentence names no country but the host (no country they come from), and does not point
    back to visitors named before ("they")."""
    if not _VISITOR_NOUN.search(clause) or _POINTS_BACK.search(clause):
        return False
    start, end = ctx.layout.context(quantity.start, quantity.end)
    host = direction.destination or direction.owner
    if not host and (_TOTAL_VISITORS.search(clause) or _THE_HOST.search(ctx.text, start, end)):
        # "Total arrivals rose to 8.43 million", "the country hosted 7.74 million visitors":
        # the host of the visitor figures before. Bare "arrivals fell by 70%" may still be the
        # visitors the sentence before named ("Russian arrivals ..."), so it is not taken so.
        host = _visitor_host(ctx, direction)
    mentions = ctx.mentions_between(start, end, quantity.start)
    low = ctx.text.rfind(clause, start, end) if clause else -1
    in_clause = [m for m in mentions if low >= 0 and low <= m.position < low + len(clause)]
    if host and _TOTAL_VISITORS.search(clause) and all(m.code == host for m in in_clause):
        # "while total arrivals plunged to just under 16 million" after a clause on Russians:
        # all arrivals, whatever country the sentence's other clause names.
        return True
    if host and quantity.kind == "count" and _VISITOR_NOUN.fullmatch(quantity.noun):
        # "..., and Turkey as a whole received 62.3 million visitors": visitors named with
        # the figure count every visitor when the figure's own clause names the host alone.
        low = ctx.text.rfind(clause, start, end) if clause else -1
        own = [m for m in mentions if low >= 0 and low <= m.position < low + len(clause)]
        if own and all(m.code == host for m in own):
            return True
    return bool(host) and all(m.code == host for m in mentions)


def _same_visitors_as_before(ctx, quantity, clause: str, direction: Direction) -> bool:
    """Bare visitors ("Arrivals plunged to 1.2 million") in a sentence naming no country, in
    a paragraph whose figures so far counted the visitors of one country only (never every
    visitor): the visitors the paragraph speaks of."""
    origin = direction.origin
    if (
        origin in ("", "WLD")
        or not _VISITOR_NOUN.search(clause)
        or _TOTAL_VISITORS.search(clause)
        or _FOREIGN.search(clause)
        or _ALL_FOREIGNERS.match(ctx.text, quantity.start)
    ):
        return False
    start, end = ctx.layout.context(quantity.start, quantity.end)
    if ctx.mentions_between(start, end, quantity.start):
        return False
    sentence = ctx.layout.sentence_index(quantity.start)
    paragraph = ctx.layout.paragraph_index(quantity.start)
    before = [r for r in ctx.read if r.paragraph == paragraph and r.sentence < sentence]
    arrivals = [r.row["partner"] for r in before if r.row["flow"] == "arrivals"]
    return bool(arrivals) and set(arrivals) == {origin}


_FOREIGN = re.compile(
    r"\b(?:foreign(?:ers)?|international|overseas|from\s+abroad|non-?residents?|nationals)\b",
    re.IGNORECASE,
)


def _every_visitor_series(ctx, quantity, clause: str, sentence_index: int) -> str:
    """Which count of every visitor a figure is: "foreign visitors" (foreigners only) or
    plain "visitors", which official counts use for foreigners and citizens resident abroad
    together (a broader series, never taken for the foreigners' count). A figure that names
    no visitors ("with July alone bringing in 8.3 million") continues the one before."""
    if _VISITOR_NOUN.search(clause) or _ALL_FOREIGNERS.match(ctx.text, quantity.start):
        said = ctx.text[max(0, quantity.start - 40) : quantity.end + 40]
        return "visitor_arrivals_foreign" if _FOREIGN.search(said) else "visitor_arrivals_all"
    for previous in ctx.recent(sentence_index):
        if previous.row["flow"] == "arrivals" and previous.row["partner"] == "WLD":
            return previous.indicator
    return "visitor_arrivals_foreign"


def _roles(ctx, indicator, measure, quantity, direction: Direction, how, clause, sentence,
           clause_start):  # fmt: skip
    """(reporter, partner, flow, inferred) in the frame's conventions."""
    first, second = ctx.main_pair
    inferred = False

    def fill(known: str, exclude: str = "") -> str:
        """`known`, else the main pair's member that is not `exclude` (and say so)."""
        nonlocal inferred
        if known:
            return known
        inferred = True
        return second if exclude == first else first

    kind = flow_kind(clause) or flow_kind(sentence)
    # "Moscow counts its exports to Turkey at $21.1 billion and imports from Turkey at $4.9
    # billion": of two flows before a trade figure in its clause, the nearer one is its own.
    before = ctx.text[clause_start : quantity.start]
    # So do verbs: "imported goods worth $20.97 billion and exported $2.84 billion".
    own_flows = [f for f in _TRADE_FLOW_OR_VERB.findall(before) if f]
    if indicator == "merchandise_trade" and len({f.lower()[:3] for f in own_flows}) > 1:
        kind = "export" if own_flows[-1].lower().startswith("ex") else "import"
        last = list(_TRADE_FLOW_OR_VERB.finditer(before))[-1]
        if (
            kind != flow_kind(before[: last.start()])
            and (direction.origin or direction.destination)
            and not ctx.mentions_between(clause_start + last.end(), quantity.start, quantity.start)
        ):
            # The countries were named for the first flow ("Turkey imported Russian goods worth
            # $21 billion and exported $2.8 billion"): the other flow runs the other way. A
            # reading of what is left unsaid, so no negative verdict rests on it.
            direction = Direction(direction.destination, direction.origin, direction.pair,
                                  direction.part, direction.owner)  # fmt: skip
            inferred = True
    if not kind and indicator in ("merchandise_trade", "merchandise_trade_share"):
        kind = _flow_pointed_back(ctx, quantity, indicator, measure)
    whole = _share_whole(ctx, quantity, clause_start, clause) if (
        indicator == "merchandise_trade_share" and measure == "share") else ""  # fmt: skip
    if whole:
        # "the largest source of Turkey's imports, with a share of 16.2 percent", "accounted
        # for 5.4% of Turkey's imports": a share keeps the flow of the whole it is a part of
        # (never the "source" or "supplier" said of the part); the sentence's bare subject is
        # the part.
        kind = whole
        # the clause's own subject ("..., while Turkey took about 3% of Russia's exports"),
        # else the sentence's
        named = ctx.mentions_between(clause_start, quantity.start, quantity.start)
        own_subject = [m.code for m in named if m.role == ""]
        part = own_subject[-1] if own_subject else _subject(ctx, quantity)
        if (
            kind == "import"
            and not (direction.origin or direction.part)
            and part
            and (part not in (direction.destination, direction.owner))
        ):
            direction = Direction(part, direction.destination, direction.pair, "", direction.owner)
        if (
            kind == "export"
            and not direction.destination
            and part
            and (part not in (direction.origin, direction.owner))
        ):
            direction = Direction(direction.origin, part, direction.pair, "", direction.owner)
        if kind == "export" and direction.origin == part and direction.owner not in ("", part):
            # "Turkey took 5.4% of Russia's exports": the whole's owner sells, the part buys.
            direction = Direction(direction.owner, part, direction.pair, "", direction.owner)
    if measure == "level" and indicator in _WHOLE_INDICATORS and _whole_of_a_share(ctx, quantity):
        # "42% of the 50.5 bcm the country imported": the figure is the whole, from (or to)
        # every partner; its flow is said after it ("the country imported"), else in the clause.
        after = ctx.text[quantity.end : quantity.end + 80]
        kind = flow_kind(after) or kind
        if kind == "export":
            return fill(direction.origin or direction.owner), "WLD", "export", inferred
        return fill(direction.destination or direction.owner), "WLD", "import", inferred
    if indicator in ("merchandise_trade", "merchandise_trade_share") and measure != "rank":
        # "the two countries" after a figure whose own flow is said before it ("Imports from
        # Russia came to $31 billion, a level the two countries ...") leaves it one flow.
        pair_said = _EXPLICIT_PAIR.search(clause) and (
            _EXPLICIT_PAIR.search(before) or flow_kind(before) not in ("import", "export")
        )
        if (
            not kind
            and not pair_said
            and not direction.destination
            and _goods_from(ctx, quantity, clause_start, direction.origin)
        ):
            # "Mineral fuels (HS 27) from Russia - $30.4 billion last year": goods said to come
            # from one country, with no word of trade, are what the other side bought (a guess).
            kind, inferred = "import", True
        if kind == "total" or not kind or pair_said:
            alone = _trade_with_one(ctx, quantity, clause_start, clause)
            if alone and measure != "share":
                # "Trade with Russia peaked in 2008 at $38 billion" after a sentence on Iraq:
                # the partner is the one named; the other side is the country the figures
                # before were reported by (else the document's), a guess.
                earlier = [r.row["reporter"] for r in ctx.recent(ctx.layout.sentence_index(
                    quantity.start))]  # fmt: skip
                sides = [c for c in (*earlier, first, second) if c and c not in (alone, "WLD")]
                return (sides[0] if sides else fill("", alone)), alone, "total", True
            pair = list(direction.pair)
            for code in (direction.owner, direction.origin, direction.destination):
                if code and code not in pair:
                    pair.append(code)
            if _EXPLICIT_PAIR.search(sentence):
                # "the two countries", "bilateral": two countries, never the world (a count of
                # every partner's visitors said before names no second country).
                pair = [code for code in pair if code != "WLD"]
            if len(pair) < 2 and not _EXPLICIT_PAIR.search(sentence) and how != "text":
                inferred = True
            if (
                not kind
                and not pair_said
                and not _flow_pointed_back(ctx, quantity, indicator, measure, ("total",))
            ):
                # No word of trade, imports or exports in the clause or its sentence, nor a
                # pronoun pointing back to a turnover ("Then the bill eased to $45.6bn"):
                # turnover is a guess, so no negative verdict rests on it.
                inferred = True
            pair = [*pair, *(c for c in (first, second) if c not in pair)][:2]
            return pair[0], pair[1], "total", inferred
        world = _world_flow(ctx, quantity, clause_start, clause, kind) if measure != "share" else ""
        if world:  # "Turkey's exports to the world", "total imports": with every partner
            return world, "WLD", kind, inferred
        if (
            measure != "share"
            and kind in ("export", "import")
            and _WORLD_FLOW.search(clause)
            and not ctx.mentions_between(clause_start, clause_start + len(clause), quantity.start)
        ):
            # "Total imports rose to $363.7 billion" naming no country: every partner's, of the
            # country the text is about (a guess, so no negative verdict rests on it).
            if kind == "export":
                return fill(direction.origin or direction.owner), "WLD", "export", True
            return fill(direction.destination or direction.owner), "WLD", "import", True
        unsided = not any((direction.origin, direction.destination, direction.owner,
                           direction.part))  # fmt: skip
        same_flow = next(
            (r for r in reversed(ctx.read)
             if r.indicator == indicator and r.row["flow"] == kind
             and r.row["partner"] not in ("", "WLD") and r.row["reporter"] not in ("", "WLD")
             and "direction_inferred" not in r.row["reading_notes"]),
            None,
        ) if unsided and kind in ("export", "import") else None  # fmt: skip
        if same_flow is not None:
            # "A: They were down 3.5 percent on 2023" naming no country: the sides of the same
            # flow read before ("Türkiye bought $44 billion of Russian goods"), a guess.
            return same_flow.row["reporter"], same_flow.row["partner"], kind, True
        if kind == "export":
            reporter = fill(direction.origin or direction.owner, direction.destination)
            return reporter, fill(direction.destination, reporter), "export", inferred
        reporter = fill(direction.destination or direction.owner, direction.origin)
        return reporter, fill(direction.origin, reporter), "import", inferred
    if measure == "rank" or "_rank" in indicator:
        reporter, partner, flow = _rank_roles(
            ctx, indicator, quantity, direction, clause, sentence, fill
        )
        return reporter, partner, flow, inferred
    if indicator in _VISITOR_INDICATORS:
        before = ctx.text[max(0, quantity.start - 25) : quantity.start]
        if re.search(r"\b(?:out\s+of|of\s+a\s+total\s+of|of\s+all|total\s+of)\s*$", before):
            return fill(_visitor_host(ctx, direction)), "WLD", "arrivals", inferred
        if indicator == "visitor_arrivals_foreign" and _ALL_FOREIGNERS.match(
            ctx.text, quantity.start
        ):  # "welcomed 45 million foreigners": visitors from every country
            return fill(_visitor_host(ctx, direction)), "WLD", "arrivals", inferred
        origin = direction.part or direction.origin
        if measure == "share" and origin in ("", "WLD"):
            # "Russia accounted for 12.8 percent of all foreign arrivals": the share's bare
            # subject is the visitors' country, never the host (nor every country, carried
            # from a count of every visitor before: no share is the world's own)
            subject = _subject(ctx, quantity)
            if subject and subject not in (direction.destination, direction.owner):
                origin = subject
                direction = Direction(subject, direction.destination, direction.pair, "", "")
        start, end = ctx.layout.context(quantity.start, quantity.end)
        named = {m.code for m in ctx.mentions_between(start, end, quantity.start)}
        same_visitors = how == "context" and _same_visitors_as_before(
            ctx, quantity, clause, direction
        )
        if same_visitors:
            # "Russians were the largest group, at 7.02 million in 2019. Arrivals plunged to
            # 1.2 million in 2020.": bare arrivals continuing the paragraph's visitors from one
            # country are theirs; a reading of what is left unsaid, so noted as inferred.
            reporter = fill(direction.destination or direction.owner, direction.origin)
            return reporter, direction.origin, "arrivals", True
        if indicator == "visitor_arrivals_foreign" and _every_visitor(
            ctx, quantity, clause, direction
        ):
            # "Türkiye welcomed 56.7 million visitors": visitors named with no nationality are
            # every visitor; a reading of what is left unsaid, so noted as inferred.
            inferred = True
            return fill(_visitor_host(ctx, direction)), "WLD", "arrivals", inferred
        carried = origin not in named and not re.search(r"\b(?:they|their|them)\b", clause, re.I)
        if indicator in _VISITOR_INDICATORS[2:] and (
            not origin or carried or _TOTALITY.search(clause)
        ):
            # "tourism revenue", "the overall average": every visitor's spending, unless the
            # sentence names the visitors or points back to them ("they spent").
            origin = "WLD"
        if origin == "WLD" and indicator == "visitor_arrivals_foreign":
            inferred = True  # every visitor, carried from a figure before that was read so
        reporter = fill(direction.destination or direction.owner, origin)
        return reporter, fill(origin, reporter), "arrivals", inferred
    if indicator == "outbound_trips":
        # "Russian citizens made 6.3 million trips to Turkey": the travellers' country counts
        # its residents' departures to the destination.
        reporter = fill(direction.origin or direction.part or direction.owner,
                        direction.destination)  # fmt: skip
        return reporter, fill(direction.destination, reporter), "departures", inferred
    if indicator == "import_dependence":
        return (
            fill(direction.destination or direction.owner or direction.origin),
            "WLD",
            "import",
            inferred,
        )
    if indicator in rd.PLANT_INDICATORS:
        # A plant in one country built by another's company ("built by Russia's Rosatom"):
        # the host reports, the builder is the partner, and the figure is the plant's design.
        builder = direction.owner or direction.origin
        host = fill(direction.destination if direction.destination != builder else "", builder)
        return host, fill(builder, host), "capacity", inferred
    if indicator in (
        "investment_stock", "fdi_flow", "firms_with_partner_capital", "construction_contracts"
    ):  # fmt: skip
        origin = direction.origin or direction.owner
        reporter = fill(direction.destination, origin)
        flow = "inflow" if indicator == "fdi_flow" else "stock"  # money moved into the host
        return reporter, fill(origin, reporter), flow, inferred
    if indicator in ("trade_composition_share",):
        said = clause.lower()
        flow = "import" if "import" in said else "export"
        if "import" not in said and "export" not in said and kind == "import":
            flow = "import"  # "imports from Russia were $58.9 billion, of which energy ... 70%"
        if flow == "import":  # "60% of imports from Russia": the buyer's imports
            reporter = fill(direction.destination or direction.owner, direction.origin)
            return reporter, fill(direction.origin, reporter), flow, inferred
        reporter = fill(direction.origin or direction.owner, direction.destination)
        return reporter, fill(direction.destination, reporter), flow, inferred
    if measure == "share" and not (direction.part or direction.origin):
        subject = _subject(ctx, quantity)
        if subject and subject not in (direction.destination, direction.owner):
            direction = Direction(
                subject, direction.destination, direction.pair, "", direction.owner
            )
    energy = indicator.startswith(("gas_", "oil_", "coal_", "pipeline_"))
    if energy or indicator == "unknown":
        flow = "capacity" if indicator.startswith("pipeline_") else "import"
        importer = direction.destination or (direction.owner if kind != "export" else "")
        origin = direction.part or direction.origin or (direction.owner if kind == "export" else "")
        clause_direction = direction_from(
            ctx.mentions_between(clause_start, clause_start + len(clause), quantity.start),
            quantity.start,
        )
        total = _TOTALITY.search(clause) and not (clause_direction.origin or clause_direction.part)
        # "spent $44 billion on gas imports, ... with Russian supplies making up 40%": imports
        # with no supplier in their own clause are from every supplier.
        unnamed = not (origin and how == "context") and not (
            clause_direction.origin or clause_direction.part
        )
        # ("Turkey's gas imports", "Turkey's gas bill", "its gas purchases": every supplier's)
        whole = unnamed and importer and re.search(r"\b(?:imports?|bill|purchases)\b", clause, re.I)
        if (total or whole) and measure != "share":  # a share is never the world's own
            origin = "WLD"
        own = _own_whole_flow(ctx, quantity, clause_start, clause) if measure != "share" else None
        if own is not None and own[1] == "export":
            return own[0], "WLD", "export", inferred
        if own is not None:
            importer, origin = own[0], "WLD"
        reporter = fill(importer, origin)
        return reporter, fill(origin, reporter), flow, inferred
    origin = direction.origin or direction.part
    reporter = fill(direction.destination or direction.owner, origin)
    return reporter, fill(origin, reporter), "total", inferred


_GOODS_FROM = re.compile(
    r"(?:\(\s*HS\s?[\w ]*\)|\b(?:goods|products|commodities|fuels|oils?|cereals|grain|wheat"
    r"|steel|metals?|machinery|vehicles|fertili[sz]ers|chemicals))\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _goods_from(ctx, quantity, clause_start: int, origin: str) -> bool:
    """Whether the figure's sentence names goods coming from `origin` before the figure
    ("mineral fuels (HS 27) from Russia", "steel from Russia"), its only cue of direction."""
    if not origin:
        return False
    start, _ = ctx.layout.context(quantity.start, quantity.end)
    return any(
        m.code == origin and _GOODS_FROM.search(ctx.text, max(start, m.position - 60), m.position)
        for m in ctx.mentions_between(start, quantity.start, quantity.start)
    )


_POSSESSIVE_FLOW = re.compile(
    r"\s*(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?P<flow>imports|import\s+bill|purchases|exports|sales)\b",
    re.I,
)


# A country as the subject of its own flow verb: "In 2023, our country imported 50.5 bcm".
_SUBJECT_FLOW = re.compile(
    r"\s+(?:(?:has|had|have|also|then)\s+)?(?P<flow>imported|exported|bought|purchased|sold)\b",
    re.IGNORECASE,
)


# A flow with every partner: "exports to the world", "worldwide sales", "total imports".
_WORLD_FLOW = re.compile(
    r"\b(?:to|from|with)\s+the\s+(?:whole\s+|rest\s+of\s+the\s+)?world\b|\bworldwide\b"
    r"|\bglobal(?:ly)?\b|\b(?:total|overall|aggregate)\s+(?:[\w-]+\s+)?(?:exports|imports|sales"
    r"|purchases)\b|\b(?:to|from)\s+all\s+(?:countries|markets|destinations|partners)\b",
    re.IGNORECASE,
)


def _world_flow(ctx, quantity, clause_start: int, clause: str, kind: str) -> str:
    """The country whose exports (imports) the clause says are with every partner ("Turkey's
    exports to the world rose to $254 billion"), when it names that country alone and not as
    the partner; else ''."""
    if kind not in ("export", "import") or not _WORLD_FLOW.search(clause):
        return ""
    mentions = ctx.mentions_between(clause_start, clause_start + len(clause), quantity.start)
    codes = {m.code for m in mentions if m.role not in ("compared", "name")}
    if len(codes) != 1:
        return ""
    partner_side = "destination" if kind == "export" else "origin"
    if any(m.role == partner_side for m in mentions):
        return ""
    return codes.pop()


_TRADE_FLOW = re.compile(r"\b(exports?|imports?)\b", re.IGNORECASE)
_TRADE_FLOW_OR_VERB = re.compile(r"\b(exports?|imports?|exported|imported)\b", re.IGNORECASE)


def _trade_with_one(ctx, quantity, clause_start: int, clause: str) -> str:
    """The country of 'trade (turnover) with <country>' when it is the only country the
    figure's clause names; else ''."""
    mentions = ctx.mentions_between(clause_start, clause_start + len(clause), quantity.start)
    if len({m.code for m in mentions}) != 1:
        return ""
    mention = mentions[0]
    before = ctx.text[max(clause_start, mention.position - 40) : mention.position]
    if re.search(r"\b(?:trade|turnover|commerce|exchanges?)\s+with\s+(?:the\s+)?$", before, re.I):
        return mention.code
    return ""


def _own_whole_flow(
    ctx, quantity, clause_start: int, clause: str, clause_only: bool = False
) -> tuple[str, str] | None:
    """(country, 'import' or 'export') for "Turkey's LNG imports stood at 14 bcm" or "Russia's
    pipeline gas exports fell to 95 bcm" when its sentence names no partner: a country's own
    imports (exports) with no partner are from (to) every partner, whatever the sentences
    before were about."""
    low, high = ctx.layout.context(quantity.start, quantity.end)
    if clause_only:  # the clause alone must name no partner
        low, high = clause_start, clause_start + len(clause)
    mentions = ctx.mentions_between(low, high, quantity.start)
    for mention in mentions:
        if not clause_start <= mention.position < quantity.start:
            continue
        match = ctx.pattern.match(ctx.text, mention.position)
        flow = None
        if match:  # "Turkey's LNG imports", or "Turkey (our country) imported" with its verb
            flow = _POSSESSIVE_FLOW.match(ctx.text, match.end()) or _SUBJECT_FLOW.match(
                ctx.text, match.end()
            )
        if flow is None:
            continue
        sides = ("origin", "destination", "part", "pair", "owner")
        if any(m.code != mention.code and m.role in sides for m in mentions):
            return None
        kind = (
            "export"
            if flow["flow"].lower() in ("exports", "sales", "exported", "sold")
            else "import"
        )
        return mention.code, kind
    return None


def _rank_roles(ctx, indicator, quantity, direction, clause, sentence, fill):
    """A rank's list owner (reporter) and the ranked country (partner)."""
    text = ctx.text
    sentence_start, sentence_end = ctx.layout.context(quantity.start, quantity.end)
    mentions = ctx.mentions_between(sentence_start, sentence_end, quantity.start)
    _, side = rd.rank_indicator("", f"{quantity.noun} {clause}")
    if indicator == "visitor_arrivals_rank" and not side:
        side = "origin"  # a place among where visitors come from, read from next door
    subjects = [m for m in mentions if m.role in ("", "part") or m.code == direction.part]
    before = [m for m in subjects if m.position < quantity.start]
    after = [m for m in subjects if m.position > quantity.end]
    became = _BECAME.match(text, quantity.end)
    # The subject: a country followed by its verb ("Turkey is ... and is the first ..."),
    # else the nearest one before the rank, else the one it became ("... became Iran").
    verbs = r"\s+(?:is|was|are|remains|remained|became|has\s+become|ranks|ranked|fell|rose|came)\b"
    subject_verb = re.compile(verbs)
    with_verb = [m for m in before if subject_verb.match(text, m.position + len(_name(text, m)))]
    pronoun = _PRONOUN_SUBJECT.match(text, sentence_start)
    if became and after:
        ranked_mention = after[0]
    elif with_verb:
        ranked_mention = with_verb[-1]
    elif pronoun:
        # "It overtook China and has been the largest source": the countries before the rank
        # are objects; 'it' is the country the sentence before is about, if only one.
        ranked_mention = None
    else:
        ranked_mention = before[-1] if before else None
    ranked = ranked_mention.code if ranked_mention else ""
    if pronoun and not ranked_mention:
        ranked = _antecedent(ctx, ctx.layout.sentence_index(quantity.start))
    if indicator == "economy_rank_world":
        return fill(ranked), "WLD", "total"
    owner = ""
    for mention in mentions:
        if mention.code == ranked:
            continue
        if (
            (side == "destination" and mention.role in ("origin", "owner"))
            or (side == "origin" and mention.role in ("destination", "owner"))
            or (side in ("partner", "") and mention.role in ("owner", "destination", "origin"))
        ):
            owner = owner or mention.code
    owner = owner or (direction.destination if side == "origin" else direction.origin)
    reporter = fill(owner, ranked)
    partner = fill(ranked, reporter)
    flow = {"destination": "export", "origin": "import"}.get(side, "total")
    if indicator == "outbound_destination_rank":
        flow = "departures"
    if indicator == "visitor_arrivals_rank":
        flow = "arrivals"
    if indicator == "fdi_source_rank":
        flow = "stock"
    return reporter, partner, flow


# A sentence whose subject is a pronoun ("It has been ...", "A: It overtook ..."), not the
# empty 'it' of "It is expected that ...".
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:[A-Z][\w.]{0,12}:\s+)?(?:It|She)\s+(?!(?:is|was|has\s+been)\s+(?:estimated|expected"
    r"|said|reported|thought|believed|likely|possible|clear|true|worth|important|hoped)\b)"
)


# A sentence whose subject points back to the flow just spoken of: "They recovered to $20.1bn
# in 2017", "In 2020 it was 8.1 per cent", "In January-October 2021 they were $22.6 billion".
_FLOW_PRONOUN = re.compile(
    # a citation marker the sentence before ended with ("prices.[2]"), an opening quote
    r"\s*(?:\[\d{1,3}\]\s*)?[\"“]?(?:A\s*:\s*)?"  # an interview's answer ("A: They were")
    r"(?:(?:In|During|By|For|Over)\s+[^,.;:]{1,40}?,?\s+"
    rf"|(?:{alternation(TIME_OPENERS)}"
    r"|the\s+(?:following|next|subsequent)\s+year|a\s+year\s+later),?\s+)?"
    r"(?:They|It|These|Those|The\s+(?:figure|number|value|amount|level|volume))\s+"
    r"(?!(?:is|was|has\s+been)\s+(?:estimated|expected|said|reported|thought|believed|likely"
    r"|possible|clear|true|worth|important|hoped)\b)",
    re.IGNORECASE,
)


# The whole a share is a part of: "of Turkey's imports", "of its total exports", "of Turkish
# trade", "share of imports".
_SHARE_WHOLE = re.compile(
    r"\b(?:of|in)\s+(?:the\s+)?(?:[\w’'-]+(?:'s|’s)\s+|its\s+|their\s+|[A-Z][a-z]+\s+)?"
    r"(?:(?:total|overall|all|foreign|merchandise|goods)\s+){0,2}"
    r"(?P<whole>imports|purchases|exports|sales|trade|turnover)\b",
)
# "10.7% of total imports", "of all purchases": a whole named right after a share, with no owner.
_UNOWNED_WHOLE = re.compile(
    r"\s*(?:per\s*cent|percent)?\s+(?:of|in)\s+(?:the\s+)?(?:(?:total|overall|all|foreign"
    r"|merchandise|goods|the\s+country's|the\s+country’s)\s+){0,2}"
    r"(?P<whole>imports|purchases|exports|sales)\b",
    re.IGNORECASE,
)
# "of the total", "of that amount": a whole just stated, owned by whoever owns that figure.
_OF_THE_TOTAL = re.compile(
    r"\s*(?:per\s*cent|percent)?\s+of\s+(?:the|that|this)\s+(?:total|whole|amount|volume)\b",
    re.IGNORECASE,
)
_WHOLE_FLOW = {"imports": "import", "purchases": "import", "exports": "export", "sales": "export",
               "trade": "total", "turnover": "total"}  # fmt: skip


def _share_whole(ctx: DocumentContext, quantity: Quantity, clause_start: int, clause: str) -> str:
    """The flow ('import', 'export', 'total') of the whole a trade share is a part of: named in
    its clause after the figure ("16.2% of Turkey's imports"), else the one whole its sentence
    names ("the largest source of Turkey's imports, with a share of 16.2 percent"); ''."""
    after = ctx.text[quantity.end : clause_start + len(clause)]
    found = _SHARE_WHOLE.search(after)
    if found:
        return _WHOLE_FLOW[found.group("whole").lower()]
    start, end = ctx.layout.context(quantity.start, quantity.end)
    before = list(_SHARE_WHOLE.finditer(ctx.text, start, quantity.start))
    if before:  # the nearest whole named before it in its sentence
        return _WHOLE_FLOW[before[-1].group("whole").lower()]
    named = {_WHOLE_FLOW[m.group("whole").lower()]
             for m in _SHARE_WHOLE.finditer(ctx.text, quantity.end, end)}  # fmt: skip
    return named.pop() if len(named) == 1 else ""


# A flow named as a sentence's subject ("Imports fell in 2024", "Q: Exports rose, didn't they?").
_FLOW_NOUN_SUBJECT = re.compile(
    r"^\s*(?:[QA]\s*[:.]\s*)?(?:(?:the|its|their|our|total|overall)\s+)?(?:imports|exports)\b",
    re.IGNORECASE,
)


# A subject that names a flow but neither its goods nor its direction ("Shipments were ...",
# "Deliveries peaked ...").
_NEUTRAL_FLOW_SUBJECT = re.compile(
    r"\s*(?:(?:the|these|such)\s+)?(?:shipments|deliveries|supplies|purchases|volumes|sales)\b",
    re.IGNORECASE,
)


def _goods_continued(ctx, quantity, sentence_index, indicator, product, breakdown) -> Read | None:
    """The trade figure of the sentence just before (its paragraph), of all goods or of goods
    with a customs code, when this figure's sentence opens on a flow that names no goods or
    direction and names no country, goods or flow word of its own; else None."""
    if indicator != "merchandise_trade" or product != "TOTAL" or breakdown:
        return None
    start, end = ctx.layout.context(quantity.start, quantity.end)
    if not _NEUTRAL_FLOW_SUBJECT.match(ctx.text, start) or ctx.mentions_between(
        start, end, quantity.start
    ):
        return None
    sentence = ctx.text[start:end]
    if re.search(r"\b(?:imports?|exports?|trade|turnover)\b", sentence, re.I) or rd.goods_named(
        sentence.lower()
    ):
        return None
    before = ctx.sentence_before(sentence_index)
    paragraph = ctx.layout.paragraph_index(quantity.start)
    for read in ctx.recent(sentence_index, paragraph):
        if read.sentence == before and read.indicator == indicator:
            return read if re.fullmatch(r"HS\d+|TOTAL", read.row["product"]) else None
    return None


def _flow_pointed_back(ctx: DocumentContext, quantity: Quantity, indicator: str,
                       measure: str, flows=("import", "export")) -> str:  # fmt: skip
    """The flow ('import' or 'export') of the figure before when this figure's sentence names
    no flow and no country and its subject is a pronoun pointing back to that figure's
    quantity (the same indicator and measure, in an earlier sentence); else ''."""
    start, end = ctx.layout.context(quantity.start, quantity.end)
    if not _FLOW_PRONOUN.match(ctx.text, start) or ctx.mentions_between(start, end, quantity.start):
        return ""
    index = ctx.layout.sentence_index(quantity.start)
    previous = next((r for r in ctx.recent(index) if r.sentence < index), None)
    if previous is None:
        # "Imports fell in 2024, did they not?" then "They were down 3.5 percent on 2023": a
        # pronoun pointing back to a flow named with no figure in the sentence just before
        # (past a paragraph break: an interview's question and its answer)
        before = index
        for _ in range(2):  # "Q: Imports fell, did they not?" / "A: Slightly. They were ..."
            if before <= 0:
                break
            before = ctx.sentence_before(before)
            low, high = ctx.layout.sentence_starts[before], ctx.layout.sentence_starts[before + 1]
            if _FLOW_NOUN_SUBJECT.search(ctx.text[low:high]):
                kind = flow_kind(ctx.text[low:high])
                return kind if kind in flows else ""
        return ""
    if (
        previous.indicator != indicator
        or previous.row["measure"] != measure
        or previous.row["flow"] not in flows
    ):
        return ""
    return previous.row["flow"]


def _antecedent(ctx: DocumentContext, sentence_index: int) -> str:
    """The one country the nearest earlier sentence naming countries has as its subject (a
    mention with no role of its own: not 'Turkey's', 'from Russia'), else '' (unknown)."""
    index = sentence_index
    for _ in range(CONTEXT_SENTENCES):
        if index == 0:
            return ""
        index = ctx.sentence_before(index)
        position = ctx.layout.sentence_starts[index]
        low, high = ctx.layout.context(position, position)
        mentions = ctx.mentions_between(low, high, position)
        if mentions:
            subjects = {m.code for m in mentions if m.role == ""}
            return subjects.pop() if len(subjects) == 1 else ""
    return ""


def _subject(ctx: DocumentContext, quantity: Quantity) -> str:
    """The country a sentence is about, when it has no other role: 'Russia remained ...,
    providing 45% of its imports'."""
    start, _ = ctx.layout.context(quantity.start, quantity.end)
    mentions = ctx.mentions_between(start, quantity.start, quantity.start)
    bare = [m for m in mentions if m.role == ""]
    return bare[0].code if bare else ""


_BECAME = re.compile(r"\s*(?:became|becomes|is|was|remains)\b")
_NAME = re.compile(r"[\w’'.-]+(?:\s+[A-Z][\w.-]+)*")


def _name(text: str, mention) -> str:
    match = _NAME.match(text, mention.position)
    return match.group(0) if match else ""


FALL_PAST_WHOLE = "implausible magnitude: a fall of more than 100 percent is impossible"


def _implausible(indicator: str, unit: str, value: float, measure: str = "") -> str:
    if not math.isfinite(value):
        return "not a finite number"
    if unit == "percent" and measure == "change":
        return ""  # "imports rose 103 pct": a change may exceed 100 percent; a share may not
    if unit == "mcm_per_day":
        value = value * 365 / 1000  # a daily rate against a ceiling in bcm a year
    if unit == "TJ":
        value = value / 50_000  # gas in TJ against a ceiling in bcm (a bcm is under 50,000 TJ)
    ceiling = PERCENT_CEILING if unit == "percent" else PLAUSIBLE_CEILINGS.get(indicator)
    if ceiling and value > ceiling.value:
        return f"implausible magnitude: {ceiling.reason}"
    return ""
