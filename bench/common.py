"""Shared helpers for the benchmarks: medians over repeated runs, printed beside a baseline."""

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The documents are not ours to commit: they sit beside the checkout (or LEDGER_DOCUMENTS).
DOCUMENTS = Path(os.environ.get("LEDGER_DOCUMENTS", REPO.parent / "shared" / "documents"))


def median_seconds(action: Callable[[], object], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, ours: float, baseline_name: str, baseline: float) -> None:
    print(
        f"{name:42} {ours * 1000:10.1f} ms   {baseline_name} {baseline * 1000:10.1f} ms"
        f"   ratio {ours / baseline:8.4f}"
    )
