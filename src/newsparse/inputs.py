"""Reading articles from files, folders, stdin and JSON Lines, with one clear error per bad input.

Every problem (an unreadable file, bad UTF-8, a bad JSON line) becomes an :class:`InputProblem`
naming the file and line, yielded in place of the record so a long run goes on with the rest.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from attrs import field, frozen

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
TEXT_SUFFIXES = (".txt", ".text")
#: Record fields kept as a document's ``meta``.
META_KEYS = ("id", "source", "title", "url")


@frozen
class Record:
    """One article to parse: its text, publication date and JSON-ready metadata."""

    text: str
    published: str | None = None
    meta: dict[str, Any] = field(factory=dict)


@frozen
class InputProblem:
    """An input that could not be read; ``where`` is ``file`` or ``file:line``."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def read_inputs(
    sources: Iterable[str],
    *,
    jsonl: bool | None = None,
    text_field: str = "text",
    published_field: str = "published",
) -> Iterator[Record | InputProblem]:
    """Records from each source: a text file, a JSON Lines file, a folder of them, or ``-``.

    ``jsonl=None`` decides by file suffix (stdin: by whether its first character is ``{``).
    """
    for source in sources:
        if source == "-":
            yield from _read_stream(sys.stdin, "<stdin>", jsonl, text_field, published_field)
            continue
        path = Path(source)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _readable_kind(p))
            for file in files:
                yield from _read_file(file, jsonl, text_field, published_field)
        else:
            yield from _read_file(path, jsonl, text_field, published_field)


def _readable_kind(path: Path) -> bool:
    return path.name.endswith(JSONL_SUFFIXES + TEXT_SUFFIXES)


def _read_file(
    path: Path, jsonl: bool | None, text_field: str, published_field: str
) -> Iterator[Record | InputProblem]:
    as_jsonl = path.name.endswith(JSONL_SUFFIXES) if jsonl is None else jsonl
    try:
        raw = open_bytes(path)
    except OSError as error:
        yield InputProblem(str(path), error.strerror or str(error))
        return
    with raw:
        stream = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        try:
            if as_jsonl:
                yield from _jsonl_records(stream, str(path), text_field, published_field)
            else:
                yield Record(stream.read(), meta={"path": str(path)})
        except UnicodeDecodeError as error:
            yield InputProblem(str(path), f"not UTF-8 text ({error.reason} at byte {error.start})")
        except (OSError, EOFError) as error:
            yield InputProblem(str(path), f"unreadable: {error}")


def open_bytes(path: Path) -> BinaryIO:
    """The file's bytes, gunzipped when its name ends in ``.gz``; the caller closes it."""
    return cast(BinaryIO, gzip.open(path)) if path.suffix == ".gz" else path.open("rb")


def _read_stream(
    stream: IO[str], name: str, jsonl: bool | None, text_field: str, published_field: str
) -> Iterator[Record | InputProblem]:
    try:
        first = stream.readline()
        if jsonl is None:
            jsonl = first.lstrip().startswith("{")
        if jsonl:
            yield from _jsonl_records(chain([first], stream), name, text_field, published_field)
        else:
            yield Record(first + stream.read(), meta={"path": name})
    except UnicodeDecodeError as error:
        yield InputProblem(name, f"not UTF-8 text ({error.reason})")


def _jsonl_records(
    lines: Iterable[str], name: str, text_field: str, published_field: str
) -> Iterator[Record | InputProblem]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputProblem(where, f"bad JSON ({error.msg}, column {error.colno})")
            continue
        if not isinstance(item, dict):
            yield InputProblem(where, "a JSON Lines record must be an object")
            continue
        text = item.get(text_field)
        if not isinstance(text, str):
            yield InputProblem(where, f"no string field {text_field!r}")
            continue
        published = item.get(published_field)
        meta = {k: v for k, v in item.items() if k in META_KEYS}
        yield Record(text, published if isinstance(published, str) else None, meta)
