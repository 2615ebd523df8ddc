"""Tables whose cells stand one per line, as a PDF extract leaves them: header lines ("Year",
"Exports", "(US$ bn)", "Imports", ...), then one value per line ("2021", "5.8", "29.0", ...).

Which value belongs to which column and row cannot be told from the lines alone (a header
may take two lines, a cell may be empty, a footnote may stand between), so such a block is
never read: its figures are left out with their reason, unverifiable rather than misread.
"""

import re

KIND = "stacked_table"
REASON = (
    "a cell of a table whose cells stand one per line (as a PDF extract leaves them): which"
    " row and column it is in cannot be read with confidence, so it is not read"
)
MAX_CELL = 40  # a cell is a label or a value, never a sentence
MIN_LINES = 5  # a run of this many cell lines at least
MIN_VALUES = 3  # holding this many value lines (years aside) at least
# A value alone on its line: "5.8", "$29.0 bn", "-23.2", "12%", "1,234".
_VALUE_LINE = re.compile(
    r"[+\-−–]?\s?(?:US\$|\$|€|£|₺)?\s?\d[\d.,\u00a0\u202f]*(?:\s?(?:bn|billion|bln|mn|million"
    r"|mln|m|k|thousand|bcm|mcm|%|pp))?\s?[*†‡¹²³]*",
    re.IGNORECASE,
)
_YEAR_LINE = re.compile(r"(?:19|20)\d{2}[*†‡]?")
# A label line: a few words, no sentence punctuation at its end, no figure with its words.
_LABEL_LINE = re.compile(rf"[^\d.!?;:]{{1,{MAX_CELL}}}")
_LINE = re.compile(r"^.*$", re.MULTILINE)


def find_stacked_cells(text: str) -> list[tuple[int, int]]:
    """The span of each block of cell lines, from its first value line to its last."""
    masks: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []  # (start, end, what): value | year | label

    def close() -> None:
        values = [r for r in run if r[2] == "value"]
        if len(run) >= MIN_LINES and len(values) >= MIN_VALUES:
            masks.append((values[0][0], values[-1][1]))
        run.clear()

    for match in _LINE.finditer(text):
        line = match.group(0)
        stripped = line.strip()
        if not stripped:
            close()
            continue
        start = match.start() + line.index(stripped)
        end = start + len(stripped)
        if len(stripped) > MAX_CELL:
            close()
        elif _YEAR_LINE.fullmatch(stripped):
            run.append((start, end, "year"))
        elif _VALUE_LINE.fullmatch(stripped):
            run.append((start, end, "value"))
        elif _LABEL_LINE.fullmatch(stripped):
            run.append((start, end, "label"))
        else:
            close()
    close()
    return masks
