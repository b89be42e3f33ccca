"""A sentence's subject ends where its own verb starts: a word English has only as a past form
or an adverb right after a name or a head noun ('Obama took Republican leaders to task, saying
...') is no part of the speaker mention a later participle shares (issue 15)."""

from __future__ import annotations

from quote_speakers import speakers

from newsparse._data.non_name_words import NON_NAME_WORDS
from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor

PAST_FORMS = sorted(word for word in NON_NAME_WORDS if word.endswith("ed") and len(word) > 4)


def _mentions(text: str) -> list[str | None]:
    found = QuoteExtractor().extract(Document(text))
    return [
        None if q.speaker_span is None else text[q.speaker_span.start : q.speaker_span.end]
        for q in found
    ]


def test_an_irregular_past_form_ends_the_named_subject() -> None:
    text = (
        "Obama took Republican leaders to task for refusing to meet Garland, saying the "
        '"Senate should do its constitutional job."'
    )
    assert speakers(text) == ["Obama"]


def test_a_past_form_ends_a_described_subject() -> None:
    text = 'The suspect nodded his head and wrote a note, saying he "acted alone."'
    assert speakers(text) == ["The suspect"]


def test_every_past_form_after_a_name_ends_the_mention() -> None:
    """Every form of the table is asked, not a sample of it."""
    text = 'Ann Lee {} Republican leaders on Monday, saying the "Senate should act."'
    assert [verb for verb in PAST_FORMS if _mentions(text.format(verb)) != ["Ann Lee"]] == []
