"""A list under a heading that ends with a colon: the heading lends its frame to its lines.

"Quarterly profile (imports from Russia, TurkStat):" over "- Q1 2024: USD 12.0bn", or "Gas
imports by supplier, 2023 (bcm):" over "• Azerbaijan: 9.5": each line measures what the
heading names (flow, sides, goods, unit, period) wherever the line does not say so itself.
Each line is read again, by the prose reader, as the sentence "<heading>: <line>" in a copy of
the list, a bare number at the line's end taking the unit the heading gives in brackets; the
claims keep the line's own spans and carry the note `list_heading`. A heading that names
nothing a line could take (no country, flow, goods, unit or year) lends nothing, and tables
(cells parted by pipes or tabs) are left to the table reader.
"""

import dataclasses
import re

from factcheck.extraction.context import TextLayout
from factcheck.extraction.masks import MONTH, Coverage, find_masks
from factcheck.extraction.numbers import NUMERAL
from factcheck.extraction.quantities import find_quantities
from validation.reading_vocabulary import (
    LIST_DESTINATION_WORDS,
    LIST_HEADING_WORDS,
    LIST_SOURCE_WORDS,
    alternation,
)

NOTE = "list_heading"
HEADING_WORDS = 14  # a heading is short
LEAD_REACH = 600  # of the paragraph before a heading, read as the lines' context
LINE_WORDS = 12  # an unbulleted line of a list is short ("Q1: $11.2bn", "Russia 21.3")
_BULLET_MARK = "[-*•–—·▪]"  # a list item's mark (or its number, "1." "2)")
_BULLET = re.compile(rf"[ \t]*(?:{_BULLET_MARK}|\d{{1,2}}[.)])[ \t]+")
_LENDS = re.compile(
    rf"\b(?:{alternation(LIST_HEADING_WORDS)})\b|\b(?:19|20)\d\d\b|\([^()]+\)", re.IGNORECASE
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”)\]]$")
_SECTION_SCOPE = re.compile(
    r"[^()]*\((?P<scope>[^()]*\b(?:imports?|exports?|turnover|arrivals|visitors|tourists"
    r"|supplies|deliveries|shipments|purchases|sales)\b[^()]*)\)\s*",
    re.IGNORECASE,
)
# A line of words right over a bulleted line ("TRADE (TurkStat, imports from Russia)" over "-
# Dec-24: $4.54bn").
_BULLETED_AFTER = re.compile(rf"[^\s:][ \t]*\r?\n[ \t]*{_BULLET_MARK}[ \t]+")
# The last figure of a line, at its end: "• Azerbaijan: 9.5", "Russia 21.3 (40%)".
_LAST_NUMBER = re.compile(rf"(?P<num>{NUMERAL})[ \t]*(?:\([^()\n]*\))?[ \t]*[.;,]?[ \t]*$")
_UNIT_BRACKET = re.compile(r"\(([^()]+)\)\s*:\s*$")
_CURRENCY_FIRST = re.compile(r"^(US\$|\$|€|USD|EUR)\s*(.*)$")
# A line's label: the words before its colon or dash ("Azerbaijan: 9.5", "Q1 – $2.1bn").
_LABEL = re.compile(r"(?P<label>[^\n:\d][^\n:]{0,39}?)\s*(?::|\s[–—-])\s+")
# "Gas imports by supplier, 2023 (bcm):", "Exports by destination:": each line's label is
# the partner ("from Azerbaijan", "to Germany").
_BY_PARTNER = re.compile(
    rf"^(?P<what>.+?)\s+by\s+(?:(?P<source>{alternation(LIST_SOURCE_WORDS)})"
    rf"|(?P<goal>{alternation(LIST_DESTINATION_WORDS)}))\b(?P<rest>[^:]*):\s*$",
    re.IGNORECASE,
)
# A label that is a part of a year with no year of its own ("Q1", "H2", "9M", "March"): the
# year the heading names.
_PART_OF_YEAR = re.compile(rf"(?:Q[1-4]|H[12]|\d{{1,2}}M|{MONTH})", re.IGNORECASE)


