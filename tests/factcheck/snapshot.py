"""The bundled snapshot, loaded once per test session."""

from functools import cache

from loaders import load_observations, load_sources


@cache
def bundled():
    """(observations, sources) of the bundled datasets, one object each for the session: the
    checker derives its level table once per observations table, which takes seconds. Tests
    read it; a test that changes records works on a copy."""
    return load_observations(), load_sources()
