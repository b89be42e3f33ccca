"""The currency vocabulary of the money extractor: ISO codes, names and signs, built once.

Codes and English names ("Canadian dollars", "Swiss franc") come from CLDR through babel, so a
new or renamed currency needs no edit here; ``newsparse._data.currencies`` adds the spellings
news uses beyond CLDR (``dlrs``, ``stg``, ``C$``). Names are split into a nationality and a head
word ("canadian" + "dollar"), so a bare head word can be settled by the story's country.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from typing import Any

import babel
import pycountry

from newsparse._data import currencies as data
from newsparse.cache import cached_json

#: Bumped whenever the table below changes shape, so old cache files are not read.
_TABLE_FORMAT = 3
#: Precious metals, fund units and test codes: not money a story spends.
_NOT_MONEY_CODES = frozenset(
    {"XAG", "XAU", "XPD", "XPT", "XDR", "XSU", "XUA", "XTS", "XXX", "CHE", "CHW", "COU", "MXV"}
)


def _cldr_table() -> dict[str, Any]:
    """Every CLDR currency's English names and symbol, ISO 4217's current codes, the legal
    tender of each territory from today on (with the dates it starts and ends, if it does), and
    the symbol each territory's English locale writes for its own currency ("RM" in en_MY).

    Reading them loads babel's locale data, some 30 ms of a fresh process's start, so the table
    is kept in newsparse's cache, one per babel and pycountry version.
    """
    from babel import localedata
    from babel.core import get_global
    from babel.numbers import (
        get_currency_name,
        get_currency_symbol,
        get_territory_currencies,
        list_currencies,
    )

    codes = sorted(list_currencies())
    today = dt.date.today()
    return {
        "tender": {
            territory: [
                [item["currency"], _iso(item["from"]), _iso(item["to"])]
                for item in get_territory_currencies(
                    territory, start_date=today, end_date=dt.date.max, include_details=True
                )
            ]
            for territory in get_global("territory_currencies")
        },
        "singular": {code: get_currency_name(code, count=1, locale="en") for code in codes},
        "plural": {code: get_currency_name(code, count=2, locale="en") for code in codes},
        "symbol": {code: get_currency_symbol(code, locale="en") for code in codes},
        "current": sorted(currency.alpha_3 for currency in pycountry.currencies),
        "local": _local_symbols(localedata.locale_identifiers()),
    }


def _local_symbols(locales: list[str]) -> dict[str, str]:
    """Code -> the symbol an English territory locale ("en_MY") writes for its own currency."""
    from babel.numbers import get_currency_symbol, get_territory_currencies

    symbols: dict[str, str] = {}
    for locale in sorted(locales):
        language, _, territory = locale.partition("_")
        if language != "en" or not territory.isalpha():
            continue
        codes = get_territory_currencies(territory)
        if codes:
            symbols.setdefault(codes[0], get_currency_symbol(codes[0], locale=locale))
    return symbols


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


_CLDR: dict[str, Any] = cached_json(
    "currencies",
    f"babel-{babel.__version__}-pycountry-{pycountry.__version__}-v{_TABLE_FORMAT}",
    _cldr_table,
)
CODES = frozenset(
    code for code in _CLDR["singular"] if code not in _NOT_MONEY_CODES and code.isalpha()
)
#: Codes of currencies in use today (pycountry's ISO 4217 list), preferred when names collide.
CURRENT_CODES = frozenset(_CLDR["current"]) & CODES


def english_name(code: str) -> str:
    """CLDR's English singular name of ``code`` ("Mexican peso"), or the code if it has none."""
    name: str = _CLDR["singular"].get(code, code)
    return name


def tender_today(territory: str) -> list[str]:
    """The codes legal tender in ``territory`` today, as babel's ``get_territory_currencies``."""
    today = dt.date.today().isoformat()
    return [
        code
        for code, start, end in _CLDR["tender"].get(territory.upper(), ())
        if (start is None or start <= today) and (end is None or end >= today)
    ]


def _names(code: str) -> tuple[str, str] | None:
    """The English singular and plural name of ``code``, lower case, or None if dated/odd."""
    singular = english_name(code).lower()
    plural = str(_CLDR["plural"][code]).lower()
    if "(" in singular or "(" in plural or not singular.replace(" ", "").isalpha():
        return None
    return singular, plural


def _head_spellings() -> dict[str, str]:
    spellings = dict(data.HEAD_WORD_SPELLINGS)
    spellings.update({head: head for head in data.HEAD_WORD_DEFAULTS})
    return spellings


