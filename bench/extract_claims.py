"""Claim extraction on both documents against quantulum3 on the same text, same run.

Run: make bench (or .venv/bin/python bench/extract_claims.py). Prints median milliseconds
over several runs and ours / quantulum3 as a ratio (below 1: faster than the baseline).
"""

import sys
import warnings

from common import DOCUMENTS, median_seconds, report

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
