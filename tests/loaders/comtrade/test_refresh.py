"""UN Comtrade refresh against a fake server on loopback: never the network."""

import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from factcheck import check_claims
from factcheck.documents import load_claims
from loaders import load_observations, load_sources
from loaders.comtrade import ComtradeClient, ComtradeError, refresh
from loaders.comtrade.codes import from_comtrade, to_comtrade
from loaders.comtrade.plan import CHAPTERS, plan_calls
from loaders.comtrade.records import check_envelope, validate_records
from tests.loaders.comtrade.fake_server import Behaviour, FakeComtrade

REPO = Path(__file__).resolve().parents[3]
TABLE = Path("observations") / "trade_un_comtrade.csv"


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def client(tmp_path, fake, **options) -> ComtradeClient:
    return ComtradeClient(
        tmp_path / "cache", base_url=fake.url, api_key="", sleep=lambda s: None, **options
    )


def test_country_codes_follow_iso_with_comtrades_own_exceptions():
    assert to_comtrade("TUR") == 792 and to_comtrade("RUS") == 643 and to_comtrade("WLD") == 0
    assert to_comtrade("USA") == 842 and from_comtrade(842) == "USA"
    assert from_comtrade(792) == "TUR"
    with pytest.raises(ValueError, match="XXX"):
        to_comtrade("XXX")


def test_plan_batches_years_within_the_record_limit():
    calls = plan_calls([792, 643], {792: 643, 643: 792}, list(range(2000, 2025)), 500)
    for call in calls:
        assert call.expected <= 500 and len(call.years) <= 12
    covered = {(c.reporter, c.codes, y) for c in calls for y in c.years}
    assert len(covered) == 2 * 2 * 25  # every reporter x code group x year, once
    chapters = [c for c in calls if c.codes == (CHAPTERS,)]
    assert len(chapters) == 2 * 13  # 198 records a year: two years a call
    assert len(calls) == 2 * (3 + 13)  # the fewest calls for this limit


def test_a_refresh_adds_both_views_with_release_dates_and_a_summary(tmp_path, datasets):
    with FakeComtrade() as fake:
        result = refresh("TUR", "RUS", [2020, 2021], datasets, client(tmp_path, fake))
    table = pd.read_csv(datasets / TABLE, keep_default_na=False)
    assert set(table["source_id"]) == {"un-comtrade-tur", "un-comtrade-rus"}
    assert set(table["vintage"]) == {"released 2025-06-30"}
    weights = table[table["indicator"] == "merchandise_trade_weight"]
    assert not weights.empty and set(weights["unit"]) == {"tonnes"}
    assert {"HS2709", "HS2710", "HS2711", "HS01", "TOTAL"} <= set(table["product"])
    assert result.changes["added"].sum() == len(table) and result.changes["removed"].sum() == 0
    sources = load_sources(datasets)
    assert set(sources.loc[sources["kind"] == "statistical_api", "source_id"]) == {
        "un-comtrade-tur",
        "un-comtrade-rus",
    }
    assert len(load_observations(datasets)) > len(load_observations(REPO / "datasets"))


def test_a_repeated_refresh_makes_no_calls_and_offline_uses_the_cache(tmp_path, datasets):
    with FakeComtrade() as fake:
        first = client(tmp_path, fake)
        refresh("TUR", "RUS", [2021], datasets, first)
        assert first.calls > 0
        again = client(tmp_path, fake)
        result = refresh("TUR", "RUS", [2021], datasets, again)
        asked = len(fake.behaviour.requests)
    assert again.calls == 0 and result.changes["changed"].sum() == 0
    # The server is gone: only the cache can answer.
    offline = ComtradeClient(tmp_path / "cache", base_url=fake.url, api_key="", offline=True)
    refresh("TUR", "RUS", [2021], datasets, offline)
    assert offline.calls == 0 and asked == len(fake.behaviour.requests)


def test_with_comtrade_rows_the_2021_claim_is_checked_against_comtrade(tmp_path, datasets):
    with FakeComtrade() as fake:
        refresh("TUR", "RUS", [2021], datasets, client(tmp_path, fake))
    claims = load_claims()
    claim = claims[claims["claim_id"] == "000-01"]
    verdict = check_claims(claim, load_observations(datasets), load_sources(datasets)).iloc[0]
    # An official release outranks press figures: the verdict rests on a refreshed Comtrade
    # view (which reporter's view comes first is the checker's rule), at that view's turnover.
    turnover = {"un-comtrade-tur": 28.96e9 + 5.77e9, "un-comtrade-rus": 4.95e9 + 26.10e9}
    assert verdict["source"] in turnover
    assert verdict["recorded_value"] == pytest.approx(turnover[verdict["source"]])


def test_429_then_ok_honours_retry_after(tmp_path, datasets):
    waits = []
    with FakeComtrade(Behaviour(fail_status=429, fail_times=2, retry_after="3")) as fake:
        patient = ComtradeClient(
            tmp_path / "cache", base_url=fake.url, api_key="", sleep=waits.append
        )
        refresh("TUR", "RUS", [2021], datasets, patient)
    assert waits[:2] == [3.0, 3.0]
    assert (datasets / TABLE).exists()


