"""Which currency a bare ``$``, "dollars" or "pesos" means in one story.

English-language wire copy writes US dollars as ``$`` wherever it is filed, so a bare dollar is
USD unless the story is filed from a country whose own dollar English copy writes bare (Toronto,
Sydney, Hong Kong, Singapore, Wellington, Taipei) and never mentions US dollars. Other shared
head words (peso, rupee, franc, pound) take the currency of the country the story is filed from
when it uses that word, else the default in ``newsparse._data.currencies``. The filing country is
the dateline extractor's ``country``, which the pipeline finds before money runs; without a
dateline finding there is no home country and the defaults apply.
"""

from __future__ import annotations

from functools import cache

import pycountry

from newsparse._data import currencies as data
from newsparse.document import Document
from newsparse.extractors.money.lexicon import HEAD_SPELLINGS, english_name, tender_today
from newsparse.extractors.money.story import leading_currency, story_currencies
from newsparse.regex_cache import compiled

_US_DOLLARS = compiled(
    r"\bU\.?S\.?[ \t]?\$|\$US\b|\bUSD\b"
    r"|\b(?:U\.S\.|US|American)\s+(?i:dollars?|dlrs?|cents?|cts)\b"
)

#: An amount in US dollars in parentheses: "(8.4 billion US)", "(US$3.5 million)". After a
#: dollar amount ("10.9 billion dollars (8.4 billion US)") it converts that amount, and a story
#: that converts its dollars writes its own country's dollars bare. The pattern starts at the
#: parenthesis, which the scan finds quickly; the dollar word before it is checked after.
_US_CONVERSION = compiled(
    r"\([ \t]*(?:(?:about|some|around|nearly|roughly)[ \t]+)?"
    r"(?:(?:US|U\.S\.)[ \t]?\$[ \t]?\d|\d[\d.,]*(?:[ \t]+(?i:million|billion|mln|bln))?"
    r"[ \t]+(?:US|U\.S\.)(?:[ \t]+(?i:dollars?|dlrs?))?[ \t]*\))"
)
_DOLLAR_WORDS = ("dollar", "dollars", "dlr", "dlrs")


def _converts_dollars(text: str) -> bool:
    """Whether a dollar amount in ``text`` is converted into US dollars right after it."""
    return any(
        text[max(0, found.start() - 12) : found.start()]
        .rstrip(" \t")
        .lower()
        .endswith(_DOLLAR_WORDS)
        for found in _US_CONVERSION.finditer(text)
    )


def filing_country(document: Document) -> str | None:
    """The ISO country code of the place the story is filed from, when its dateline says."""
    dateline = document.dateline
    if dateline is None or not dateline.country:
        return None
    found = pycountry.countries.get(alpha_2=dateline.country) or _lookup_country(dateline.country)
    return str(found.alpha_2) if found is not None else None


def _lookup_country(name: str) -> pycountry.db.Country | None:
    try:
        return pycountry.countries.lookup(name)
    except LookupError:
        return None


@cache
def _local_currency(country: str) -> tuple[str, str] | None:
    """(code, head word) of the currency ``country`` uses today."""
    codes = tender_today(country)
    if not codes:
        return None
    head = english_name(codes[0]).lower().split()[-1]
    return codes[0], HEAD_SPELLINGS.get(head, head)


def _converting_country(text: str, local: tuple[str, str] | None) -> str | None:
    """The dollar of a story that converts dollars into US dollars: the filing country's, or
    else that of the country using dollars, other than the US, the story names most."""
    if local is not None and local[1] == "dollar" and local[0] != "USD":
        return local[0]
    mentions = story_currencies(text, "dollar")
    del mentions["USD"]
    return leading_currency(mentions)


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
        text = self._document.text
        country = filing_country(self._document)
        local = _local_currency(country) if country else None
        if head == "dollar" and _converts_dollars(text):
            return _converting_country(text, local) or default
        if local is not None and local[1] == head:
            if head == "dollar" and (
                country not in data.LOCAL_DOLLAR_COUNTRIES or _US_DOLLARS.search(text)
            ):
                return default
            return local[0]
        if head == "dollar":
            return default
        return leading_currency(story_currencies(text, head)) or default
