"""Numerals, number words, ordinals and scale words, as regex fragments and parsers."""

import re

from validation.reading_vocabulary import TURKISH_BIN_BEFORE, TURKISH_SCALES

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "mlrd": 1e9, "mln.": 1e6,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
SCALES |= TURKISH_SCALES  # "450 bin ton", "2,5 milyar dolar"
WORD_SCALES = (
    "thousand", "million", "billion", "trillion", "mn", "mln", "bn", "bln", "mlrd", "tn", "trn",
    *(w for w in TURKISH_SCALES if w != "bin"),
)  # fmt: skip


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# A numeral: 1,234,567.8 or 1234.5 or 15.75; never part of a word, a longer number or a
# model name (F-35, S-400).
# A decimal comma ("389,7", "14,2") is read where one or two digits follow the comma; three
# digits after a comma are a thousands group (the reader notes when that is ambiguous).
# Thousands grouped by dots ("44.018.360", two groups or more: never a decimal) or by spaces
# ("7 017 657", "3 490,9", "4 800": translated Russian and French styles; "5 421.6": the EU's
# statistical style, a space for thousands and a decimal point) are one numeral; a
# single dotted group ("1.500") is read as a decimal here and settled by the document's
# convention in the claim frame.
SPACE_GROUP = "[ \u00a0\u202f]"
NUMERAL = (
    # a currency code may be glued to the figure ("USD9.5 billion", "EUR2bn")
    # or follow a circa abbreviation with no space ("c.323 kb/d", "ca.45"), or a multiplier
    # glued to it ("2x15.75 bcm": the size of each of two lines)
    r"(?:(?<![\w.,])|(?<=USD)|(?<=EUR)|(?<=RUB)|(?<=TRY)|(?<=\bc\.)|(?<=\bca\.)"
    r"|(?<=\b\d[xX])(?=[\d.,]+\s*(?:bcm|mcm|billion\s+cubic|million\s+cubic|MW|GW)))"
    r"(?<![A-Za-z]-)"
    r"(?:\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?(?![\d.,]\d)"
    rf"|\d{{1,3}}(?:{SPACE_GROUP}\d{{3}})+(?:[.,]\d{{1,2}})?(?![\d]|[.,]\d|{SPACE_GROUP}\d)"
    r"|\d+,\d{1,2}(?![\d,])|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d])"
)
DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
DOTTED_GROUPS = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?$")
SPACED_GROUPS = re.compile(rf"^\d{{1,3}}(?:{SPACE_GROUP}\d{{3}})+(?:[.,]\d{{1,2}})?$")
NUMBER_WORD = (
    rf"(?:(?:{_alternation(TENS_WORDS)})(?:[- ](?:{_alternation(UNITS_WORDS)}))?"
    rf"|{_alternation(UNITS_WORDS)})"
)


def word_starts(words, also: str = "") -> re.Pattern[str]:
    """Where any of `words` begins (lower case, Capitalised or UPPER), as one case-sensitive
    alternation behind a first-letter check: several times faster than an IGNORECASE one."""
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    variants = [v for w in ordered for v in (w, w.capitalize(), w.upper())]
    letters = "".join(sorted({v[0] for v in variants}))
    words_part = rf"\b(?=[{letters}])(?:{'|'.join(variants)})\b"
    return re.compile(f"{words_part}|{also}" if also else words_part)


NUMBER_WORD_STARTS = word_starts([*UNITS_WORDS, *TENS_WORDS])
ORDINAL_STARTS = word_starts(ORDINAL_WORDS, also=r"\b\d{1,3}(?:st|nd|rd|th)\b")
ORDINAL = rf"(?:\b(?:{_alternation(ORDINAL_WORDS)})\b|\b\d{{1,3}}(?:st|nd|rd|th)\b)"
# Scale words; the one-letter forms only when glued to the figure ($30B, $3.2-bln is handled
# by the hyphen in the caller's pattern).
_BIN = rf"bin(?=\s+(?:{'|'.join(re.escape(w) for w in TURKISH_BIN_BEFORE)})\b)"
SCALE = rf"(?:{_alternation(WORD_SCALES)}|{_BIN})\b"
GLUED_SCALE = r"(?:bn|bln|mn|mln|tn|[kmb])\b"


def parse_numeral(text: str) -> float:
    """'1,234.5' -> 1234.5; number words ('Seventeen', 'forty-two') -> their value."""
    stripped = text.strip()
    if DOTTED_GROUPS.match(stripped):
        stripped = stripped.replace(".", "")
    elif SPACED_GROUPS.match(stripped):
        stripped = re.sub(SPACE_GROUP, "", stripped)
    if DECIMAL_COMMA.match(stripped):
        return float(stripped.replace(",", "."))
    cleaned = stripped.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return float(parse_number_word(text))


def parse_number_word(text: str) -> int:
    words = re.split(r"[- ]+", text.strip().lower())
    total = 0
    for word in words:
        if word in TENS_WORDS:
            total += TENS_WORDS[word]
        elif word in UNITS_WORDS:
            total += UNITS_WORDS[word]
        else:
            raise ValueError(f"not a number word: {text!r}")
    return total


def parse_ordinal(text: str) -> int:
    lowered = text.strip().lower()
    if lowered in ORDINAL_WORDS:
        return ORDINAL_WORDS[lowered]
    match = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", lowered)
    if not match:
        raise ValueError(f"not an ordinal: {text!r}")
    return int(match.group(1))


def scale_factor(word: str | None) -> float:
    return SCALES[word.lower()] if word else 1.0
