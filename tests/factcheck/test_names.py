"""Countries are named in explanations, never left as bare codes."""

import pandas as pd

from factcheck.extraction import known_names
from loaders import load_partners


def test_curated_names_come_first_and_the_partner_table_fills_the_rest():
    partners = pd.DataFrame({"code": ["TUR", "XKX"], "name": ["Türkiye, Rep. of", "Kosovo*"]})
    names = known_names(partners)
    assert names["TUR"] == "Turkey"  # the curated plain name wins
    assert names["XKX"] == "Kosovo"  # a footnote mark is dropped
    assert known_names(None)["WLD"] == "world"


def test_partners_the_curated_terms_do_not_cover_are_named_from_the_snapshot():
    partners = load_partners()
    names = known_names(partners)
    named = partners[partners["name"] != partners["code"]]  # the table's own gaps stay codes
    assert all(names[code] != code for code in named["code"])
    assert names["COL"] == "Colombia"  # an oil supplier the explanations showed as "COL"
