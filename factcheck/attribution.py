"""Who says a figure: the speaker of a claim in its text, and the speaker behind a record.

Evidence must be independent of the claim: a statement by the same speaker, or by the same
office, published at another address (a repost, a translation, a wire copy) is not a second
witness. A speaker is known by surnames (folded to ASCII, Cyrillic transliterated, so
"Буравов" is "buravov") and by offices with their country ("RUS consul general",
"TUR trade minister"), or an organisation that speaks for itself ("gazprom"). Two speakers
are the same if they share a surname or an office.

A claim's speaker comes from a speech cue in its sentence ("X said", "said X", "according
to X", "X noted that"), or, for a figure inside quoted speech, from the cue that opens or
closes the quotation (a paragraph ending "He continued:" before it). "He"/"she" and "the
minister" stand for the last named speaker before them. A name is tied to an office wherever
the text puts them side by side ("Russia's consul general in Istanbul, Andrey Buravov").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from factcheck.extraction import country_terms

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
         "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"),
        strict=True,
    )
)  # fmt: skip
_TURKISH = str.maketrans(
    {"ə": "e", "Ə": "E", "ı": "i", "İ": "I", "ğ": "g", "ş": "s", "ç": "c", "ö": "o", "ü": "u"}
)


def fold(text: str) -> str:
    """Lower case ASCII: diacritics dropped, Cyrillic transliterated ("Буравов" -> "buravov")."""
    text = text.translate(_TURKISH).replace("’", "'").lower()
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# Offices and bodies that speak. Longer phrases first; each maps to its key.
_OFFICE_WORDS = [
    ("consul general", "consul general"),
    ("consul-general", "consul general"),
    ("deputy prime minister", "deputy prime minister"),
    ("prime minister", "prime minister"),
    ("vice president", "vice president"),
    ("president", "president"),
    ("ambassador", "ambassador"),
    ("envoy", "ambassador"),
    ("minister of foreign affairs", "foreign minister"),
    ("foreign minister", "foreign minister"),
    ("minister of trade", "trade minister"),
    ("trade minister", "trade minister"),
    ("minister of energy", "energy minister"),
    ("energy minister", "energy minister"),
    ("minister of economy", "economy minister"),
    ("economy minister", "economy minister"),
    ("economic development minister", "economy minister"),
    ("minister of finance", "finance minister"),
    ("finance minister", "finance minister"),
    ("minister of culture and tourism", "tourism minister"),
    ("culture and tourism minister", "tourism minister"),
    ("tourism minister", "tourism minister"),
    ("spokesman", "spokesperson"),
    ("spokeswoman", "spokesperson"),
    ("spokesperson", "spokesperson"),
]
# Bodies named for themselves: the key needs no country.
_BODIES = {
    "gazprom": "gazprom",
    "botas": "botas",
    "rosatom": "rosatom",
    "kremlin": "kremlin",
    "tpao": "tpao",
    "novatek": "novatek",
    "rosneft": "rosneft",
    "lukoil": "lukoil",
}
_OFFICE = re.compile(
    r"\b(?P<office>"
    + "|".join(re.escape(w) for w, _ in sorted(_OFFICE_WORDS, key=lambda p: -len(p[0])))
    + r")\b(?:\s+(?P<prep>of|in)\s+(?P<where>[\w-]+))?",
    re.IGNORECASE,
)
_OFFICE_KEY = dict(_OFFICE_WORDS)
_BODY = re.compile(r"\b(" + "|".join(_BODIES) + r")\b")
_MINISTER = re.compile(r"\bminister\b", re.IGNORECASE)

_SPEECH = (
    r"said|says|stated|states|noted|notes|told|tells|added|adds|continued|emphasi[sz]ed|"
    r"stressed|announced|explained|recalled|remarked|declared|pointed out|underlined|"
    r"highlighted|reported|estimated|insisted|argued|wrote|commented|went on"
)
# Speech verbs in the languages of the quoted pages (Russian, Turkish), folded to ASCII.
_FOREIGN_SPEECH = (
    r"сказал|заявил|отметил|напомнил|сообщил|рассказал|подчеркнул|добавил|"
    r"dedi|söyledi|belirtti|açıkladı|ifade etti"
)
_CUE_AFTER = re.compile(rf"\b(?:{_SPEECH}|{_FOREIGN_SPEECH})\b|\baccording to\b", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:he|she)$")
_CAPITAL = re.compile(r"[A-ZÀ-ÞА-ЯЁİÇŞĞÖÜ][\w'’\-]*")
_STOP = {
    "the", "in", "on", "at", "of", "and", "a", "an", "this", "that", "it", "its", "but",
    "last", "next", "year", "according", "mr", "mrs", "ms", "dr", "also", "then", "as",
    "starting", "however", "meanwhile", "speaking", "based", "while", "moreover", "today",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "ministry", "minister", "president", "ambassador",
    "consul", "general", "prime", "foreign", "trade", "energy", "culture", "tourism",
    "economy", "finance", "state", "news", "agency", "interview", "statement", "report",
    "reporters", "journalists", "earlier", "usd", "eur", "tass", "interfax", "reuters", "ria",
    "novosti", "sputnik",
}  # fmt: skip


@dataclass(frozen=True)
class Speaker:
    names: frozenset[str] = field(default_factory=frozenset)
    offices: frozenset[str] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.names or self.offices)

    def same_as(self, other: Speaker) -> bool:
        return bool(self.names & other.names or self.offices & other.offices)

    def words(self) -> str:
        parts = sorted(n.title() for n in self.names)
        parts += sorted(o for o in self.offices)
        return ", ".join(parts)

    def __or__(self, other: Speaker) -> Speaker:
        return Speaker(self.names | other.names, self.offices | other.offices)


NOBODY = Speaker()


@cache
def _country_words() -> dict[str, str]:
    """Folded country names, adjectives and possessives -> code (bodies left out)."""
    words = {}
    for term, (code, _kind) in country_terms().items():
        key = fold(term)
        if key in _BODIES:
            continue
        words[key] = code
        words[key + "'s"] = code
        words[key + "’s"] = code
    return words


def _country_near(text: str, match: re.Match) -> str:
    """The country an office belongs to: an adjective or possessive just before it, or the
    country after 'of'. A place after 'in' is where it sits, not whose it is."""
    words = _country_words()
    before = re.findall(r"[\w'’]+", text[max(0, match.start() - 40) : match.start()])
    for word in reversed(before[-3:]):
        if fold(word) in words:
            return words[fold(word)]
    if match.group("prep") and match.group("prep").lower() == "of":
        return words.get(fold(match.group("where")), "")
    return ""


def offices_in(text: str) -> frozenset[str]:
    """Office keys a phrase names: 'RUS consul general', 'gazprom'."""
    keys = set()
    for match in _OFFICE.finditer(text):
        country = _country_near(text, match)
        if country:
            keys.add(f"{country} {_OFFICE_KEY[match.group('office').lower()]}")
    keys.update(_BODIES[m.group(1)] for m in _BODY.finditer(fold(text)))
    return frozenset(keys)


def names_in(phrase: str) -> frozenset[str]:
    """Surnames in a speaker phrase: the last word of each run of capitalised words that are
    not countries, places after 'in', months, offices or sentence words. A run followed by a
    lower-case word is a sentence's subject ("Exports rose"), not a name ("Novak, the
    minister"; "Novak said"), unless the word is 'of' and a country follows."""
    countries = _country_words()
    names = set()
    run: list[str] = []
    tokens = re.findall(r"[\w'’\-]+|[^\w\s]", phrase)
    previous = ""
    for i, token in enumerate([*tokens, "."]):
        word = fold(token).removesuffix("'s")
        capital = _CAPITAL.fullmatch(token) is not None
        place = previous in ("in", "of", "from", "to", "at")
        if capital and word not in _STOP and word not in countries and not place:
            run.append(word)
        else:
            lower_next = token[:1].islower()
            if lower_next and token == "of" and i + 1 < len(tokens):
                lower_next = fold(tokens[i + 1]) not in countries
            if run and not lower_next:
                names.add(run[-1])
            run = []
        if token.strip():
            previous = word
    return frozenset(n for n in names if len(n) > 2 and not n.isdigit())


