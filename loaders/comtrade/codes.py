"""Country codes: ISO 3166 alpha-3 <-> the numeric codes UN Comtrade uses.

pycountry gives the ISO numeric code (which is the M49 code for countries). Comtrade keeps
a few codes of its own where its reporting unit differs from the M49 country; those are
listed here from Comtrade's reporter reference table.
"""

import pycountry

COMTRADE_OWN = {
    "USA": 842,  # M49 840: Comtrade's USA includes Puerto Rico and the US Virgin Islands
    "FRA": 251,  # M49 250: France with Monaco
    "NOR": 579,  # M49 578: Norway with Svalbard and Jan Mayen
    "CHE": 757,  # M49 756: Switzerland with Liechtenstein
    "IND": 699,  # M49 356: India, excluding Sikkim before 1975
    "ITA": 381,  # M49 380: Italy with San Marino and the Holy See
}
WORLD = 0


def to_comtrade(iso3: str) -> int:
    """Comtrade's numeric code for an ISO alpha-3 code; ValueError names an unknown code."""
    code = iso3.upper()
    if code == "WLD":
        return WORLD
    if code in COMTRADE_OWN:
        return COMTRADE_OWN[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        raise ValueError(f"{iso3!r} is not an ISO 3166 alpha-3 country code")
    return int(country.numeric)


def from_comtrade(number: int) -> str:
    """ISO alpha-3 for a Comtrade code; ValueError for a code we cannot name."""
    if number == WORLD:
        return "WLD"
    for iso3, own in COMTRADE_OWN.items():
        if own == number:
            return iso3
    country = pycountry.countries.get(numeric=f"{number:03d}")
    if country is None:
        raise ValueError(f"Comtrade code {number} is not a country pycountry knows")
    return country.alpha_3
