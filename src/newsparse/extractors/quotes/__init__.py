"""Quotes and who said them, resolved across sentences.

``extractor`` holds the quotes extractor class and ``reported`` the reported-speech one; the
other modules each do one part of their job.
"""

from newsparse.extractors.quotes.extractor import QuoteExtractor
from newsparse.extractors.quotes.reported import ReportedSpeechExtractor

__all__ = ["QuoteExtractor", "ReportedSpeechExtractor"]
