"""newsparse-seizures: drug and weapons seizures in news text, with quantities in normal units.

``2 tonnes of cocaine worth $30 million`` -> a ``seizures`` finding: cocaine, 2000 kg, 30000000 USD.
"""

from __future__ import annotations

from collections.abc import Callable

from newsparse import Extractor, hookimpl

from newsparse_seizures.extractor import Seizure, SeizureExtractor

__all__ = ["Seizure", "SeizureExtractor"]


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Hand newsparse the seizures extractor."""
    register(SeizureExtractor())
