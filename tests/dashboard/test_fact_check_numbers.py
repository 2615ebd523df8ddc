"""The Fact-check page lists every number of a pasted document, with why it was left out."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


def test_a_pasted_document_accounts_for_every_number():
    app = AppTest.from_file(str(APP), default_timeout=90)
    app.run()
    app.switch_page("views/check_article.py").run()
    text = (
        "On 3 May 2021 (Smith, 2020, p. 4) we met three times. Trade reached $33 billion in 2021."
    )
    app.text_area[0].input(text).run()
    assert not app.exception
    expander = next(e for e in app.expander if e.label.startswith("Every number"))
    assert "7 written, 1 within 1 claim(s), 6 left out" in expander.label
    table = next(d.value for d in app.dataframe if "reason" in d.value.columns)
    reasons = dict(zip(table["number"], table["reason"], strict=True))
    assert reasons["three"].startswith("a multiplier")
    assert reasons["2020"].startswith("part of a citation")
    assert set(table.loc[table["number"] == "33", "status"]) == {"claim"}
