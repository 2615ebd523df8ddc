"""Fixtures shared by the checker's tests."""

import pytest

from tests.factcheck.snapshot import bundled


@pytest.fixture(scope="session")
def snapshot():
    """The bundled snapshot (observations, sources), loaded once for the session."""
    return bundled()
