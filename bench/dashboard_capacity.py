"""Server capacity without a browser per user: CPU-seconds per rerun and users served.

1. CPU cost per rerun of the main interactions, each session an AppTest (the real pages and
   caches, in this process, no browser): switch whose records on Trade, select a claim on
   Fact-check, paste an article (a new text each time, so the checker's cache never
   answers), against a bare app's button rerun measured the same way.
2. A closed-loop load test: N simulated users in threads, each an AppTest session doing one
   interaction (the mix above: 45 % view switches, 45 % claim selections, 10 % pastes) after
   an exponentially distributed think time (mean THINK seconds). Response time is the
   rerun's wall time; the largest N whose p95 stays under 2 s is reported.

A Streamlit server runs every session's script in threads of one Python process, so its
reruns share one interpreter lock: the load test has the same constraint. On a 2-core
machine a second server process (behind a proxy with sticky sessions) would add one more
core's worth; the figures below are for one process.
"""

import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from common import DOCUMENTS  # noqa: E402
from streamlit.runtime import Runtime  # noqa: E402
from streamlit.testing.v1 import AppTest, app_test  # noqa: E402


class _SharedRuntime(type):
    """AppTest installs a stand-in Runtime for each run and removes it afterwards; with
    sessions in threads, one run's removal would pull it from under another (a script thread
    still finishing). Keep the latest one installed (a real server has one runtime for all
    sessions too)."""

    def __setattr__(cls, name, value):
        if name != "_instance" or value is not None:
            setattr(Runtime, name, value)

    def __getattr__(cls, name):
        return getattr(Runtime, name)


class _RuntimeForThreads(metaclass=_SharedRuntime):
    pass


app_test.Runtime = _RuntimeForThreads

APP = str(REPO / "dashboard" / "app.py")
BARE = str(REPO / "bench" / "apps" / "bare_chart.py")
RUNS = int(os.environ.get("BENCH_RUNS", "6"))
THINK = float(os.environ.get("BENCH_THINK", "10"))
SECONDS = float(os.environ.get("BENCH_LOAD_SECONDS", "40"))
USERS = [int(u) for u in os.environ.get("BENCH_USERS", "2,4,8,16,24").split(",")]
TARGET_P95 = 2.0
VIEWS = ["RUS", "mirror", "TUR"]
CLAIMS = ["001-09", "001-15", "001-23", "000-01", "001-21", "001-11"]


def article() -> str:
    """The news analysis from ../shared/documents (never copied here), or a short stand-in."""
    found = sorted(DOCUMENTS.glob("000_*.txt"))
    if found:
        return found[0].read_text(encoding="utf-8")
    return "Trade between Turkey and Russia reached about $30 billion in 2021. " * 20


class Session:
    """One simulated user: an AppTest session on one page."""

    def __init__(self, page: str | None) -> None:
        self.app = AppTest.from_file(BARE if page is None else APP, default_timeout=120)
        self.app.run()
        if page:
            self.app.switch_page(page).run()
        self.turn = 0
        self.text = article()

    def claim_box(self):
        for box in self.app.selectbox:
            if "001-15" in box.options or any(str(o).startswith("001-15") for o in box.options):
                return box
        raise RuntimeError("no claim selectbox on the Fact-check page")

    def act(self, kind: str) -> None:
        self.turn += 1
        if kind == "bare":
            self.app.button[0].click().run()
        elif kind == "view":
            self.app.radio[0].set_value(VIEWS[self.turn % len(VIEWS)]).run()
        elif kind == "claim":
            box = self.claim_box()
            wanted = CLAIMS[self.turn % len(CLAIMS)]
            option = next(o for o in box.options if str(o).startswith(wanted))
            box.set_value(option).run()
        elif kind == "paste":
            self.app.text_area[0].input(f"{self.text}\n\nRevision {self.turn}.").run()
        if self.app.exception:
            raise RuntimeError(f"{kind}: {self.app.exception[0].message[:200]}")


PAGES = {"bare": None, "view": "views/trade.py", "claim": "views/fact_check.py"}
PAGES["paste"] = PAGES["claim"]


def cpu_per_rerun(kind: str) -> tuple[float, float]:
    """Median CPU-seconds and wall seconds of one rerun (whole process, one session)."""
    session = Session(PAGES[kind])
    session.act(kind)  # warm the caches this interaction uses
    cpu, wall = [], []
    for _ in range(RUNS):
        c0, w0 = time.process_time(), time.perf_counter()
        session.act(kind)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return statistics.median(cpu), statistics.median(wall)


def load(users: int) -> tuple[float, float, int]:
    """p50 and p95 response time (s) and interactions done, for `users` at once."""
    mix = ["view"] * 9 + ["claim"] * 9 + ["paste"] * 2
    kinds = [mix[(i * 7) % len(mix)] for i in range(users)]
    sessions = [Session(PAGES[k]) for k in kinds]
    times: list[float] = []
    lock = threading.Lock()
    deadline = time.monotonic() + SECONDS
    errors: list[str] = []

    def user(index: int) -> None:
        rng = random.Random(index)
        while True:
            time.sleep(rng.expovariate(1 / THINK))
            if time.monotonic() > deadline:
                return
            start = time.perf_counter()
            try:
                sessions[index].act(kinds[index])
            except Exception as err:
                errors.append(str(err))
                return
            with lock:
                times.append(time.perf_counter() - start)

    threads = [threading.Thread(target=user, args=(i,)) for i in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError(f"{len(errors)} interaction(s) failed, first: {errors[0]}")
    if not times:
        return float("nan"), float("nan"), 0
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return statistics.median(ordered), p95, len(ordered)


def main() -> int:
    print(f"CPU per rerun (median of {RUNS}, AppTest session in this process)")
    bare_cpu, bare_wall = cpu_per_rerun("bare")
    print(f"  {'bare app: button rerun':38} {bare_cpu:6.3f} CPU-s  {bare_wall:6.3f} s wall")
    costs = {}
    for kind, name in (
        ("view", "Trade: switch whose records"),
        ("claim", "Fact-check: select a claim"),
        ("paste", "Fact-check: paste an article"),
    ):
        cpu, wall = cpu_per_rerun(kind)
        costs[kind] = cpu
        print(
            f"  {name:38} {cpu:6.3f} CPU-s  {wall:6.3f} s wall"
            f"   ratio to bare {cpu / bare_cpu:5.1f}"
        )
    mean = 0.45 * costs["view"] + 0.45 * costs["claim"] + 0.10 * costs["paste"]
    # One interpreter serves the reruns: utilisation = users * mean / THINK must stay
    # well below 1 for p95 < 2 s; the load test below measures it.
    print(f"Mix (45/45/10): {mean:.3f} CPU-s a rerun; one user every {THINK:g} s of thinking")
    print(f"  saturation bound: {THINK / mean:.0f} active users per server process")
    print(f"Load test: {SECONDS:g} s per step, think time {THINK:g} s (exponential)")
    served = 0
    for users in USERS:
        p50, p95, done = load(users)
        ok = p95 < TARGET_P95
        print(
            f"  {users:3d} users: {done:4d} reruns, p50 {p50:5.2f} s, p95 {p95:5.2f} s"
            f"  {'ok' if ok else 'over 2 s'}"
        )
        if not ok:
            break
        served = users
    print(f"Active users served at p95 < {TARGET_P95:g} s (one server process): {served}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
