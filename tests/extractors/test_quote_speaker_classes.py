"""Quote speakers of the error classes pool-g showed on news nobody tuned to (issue 15): a
body described by a word any body may take ('the panel', 'the agency'), a cue verb of
comment, a name whose gender only the narrative's own pronoun tells, and a bare plural
subject ('officers')."""

from __future__ import annotations

from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in QuoteExtractor().extract(Document(text))]


def test_a_comment_cue_names_its_speaker() -> None:
    text = (
        "Crime has risen in the state for a decade.\n\n"
        '"The system has collapsed. Nothing works," commented Uttam Sengupta, editor of the '
        "local paper."
    )
    assert speakers(text) == ["Uttam Sengupta"]