def speaker_of(phrase: str) -> Speaker:
    return Speaker(names_in(phrase), offices_in(phrase))


# ---------------------------------------------------------------------------- records


def record_speaker(title: str, quote: str, notes: str) -> Speaker:
    """Who speaks in a quoted page figure: its curated note ('stated by the Russian consul
    general'), a name heading its title ('Miller: ...'), and the speech cues of its quote."""
    found = NOBODY
    for note in notes.split("\n"):
        said = re.search(r"\b(?:stated|cited|said|announced)\s+by\s+([^;(]+)", note, re.IGNORECASE)
        if said:
            found |= speaker_of(said.group(1))
        found |= Speaker(offices=offices_in(note))
    heading = re.match(r"^\s*([^\s:]+(?:\s[^\s:]+)?)\s*:", title)
    if heading:
        found |= Speaker(names=names_in(heading.group(1)))
    for cue in _cues(quote):
        found |= cue.speaker
    return found


# ---------------------------------------------------------------------------- claims


@dataclass
class _Cue:
    start: int
    end: int
    speaker: Speaker
    pronoun: bool


_BOUNDARY = re.compile(r"[.!?;:\"“”«»\n]")


def _cues(text: str) -> list[_Cue]:
    """Speech cues with their speakers: the phrase before the verb ('Buravov said'), or after
    it where the verb follows a comma or quotation ('..., said Putin'; 'according to X')."""
    cues = []
    for match in _CUE_AFTER.finditer(text):
        verb_start, verb_end = match.span()
        # Phrase before: back to the clause's start.
        left = max((m.end() for m in _BOUNDARY.finditer(text, 0, verb_start)), default=0)
        before = text[left:verb_start]
        before = re.split(r",\s*(?=[a-z])|\bthat\b|\bwhich\b", before)[-1]
        # Phrase after: to the next boundary or comma-clause.
        stop = _BOUNDARY.search(text, verb_end)
        after = text[verb_end : stop.start() if stop else len(text)]
        after = re.split(r"\b(?:that|during|at|on|in his|in her|when|while)\b", after)[0]
        according = match.group().lower() == "according to"
        inverted = re.search(r"[,\"”]\s*$", text[max(0, verb_start - 3) : verb_start])
        phrase = before
        if according:
            phrase = re.split(r",", after)[0]
        elif not before.strip() or (inverted and speaker_of(after)):
            phrase = after  # "..., said Putin"; but "X, the consul, told a forum" is X's
        speaker = speaker_of(phrase)
        bare = phrase.strip().lower()
        # "he", or an office with no name or country ("the minister"): an anaphor.
        pronoun = bool(_PRONOUN.match(bare)) or (
            not speaker
            and bool(re.fullmatch(r"the\s+[\w\s-]+", bare))
            and bool(_MINISTER.search(bare) or _OFFICE.search(bare))
        )
        if speaker or pronoun:
            cues.append(_Cue(verb_start, verb_end, speaker, pronoun))
    return cues


