"""A rank is computed only where the reporter's whole partner table is recorded."""

from factcheck import evidence as ev
from loaders import load_observations


def test_a_bulletin_with_only_the_pair_gives_no_rank():
    years = ev.full_years(load_observations())
    # TurkStat's bulletin rows (2019-2025) hold Turkey-Russia trade and nothing else.
    assert not years[(years["source_id"] == "turkstat-mgimo-bulletin")].empty
    ranks = ev.computed_trade_rank(years, {"reporter": "TUR", "partner": "RUS"}, {})
    assert {r.source_id for r in ranks} == {"imf-dots-tur"}
    assert all("among 1 partners" not in r.method for r in ranks)
    assert max(r.year for r in ranks) == 2020
