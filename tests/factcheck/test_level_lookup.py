"""The checker's lookup of a pair's level rows gives exactly what filtering the table gives."""

import pandas as pd

from factcheck.check import _between


def test_rows_of_a_pair_are_the_filtered_rows_in_table_order():
    levels = pd.DataFrame(
        {
            "a": ["TUR", "RUS", "TUR", "TUR", "RUS", "TUR"],
            "b": ["RUS", "TUR", "RUS", "WLD", "TUR", "RUS"],
            "flowkey": ["move", "move", "move", "move", "move", "consumption"],
            "value": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        },
        index=[10, 11, 12, 13, 14, 15],
    ).astype({"a": "str", "b": "str", "flowkey": "str"})
    keys = set(zip(levels["a"], levels["b"], levels["flowkey"], strict=True))
    for a, b, kind in [*keys, ("TUR", "CHN", "move")]:
        expected = levels[(levels["a"] == a) & (levels["b"] == b) & (levels["flowkey"] == kind)]
        assert _between(levels, a, b, kind).equals(expected)
        assert _between(levels, a, b, kind).equals(expected)  # the second time from the memo
    # Another table (a reloaded snapshot) is never answered from the first one's rows.
    other = levels.assign(value=levels["value"] * 10)
    assert _between(other, "TUR", "RUS", "move")["value"].tolist() == [10.0, 30.0]