@dataclasses.dataclass
class _Block:
    heading: str  # the heading's words, its colon included
    start: int  # where the heading begins in the text
    lines: list[tuple[int, int, int]]  # (line start, body start, line end) in the text


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def find_blocks(text: str, figures: list[tuple[int, int]]) -> list[_Block]:
    """The lists under a heading ending with ':' whose heading names something to lend."""
    if ":\n" not in text and ":\r\n" not in text and not _BULLETED_AFTER.search(text):
        return []
    lines = _lines(text.replace("\r", " "))
    blocks = []
    index = 0
    while index < len(lines) - 1:
        start, end = lines[index]
        heading = text[start:end].strip()
        index += 1
        above = text[lines[index - 2][0] : lines[index - 2][1]].strip() if index > 1 else ""
        if (
            heading
            and not heading.endswith(":")
            and not re.search(r"[.!?;,]$", heading)
            and _BULLET.match(text, *lines[index])
        ):
            # "TRADE (TurkStat, imports from Russia)" over "- Dec-24: $4.54bn": a digest's
            # section heading with no colon, right over its bulleted lines, heads them too;
            # where its bracket names the flow, the bracket says what the lines count (the
            # section's name, "TRADE", is no turnover)
            scope = _SECTION_SCOPE.fullmatch(heading)
            heading = (scope["scope"] if scope else heading) + ":"
        if (
            not heading.endswith(":")
            # a heading opens its line ("Gas imports by supplier:"); a wrapped sentence's
            # last line ("... as Russia recorded it:") is no heading
            or not re.match(r"[A-Z0-9\"“'(]", heading)
            or (above and not _ENDS_SENTENCE.search(above))
            or len(heading.split()) > HEADING_WORDS
            or _BULLET.match(heading)
            or any(start <= a < end for a, _ in figures)  # a sentence with a figure leads in
            or not _LENDS.search(heading[:-1])
        ):
            continue
        members = []
        while index < len(lines):
            line_start, line_end = lines[index]
            line = text[line_start:line_end]
            bullet = _BULLET.match(line)
            if (
                not line.strip()
                or "|" in line
                or "\t" in line.strip()
                or (not bullet and len(line.split()) > LINE_WORDS)
                or (not bullet and line.rstrip().endswith(":"))
            ):
                break
            body = line_start + (bullet.end() if bullet else len(line) - len(line.lstrip()))
            members.append((line_start, body, line_end))
            index += 1
        if any(re.search(r"\d", text[a:c]) for a, _, c in members):
            indent = len(text[start:end]) - len(text[start:end].lstrip())
            blocks.append(_Block(heading, start + indent, members))
    return blocks


def _unit_template(heading: str) -> tuple[str, str] | None:
    """(before, after) the number that gives a bare figure the unit the heading's bracket
    names ("(bcm)" -> ("", " bcm"), "(USD bn)" -> ("USD ", " bn")), when a figure so written
    is read as one quantity; else None."""
    bracket = _UNIT_BRACKET.search(heading)
    if bracket is None:
        return None
    for part in bracket.group(1).split(","):
        part = part.strip()
        if not part or _YEAR.fullmatch(part):
            continue
        currency = _CURRENCY_FIRST.match(part)
        choices = [("", f" {part}")]
        if currency:
            lead = currency.group(1) + ("" if currency.group(1) in ("$", "€", "US$") else " ")
            choices.insert(0, (lead, f" {currency.group(2)}" if currency.group(2) else ""))
        for before, after in choices:
            probe = f"{before}12.5{after}"
            found = find_quantities(probe)
            if len(found) == 1 and found[0].start == 0 and found[0].end == len(probe):
                return before, after
    return None


def lend_list_headings(ctx, rows, quantities, skip_kinds, document, frame_row) -> list[dict]:
    """`rows` with every figure of a list line under a lending heading read again as
    "<heading> <line>" (see the module's docstring)."""
    figures = [(q.start, q.end) for q in quantities]
    blocks = find_blocks(ctx.text, figures)
    if not blocks:
        return rows
    for block in blocks:
        rows = _reread_block(ctx, block, rows, figures, skip_kinds, document, frame_row)
    return sorted(rows, key=lambda row: row["start"])


