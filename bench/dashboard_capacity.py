"""Server capacity without a browser per user: CPU-seconds per rerun and users served.

1. CPU cost per rerun of the main interactions, each session an AppTest (the real pages and
   caches, in this process, no browser): switch whose records on Trade, select a claim on
   Fact-check, paste an article on Check an article (a new text each time, so the checker's
   cache never answers), against a bare app's button rerun measured the same way. AppTest by itself
   reruns the whole page for every widget; a browser reruns only the `st.fragment` holding
   the widget. The view switch and the claim selection are therefore run as the server runs
   them, fragment only (see `_FragmentRunner`; the run fails if the script runner reports
   anything but that one fragment), and also as whole-page reruns for comparison. Pasting
   an article is a whole-page rerun in the browser too (the text area is outside any
   fragment).
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

from urllib import parse  # noqa: E402

from common import DOCUMENTS  # noqa: E402
from streamlit.runtime import Runtime  # noqa: E402
from streamlit.runtime.scriptrunner import RerunData, ScriptRunnerEvent  # noqa: E402
from streamlit.runtime.scriptrunner_utils.script_requests import ScriptRequests  # noqa: E402
from streamlit.testing.v1 import AppTest, app_test, local_script_runner  # noqa: E402
from streamlit.testing.v1.element_tree import parse_tree_from_messages  # noqa: E402


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

# The session whose AppTest is running in this thread (AppTest builds its script runner
# inside `run`, in the calling thread).
_CURRENT = threading.local()


class _FragmentRunner(local_script_runner.LocalScriptRunner):
    """AppTest's script runner, able to rerun one fragment as a browser's widget change does.

    A browser that changes a widget inside an `st.fragment` sends the fragment's id with the
    widget states; the server reruns that fragment alone and keeps every element outside it.
    AppTest always asks for a whole-page rerun. When the current session names a fragment,
    this runner asks for that fragment's rerun instead (`RerunData(fragment_id=…)`, as
    `AppSession.request_rerun` does), starting from the previous run's elements so the page
    outside the fragment stays in the element tree. It keeps each run's messages on the
    session, to find the next widget's fragment and to carry the page over."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        session = getattr(_CURRENT, "session", None)
        if session is not None and session.fragment:
            for message in session.messages:
                self.forward_msg_queue.enqueue(message)

    def run(self, widget_state=None, query_params=None, timeout=3, page_hash="", context_info=None):
        session = getattr(_CURRENT, "session", None)
        if session is None or not session.fragment:
            tree = super().run(widget_state, query_params, timeout, page_hash, context_info)
        else:
            # LocalScriptRunner queued a whole-page rerun when it was built; a pending
            # whole-page rerun absorbs a fragment's, so start from an empty request queue.
            self._requests = ScriptRequests()
            self.request_rerun(
                RerunData(
                    query_string=parse.urlencode(query_params or {}, doseq=True),
                    widget_states=widget_state,
                    page_script_hash=page_hash,
                    context_info=context_info,
                    fragment_id=session.fragment,
                )
            )
            try:
                if not self._script_thread:
                    self.start()
                local_script_runner.require_widgets_deltas(self, timeout)
            finally:
                self.join()
            tree = parse_tree_from_messages(self.forward_msgs())
        if session is not None:
            started = [
                data
                for event, data in zip(self.events, self.event_data, strict=True)
                if event == ScriptRunnerEvent.SCRIPT_STARTED
            ]
            ran = [data.get("fragment_ids_this_run") for data in started]
            wanted = [session.fragment] if session.fragment else None
            if ran != [wanted]:
                raise RuntimeError(f"asked to run fragment {wanted}, the runner ran {ran}")
            session.messages = list(self.forward_msgs())
        return tree


app_test.LocalScriptRunner = _FragmentRunner

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
    """One simulated user: an AppTest session on one page. With `fragments`, a change of a
    widget inside an `st.fragment` reruns that fragment only, as in a browser."""

    def __init__(self, page: str | None, fragments: bool = True) -> None:
        self.app = AppTest.from_file(BARE if page is None else APP, default_timeout=120)
        self.fragments = fragments
        self.fragment: str | None = None  # the fragment the next run reruns (None: the page)
        self.messages: list = []  # the last run's messages
        self.run(self.app)
        if page:
            self.run(self.app.switch_page(page))
        self.turn = 0
        self.text = article()

    def run(self, target, widget=None) -> None:
        """`target.run()` (an AppTest or a changed widget); rerun only the fragment holding
        `widget` when there is one and fragments are on."""
        self.fragment = self.fragment_of(widget) if self.fragments and widget else None
        _CURRENT.session = self
        try:
            target.run()
        finally:
            _CURRENT.session = None

    def fragment_of(self, widget) -> str | None:
        """The id of the fragment that drew `widget` in the last run, or None."""
        for message in self.messages:
            if message.WhichOneof("type") != "delta":
                continue
            if message.delta.WhichOneof("type") != "new_element":
                continue
            element = message.delta.new_element
            kind = element.WhichOneof("type")
            if kind and getattr(getattr(element, kind), "id", None) == widget.id:
                return message.delta.fragment_id or None
        return None

    def claim_box(self):
        for box in self.app.selectbox:
            if "001-15" in box.options or any(str(o).startswith("001-15") for o in box.options):
                return box
        raise RuntimeError("no claim selectbox on the Fact-check page")

    def act(self, kind: str) -> None:
        self.turn += 1
        if kind == "bare":
            widget = self.app.button[0].click()
        elif kind == "view":
            widget = self.app.radio[0].set_value(VIEWS[self.turn % len(VIEWS)])
        elif kind == "claim":
            widget = self.claim_box()
            wanted = CLAIMS[self.turn % len(CLAIMS)]
            widget.set_value(next(o for o in widget.options if str(o).startswith(wanted)))
        elif kind == "paste":
            widget = self.app.text_area[0].input(f"{self.text}\n\nRevision {self.turn}.")
        self.run(widget, widget)
        if self.app.exception:
            raise RuntimeError(f"{kind}: {self.app.exception[0].message[:200]}")


WARM = {"view": len(VIEWS), "claim": len(CLAIMS)}
PAGES = {
    "bare": None,
    "view": "views/trade.py",
    "claim": "views/fact_check.py",
    "paste": "views/check_article.py",
}


def cpu_per_rerun(kind: str, fragments: bool = True) -> tuple[float, float]:
    """Median CPU-seconds and wall seconds of one rerun (whole process, one session)."""
    session = Session(PAGES[kind], fragments)
    # Warm the caches: every view and every claim once (the charts are cached for all
    # sessions, so a server that has shown them once reruns from the cache; measuring a first
    # showing would time building a chart, not the rerun). Each paste is a new text.
    for _ in range(WARM.get(kind, 1)):
        session.act(kind)
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
    print(f"CPU per rerun (median of {RUNS} after each view and claim once, AppTest session)")
    bare_cpu, bare_wall = cpu_per_rerun("bare")
    print(f"  {'bare app: button rerun':38} {bare_cpu:6.3f} CPU-s  {bare_wall:6.3f} s wall")
    costs = {}
    for kind, name, fragments in (
        ("view", "Trade: switch whose records", True),
        ("view", "  the same, whole page rerun", False),
        ("claim", "Fact-check: select a claim", True),
        ("claim", "  the same, whole page rerun", False),
        ("paste", "Check an article: paste one", False),
    ):
        cpu, wall = cpu_per_rerun(kind, fragments)
        costs.setdefault(kind, cpu)  # the load test's mix: fragment reruns, as in a browser
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
