"""The UN Comtrade client under attack or bad luck: fake servers on 127.0.0.1 only."""

import os
import pickle
import signal
import sqlite3
import stat
import subprocess
import time
from pathlib import Path

import pytest

from loaders.comtrade import ComtradeClient, ComtradeError, refresh
from loaders.comtrade.client import cache_database, checked_base_url
from tests.loaders.comtrade.fake_server import Behaviour, FakeComtrade
from tests.loaders.comtrade.test_refresh import (
    REPO,
    TABLE,
    fingerprint,
    refresh_command,
    refresh_env,
)

SECRET = "k3y-that-must-stay-in-memory"


def client(tmp_path, fake, **options) -> ComtradeClient:
    options = {"api_key": "", "sleep": lambda s: None} | options
    return ComtradeClient(tmp_path / "cache", base_url=fake.url, **options)


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_a_redirect_to_another_host_is_refused_and_the_key_goes_nowhere(tmp_path, datasets):
    before = fingerprint(datasets)
    with FakeComtrade() as elsewhere:
        other_host = elsewhere.url.replace("127.0.0.1", "localhost")
        with FakeComtrade(Behaviour(redirect_to=other_host)) as fake:
            keyed = client(tmp_path, fake, api_key=SECRET)
            with pytest.raises(ComtradeError, match="redirected to localhost") as refused:
                refresh("TUR", "RUS", [2021], datasets, keyed)
        assert elsewhere.behaviour.requests == []  # nothing, with or without the key
    assert SECRET not in str(refused.value)
    written = files_under(tmp_path)
    assert any(p.suffix == ".sqlite" for p in written)
    assert all(SECRET.encode() not in p.read_bytes() for p in written)
    assert fingerprint(datasets) == before


def test_the_key_is_in_no_file_after_a_successful_refresh(tmp_path, datasets):
    with FakeComtrade() as fake:
        refresh("TUR", "RUS", [2021], datasets, client(tmp_path, fake, api_key=SECRET))
        assert all(h.get("Ocp-Apim-Subscription-Key") == SECRET for h in fake.behaviour.headers)
    written = files_under(tmp_path)  # the cache, the snapshot, the lock file
    assert len(written) > 5 and (datasets / TABLE).exists()
    assert all(SECRET.encode() not in p.read_bytes() for p in written)


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://comtradeapi.un.org", True),
        ("http://127.0.0.1:8080", True),
        ("http://localhost:8080", True),
        ("http://[::1]:8080", True),
        ("http://comtradeapi.un.org", False),
        ("http://10.0.0.5", False),
        ("ftp://127.0.0.1", False),
        ("comtradeapi.un.org", False),
    ],
)
def test_only_https_or_loopback_base_urls(url, allowed):
    if allowed:
        assert checked_base_url(url + "/") == url
    else:
        with pytest.raises(ComtradeError, match="only over https"):
            checked_base_url(url)


