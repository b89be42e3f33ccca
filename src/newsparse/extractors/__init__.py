"""The built-in extractors, one subpackage (or module) each; registered through the same hook as any plugin."""

from __future__ import annotations

from collections.abc import Callable

from newsparse.extractor import Extractor
from newsparse.hookspecs import hookimpl
from newsparse.regex_cache import bundled

# The hundreds of patterns the extractors compile as they are imported are read from one file.
with bundled("extractors"):
    from newsparse.extractors.casualties import CasualtyExtractor
    from newsparse.extractors.datelines import DatelineExtractor
    from newsparse.extractors.dates import DateExtractor
    from newsparse.extractors.money import MoneyExtractor
    from newsparse.extractors.quotes import QuoteExtractor, ReportedSpeechExtractor

BUILTINS: tuple[type[Extractor], ...] = (
    DatelineExtractor,
    DateExtractor,
    MoneyExtractor,
    CasualtyExtractor,
    QuoteExtractor,
    ReportedSpeechExtractor,
)


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    for extractor in BUILTINS:
        register(extractor())
