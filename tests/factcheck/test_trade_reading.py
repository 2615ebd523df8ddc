"""Trade, tourism and investment sentences of our own that the reader once misread.

Each test names the construction; none of these sentences comes from the development corpus.
The verdict tests run the checker on the committed snapshot: a figure that is not the recorded
quantity must never be rated against it.
"""

from functools import cache

import pandas as pd
import pytest

from factcheck import check_claims
from factcheck.extraction import extract_claims
from tests.factcheck.sentences import fields, read_figure
from tests.factcheck.snapshot import bundled

NEGATIVE = {"understated", "exaggerated", "wrong", "wrong_unit_or_impossible", "target_missed"}


def frame(text: str, which: str, date: str = "2020-03-15") -> dict:
    return read_figure(text, which, date)


# Every text whose verdict a test reads, checked together once (building the checker's
# tables is the costly part).
CHECKED: dict[str, str] = {}


def checked_text(text: str, date: str = "2020-03-15") -> str:
    CHECKED.setdefault(text, date)
    return text


@cache
def _all_verdicts() -> pd.DataFrame:
    claims = []
    for n, (text, date) in enumerate(CHECKED.items()):
        claims.append(extract_claims(text, f"t{n}.txt", date).assign(claim_id=lambda c, n=n: [
            f"t{n}-{i}" for i in range(len(c))]))  # fmt: skip
    texts = {f"t{n}.txt": text for n, text in enumerate(CHECKED)}
    return check_claims(pd.concat(claims, ignore_index=True), *bundled(), texts=texts)


def verdict(text: str, which: str) -> str:
    name = f"t{list(CHECKED).index(text)}.txt"
    found = _all_verdicts()
    rows = found[(found["document"] == name) & found["quote"].str.contains(which, regex=False)]
    assert len(rows) == 1, rows[["quote", "verdict"]].to_dict("records")
    return rows.iloc[0]["verdict"]


# --- a trade balance is not the turnover ---------------------------------------------------

DEFICIT = checked_text(
    "The bilateral trade deficit shrank to about $19 billion in 2019 from $22 billion."
)


@pytest.mark.parametrize(
    ("text", "which"),
    [
        (DEFICIT, "$19"),
        (DEFICIT, "$22"),
        (checked_text("Turkey ran a deficit of $19 billion in its trade with Russia in 2019."),
         "$19"),
        (checked_text("Ankara's trade gap with Moscow widened in 2019, to $19 billion."), "$19"),
    ],
)  # fmt: skip
def test_a_trade_deficit_is_a_balance_never_compared_with_turnover(text, which):
    assert frame(text, which)["indicator"] == "trade_balance"
    # Unverifiable, or (whose deficit and with whom said) checked against exports minus
    # imports of one release (tests/factcheck/test_sides_and_balance.py): never the turnover.
    found = _all_verdicts()
    name = f"t{list(CHECKED).index(text)}.txt"
    row = found[(found["document"] == name) & found["quote"].str.contains(which, regex=False)]
    assert verdict(text, which) == "unverifiable" or (
        row.iloc[0]["flow"] == "balance" and "+ imports" not in row.iloc[0]["explanation"]
    )


# --- a group of goods is not all goods -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "which", "goods"),
    [
        (checked_text("Turkish exports of machinery to Russia came to $2 billion in 2019."),
         "$2", "machinery"),
        (checked_text("Turkey's textile exports to Russia reached $1 billion in 2018."),
         "$1", "textile"),
        (checked_text("Turkish citrus exports to Russia fell 20% in 2019."), "20%", "citrus"),
        (checked_text("Re-exports to Russia were worth $1.5 billion in 2019."),
         "$1.5", "re-exports"),
        (checked_text("Energy imports from Russia amounted to $15 billion in 2019."),
         "$15", "energy"),
    ],
)  # fmt: skip
def test_exports_of_a_named_group_of_goods_are_that_group_not_the_total(text, which, goods):
    assert frame(text, which)["breakdown"] == goods
    assert verdict(text, which) == "unverifiable"


def test_exports_of_goods_or_of_an_amount_stay_the_total():
    text = "Turkish exports of goods to Russia were $4.2 billion in 2019."
    assert fields(frame(text, "$4.2"), "breakdown", "product") == ("", "TOTAL")
    text = "Turkey recorded exports of about $4.2 billion to Russia in 2019."
    assert fields(frame(text, "$4.2"), "breakdown", "product") == ("", "TOTAL")