class DocumentSpeakers:
    """The speech cues of one document, with names tied to the offices the text gives them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cues = _cues(text)
        self.offices: dict[str, frozenset[str]] = {}
        for match in _OFFICE.finditer(text):
            office = offices_in(text[max(0, match.start() - 40) : match.end()])
            for name in _beside(text, match):
                self.offices[name] = self.offices.get(name, frozenset()) | office
        # Pronouns stand for the last named speaker before them.
        last = NOBODY
        for cue in self.cues:
            if cue.pronoun and not cue.speaker.names:
                cue.speaker = cue.speaker | last
            elif cue.speaker.names:
                last = cue.speaker

    def _with_offices(self, speaker: Speaker) -> Speaker:
        offices = set(speaker.offices)
        for name in speaker.names:
            offices |= self.offices.get(name, frozenset())
        return Speaker(speaker.names, frozenset(offices))

    def speaker(self, start: int, end: int) -> Speaker:
        """Who says the figure at text[start:end] (NOBODY when the text does not say)."""
        text = self.text
        para_start = text.rfind("\n\n", 0, start) + 1
        para_end = text.find("\n\n", end)
        para_end = len(text) if para_end < 0 else para_end
        left = max(
            (m.end() for m in re.finditer(r"[.!?](?=\s)|\n", text[para_start:start])),
            default=0,
        )
        sentence_start = para_start + left
        right = re.search(r"[.!?](?=\s|$)|\n", text[end:para_end])
        sentence_end = end + right.end() if right else para_end
        own = [c for c in self.cues if sentence_start <= c.start < sentence_end]
        if own:
            return self._with_offices(own[0].speaker)
        opened = _open_quote(text, para_start, start)
        if opened is None:
            return NOBODY
        # Inside quoted speech: the cue that closes the quotation, else the one opening it.
        closing = re.compile(r"[\"”]").search(text, end, para_end)
        if closing:
            after = [c for c in self.cues if closing.end() <= c.start < closing.end() + 40]
            if after:
                return self._with_offices(after[0].speaker)
        before_start = opened
        if text[para_start:opened].strip() == "":
            before_start = text.rfind("\n\n", 0, max(para_start - 2, 0)) + 1
        before = [c for c in self.cues if before_start <= c.start < opened]
        if before:
            return self._with_offices(before[-1].speaker)
        return NOBODY


_NAME_RUN = r"(?:[A-ZÀ-ÞА-ЯЁİÇŞĞÖÜ][\w'’\-]+\s+){0,2}[A-ZÀ-ÞА-ЯЁİÇŞĞÖÜ][\w'’\-]+"
_NAME_AFTER = re.compile(rf"\s*,?\s*(?P<name>{_NAME_RUN})")
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME_RUN}),\s+(?:the\s+)?(?:[\w'’]+\s+)?$")


def _beside(text: str, office: re.Match) -> frozenset[str]:
    """The name an office is given side by side: "Russia's consul general in Istanbul, Andrey
    Buravov", "Energy Minister Alexander Novak", "Andrey Buravov, Russia's consul general"."""
    found = set()
    after = _NAME_AFTER.match(text, office.end())
    if after:
        found |= names_in(after.group("name"))
    before = _NAME_BEFORE.search(text[max(0, office.start() - 60) : office.start()])
    if before:
        found |= names_in(before.group("name"))
    return frozenset(found)


def _open_quote(text: str, para_start: int, position: int) -> int | None:
    """Where the quotation holding `position` opens in its paragraph, or None."""
    opened = None
    for match in re.finditer(r"[\"“”«»]", text[para_start:position]):
        mark = match.group()
        at = para_start + match.start()
        if mark in "“«":
            opened = at
        elif mark in "”»":
            opened = None
        else:
            opened = None if opened is not None else at
    return opened


WORDING_RUN = 8  # words in a row shared with the claim's paragraph make a record its wording


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def shares_wording(quote: str, passage: str, run: int = WORDING_RUN) -> bool:
    """Whether `quote` repeats `passage` for at least `run` words in a row."""
    quote_words, passage_words = _words(quote), _words(passage)
    if len(quote_words) < run or len(passage_words) < run:
        return False
    grams = {tuple(passage_words[i : i + run]) for i in range(len(passage_words) - run + 1)}
    return any(tuple(quote_words[i : i + run]) in grams for i in range(len(quote_words) - run + 1))