def _reread_block(ctx, block, rows, figures, skip_kinds, document, frame_row) -> list[dict]:
    template = _unit_template(block.heading)
    by_partner = _BY_PARTNER.match(block.heading)
    years = _YEAR.findall(block.heading)
    new_rows = []
    lead_reads: list | None = None  # the paragraph before, read once for all the lines
    # The paragraph before the heading stays before each line, as the sentences before it
    # (who "imports" when a line does not say); its own figures are not read again.
    head = ctx.text[: block.start].rstrip()
    lead = head[max(head.rfind("\n\n") + 2, len(head) - LEAD_REACH) :].strip()
    for _line_start, body, line_end in block.lines:
        copy = _LineCopy()
        if lead:
            copy.add(lead + "\n\n")
        copy.line_at = copy.position
        line = ctx.text[body:line_end].rstrip()
        label = _LABEL.match(line)
        if by_partner and label:
            # "Gas imports by supplier, 2023 (bcm):" over "Azerbaijan: 9.5": "Gas imports from
            # Azerbaijan, 2023 (bcm): 9.5 bcm"
            side = "from" if by_partner["source"] else "to"
            copy.add(f"{by_partner['what']} {side} {label['label']}{by_partner['rest']}: ")
            body, line = body + label.end(), line[label.end() :]
        elif label and len(years) == 1 and _PART_OF_YEAR.fullmatch(label["label"]):
            # "Exports to Russia by quarter, 2023:" over "Q1: $2.1bn": "Q1 2023: $2.1bn"
            copy.add(block.heading + " ")
            copy.add(label["label"], body)
            copy.add(f" {years[0]}: ")  # never "2023 – 0.21", a range
            body, line = body + label.end(), line[label.end() :]
        else:
            copy.add(block.heading + " ")
        last = _LAST_NUMBER.search(line)
        bare = (
            template is not None
            and last is not None
            and not _YEAR.fullmatch(last.group("num"))
            and not any(a < body + last.end("num") and body + last.start("num") < b
                        for a, b in figures)
        )  # fmt: skip
        if bare:  # "• Azerbaijan: 9.5" under "(bcm)": "9.5 bcm"
            cut = last.start("num")
            copy.add(line[:cut], body)
            copy.add(template[0])
            copy.numbers.append((copy.position, copy.position + len(last.group("num"))))
            copy.add(last.group("num"), body + cut)
            copy.add(template[1])
            copy.add(line[last.end("num") :], body + last.end("num"))
        else:
            copy.add(line, body)
        rows_here, lead_reads = copy.rows(ctx, skip_kinds, document, frame_row, lead_reads)
        new_rows += rows_here
    kept = [
        row for row in rows
        if not any(row["start"] < new["end"] and new["start"] < row["end"] for new in new_rows)
    ]  # fmt: skip
    return kept + new_rows


class _LineCopy:
    """One line of a list rewritten as a sentence, with where its pieces stand in the text."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.segments: list[tuple[int, int, int]] = []  # (copy start, text start, length)
        self.numbers: list[tuple[int, int]] = []  # (start, end) of numerals given a unit
        self.position = 0
        self.line_at = 0  # where the line's sentence begins (after the paragraph before)

    def add(self, piece: str, origin: int | None = None) -> None:
        if origin is not None:
            self.segments.append((self.position, origin, len(piece)))
        self.pieces.append(piece)
        self.position += len(piece)

    def to_text(self, offset: int, end: bool = False) -> int | None:
        for copy_start, origin, length in self.segments:
            if copy_start <= offset < copy_start + length or (
                end and copy_start < offset <= copy_start + length
            ):
                return origin + offset - copy_start
        # In a unit the heading lent: a start before the number is the number's, an end
        # after it the number's end.
        if end:
            ends = [n_end for _, n_end in self.numbers if n_end <= offset]
            return self.to_text(max(ends), end=True) if ends else None
        starts = [n_start for n_start, _ in self.numbers if 0 <= n_start - offset <= 8]
        return self.to_text(min(starts)) if starts else None

    def rows(self, ctx, skip_kinds, document, frame_row, lead_reads) -> tuple[list[dict], list]:
        """The claim rows of the line's figures, read in the copy, with the text's spans, and
        what the paragraph before was read as (`lead_reads`: given, it is not read again)."""
        copy = "".join(self.pieces)
        masks = find_masks(copy)
        layout = TextLayout(copy, masks)
        reading = dataclasses.replace(
            ctx,
            text=copy,
            layout=layout,
            read=list(lead_reads or []),
            mentions_by_sentence={},
            country_mentions={},
        )
        reading.__dict__["oil_basis"] = ctx.oil_basis  # the document's, not the copy's
        skipped = Coverage(masks, skip_kinds)
        found = [q for q in find_quantities(copy) if not skipped.overlaps(q.start, q.end)]
        rows = []
        for quantity in found:
            if quantity.start < self.line_at and lead_reads is not None:
                continue  # the paragraph before: context only, its figures read once already
            if quantity.start >= self.line_at and lead_reads is None:
                lead_reads = list(reading.read)
            others = [(q.start, q.end) for q in found if q is not quantity]
            row = {"document": document, "title": "", **frame_row(reading, quantity, others)}
            start, end = self.to_text(row["start"]), self.to_text(row["end"], end=True)
            if start is None or end is None or end <= start:
                continue  # a figure of the heading itself: the heading's own reading stands
            notes = [n for n in row["reading_notes"].split(";") if n]
            row.update(start=start, end=end, quote=ctx.text[start:end],
                       reading_notes=";".join([*notes, NOTE]))  # fmt: skip
            rows.append(row)
        return rows, lead_reads if lead_reads is not None else list(reading.read)


__all__ = ["NOTE", "find_blocks", "lend_list_headings"]
