"""The built-in ``money`` extractor.

A registered stub until its own issue lands: it declares what it produces and finds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.findings import Money


class MoneyExtractor(Extractor):
    name = "money"
    version = "0.0.0"
    produces = (Money,)

    def extract(self, document: Document) -> Iterator[Money]:
        yield from ()
