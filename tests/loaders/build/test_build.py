"""The committed snapshot is exactly what the build makes from the raw files."""

import filecmp
import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

from dashboard.cli import main
from loaders import load_observations, load_sources
from loaders.build.build import CURATED_FILES, build_snapshot
from loaders.comtrade import ComtradeClient, refresh
from loaders.snapshot import REPO_DATASETS
from loaders.store import COMTRADE_SOURCES, COMTRADE_TABLE
from tests.loaders.comtrade.fake_server import FakeComtrade
from validation import DatasetError


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_rebuild_is_byte_identical_to_committed(raw_dir, tmp_path):
    out = tmp_path / "datasets"
    build_snapshot(raw_dir, out)
    derived = [
        n
        for n in _files(REPO_DATASETS)
        if n not in CURATED_FILES and n not in (COMTRADE_TABLE, COMTRADE_SOURCES)
    ]
    assert _files(out) == derived
    for name in _files(out):
        assert filecmp.cmp(out / name, REPO_DATASETS / name, shallow=False), name


def test_rebuild_keeps_the_curated_tables(raw_dir, tmp_path):
    out = tmp_path / "datasets"
    build_snapshot(raw_dir, out)
    for name in CURATED_FILES:
        shutil.copy2(REPO_DATASETS / name, out / name)
    build_snapshot(raw_dir, out)
    for name in CURATED_FILES:
        assert filecmp.cmp(out / name, REPO_DATASETS / name, shallow=False), name


def test_failed_build_leaves_previous_snapshot(raw_dir, tmp_path, monkeypatch):
    out = tmp_path / "datasets"
    build_snapshot(raw_dir, out)
    before = {name: (out / name).read_bytes() for name in _files(out)}

    from loaders.build import build as build_module

    def broken(_raw):
        raise ValueError("simulated parser failure")

    monkeypatch.setattr(build_module.tourism, "parse", broken)
    with pytest.raises(ValueError, match="simulated"):
        build_snapshot(raw_dir, out)
    assert {name: (out / name).read_bytes() for name in _files(out)} == before
    assert [p.name for p in tmp_path.glob(".datasets.*")] == [".datasets.lock"]  # no staging


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def comtrade_refresh(datasets: Path, cache: Path, reporter: str = "TUR") -> None:
    with FakeComtrade() as fake:
        client = ComtradeClient(cache, base_url=fake.url, api_key="", sleep=lambda s: None)
        refresh(reporter, "RUS", [2020, 2021], datasets, client)


def held(datasets: Path) -> tuple[pd.DataFrame, set[str]]:
    """The Comtrade rows and the source ids the snapshot holds, read as the app reads them."""
    observations = load_observations(datasets)
    comtrade = observations[observations["source_id"].str.startswith("un-comtrade-")]
    return comtrade.reset_index(drop=True), set(load_sources(datasets)["source_id"])


@pytest.fixture
def snapshot(tmp_path) -> Path:
    target = tmp_path / "datasets"
    shutil.copytree(REPO_DATASETS, target)
    return target


def test_refresh_build_refresh_loses_nothing(raw_dir, snapshot, tmp_path):
    comtrade_refresh(snapshot, tmp_path / "cache")
    rows, sources = held(snapshot)
    assert len(rows) > 0 and {"un-comtrade-tur", "un-comtrade-rus"} <= sources
    refreshed = fingerprint(snapshot)

    build_snapshot(raw_dir, snapshot)  # the build keeps what the refresh owns, byte for byte
    after_build = fingerprint(snapshot)
    for name in (COMTRADE_TABLE, COMTRADE_SOURCES, *CURATED_FILES):
        assert after_build[name] == refreshed[name], name
    pd.testing.assert_frame_equal(held(snapshot)[0], rows)
    assert held(snapshot)[1] == sources

    comtrade_refresh(snapshot, tmp_path / "cache", reporter="DEU")  # another pair is added
    rows_after, sources_after = held(snapshot)
    assert sources <= sources_after and "un-comtrade-deu" in sources_after
    key = ["source_id", "partner", "flow", "product", "period", "indicator"]
    kept = rows.merge(rows_after, on=key, how="left", indicator=True)
    assert (kept["_merge"] == "both").all()  # every TUR-RUS row survived
    for name, digest in after_build.items():
        if name not in (COMTRADE_TABLE, COMTRADE_SOURCES):
            assert fingerprint(snapshot)[name] == digest, name  # the refresh kept the build's


def test_build_refresh_build_loses_nothing(raw_dir, snapshot, tmp_path):
    build_snapshot(raw_dir, snapshot)
    built = fingerprint(snapshot)
    assert built == fingerprint(REPO_DATASETS)  # a build on the committed snapshot changes nothing
    comtrade_refresh(snapshot, tmp_path / "cache")
    refreshed = fingerprint(snapshot)
    assert {k: v for k, v in refreshed.items() if k in built} == built
    build_snapshot(raw_dir, snapshot)
    assert fingerprint(snapshot) == refreshed
    assert len(held(snapshot)[0]) > 0


def test_a_failed_build_after_a_refresh_leaves_every_byte(raw_dir, snapshot, tmp_path, monkeypatch):
    comtrade_refresh(snapshot, tmp_path / "cache")
    before = fingerprint(snapshot)
    from loaders.build import build as build_module

    def clashing(raw):  # a build source with the refresh's source id: the whole check refuses
        table = original(raw)
        for source in table.sources[:1]:
            source["source_id"] = "un-comtrade-tur"
        table.observations.loc[
            table.observations["source_id"] == table.observations["source_id"].iloc[0],
            "source_id",
        ] = "un-comtrade-tur"
        return table

    original = build_module.tourism.parse
    monkeypatch.setattr(build_module.tourism, "parse", clashing)
    with pytest.raises(DatasetError, match=r"'un-comtrade-tur' is also in sources\.csv"):
        build_snapshot(raw_dir, snapshot)
    assert fingerprint(snapshot) == before


def test_cli_reports_missing_raw_folder(tmp_path, capsys):
    assert main(["build-snapshot", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path)]) == 2
    assert "not found" in capsys.readouterr().err


def test_cli_sources_lists_coverage(capsys):
    assert main(["sources", "--datasets", str(REPO_DATASETS)]) == 0
    output = capsys.readouterr().out
    assert "imf-dots-tur" in output and "official_release" in output
