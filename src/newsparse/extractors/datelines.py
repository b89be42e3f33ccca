"""The built-in ``datelines`` extractor.

A registered stub until its own issue lands: it declares what it produces and finds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.findings import Dateline, DateMention


class DatelineExtractor(Extractor):
    name = "datelines"
    version = "0.0.0"
    produces = (
        Dateline,
        DateMention,
    )

    def extract(self, document: Document) -> Iterator[Dateline]:
        yield from ()
