"""The committed snapshot is exactly what the build makes from the raw files."""

import filecmp
import shutil
from pathlib import Path

import pytest

from dashboard.cli import main
from loaders.snapshot import REPO_DATASETS
from loaders.build.build import CURATED_FILES, build_snapshot


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_rebuild_is_byte_identical_to_committed(raw_dir, tmp_path):
    out = tmp_path / "datasets"
    build_snapshot(raw_dir, out)
    derived = [n for n in _files(REPO_DATASETS) if n not in CURATED_FILES]
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
    assert not list(tmp_path.glob(".datasets.*"))  # no staging left behind


def test_cli_reports_missing_raw_folder(tmp_path, capsys):
    assert main(["build-snapshot", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path)]) == 2
    assert "not found" in capsys.readouterr().err


def test_cli_sources_lists_coverage(capsys):
    assert main(["sources", "--datasets", str(REPO_DATASETS)]) == 0
    output = capsys.readouterr().out
    assert "imf-dots-tur" in output and "official_release" in output
