"""The dashboard re-reads the snapshot when its files change (no restart after a refresh)."""

import os
import shutil
from pathlib import Path

from dashboard import data

DATASETS = Path(__file__).resolve().parents[2] / "datasets"


def test_a_changed_file_drops_the_cached_tables(tmp_path, monkeypatch):
    copy = tmp_path / "datasets"
    shutil.copytree(DATASETS, copy)
    monkeypatch.setenv("LEDGER_DATASETS", str(copy))
    monkeypatch.setattr(data, "_loaded_stamp", None)
    assert data.refresh_if_changed() is False  # first sight: only recorded
    first = len(data.observations())
    assert data.refresh_if_changed() is False  # nothing changed: caches kept
    sources = copy / "sources.csv"
    stat = sources.stat()
    os.utime(sources, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert data.refresh_if_changed() is True
    assert len(data.observations()) == first
    (copy / "observations" / "extra.txt").write_text("x")
    assert data.snapshot_stamp() != data.snapshot_stamp(DATASETS)
