"""Country names for labels: the curated country terms first, then the partner table."""

from functools import cache

from factcheck.extraction import known_names
from loaders import DatasetError, load_partners


@cache
def country_names() -> dict[str, str]:
    """Code -> short name: the curated terms' first name, else the partner table's name
    (the same names the checker's explanations use)."""
    try:
        partners = load_partners()
    except DatasetError:
        partners = None  # labels fall back to codes; the data page reports the broken file
    return known_names(partners)


def country_name(code: str) -> str:
    return country_names().get(code, code)


def reported_by(code: str) -> str:
    """The label of one reporter's view of a bilateral flow, e.g. 'Turkey-reported'."""
    return f"{country_name(code)}-reported"
