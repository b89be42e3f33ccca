"""Money amounts: value and ISO 4217 currency, with ranges, qualifiers and units.

``extractor`` holds the extractor class; the other modules each do one part of its job.
"""

from newsparse.extractors.money.extractor import MoneyExtractor

__all__ = ["MoneyExtractor"]
