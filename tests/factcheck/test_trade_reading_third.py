"""Tourism and trade sentences of our own (none from the development corpus) that the reader
misread: whose figure it is, whether it counts people or dollars, and what is a forecast."""

from tests.factcheck.test_trade_reading import frame


def test_people_who_visited_or_travelled_are_tourists_not_dollars():
    text = "Around 6 million Germans visited Spain in 2018, the statistics office said."
    row = frame(text, "6 million", "2019-03-01")
    assert (row["indicator"], row["unit"]) == ("visitor_arrivals_foreign", "persons")
    other = "Some 2.5 million Ukrainians travelled to Turkey in 2017."
    row = frame(other, "2.5 million", "2018-03-01")
    assert (row["indicator"], row["unit"]) == ("visitor_arrivals_foreign", "persons")
    # A visit by an official is no tourism: the money figure is still trade.
    money = "Putin visited Ankara in 2017, when turnover reached $22 billion."
    assert frame(money, "$22 billion", "2018-03-01")["indicator"] == "merchandise_trade"


def test_an_expected_number_with_more_than_is_a_forecast():
    text = "Hoteliers expect more than 9 million Russian tourists this season."
    row = frame(text, "9 million", "2021-05-01")
    assert row["measure"] == "target"
    trade = "Analysts expect more than $30 billion in trade this year."
    assert frame(trade, "$30 billion", "2021-05-01")["measure"] == "target"


def test_the_next_entries_of_a_list_of_visitor_origins_are_their_own_countries():
    text = (
        "Germany was the biggest source of tourists for Spain in 2018, with 11 million arrivals."
        " France followed with 9 million, and Italy came third with nearly 4 million."
    )
    assert frame(text, "9 million", "2019-03-01")["partner"] == "FRA"
    assert frame(text, "4 million", "2019-03-01")["partner"] == "ITA"


def test_all_foreigners_are_visitors_from_every_country():
    text = (
        "Some 3 million Ukrainians visited Turkey in 2018. In total, the country welcomed 39"
        " million foreigners over the year."
    )
    row = frame(text, "39 million", "2019-03-01")
    assert (row["reporter"], row["partner"]) == ("TUR", "WLD")
    other = "Turkey received 31 million foreign visitors in 2017, 4.7 million of them Russians."
    assert frame(other, "31 million", "2018-03-01")["partner"] == "WLD"


def test_the_uk_is_britain():
    text = (
        "Russians were the largest group of visitors to Turkey in 2018, with 6 million arrivals."
        " The UK came second with about 2.3 million."
    )
    assert frame(text, "2.3 million", "2019-03-01")["partner"] == "GBR"


def test_a_flow_is_never_a_countrys_with_itself():
    text = (
        "Ankara reports its imports from Russia at $20 billion for 2018. Kazakh statistics differ:"
        " Astana counts its purchases from Russia at $12.4 billion and sales to Russia at"
        " $5.1 billion for 2018."
    )
    for figure in ("$20 billion", "$12.4 billion", "$5.1 billion"):
        row = frame(text, figure, "2019-03-01")
        assert row["reporter"] != row["partner"], (figure, row["reporter"])
    prose = (
        "Russian figures look different: Moscow counts its exports to Germany at $30 billion and"
        " imports from Germany at $25 billion for 2019."
    )
    row = frame(prose, "$30 billion", "2020-03-01")
    assert (row["reporter"], row["partner"], row["flow"]) == ("RUS", "DEU", "export")


def test_never_exceeded_is_a_ceiling_over_every_year_not_a_level_or_a_goal():
    text = (
        "The two governments want trade of $50 billion a year. Yet exports to Germany have never"
        " exceeded $20 billion, and they did not top $16 billion in 2019."
    )
    never = frame(text, "$20 billion", "2021-03-01")
    assert (never["measure"], never["comparator"], never["period"]) == ("level", "at_most", "")
    assert never["value_high"] == 20e9
    dated = frame(text, "$16 billion", "2021-03-01")
    assert (dated["measure"], dated["comparator"], dated["period"]) == ("level", "at_most", "2019")


