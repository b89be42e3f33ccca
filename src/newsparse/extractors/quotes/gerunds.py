"""The speaker of a cue in -ing after a preposition: the subject of the clause it hangs from.

A gerund after 'by', 'after', 'in', 'while', 'despite', 'instead of' and the like has no
subject of its own: whoever does what the main clause says also does it. After the main clause,
that is the sentence's subject, however far before ('Trump has been the most aggressive in the
Republican field in denouncing the mainstream media', 'Mrs. Clinton has gone further than Mr.
Obama on Syria by proposing that ...'); opening the sentence, or its clause after a colon or a
dash, it is the subject that opens the words after the phrase's comma ('By offering Kasich the
second spot on the ticket, Trump hoped ...', 'Now, after arguing that ..., his team ...', 'It
backfired: By refusing to admit any fault, Trump ...'). After 'with', the gerund's subject
stands between them: 'with polls showing a tightening race', 'with 87 percent viewing him
favorably', 'with Trump calling for a ban'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse._data.reporting_verbs import OPENER_WORDS, SPEAKER_STOPS
from newsparse.extractors.quotes.cues import names_someone, opening_subject, with_subject
from newsparse.regex_cache import compiled
from newsparse.span import Span

# prepositions and subordinators a gerund of the main clause's subject follows
_BLANKS = "[ \t\xa0]+"  # a no-break space too: 'After\xa0blasting'
_PREPOSITIONS = [
    *"by after before while since without in upon when through despite besides".split(),
    f"instead{_BLANKS}of",
]
_PREPOSITION_BEFORE = compiled(
    rf"(?<![\w-])({'|'.join(_PREPOSITIONS)}){_BLANKS}(?:[a-z]+ly{_BLANKS})?$", re.IGNORECASE
)  # 'in denouncing', 'before abruptly pivoting', 'instead of calling'
# where a sentence's clause may open after its start: a colon, a semicolon or a dash ('In this
# case, it backfired: By refusing to ...', 'WASHINGTON ― After bragging for a year ...')
_CLAUSE_OPENINGS = ":;―—–"
_PREPOSITION_REACH = 24  # characters read back for the preposition
_WORD = compiled(r"[^\W_][\w’'-]*")
_OPENING_LEADS = OPENER_WORDS | frozenset(("and", "but", "yet", "so", "even", "just"))
# an opening phrase longer than _MAX_PHRASE_CHARS is not read through, and _SUBJECT_REACH
# characters after its comma are read for the subject: together no more than the 200 that
# opening_subject reads back
_MAX_PHRASE_CHARS = 120
_SUBJECT_REACH = 80
# 'with' and up to _MAX_WITH_WORDS words of its subject, no mark among them, before a gerund
_MAX_WITH_WORDS = 6
_WITH = compiled(
    rf"(?<![\w-])[Ww]ith[ \t]+((?:[^\s,;:.()\"“”]+[ \t]+){{0,{_MAX_WITH_WORDS - 1}}}"
    r"[^\s,;:.()\"“”]+)[ \t]+$"
)
_WITH_REACH = 80  # characters read back for it


def gerund_subject(
    text: str, cue: Span, sentence: Span, skip: Sequence[Span], skip_starts: Sequence[int]
) -> Span | None:
    """The speaker of a cue in -ing after a preposition or after 'with' and its subject; None
    for any other cue. Quoted ``skip`` spans are not read for the subject."""
    if not text.endswith("ing", cue.start, cue.end):
        return None
    return _preposition_subject(text, cue, sentence, skip, skip_starts) or _with_subject(
        text, cue, sentence
    )


def _preposition_subject(
    text: str, cue: Span, sentence: Span, skip: Sequence[Span], skip_starts: Sequence[int]
) -> Span | None:
    """The subject of the clause a gerund just after a preposition hangs from, when it names
    someone; None for any other gerund."""
    found = _PREPOSITION_BEFORE.search(
        text, max(sentence.start, cue.start - _PREPOSITION_REACH), cue.start
    )
    if found is None:
        return None
    opening = max(text.rfind(mark, sentence.start, found.start()) for mark in _CLAUSE_OPENINGS)
    clause = sentence.start if opening < 0 else opening + 1
    lead = _WORD.findall(text, clause, found.start())
    if all(word.lower() in _OPENING_LEADS for word in lead):  # the phrase opens its clause
        comma = text.find(",", cue.end, min(sentence.end, cue.end + _MAX_PHRASE_CHARS))
        if comma < 0 or found.start() - clause > _MAX_PHRASE_CHARS:
            return None
        # the subject opens what follows the phrase's comma: 'Now, after arguing ..., his team'
        end = min(sentence.end, comma + _SUBJECT_REACH)
        speaker = opening_subject(text, Span(comma + 1, sentence.end), end, skip, skip_starts)
    else:
        speaker = opening_subject(text, sentence, found.start(), skip, skip_starts)
    return speaker if speaker is not None and names_someone(text, speaker) else None


def _with_subject(text: str, cue: Span, sentence: Span) -> Span | None:
    """The subject between 'with' and a gerund: a phrase naming someone, as quote cues read it
    ('with spokesman Nicholas Burns saying'), or else a plain one with no preposition or
    conjunction in it ('with polls showing', 'with 42% preferring Trump'; not 'With his
    campaign buffeted by criticism and denying ...')."""
    named = with_subject(text, cue, sentence)
    if named is not None:
        return named
    lo = max(sentence.start, cue.start - _WITH_REACH)
    found = None if text.find("ith", lo, cue.start) < 0 else _WITH.search(text, lo, cue.start)
    if found is None:  # (the pattern is tried at each character: a plain look for 'with' first)
        return None
    words = _WORD.findall(text, found.start(1), found.end(1))
    if any(word.lower() in SPEAKER_STOPS for word in words):
        return None
    return Span(found.start(1), found.end(1))