def _build_index() -> tuple[dict[tuple[str, str], str], dict[str, str], dict[str, set[str]]]:
    """(nationality, head) -> code; head spelling -> head; head -> every code named with it."""
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    spellings = _head_spellings()
    users: dict[str, set[str]] = defaultdict(set)
    for code in sorted(CODES):
        names = _names(code)
        if names is None:
            continue
        singular, plural = names
        *nationality, head = singular.split()
        plural_head = plural.split()[-1]
        spellings.setdefault(head, head)
        spellings.setdefault(plural_head, head)
        named[(" ".join(nationality), head)].add(code)
        users[head].add(code)
    index: dict[tuple[str, str], str] = {}
    for key, codes in named.items():
        current = codes & CURRENT_CODES or codes
        if len(current) == 1:
            index[key] = next(iter(current))
    return index, spellings, users


NAMED, HEAD_SPELLINGS, HEAD_USERS = _build_index()


def _sole_namers() -> dict[str, str]:
    """Spelling -> code, for the singular or plural head words that name one currency in use
    today and no other ("kronor", "taka"), or, when none in use bears them, one currency ever
    ("kuna", "markkas" in archive stories), so a story need not say whose it is."""
    named: dict[str, set[str]] = defaultdict(set)
    for code in sorted(CODES):
        names = _names(code)
        if names is not None:
            for name in names:
                named[name.split()[-1]].add(code)
    sole: dict[str, str] = {}
    for word, codes in named.items():
        chosen = codes & CURRENT_CODES or codes
        if len(chosen) == 1 and word not in data.ORDINARY_WORD_NAMES:
            sole[word] = next(iter(chosen))
    return sole


#: Head words naming one current currency (CLDR): "kronor" is SEK, "taka" BDT.
SOLE_NAMERS = _sole_namers()
NATIONALITIES = frozenset(nationality for nationality, _ in NAMED if nationality) | frozenset(
    data.NATIONALITY_SPELLINGS
)


#: Code -> local symbol (lower case) of ``LOCAL_SYMBOL_CODES`` ("MYR" -> "rm").
LOCAL_SYMBOLS = {
    code: str(_CLDR["local"][code]).lower() for code in sorted(data.LOCAL_SYMBOL_CODES)
}


def _symbols() -> dict[str, str]:
    """Signs (lower case) -> code: CLDR's English symbols holding a currency sign, the local
    symbols of ``LOCAL_SYMBOL_CODES``, plus ours."""
    symbols: dict[str, str] = {}
    for code in sorted(CODES):
        symbol = str(_CLDR["symbol"][code]).lower()
        has_sign = any(unicodedata.category(char) == "Sc" for char in symbol)
        if has_sign and symbol not in symbols:
            symbols[symbol] = code
    symbols.update({symbol: code for code, symbol in LOCAL_SYMBOLS.items()})
    symbols.update(data.EXTRA_SYMBOLS)
    symbols.update(
        {word: str(data.HEAD_WORD_DEFAULTS[head]) for word, head in data.WORDS_AS_SIGNS.items()}
    )
    return symbols


SYMBOLS = _symbols()
#: Signs of letters only ("rs", "rm"), which news may glue to the digits ("Rs1,200", "RM5bn");
#: a currency word written as a sign ("dlrs 5") is never glued.
LETTER_SYMBOLS = frozenset(
    symbol for symbol in SYMBOLS if symbol.isalpha() and symbol not in data.WORDS_AS_SIGNS
)


def currency_of(nationality: str | None, head: str) -> str | None:
    """The code a nationality and head word name together ("canadian", "dollar" -> CAD)."""
    if nationality is None:
        return None
    key = " ".join(nationality.lower().split())
    key = data.NATIONALITY_SPELLINGS.get(key, key)
    return NAMED.get((key, head))


def is_shared(head: str) -> bool:
    """True if several currencies in use today are named with ``head`` ("rial": Iran, Oman,
    Yemen), so a bare one is whichever the story's country uses."""
    return (
        len(HEAD_USERS.get(head, set()) & CURRENT_CODES) > 1
        and head not in data.ORDINARY_WORD_NAMES
    )


def is_single_user(head: str) -> bool:
    """True unless several currencies, past or present, are named with ``head`` ("dollar")."""
    return len(HEAD_USERS.get(head, ())) <= 1
