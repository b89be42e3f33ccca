"""``newsparse parse --resume``: go on with a run that ended early, as ``wget -c`` goes on with a
download.

A run over millions of articles can end before its last one: Ctrl-C, a ``SIGTERM`` from a batch
scheduler, a machine that goes down. Its JSON Lines output then holds the documents of the
articles read so far, in input order, each with where it came from in ``meta`` (``path``, and
``line`` for JSON Lines). So the last whole line of the output says where to start again: the
inputs are read again in the same order, every record up to and including that one is passed
over unparsed, and the rest are appended. A line cut short (a machine that went down mid-write)
is cut off first, so the file holds only whole records. An output that does not exist yet, or is
empty, is a run from the start, so one command line serves a first run and each retry.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any, BinaryIO

import click
from attrs import frozen

from newsparse.inputs import Record

_BLOCK = 1 << 16


@frozen
class Place:
    """Where a record came from: its file (``-`` for stdin) and, in JSON Lines, its line."""

    path: Any
    line: Any

    @classmethod
    def of(cls, meta: dict[str, Any]) -> Place:
        return cls(meta.get("path"), meta.get("line"))

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else str(self.path)


def resume_point(output: str) -> Place | None:
    """Where the run that wrote ``output`` stopped: the place of its last whole record, or None
    for an output that is missing or holds none. A partial last line is cut off the file."""
    try:
        file = open(output, "r+b")  # noqa: SIM115 (a with block below closes it)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise click.ClickException(f"cannot resume {output}: {error.strerror or error}") from None
    with file:
        size = file.seek(0, os.SEEK_END)
        end = _after_last_newline(file, size)
        if end < size:
            file.truncate(end)
        if end == 0:
            return None
        start = _after_last_newline(file, end - 1)
        file.seek(start)
        last = file.read(end - start)
    try:
        meta = json.loads(last)["meta"]
        place = Place.of(meta)
    except (ValueError, KeyError, TypeError):
        raise click.ClickException(
            f"cannot resume {output}: its last line is not a document of newsparse parse"
        ) from None
    if place.path is None:
        raise click.ClickException(
            f"cannot resume {output}: its last document does not say where it came from (meta)"
        )
    return place


class SkipThrough(Iterator[Record]):
    """The records after the one read from ``place`` (all of them for None); none before it is
    parsed, and ``skipped`` counts them for the progress bar. A ``place`` never met means the
    inputs are not those of the run that wrote the output: an error, not a run that would write
    every article again after the ones written."""

    def __init__(self, records: Iterator[Record], place: Place | None) -> None:
        self._records = records
        self._place = place
        self.skipped = 0

    def __next__(self) -> Record:
        while self._place is not None:
            record = next(self._records, None)
            if record is None:
                raise click.ClickException(
                    f"cannot resume: the output's last document came from {self._place}, which "
                    "these inputs do not hold; give the sources the run started with, from the "
                    "same folder"
                )
            self.skipped += 1
            if Place.of(record.meta) == self._place:
                self._place = None
        return next(self._records)


def _after_last_newline(file: BinaryIO, limit: int) -> int:
    """The offset just past the last newline before ``limit`` (0 if there is none), read back
    a block at a time, so a file of any size costs only its last lines."""
    position = limit
    while position > 0:
        start = max(0, position - _BLOCK)
        file.seek(start)
        newline = file.read(position - start).rfind(b"\n")
        if newline >= 0:
            return start + newline + 1
        position = start
    return 0
