"""Writing datasets/: owners, the writer lock, and a swap that leaves old or new, never a mix."""

import errno
import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from loaders import store
from loaders.snapshot import require_folder

REPO = Path(__file__).resolve().parents[2]
OLD = {
    "sources.csv": "source_id\nold\n",
    "observations/gas.csv": "value\n1\n",
    "observations/retired_family.csv": "value\n9\n",
    "observations/trade_un_comtrade.csv": "value\n2\n",
    "sources_un_comtrade.csv": "source_id\nun-comtrade-tur\n",
    "claims.csv": "claim_id\n000-01\n",
    "documents.csv": "document\na.txt\n",
}
NEW_BUILD = {"sources.csv": "source_id\nnew\n", "observations/gas.csv": "value\n3\n"}


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def make(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    return folder


@pytest.fixture
def datasets(tmp_path) -> Path:
    return make(tmp_path / "snapshot" / "datasets", OLD)


def expected_after_build(folder: Path) -> dict[str, str]:
    """What a build of NEW_BUILD must leave: its own files replaced, the others unchanged."""
    kept = {n: t for n, t in OLD.items() if store.owner_of(n) != "build"}
    return fingerprint(make(folder, kept | NEW_BUILD))


def siblings(datasets: Path) -> list[str]:
    return sorted(p.name for p in datasets.parent.iterdir() if p.name != datasets.name)


def test_every_file_has_one_owner():
    assert store.owner_of("observations/trade_un_comtrade.csv") == "refresh"
    assert store.owner_of("sources_un_comtrade.csv") == "refresh"
    assert store.owner_of("claims.csv") == store.owner_of("documents.csv") == "curated"
    for name in ("sources.csv", "partners.csv", "observations/trade_imf_dots.csv"):
        assert store.owner_of(name) == "build"


def test_a_build_replaces_its_files_and_keeps_every_other_owners_bytes(datasets, tmp_path):
    with store.locked(datasets, "test"):
        store.write_snapshot(datasets, "build", NEW_BUILD, lambda staged: None)
    assert fingerprint(datasets) == expected_after_build(tmp_path / "expected")
    assert not (datasets / "observations" / "retired_family.csv").exists()  # the build's own
    assert siblings(datasets) == [".datasets.lock"]  # no staging or old folder left behind


def test_a_writer_may_not_write_another_owners_file(datasets):
    before = fingerprint(datasets)
    for owner, name in [("build", "sources_un_comtrade.csv"), ("refresh", "sources.csv")]:
        with pytest.raises(ValueError, match="may not write"):
            store.write_snapshot(datasets, owner, {name: "x\n"}, lambda staged: None)
    with pytest.raises(ValueError, match="may not write"):
        store.write_snapshot(datasets, "build", {"claims.csv": "x\n"}, lambda staged: None)
    assert fingerprint(datasets) == before


def test_a_refused_validation_changes_nothing(datasets):
    before = fingerprint(datasets)

    def refuse(staged: Path) -> None:
        assert fingerprint(staged)["observations/gas.csv"] != before["observations/gas.csv"]
        raise ValueError("not valid")

    with pytest.raises(ValueError, match="not valid"), store.locked(datasets, "test"):
        store.write_snapshot(datasets, "build", NEW_BUILD, refuse)
    assert fingerprint(datasets) == before and siblings(datasets) == [".datasets.lock"]


STEPS = ["stage", "validate", "sync", "swap", "cleanup"]


@pytest.mark.parametrize("step", STEPS)
def test_a_failure_at_each_step_leaves_old_or_new(datasets, tmp_path, monkeypatch, step):
    old, new = fingerprint(datasets), expected_after_build(tmp_path / "expected")

    def fail(name: str) -> None:
        if name == step:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "_step", fail)
    with pytest.raises(OSError, match="No space"), store.locked(datasets, "test"):
        store.write_snapshot(datasets, "build", NEW_BUILD, lambda staged: None)
    assert fingerprint(datasets) == (new if step == "cleanup" else old)
    assert siblings(datasets) == [".datasets.lock"]


KILLER = """
import os, signal, sys
from pathlib import Path
from loaders import store
step, folder, fallback = sys.argv[1], Path(sys.argv[2]), sys.argv[3] == "1"
def kill(name):
    if name == step:
        os.kill(os.getpid(), signal.SIGKILL)
store._step = kill
if fallback:
    def refuse(first, second):
        raise OSError(22, "Invalid argument")
    store.exchange = refuse
files = {"sources.csv": "source_id\\nnew\\n", "observations/gas.csv": "value\\n3\\n"}
with store.locked(folder, "killed build"):
    store.write_snapshot(folder, "build", files, lambda staged: None)
"""


@pytest.mark.parametrize(
    ("step", "fallback"),
    [(s, False) for s in STEPS] + [("swap", True), ("swap-between", True), ("cleanup", True)],
)
def test_a_kill_at_each_step_leaves_old_or_new(datasets, tmp_path, step, fallback):
    old, new = fingerprint(datasets), expected_after_build(tmp_path / "expected")
    run = subprocess.run(
        [sys.executable, "-c", KILLER, step, str(datasets), "1" if fallback else "0"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    # A reader finds old or new (between the fallback's two renames the reader restores old).
    require_folder(datasets)
    assert fingerprint(datasets) in (old, new)
    if step in ("stage", "validate", "sync", "swap-between") or (step == "swap" and fallback):
        assert fingerprint(datasets) == old
    # The next writer clears what the killed one left behind.
    with store.locked(datasets, "next run"):
        pass
    assert siblings(datasets) == [".datasets.lock"]
    assert fingerprint(datasets) in (old, new)


def test_a_second_writer_is_told_who_holds_the_lock(datasets):
    holder = store.locked(datasets, "refresh TUR-RUS")
    second = store.locked(datasets, "build-snapshot", wait=0)
    with holder, pytest.raises(store.DatasetsLocked) as refused, second:
        pass
    message = str(refused.value)
    assert f"pid {os.getpid()}: refresh TUR-RUS" in message and "\n" not in message
    assert str(datasets) in message and "run again" in message


def test_a_second_writer_waits_for_the_first(datasets):
    said, order = [], []
    released = threading.Event()

    def first() -> None:
        with store.locked(datasets, "first"):
            released.wait(5)
            time.sleep(0.1)
            order.append("first done")

    thread = threading.Thread(target=first)
    thread.start()
    time.sleep(0.1)
    released.set()
    with store.locked(datasets, "second", wait=10, say=said.append):
        order.append("second in")
    thread.join()
    assert order == ["first done", "second in"]
    assert len(said) == 1 and "waiting for another ledger run" in said[0] and "first" in said[0]
