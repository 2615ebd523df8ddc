"""Fixtures for the UN Comtrade tests."""

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def datasets(tmp_path) -> Path:
    """A private copy of the snapshot for a refresh to write into."""
    target = tmp_path / "datasets"
    shutil.copytree(REPO / "datasets", target)
    return target