def test_the_country_overtaken_is_not_the_one_ranked():
    text = (
        "Germany overtook Italy to become Turkey's second-largest supplier in 2021, with goods"
        " worth $21 billion."
    )
    rank = frame(text, "second-largest", "2022-03-01")
    assert rank["partner"] == "DEU"
    level = frame(text, "$21 billion", "2022-03-01")
    assert {level["reporter"], level["partner"]} == {"DEU", "TUR"}


def test_a_subject_that_becomes_a_source_sells_and_one_that_becomes_a_market_buys():
    text = (
        "China overtook Germany to become Turkey's biggest import source in 2020, with goods"
        " worth $23 billion."
    )
    row = frame(text, "$23 billion", "2021-03-01")
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "CHN", "import")
    market = (
        "Iraq became Turkey's third-largest export market in 2019, with purchases worth"
        " $10 billion."
    )
    row = frame(market, "$10 billion", "2020-03-01")
    assert {row["reporter"], row["partner"]} == {"TUR", "IRQ"}


def test_exports_to_the_world_are_with_every_partner():
    text = (
        "Germany's exports to the world reached $1.6 trillion in 2021, while its sales to Russia"
        " came to $31 billion."
    )
    row = frame(text, "$1.6 trillion", "2022-03-01")
    assert (row["reporter"], row["partner"], row["flow"]) == ("DEU", "WLD", "export")
    assert frame(text, "$31 billion", "2022-03-01")["partner"] == "RUS"
    total = "Turkey's total imports rose to $271 billion in 2021. Russia supplied $29 billion."
    row = frame(total, "$271 billion", "2022-03-01")
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "WLD", "import")
    named = "Total imports from Russia were $29 billion in 2021."
    assert frame(named, "$29 billion", "2022-03-01")["partner"] == "RUS"


def test_money_put_in_during_a_year_is_a_direct_investment_flow_not_the_stock():
    flows = (
        "Spanish investors put $400 million into Turkey in 2019, central bank data show.",
        "Direct investment inflows from Germany reached $1.1 billion in 2018.",
        "German firms invested $300 million in Turkey in 2017.",
        "Foreign direct investment from Spain into Turkey was $90 million in 2015.",
    )
    figures = ("$400 million", "$1.1 billion", "$300 million", "$90 million")
    for text, figure in zip(flows, figures, strict=True):
        row = frame(text, figure, "2020-03-01")
        assert (row["indicator"], row["flow"]) == ("fdi_flow", "inflow"), text
    stock = "German companies hold investments worth $15 billion in Turkey."
    row = frame(stock, "$15 billion", "2020-03-01")
    assert (row["indicator"], row["flow"]) == ("investment_stock", "stock")


def test_a_count_said_of_the_present_takes_the_documents_date_not_the_year_before():
    text = (
        "German investors put $500 million into Turkey in 2016, the central bank said. Around"
        " 7,000 companies with German capital now operate in Turkey."
    )
    row = frame(text, "7,000 companies", "2019-06-01")
    assert (row["period"], row["period_basis"]) == ("2018", "document_date")
    plain = (
        "German investors put $500 million into Turkey in 2016. Some 7,000 firms with German"
        " capital are registered in the country."
    )
    assert frame(plain, "7,000 firms", "2019-06-01")["period"] == "2018"
    past = (
        "German investors put $500 million into Turkey in 2016. That year 7,000 firms with"
        " German capital were registered."
    )
    assert frame(past, "7,000 firms", "2019-06-01")["period"] == "2016"


def test_a_figure_for_several_partners_together_is_no_one_partners():
    text = (
        "Turkish exports to Germany, France and Italy rose to $40 billion in 2019, while sales"
        " to Russia were $4 billion."
    )
    row = frame(text, "$40 billion", "2020-03-01")
    assert row["breakdown"] == "several partners together: Germany, France and Italy"
    assert frame(text, "$4 billion", "2020-03-01")["breakdown"] == ""
    pair = "Trade between Russia and Turkey reached $26 billion in 2019."
    assert frame(pair, "$26 billion", "2020-03-01")["breakdown"] == ""


