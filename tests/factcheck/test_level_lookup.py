"""The checker's lookups into a level table give exactly what filtering the table gives."""

import pickle

import pandas as pd

from factcheck.lookup import held_on, lookup


def _levels() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "a": ["TUR", "RUS", "TUR", "TUR", "RUS", "TUR"],
            "b": ["RUS", "TUR", "RUS", "WLD", "TUR", "RUS"],
            "flowkey": ["move", "move", "move", "move", "move", "consumption"],
            "value": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        },
        index=[10, 11, 12, 13, 14, 15],
    ).astype({"a": "str", "b": "str", "flowkey": "str"})


def test_rows_of_a_pair_are_the_filtered_rows_in_table_order():
    levels = _levels()
    keys = set(zip(levels["a"], levels["b"], levels["flowkey"], strict=True))
    for a, b, kind in [*keys, ("TUR", "CHN", "move")]:
        expected = levels[(levels["a"] == a) & (levels["b"] == b) & (levels["flowkey"] == kind)]
        assert lookup(levels).between(a, b, kind).equals(expected)
        assert lookup(levels).between(a, b, kind).equals(expected)  # the second time, kept
    # Another table (a reloaded snapshot) is never answered from the first one's rows.
    other = levels.assign(value=levels["value"] * 10)
    assert lookup(other).between("TUR", "RUS", "move")["value"].tolist() == [10.0, 30.0]


def test_answers_are_kept_on_their_table_only():
    levels = _levels()
    built = []
    first = lookup(levels).kept(("k",), lambda: built.append(1) or "answer")
    again = lookup(levels).kept(("k",), lambda: built.append(1) or "other")
    assert (first, again, built) == ("answer", "answer", [1])
    # Copies, slices and pickles of the table start with nothing kept.
    for derived in (levels.copy(), levels.iloc[:3], pickle.loads(pickle.dumps(levels))):
        assert lookup(derived).kept(("k",), lambda: "fresh") == "fresh"
    assert held_on(levels, "twice", lambda: levels["value"] * 2).tolist()[0] == 2.0
    assert held_on(levels, "twice", lambda: None) is not None
