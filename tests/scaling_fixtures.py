"""Small extractors for the batch, Parquet and Dask tests: importable by spawned workers."""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator
from decimal import Decimal

from newsparse import Document, Extractor, Money

_DOLLARS = re.compile(r"\$(\d{1,9})\b")


class DollarExtractor(Extractor):
    """``$5`` -> Money 5 USD: enough to give every test real findings to carry."""

    name = "test_dollars"
    produces = (Money,)

    def extract(self, document: Document) -> Iterator[Money]:
        for match in _DOLLARS.finditer(document.text):
            yield Money.at(
                document.text,
                match.start(),
                match.end(),
                value=Decimal(match[1]),
                currency="USD",
            )


class BoomExtractor(Extractor):
    """Raises on any text containing ``BOOM``, as a buggy plugin would."""

    name = "test_boom"
    produces = (Money,)

    def extract(self, document: Document) -> Iterator[Money]:
        if "BOOM" in document.text:
            raise RuntimeError("exploded")
        yield from ()


class LockedExtractor(Extractor):
    """Holds a lock, which cannot be pickled: it must be refused before any worker starts."""

    name = "test_locked"
    produces = (Money,)

    def __init__(self) -> None:
        self.lock = threading.Lock()

    def extract(self, document: Document) -> Iterator[Money]:
        yield from ()


class KillerExtractor(Extractor):
    """Ends its process on any text containing ``KILL``, as a crash in C code would."""

    name = "test_killer"
    produces = (Money,)

    def extract(self, document: Document) -> Iterator[Money]:
        if "KILL" in document.text:
            os._exit(3)
        yield from ()


class HangingExtractor(Extractor):
    """Never returns on any text containing ``HANG``: a pure-Python loop, then a regex."""

    name = "test_hanging"
    produces = (Money,)

    def extract(self, document: Document) -> Iterator[Money]:
        if "HANG" in document.text:
            while True:
                pass
        if "BACKTRACK" in document.text:
            re.match(r"(a+)+$", "a" * 64 + "!")
        yield from ()


class StuckExtractor(Extractor):
    """On a text ``STUCK <path>``, creates the file at ``path`` and never returns."""

    name = "test_stuck"
    produces = (Money,)

    def extract(self, document: Document) -> Iterator[Money]:
        if document.text.startswith("STUCK "):
            with open(document.text.removeprefix("STUCK "), "w"):
                pass
            while True:
                time.sleep(0.05)
        yield from ()


class SlowExtractor(Extractor):
    """Takes a quarter of a second on any text containing ``SLOW``: a long article, in short."""

    name = "test_slow"
    produces = (Money,)

    def extract(self, document: Document) -> Iterator[Money]:
        if "SLOW" in document.text:
            time.sleep(0.25)
        yield from ()
