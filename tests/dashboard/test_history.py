"""Back and Forward: an address the session did not write last (the browser went Back or
Forward) sets the choices; a widget change is never undone by the address it replaces."""

from tests.dashboard.test_pages import _page


def test_back_restores_the_previous_choice_and_a_new_choice_sticks():
    app = _page("views/trade.py")
    app.radio[0].set_value("mirror").run()
    app.radio[0].set_value("RUS").run()  # the address held mirror when this ran: RUS wins
    assert app.radio[0].value == "RUS" and app.query_params["view"] in ("RUS", ["RUS"])
    app.query_params["view"] = "mirror"  # what Back does: the older address, then a rerun
    app.run()
    assert app.radio[0].value == "mirror"
    assert "The gap between the two records" in [s.value for s in app.subheader]
    app.query_params["years"] = "2000-2010"  # Back to a narrower span
    app.run()
    assert app.slider[0].value == (2000, 2010)
    app.slider[0].set_value((2005, 2015)).run()
    assert app.slider[0].value == (2005, 2015)
    assert app.query_params["years"] in ("2005-2015", ["2005-2015"])


def test_back_restores_filters_and_garbage_in_the_address_is_still_ignored():
    app = _page("views/fact_check.py")
    app.multiselect[2].set_value(["wrong"]).run()
    assert app.query_params.get("verdict") in ("wrong", ["wrong"])
    del app.query_params["verdict"]  # Back to the address before the filter
    app.run()
    assert app.multiselect[2].value == []
    app.query_params["view"] = "<script>"  # not a page key here; nothing breaks
    app.query_params["claim"] = "no-such-claim"
    app.run()
    assert not app.exception and app.selectbox[0].value != "no-such-claim"


def test_the_queued_address_is_written_at_the_end_of_the_run():
    """The app writes the page's choices once, after the page (tests/e2e counts the browser
    history entries: one per choice); nothing is left queued."""
    app = _page("views/trade.py")
    assert "_url_pending" not in app.session_state
    assert {"pair", "view", "years"} <= set(app.query_params.keys())


def _address_page():
    """A page with one kept choice that writes the address reopening it."""
    import streamlit as st

    from dashboard import state
    from dashboard.panel import page_url

    state.seed_choice("view", ["TUR", "RUS"], default="RUS")
    st.radio("view", ["TUR", "RUS"], key="view")
    state.keep("view")
    st.write(page_url())
    state.flush()


def test_a_charts_address_carries_the_choices_kept_before_the_address_is_written():
    """On a first visit the address bar gets the page's choices only at the end of the run;
    the 'reopen this chart' address of a download made during the run must carry them."""
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_function(_address_page).run()
    assert app.markdown[0].value.endswith("?view=RUS")
    app.query_params["years"] = "2000-2010"  # what the address already holds is kept
    app.run()
    assert app.markdown[0].value.endswith("?view=RUS&years=2000-2010")


def test_a_charts_address_names_the_published_dashboard_when_one_is_set(monkeypatch):
    """Behind a proxy the server is reached at 127.0.0.1; a download must name the address
    readers can open (LEDGER_PUBLIC_URL), with the page's own path and choices."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("LEDGER_PUBLIC_URL", "https://ledger.example.org/")
    app = AppTest.from_function(_address_page).run()
    assert app.markdown[0].value.startswith("https://ledger.example.org")
    assert app.markdown[0].value.endswith("?view=RUS")
