"""Claim extraction on both documents against quantulum3 on the same text, same run.

Run: make bench (or .venv/bin/python bench/extract_claims.py). Prints median milliseconds
over several runs and ours / quantulum3 as a ratio (below 1: faster than the baseline); then
the largest document allowed against ten times a tenth of it (near 1: linear time).
"""

import sys
import warnings

from common import DOCUMENTS, median_seconds, report

from factcheck.documents import MAX_DOCUMENT_BYTES
from factcheck.extraction import extract_claims

RUNS, BASELINE_RUNS = 21, 3


def main() -> int:
    warnings.filterwarnings("ignore", module="quantulum3")  # it warns that sklearn is absent
    from quantulum3 import parser

    paths = sorted(DOCUMENTS.glob("*.txt"))
    if not paths:
        print(f"no documents in {DOCUMENTS}; nothing to measure", file=sys.stderr)
        return 1
    for path in paths:
        text = path.read_text(encoding="utf-8")
        ours = median_seconds(lambda t=text, n=path.name: extract_claims(t, n), RUNS)
        baseline = median_seconds(lambda t=text: parser.parse(t), BASELINE_RUNS)
        label = f"extract {path.name[:3]} ({len(text) / 1024:.1f} KB)"
        report(label, ours, "quantulum3", baseline)
    scaling()
    return 0


def scaling() -> None:
    """The largest document a user may paste, against ten times a tenth of it: a ratio near 1
    says reading time grows linearly (it was quadratic when each figure copied the text)."""
    for name, unit in (
        ("prose", "Trade between Turkey and Russia grew in the first half, officials said. "),
        ("digits", "7"),
    ):
        whole = (unit * (MAX_DOCUMENT_BYTES // len(unit)))[: MAX_DOCUMENT_BYTES - 1]
        tenth = whole[: len(whole) // 10]
        largest = median_seconds(lambda t=whole, n=name: extract_claims(t, n), 1, warmup=0)
        small = median_seconds(lambda t=tenth, n=name: extract_claims(t, n), 3)
        report(f"extract {len(whole) / 1e6:.0f} MB of {name}", largest, "10 × a tenth", 10 * small)


if __name__ == "__main__":
    sys.exit(main())