@pytest.mark.parametrize(
    ("behaviour", "message"),
    [
        (Behaviour(fail_status=500, fail_times=99), "HTTP 500"),
        (Behaviour(fail_status=401, fail_times=99), "COMTRADE_API_KEY"),
        (Behaviour(truncate=True), "not valid JSON"),
        (Behaviour(empty=True), "no records"),
        (Behaviour(bad_record=True), "primaryValue"),
        (Behaviour(chapters=97, record_cap=50), "record cap"),
    ],
)
def test_failures_leave_the_snapshot_untouched(tmp_path, datasets, behaviour, message):
    before = fingerprint(datasets)
    limit = behaviour.record_cap
    with FakeComtrade(behaviour) as fake, pytest.raises(ComtradeError, match=message):
        refresh("TUR", "RUS", [2020, 2021], datasets, client(tmp_path, fake, record_limit=limit))
    assert fingerprint(datasets) == before


def test_timeouts_are_retried_then_reported(tmp_path, datasets):
    before = fingerprint(datasets)
    with FakeComtrade(Behaviour(delay_seconds=0.5)) as fake:
        impatient = client(tmp_path, fake, timeout_seconds=0.1, retries=1)
        with pytest.raises(ComtradeError, match="no answer after 2 tries"):
            refresh("TUR", "RUS", [2021], datasets, impatient)
    assert fingerprint(datasets) == before


def test_a_call_reaching_the_cap_is_split_not_truncated(tmp_path, datasets):
    # A page holds 120 records; one year of chapters in both flows holds 194.
    with FakeComtrade(Behaviour(chapters=97, record_cap=120)) as fake:
        refresh("TUR", "RUS", [2020, 2021], datasets, client(tmp_path, fake, record_limit=120))
        served = fake.behaviour.requests
    table = pd.read_csv(datasets / TABLE, keep_default_na=False)
    kind = table["product"].str.len() == 4
    chapters = table[(table["indicator"] == "merchandise_trade") & kind]
    assert len(chapters) == 2 * 2 * 2 * 97  # reporters x flows x years x chapters: all kept
    assert any(q.get("cmdCode") == "AG2" and q.get("flowCode") == "M" for _, q in served)


def test_the_api_key_travels_in_a_header_and_is_never_shown(tmp_path, datasets, monkeypatch):
    secret = "s3cr3t-key-value"
    monkeypatch.setenv("COMTRADE_API_KEY", secret)
    with FakeComtrade(Behaviour(fail_status=403, fail_times=99)) as fake:
        keyed = ComtradeClient(tmp_path / "cache", base_url=fake.url, sleep=lambda s: None)
        with pytest.raises(ComtradeError) as caught:
            refresh("TUR", "RUS", [2021], datasets, keyed)
        paths = [path for path, _ in fake.behaviour.requests]
        sent = fake.behaviour.headers
    assert secret not in str(caught.value)
    assert all(secret not in json.dumps(q) for _, q in fake.behaviour.requests)
    assert any(h.get("Ocp-Apim-Subscription-Key") == secret for h in sent)
    assert any(p.startswith("/data/v1/") for p in paths)  # the keyed endpoints
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite" for p in written)  # the cache is among the files read
    assert all(secret.encode() not in p.read_bytes() for p in written)


def refresh_command(datasets: Path, years: str, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "dashboard.cli", "refresh", "--reporter", "TUR",
        "--partner", "RUS", "--years", years, "--datasets", str(datasets), *extra,
    ]  # fmt: skip


def refresh_env(base_url: str, cache: Path) -> dict[str, str]:
    env = os.environ | {"COMTRADE_BASE_URL": base_url, "LEDGER_CACHE": str(cache)}
    env.pop("COMTRADE_API_KEY", None)
    return env


def test_killing_a_refresh_midway_leaves_the_snapshot_unchanged(tmp_path, datasets):
    before = fingerprint(datasets)
    with FakeComtrade(Behaviour(delay_seconds=0.3)) as fake:
        process = subprocess.Popen(
            refresh_command(datasets, "2000-2024"),
            env=refresh_env(fake.url, tmp_path),
            stderr=subprocess.PIPE,
            text=True,
        )
        assert "[1]" in process.stderr.readline() + process.stderr.readline()  # pulling
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=20)
    assert process.returncode == -signal.SIGKILL
    assert fingerprint(datasets) == before


def test_cli_failure_is_one_line_with_a_remedy(tmp_path, datasets):
    run = subprocess.run(
        refresh_command(datasets, "2021", "--offline"),
        env=refresh_env("http://127.0.0.1:9", tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "without --offline" in lines[0]


def test_the_real_samples_pass_or_fail_with_a_named_field(raw_dir):
    samples = raw_dir / "trade" / "comtrade_api_samples"
    real = json.loads((samples / "HS-60a6ad.json").read_text())
    records = validate_records(check_envelope(real, "HS-60a6ad"), "HS-60a6ad")
    assert len(records) == real["count"] == 4 and set(records["reporterCode"]) == {156}
    empty = json.loads((samples / "HS-a503f3.json").read_text())
    assert check_envelope(empty, "HS-a503f3") == []
    bulk = json.loads((samples / "HS-4f1d0f.json").read_text())  # file list, not trade data
    with pytest.raises(ComtradeError, match="HS-4f1d0f"):
        validate_records(check_envelope(bulk, "HS-4f1d0f"), "HS-4f1d0f")


@pytest.mark.parametrize("fault", ["truncate", "bad_record"])
def test_a_bad_answer_is_not_kept_in_the_cache(tmp_path, datasets, fault):
    with FakeComtrade(Behaviour(**{fault: True})) as fake:
        with pytest.raises(ComtradeError):
            refresh("TUR", "RUS", [2021], datasets, client(tmp_path, fake))
        setattr(fake.behaviour, fault, False)  # the same address now answers well
        again = client(tmp_path, fake)
        refresh("TUR", "RUS", [2021], datasets, again)
    assert again.calls > 0 and (datasets / TABLE).exists()
