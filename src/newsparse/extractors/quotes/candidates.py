"""What both quote extractors start from, found once per document.

``quotes`` and ``reported_speech`` both read a document's quoted stretches and its speech cues
with their speakers, and finding those is a third of the work of either. An extractor sees only
the :class:`~newsparse.document.Document`, a frozen model of the text and its findings, so the
candidates are not stored there: they are this package's working, not findings, and neither the
model nor the pipeline should know them. Instead the last document's candidates are kept here,
and when both extractors read a document, the second takes what the first found. Only the last
text of each thread is kept, so memory stays flat on a stream and threads never share a memo; a
value is stored once whole, so a time limit that cuts a search short leaves nothing half-made.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from newsparse.document import Document
from newsparse.extractors.quotes.cues import Cue, find_cues
from newsparse.extractors.quotes.marks import Quoted, quoted_stretches
from newsparse.span import Span


class _Last(threading.local):
    """The candidates found in the last text read by this thread."""

    def __init__(self) -> None:
        # Held, so that an identity test against it can never match a new text at its address.
        self.text: str | None = None
        self.stretches: tuple[Quoted, ...] | None = None
        self.skip: tuple[Span, ...] | None = None
        self.cues: tuple[Cue, ...] = ()


_LAST = _Last()


def _for(document: Document) -> _Last:
    if _LAST.text is not document.text:
        _LAST.text, _LAST.stretches, _LAST.skip, _LAST.cues = document.text, None, None, ()
    return _LAST


def stretches_of(document: Document) -> tuple[Quoted, ...]:
    """:func:`~newsparse.extractors.quotes.marks.quoted_stretches` of the document."""
    last = _for(document)
    if last.stretches is None:
        last.stretches = tuple(quoted_stretches(document.text, document.paragraphs))
    return last.stretches


def cues_of(document: Document, skip: Sequence[Span]) -> tuple[Cue, ...]:
    """:func:`~newsparse.extractors.quotes.cues.find_cues` of the document's sentences, outside
    the ``skip`` spans.

    Each extractor skips its own choice of quoted stretches (``quotes`` reads a nickname's marks
    as no quote); where the choices differ, the cues of the one asked last are kept, and those
    of the other are let go before the search, so two sets are never held at once.
    """
    last = _for(document)
    key = tuple(skip)
    if last.skip != key:
        last.skip, last.cues = None, ()
        last.cues = tuple(find_cues(document.text, document.sentences, key))
        last.skip = key
    return last.cues