def test_the_cache_is_private(tmp_path, datasets):
    with FakeComtrade() as fake:
        refresh("TUR", "RUS", [2021], datasets, client(tmp_path, fake))
    database = tmp_path / "cache" / "comtrade" / "responses.sqlite"
    assert stat.S_IMODE(database.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(database.stat().st_mode) == 0o600


class Planted:
    """Unpickling this runs a command that leaves a marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_a_planted_pickle_in_the_cache_is_never_run(tmp_path, datasets):
    with FakeComtrade() as fake:
        refresh("TUR", "RUS", [2021], datasets, client(tmp_path, fake))
    before = fingerprint(datasets)
    marker = tmp_path / "planted-code-ran"
    payload = pickle.dumps(Planted(marker))
    database = tmp_path / "cache" / "comtrade" / "responses.sqlite"
    with sqlite3.connect(database) as db:
        planted = db.execute("UPDATE responses SET value = ?", (payload,)).rowcount
    assert planted > 0
    offline = ComtradeClient(tmp_path / "cache", base_url=fake.url, api_key="", offline=True)
    with pytest.raises(ComtradeError, match="not in the cache"):
        refresh("TUR", "RUS", [2021], datasets, offline)
    assert not marker.exists()
    assert fingerprint(datasets) == before


def test_a_corrupt_cache_file_is_one_line_naming_the_remedy(tmp_path, datasets):
    database = cache_database(tmp_path / "cache")
    database.write_bytes(b"this is not a database" * 100)
    with FakeComtrade() as fake, pytest.raises(ComtradeError) as refused:
        refresh("TUR", "RUS", [2021], datasets, client(tmp_path, fake))
    message = str(refused.value)
    assert "ledger cache clear" in message and str(database) in message and "\n" not in message


@pytest.mark.parametrize(
    ("behaviour", "message"),
    [
        (Behaviour(reporter_served=276), "reporterCode"),  # Germany for a Turkey-Russia call
        (Behaviour(period_served="1999"), "period"),  # 1999 rows when 2021 was asked
        (Behaviour(value_served=float("inf")), "primaryValue"),
        (Behaviour(value_served=1e308), "primaryValue"),
        (Behaviour(value_served=float("nan")), "primaryValue"),
    ],
)
def test_answers_that_do_not_fit_the_request_are_refused_and_evicted(
    tmp_path, datasets, behaviour, message
):
    before = fingerprint(datasets)
    with FakeComtrade(behaviour) as fake:
        with pytest.raises(ComtradeError, match=message) as refused:
            refresh("TUR", "RUS", [2021], datasets, client(tmp_path, fake))
        text = str(refused.value)
        assert "\n" not in text and "ledger cache clear" in text and "/preview/" in text
        assert fingerprint(datasets) == before
        # The server is fixed: the refused answer was not kept, so it is asked for again.
        fake.behaviour = Behaviour()
        again = client(tmp_path, fake)
        refresh("TUR", "RUS", [2021], datasets, again)
    assert again.calls > 0 and (datasets / TABLE).exists()


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


@pytest.mark.parametrize("retry_after", ["3600", "99999999999", "9" * 400])
def test_retry_after_is_capped_and_the_call_gives_up_within_its_budget(
    tmp_path, datasets, retry_after
):
    clock, said = FakeClock(), []
    before = fingerprint(datasets)
    behaviour = Behaviour(fail_status=429, fail_times=99, retry_after=retry_after)
    with FakeComtrade(behaviour) as fake:
        patient = client(
            tmp_path,
            fake,
            sleep=clock.sleep,
            clock=clock,
            retries=10,
            retry_after_cap=60,
            retry_budget_seconds=180,
            say=said.append,
        )
        with pytest.raises(ComtradeError, match="gave up after 4 tries") as refused:
            refresh("TUR", "RUS", [2021], datasets, patient)
    assert clock.waits == [60, 60, 60]  # capped, and no fourth wait past the budget
    assert "\n" not in str(refused.value) and "180 s allowed per call" in str(refused.value)
    assert said == [f"  HTTP 429: waiting 60 s before try {n} of 11" for n in (2, 3, 4)]
    assert fingerprint(datasets) == before


def test_an_http_date_retry_after_is_read_and_capped(tmp_path, datasets):
    clock = FakeClock()
    with FakeComtrade(
        Behaviour(fail_status=503, fail_times=1, retry_after="Fri, 31 Dec 2100 23:59:59 GMT")
    ) as fake:
        refresh(
            "TUR", "RUS", [2021], datasets,
            client(tmp_path, fake, sleep=clock.sleep, clock=clock, retry_after_cap=7),
        )  # fmt: skip
    assert clock.waits == [7]


def test_a_trickling_server_is_cut_off_at_the_deadline(tmp_path, datasets):
    before = fingerprint(datasets)
    with FakeComtrade(Behaviour(trickle_seconds=0.05)) as fake:
        slow = client(tmp_path, fake, deadline_seconds=0.4, timeout_seconds=2, retries=0)
        started = time.monotonic()
        with pytest.raises(ComtradeError, match=r"longer than 0\.4 s"):
            refresh("TUR", "RUS", [2021], datasets, slow)
        elapsed = time.monotonic() - started
    # Each byte came within the read timeout; only the deadline ends it (a body is kilobytes).
    assert elapsed < 3
    assert fingerprint(datasets) == before


@pytest.mark.parametrize("years", [[2099], [2025, 2026, 2027, 2100], [1950, 1951]])
def test_impossible_years_are_refused_before_any_call(tmp_path, datasets, years):
    with FakeComtrade() as fake:
        with pytest.raises(ComtradeError, match=r"future|starts in 1962"):
            refresh("TUR", "RUS", years, datasets, client(tmp_path, fake))
        assert fake.behaviour.requests == []


def test_cli_refuses_future_years_in_one_line_before_any_call(tmp_path, datasets):
    with FakeComtrade() as fake:
        run = subprocess.run(
            refresh_command(datasets, "2030-2031"),
            env=refresh_env(fake.url, tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert fake.behaviour.requests == []
    assert run.returncode == 2 and "2031 is in the future" in run.stderr


def test_cli_cache_dev_null_is_one_line_and_creates_nothing(tmp_path, datasets):
    run = subprocess.run(
        refresh_command(datasets, "2021", "--cache", "/dev/null"),
        env=refresh_env("http://127.0.0.1:9", tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and "/dev/null is not a folder" in run.stderr
    assert not Path("/dev/null.sqlite").exists()


def _as_at_a_terminal() -> None:
    """Ctrl-C as at a terminal: a suite started in the background (by `cmd &` in a script)
    hands its children SIGINT ignored, and Python then never raises KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_ends_with_one_line_and_exit_130(tmp_path, datasets):
    before = fingerprint(datasets)
    with FakeComtrade(Behaviour(delay_seconds=0.3)) as fake:
        process = subprocess.Popen(
            refresh_command(datasets, "2000-2024"),
            env=refresh_env(fake.url, tmp_path),
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            preexec_fn=_as_at_a_terminal,
        )
        assert "[1]" in process.stderr.readline() + process.stderr.readline()
        process.send_signal(signal.SIGINT)
        rest = process.stderr.read()
        process.wait(timeout=20)
    assert process.returncode == 130
    assert rest.strip().splitlines()[-1] == "ledger: interrupted" and "Traceback" not in rest
    assert fingerprint(datasets) == before


def test_cache_clear_removes_the_cache(tmp_path, datasets):
    from dashboard.cli import main

    with FakeComtrade() as fake:
        refresh("TUR", "RUS", [2021], datasets, client(tmp_path, fake))
    assert (tmp_path / "cache" / "comtrade" / "responses.sqlite").exists()
    assert main(["cache", "clear", "--cache", str(tmp_path / "cache")]) == 0
    assert not (tmp_path / "cache" / "comtrade").exists()
    assert main(["cache", "clear", "--cache", str(tmp_path / "cache")]) == 0  # nothing to do


def test_two_refreshes_at_once_keep_both_pairs(tmp_path, datasets):
    with FakeComtrade(Behaviour(delay_seconds=0.05)) as fake:
        env = refresh_env(fake.url, tmp_path)
        runs = [
            subprocess.Popen(
                [*refresh_command(datasets, "2020-2021")[:5], reporter, *command_tail(datasets)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=REPO,
            )
            for reporter in ("TUR", "DEU")
        ]
        outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    import pandas as pd

    table = pd.read_csv(datasets / TABLE, keep_default_na=False)
    pairs = set(zip(table["reporter"], table["partner"], strict=True))
    assert {("TUR", "RUS"), ("RUS", "TUR"), ("DEU", "RUS"), ("RUS", "DEU")} <= pairs
    sources = pd.read_csv(datasets / "sources_un_comtrade.csv", keep_default_na=False)
    assert set(sources["source_id"]) == {"un-comtrade-tur", "un-comtrade-rus", "un-comtrade-deu"}


def command_tail(datasets: Path) -> list[str]:
    return ["--partner", "RUS", "--years", "2020-2021", "--datasets", str(datasets)]
