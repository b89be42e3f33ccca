"""The built-in ``quotes`` extractor.

A registered stub until its own issue lands: it declares what it produces and finds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.findings import Quote


class QuoteExtractor(Extractor):
    name = "quotes"
    version = "0.0.0"
    produces = (Quote,)

    def extract(self, document: Document) -> Iterator[Quote]:
        yield from ()
