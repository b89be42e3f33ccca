"""The built-in ``casualties`` extractor.

A registered stub until its own issue lands: it declares what it produces and finds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.findings import Casualty


class CasualtyExtractor(Extractor):
    name = "casualties"
    version = "0.0.0"
    produces = (Casualty,)

    def extract(self, document: Document) -> Iterator[Casualty]:
        yield from ()
