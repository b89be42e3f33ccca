"""What the quote-speaker tests compare: each quote's speaker, in text order."""

from __future__ import annotations

from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor


def speakers(text: str) -> list[str | None]:
    """The speaker the quotes extractor gives each quote of ``text``."""
    return [quote.speaker for quote in QuoteExtractor().extract(Document(text))]