FRUIT_RANK = checked_text("Russia was the largest market for Turkish fruit exports in 2018.")


def test_a_rank_for_a_group_of_goods_is_not_the_rank_of_all_trade():
    assert frame(FRUIT_RANK, "largest")["breakdown"] == "fruit"
    assert verdict(FRUIT_RANK, "largest") not in NEGATIVE


# --- a target named after its figure; a level beside a target -------------------------------


def test_a_figure_followed_by_the_word_target_is_a_target():
    text = "The two leaders renewed their $100 billion turnover target in 2019."
    assert frame(text, "$100")["measure"] == "target"


def test_a_level_after_but_or_when_is_not_the_target_before_it():
    text = (
        "Both capitals cling to a $100 billion trade target, but the 2019 turnover of $26 "
        "billion is a quarter of it."
    )
    assert frame(text, "$26")["measure"] == "level"
    # ... and the target takes no year from that other clause's figure.
    assert fields(frame(text, "$100"), "measure", "period") == ("target", "")
    text = "Exports to Russia, which were $4 billion in 2019, are projected to reach $8 billion."
    assert fields(frame(text, "$8"), "measure", "period") == ("target", "")
    text = "Putin and Erdogan first set the goal in 2012, when trade was $33 billion."
    assert fields(frame(text, "$33"), "measure", "period") == ("level", "2012")


# --- whose flow: 'its imports' after a country's exports ------------------------------------

ITS_IMPORTS = checked_text(
    "Turkey's exports to Russia were $4.1 billion in 2019, while its imports reached $23 billion."
)


def test_its_imports_after_a_countrys_exports_are_that_countrys_imports():
    row = frame(ITS_IMPORTS, "$23")
    assert fields(row, "reporter", "partner", "flow") == ("TUR", "RUS", "import")
    assert verdict(ITS_IMPORTS, "$23") not in NEGATIVE


# --- contractors' projects and markets are not investment or trade ---------------------------


def test_contractors_projects_are_construction_contracts_in_the_host_country():
    text = (
        "Rosatom is building the $20 billion Akkuyu plant. Turkish building contractors have "
        "carried out projects worth some $70 billion in Russia since 1991."
    )
    row = frame(text, "$70")
    assert fields(row, "indicator", "reporter", "partner") == (
        "construction_contracts", "RUS", "TUR")  # fmt: skip


BUILDERS = checked_text("Russia was the largest market for Turkish builders abroad in 2018.")


def test_a_market_for_builders_is_not_a_trade_rank():
    assert frame(BUILDERS, "largest")["indicator"] != "merchandise_trade_rank"
    assert verdict(BUILDERS, "largest") == "unverifiable"


# --- what tourists spend ---------------------------------------------------------------------


def test_tourist_spending_is_receipts_not_an_unknown_measure():
    text = (
        "Russian holidaymakers spent an average of $700 per trip in 2019. Tourism income "
        "totalled $34.5 billion that year, up 17% on 2018."
    )
    row = frame(text, "$700")
    assert fields(row, "measure", "indicator", "partner") == (
        "level", "tourism_spending_per_visitor", "RUS")  # fmt: skip
    assert fields(frame(text, "$34.5"), "indicator", "partner") == ("tourism_receipts", "WLD")
    assert frame(text, "17%")["indicator"] == "tourism_receipts"


# --- currency settlements are not a share of gas imports ------------------------------------

SETTLEMENTS = checked_text(
    "Russia covers about 45% of Turkey's gas imports. Payments in rubles and lira now make up "
    "30% of the total, the minister said.",
    "2022-06-01",
)


def test_a_share_of_settlements_in_national_currencies_is_not_a_gas_share():
    assert frame(SETTLEMENTS, "30%", "2022-06-01")["indicator"] != "gas_import_share"
    assert verdict(SETTLEMENTS, "30%") not in NEGATIVE


# --- 'year on year' after a change is its base, not the figure's period ---------------------


def test_a_change_year_on_year_keeps_the_period_of_its_sentence():
    text = (
        "Turkey's imports from Russia rose 40 percent year on year to $2.5 billion in March 2021."
    )
    row = frame(text, "40 percent")
    assert fields(row, "measure", "period", "base_period") == ("change", "2021-03", "2020-03")


def test_a_change_to_a_level_takes_the_period_written_after_that_level():
    text = "Trade with Russia grew by 87% to $47 billion in January-September 2022."
    row = frame(text, "87%", "2022-12-01")
    assert fields(row, "measure", "period") == ("change", "2022-01/2022-09")
