"""What the casualty tests compare: each written finding's kind and count, in text order."""

from __future__ import annotations

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def written(text: str, *, subsets: bool = True) -> list[tuple[str, int | None]]:
    """Findings the text states (not inferred), optionally without the parts of a count."""
    return [
        (f.kind, f.count)
        for f in EXTRACTOR.extract(Document(text))
        if not f.inferred and (subsets or not f.subset)
    ]
