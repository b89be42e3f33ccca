"""The dateline: place, agency and date from the opening of a story.

``extractor`` holds the extractor class; the other modules each do one part of its job.
"""

from newsparse.extractors.datelines.extractor import DatelineExtractor

__all__ = ["DatelineExtractor"]
