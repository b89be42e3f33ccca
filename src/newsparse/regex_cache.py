"""Large regexes compiled once per machine, their compiled code kept in the cache folder.

Python's ``re`` compiles a pattern in pure Python: the casualty rules, each tens of thousands of
characters of word lists, cost a fresh process about half a second to compile, more than it
then spends reading a thousand stories. :func:`compiled` keeps the code ``re`` builds for a
pattern in the cache (see :mod:`newsparse.cache`) and hands it back to the regex engine in the
next process, which checks the code before running it. The cache key carries the exact Python
build and the engine's version, so another interpreter compiles anew.

The code of the large rules runs to hundreds of thousands of numbers: as a JSON list it took
longer to read than most patterns take to compile. It is kept as the engine's own words,
zlib-packed and in base64, which reads back in a tenth of the time. It is packed at a low
:data:`_PACKING` level: on a fresh machine the default level took a tenth of a second over every
pattern, for files a seventh smaller that read back no faster.

A package compiles hundreds of small patterns as it is imported, each taking longer to read
from a file of its own than to compile. Patterns compiled inside :func:`bundled` (the built-in
extractors' imports) are kept together in one file instead, read once: a third of a warm
start's first parse was spent compiling them.

The engine's code is not a public interface of ``re``: wherever it is missing or refuses the
stored code, the pattern is compiled by :func:`re.compile`, slower and never different.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import importlib
import re
import sys
import zlib
from array import array
from collections.abc import Iterator
from typing import Any

from newsparse.cache import cached_json, read_json, store_json

#: zlib's level for the stored code: 3 packs it three times as fast as the default 6.
_PACKING = 3

# The engine and the compiler's inner steps, typed loosely: no stub describes them.
_sre: Any
_compiler: Any
_parser: Any
try:
    _sre = importlib.import_module("_sre")
    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")
    #: The array type whose items are the engine's code words.
    _WORD = next(kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE)
    #: What stored code is only good for: the Python build and the engine it was made by.
    _ENGINE = f"{sys.version}\0{sys.byteorder}\0{_sre.MAGIC}\0{_sre.CODESIZE}"
except (ImportError, StopIteration):  # pragma: no cover - an interpreter without CPython's engine
    _sre = None


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the code kept in the cache where it holds it."""
    if _sre is None:  # pragma: no cover - see the import
        return re.compile(source, flags)
    flags = int(flags)  # ``re`` works on the number; its flag enum is slow to combine
    key = f"{source}\0{flags}\0{_ENGINE}\0packed"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    try:
        if _bundle is None:
            stored = cached_json("regex", digest, lambda: _compiled_code(source, flags))
        else:
            stored = _bundle.stored.get(digest) or _compiled_code(source, flags)
            _bundle.used[digest] = stored
        groupindex: dict[str, int] = stored["groupindex"]
        indexgroup: list[str | None] = [None] * (stored["groups"] + 1)
        for name, index in groupindex.items():
            indexgroup[index] = name
        code = array(_WORD, zlib.decompress(base64.b64decode(stored["code"]))).tolist()
        pattern: re.Pattern[str] = _sre.compile(
            source, stored["flags"], code, stored["groups"], groupindex, tuple(indexgroup)
        )
    except (AttributeError, KeyError, TypeError, ValueError, RuntimeError, zlib.error):
        if _bundle is not None:  # not kept: the next process stores it anew
            _bundle.used.pop(digest, None)
        return re.compile(source, flags)  # an engine of another shape, or code it refused
    return pattern


class _Bundle:
    """The code of the patterns of one :func:`bundled` block: as stored, and as used."""

    def __init__(self, stored: Any) -> None:
        self.stored: dict[str, Any] = stored if isinstance(stored, dict) else {}
        self.used: dict[str, Any] = {}


_bundle: _Bundle | None = None


@contextlib.contextmanager
def bundled(name: str) -> Iterator[None]:
    """Keep the code of every pattern :func:`compiled` inside the block in one cache file.

    The file is read as the block opens, and written as it ends when the block compiled any
    pattern the file lacks or left any unused, so it holds this code's patterns, no stale ones.
    A block that raises writes nothing. Only the code a module compiles as it is imported
    belongs in a bundle: patterns made per text would make every process write it anew.
    """
    global _bundle
    if _bundle is not None or _sre is None:  # inside another bundle: that one holds them
        yield
        return
    key = hashlib.sha256(f"{name}\0{_ENGINE}".encode()).hexdigest()[:32]
    bundle = _bundle = _Bundle(read_json("regexes", key))
    try:
        yield
    finally:
        _bundle = None
    if bundle.used.keys() != bundle.stored.keys():
        store_json("regexes", key, bundle.used)


def _compiled_code(source: str, flags: int) -> dict[str, Any]:
    """What ``re.compile`` hands the engine for ``source``: its code (packed), flags and groups."""
    parsed = _parser.parse(source, flags)
    code = array(_WORD, _compiler._code(parsed, flags)).tobytes()
    return {
        "code": base64.b64encode(zlib.compress(code, _PACKING)).decode("ascii"),
        "flags": flags | parsed.state.flags,
        "groups": parsed.state.groups - 1,
        "groupindex": parsed.state.groupdict,
    }