def _words(**fields) -> str:
    from factcheck.explain import quantity_words

    claim = {
        "reporter": "TUR", "partner": "RUS", "indicator": "merchandise_trade", "flow": "export",
        "measure": "level", "product": "", "breakdown": "",
    } | fields  # fmt: skip
    return quantity_words(claim, {"TUR": "Turkey", "RUS": "Russia"})


def test_the_explanation_names_goods_as_goods_and_a_supplier_rank_as_a_suppliers():
    assert _words(breakdown="citrus fruit") == "Turkey's exports of citrus fruit to Russia"
    imports = _words(breakdown="machinery", flow="import")
    assert imports == "Turkey's imports of machinery from Russia"
    listed = "several partners together: Georgia and Armenia"
    assert _words(breakdown=listed) == "Turkey's exports to Georgia and Armenia together"
    rank = {"indicator": "merchandise_trade_rank", "measure": "rank"}
    assert _words(flow="import", **rank) == "Russia's place among Turkey's suppliers"
    assert _words(flow="export", **rank) == "Russia's place among Turkey's export markets"
    assert _words(flow="total", **rank) == "Russia's place among Turkey's trade partners"


def test_a_country_that_welcomed_visitors_is_where_they_went():
    text = (
        "Spain welcomed 18 million British visitors in 2019, making Britain its largest source"
        " market.\n\nFrance followed with 11 million visitors, while Germany came third with"
        " nearly 11 million."
    )
    first = frame(text, "18 million", "2020-03-01")
    assert (first["reporter"], first["partner"]) == ("ESP", "GBR")
    second = frame(text, "11 million visitors", "2020-03-01")
    assert (second["reporter"], second["partner"]) == ("ESP", "FRA")
    third = frame(text, "nearly 11 million", "2020-03-01")
    assert (third["reporter"], third["partner"]) == ("ESP", "DEU")


def test_a_base_takes_the_sides_of_its_figure_not_of_the_next_clause():
    text = (
        "In 2019 some 2.9 million Britons holidayed in Spain, up 4% from 2.8 million in 2018,"
        " while French arrivals reached 1.9 million."
    )
    base = frame(text, "2.8 million", "2020-03-01")
    assert (base["reporter"], base["partner"]) == ("ESP", "GBR")
    assert frame(text, "1.9 million", "2020-03-01")["partner"] == "FRA"


def test_of_two_flows_before_a_figure_the_nearer_is_its_own():
    text = (
        "German statistics differ: Berlin puts its exports to Turkey at $20 billion and imports"
        " from Turkey at $17 billion for 2019."
    )
    row = frame(text, "$17 billion", "2020-03-01")
    assert (row["reporter"], row["partner"], row["flow"]) == ("DEU", "TUR", "import")
    first = frame(text, "$20 billion", "2020-03-01")
    assert (first["reporter"], first["partner"], first["flow"]) == ("DEU", "TUR", "export")


def test_trade_with_one_country_is_with_the_reporter_of_the_figures_before():
    text = (
        "Turkish exports to Iran were $2.7 billion in 2019. Trade with Germany peaked in 2018"
        " at $38 billion, and fell to $35 billion in 2019 as the lira slid."
    )
    for figure in ("$38 billion", "$35 billion"):
        row = frame(text, figure, "2020-03-01")
        assert {row["reporter"], row["partner"]} == {"TUR", "DEU"}, figure
        assert row["flow"] == "total"


def test_a_prediction_is_a_forecast_and_not_in_any_year_is_every_year():
    text = "Hoteliers predict close to 9 million German tourists will come in 2025."
    assert frame(text, "9 million", "2024-03-01")["measure"] == "target"
    other = "Analysts anticipate some $12 billion of exports to Russia in 2025."
    assert frame(other, "$12 billion", "2024-03-01")["measure"] == "target"
    ceiling = "Exports to Iran have not exceeded $12 billion in any year."
    row = frame(ceiling, "$12 billion", "2024-03-01")
    assert (row["comparator"], row["period"]) == ("at_most", "")
