"""Quotes and who said them, resolved across sentences.

``extractor`` holds the extractor class; the other modules each do one part of its job.
"""

from newsparse.extractors.quotes.extractor import QuoteExtractor

__all__ = ["QuoteExtractor"]
