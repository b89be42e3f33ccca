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
start's first parse was spent compiling them. On a fresh machine the file is empty, and
compiling all of them was two thirds of the first parse, though an article uses a tenth of
them: a pattern the file lacks is compiled when first used, and its code added to the file
after the document (:func:`keep_compiled`), so the file holds the patterns in use on this
machine. A worker process compiles and stores what it uses as any other.

The engine's code is not a public interface of ``re``: wherever it is missing or refuses the
stored code, the pattern is compiled by :func:`re.compile`, slower and never different.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import importlib
import os
import re
import sys
import zlib
from array import array
from collections.abc import Iterator
from typing import Any, cast

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


#: What a pattern offers its users: all that :class:`_FirstUse` hands on once it is compiled.
_PATTERN_ATTRIBUTES = tuple(name for name in dir(re.Pattern) if not name.startswith("_"))


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the code kept in the cache where it holds it.

    Inside a :func:`bundled` block, a pattern whose code the bundle lacks is compiled when first
    used (see :class:`_FirstUse`), so a bad pattern raises there, as ``re.compile`` would.
    """
    if _sre is None:  # pragma: no cover - see the import
        return re.compile(source, flags)
    flags = int(flags)  # ``re`` works on the number; its flag enum is slow to combine
    key = f"{source}\0{flags}\0{_ENGINE}\0packed"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    bundle = _open_bundle
    if bundle is None:
        code = cached_json("regex", digest, lambda: _compiled_code(source, flags))
        return _engine_pattern(source, code) or re.compile(source, flags)
    bundle.declared.add(digest)
    code = bundle.stored.get(digest)
    pattern = None if code is None else _engine_pattern(source, code)
    if pattern is not None:
        return pattern
    if code is not None:  # refused: compiled anew when first used, and stored in its place
        bundle.refuse(digest)
    return cast("re.Pattern[str]", _FirstUse(source, flags, digest, bundle))


class _FirstUse:
    """A pattern of a bundle that lacks its code, compiled when first used: on a fresh machine
    the extractors declare some 600 patterns, an article uses some 50 of them, and compiling
    all was two thirds of the first parse.

    It stands in for the ``re.Pattern``, holding its text as ``pattern`` from the start (code
    builds larger patterns from it). Asked for anything else, it compiles the pattern and keeps
    the pattern's methods and attributes as its own, so each later call reaches the engine with
    no step of Python in between. A pickle or copy of it is a pattern of ``re.compile``.
    It equals the pattern but is not it: ``match.re is PATTERN`` fails where ``==`` holds.
    """

    def __init__(self, source: str, flags: int, digest: str, bundle: _Bundle) -> None:
        self.pattern = source
        self._flags = flags
        self._digest = digest
        self._bundle = bundle

    def __getattr__(self, name: str) -> Any:  # only called for what the instance lacks
        if name not in _PATTERN_ATTRIBUTES:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return getattr(self._compiled(), name)

    def _compiled(self) -> re.Pattern[str]:
        found: re.Pattern[str] | None = vars(self).get("_pattern")
        if found is None:
            found = self._bundle.pattern(self.pattern, self._flags, self._digest)
            vars(self).update({name: getattr(found, name) for name in _PATTERN_ATTRIBUTES})
            self._pattern = found
        return found

    def __eq__(self, other: object) -> bool:
        return self._compiled() == other

    def __hash__(self) -> int:
        return hash(self._compiled())

    def __repr__(self) -> str:
        return repr(self._compiled())

    def __reduce__(self) -> tuple[Any, ...]:  # as ``re`` pickles a pattern, uncompiled
        return re.compile, (self.pattern, self._flags)


class _Bundle:
    """The code of the patterns of one :func:`bundled` block: as stored, and as compiled since.

    Its file is written after a document (:func:`keep_compiled`) when patterns were compiled
    that it lacks, or when it holds code no pattern of the block uses (a pattern changed). Each
    write of a process holds at least as many new patterns as its earlier writes together: a
    process writes the file a few times in all, where rewriting it after every document that
    compiled one pattern would cost a stream of new articles more than the compiling.
    """

    def __init__(self, key: str, stored: Any) -> None:
        self.key = key
        self.stored: dict[str, Any] = stored if isinstance(stored, dict) else {}
        #: The patterns the block made: only their code is kept.
        self.declared: set[str] = set()
        #: Code this process compiled that the file lacks.
        self.fresh: dict[str, Any] = {}
        #: Code the engine refused: never taken from the file again.
        self.refused: set[str] = set()
        self._in_file = frozenset(self.stored)
        self._stale = False
        self._kept = 0
        self._read_by = os.getpid()

    def refuse(self, digest: str) -> None:
        """Set aside stored code the engine refused: the pattern is compiled anew instead."""
        self.refused.add(digest)
        self.stored.pop(digest, None)

    def close(self) -> None:
        """The block has ended: every pattern is declared, so unused code can be told."""
        self._stale = not self._in_file <= self.declared - self.refused

    def pattern(self, source: str, flags: int, digest: str) -> re.Pattern[str]:
        """The pattern of a :class:`_FirstUse`: from stored code where the engine takes it, or
        compiled, its code kept for the file.

        A process's first miss reads the file again: a worker process forked from a server
        holds the code the server read, maybe long before other workers stored more.
        """
        if digest not in self.stored and self._read_by != os.getpid():
            self._read_by = os.getpid()
            self._take_file()
        code = self.stored.get(digest)
        pattern = None if code is None else _engine_pattern(source, code)
        if pattern is None:
            if code is not None:
                self.refuse(digest)
            code = _compiled_code(source, flags)
            pattern = _engine_pattern(source, code)
            if pattern is None:  # an engine of another shape: nothing worth storing
                return re.compile(source, flags)
            self.fresh[digest] = code
        return pattern

    def keep(self) -> None:
        """Write the file if it lacks enough new code or holds unused code (see the class)."""
        if not (self.fresh or self._stale) or len(self.fresh) < self._kept:
            return
        fresh, self.fresh = self.fresh, {}
        self._take_file()  # what other processes stored meanwhile
        self.stored.update(fresh)
        kept = {digest: code for digest, code in self.stored.items() if digest in self.declared}
        store_json("regexes", self.key, kept)
        self._in_file = frozenset(kept)
        self._kept += len(fresh)
        self._stale = False

    def _take_file(self) -> None:
        found = read_json("regexes", self.key)
        for digest, code in found.items() if isinstance(found, dict) else ():
            if digest in self.declared and digest not in self.refused:
                self.stored.setdefault(digest, code)


#: The bundle whose block is running, and the bundles whose blocks ended, by key.
_open_bundle: _Bundle | None = None
_bundles: dict[str, _Bundle] = {}


@contextlib.contextmanager
def bundled(name: str) -> Iterator[None]:
    """Keep the code of every pattern :func:`compiled` inside the block in one cache file.

    The file is read as the block opens. Each pattern the file lacks is compiled when first
    used, and :func:`keep_compiled` stores its code; the file then holds this code's patterns,
    no stale ones. A block that raises stores nothing. Only the code a module compiles as it is
    imported belongs in a bundle: patterns made per text would make the file grow without end.
    """
    global _open_bundle
    if _open_bundle is not None or _sre is None:  # inside another bundle: that one holds them
        yield
        return
    key = hashlib.sha256(f"{name}\0{_ENGINE}".encode()).hexdigest()[:32]
    bundle = _open_bundle = _Bundle(key, read_json("regexes", key))
    try:
        yield
    finally:
        _open_bundle = None
    bundle.close()
    _bundles[key] = bundle


def keep_compiled() -> None:
    """Store the code of the patterns compiled on first use, when worth a write (see
    :class:`_Bundle`). The pipeline calls it after each document."""
    for bundle in _bundles.values():
        bundle.keep()


def _engine_pattern(source: str, code: Any) -> re.Pattern[str] | None:
    """The pattern the engine builds from stored ``code``; None where it refuses that code."""
    try:
        groupindex: dict[str, int] = code["groupindex"]
        indexgroup: list[str | None] = [None] * (code["groups"] + 1)
        for name, index in groupindex.items():
            indexgroup[index] = name
        words = array(_WORD, zlib.decompress(base64.b64decode(code["code"]))).tolist()
        pattern: re.Pattern[str] = _sre.compile(
            source, code["flags"], words, code["groups"], groupindex, tuple(indexgroup)
        )
    except (AttributeError, KeyError, TypeError, ValueError, RuntimeError, zlib.error):
        return None  # an engine of another shape, or code it refused
    return pattern


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
