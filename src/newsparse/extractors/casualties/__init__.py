"""Casualty counts: killed, injured, missing, kidnapped... and how many.

``extractor`` holds the extractor class; the other modules each do one part of its job.
"""

from newsparse.extractors.casualties.extractor import CasualtyExtractor

__all__ = ["CasualtyExtractor"]
