"""What a cue in a relative clause reports: the noun phrase the clause is about.

A cue that closes its clause with nothing after it but when or where ('a country he doesn't
remember.', 'an offer the leadership rebuffed on Monday') has its object before its subject,
in the noun phrase the relative clause hangs from: 'the off-the-cuff style he prefers',
'something they aren't proposing', 'The plans that countries offered'; or in the relative
pronoun that stands for it ('which Clinton conceded', 'whom Obama mentioned'), which is as
far as the clause goes. A verb of speaking takes its object so only after a relative pronoun
('the remarks that he made'): 'After the debate he said.' reports no debate.
"""

from __future__ import annotations

import re

from newsparse._data.reporting_verbs import (
    CUE_VERBS,
    DETERMINERS,
    SPEAKER_STOPS,
)
from newsparse.regex_cache import compiled
from newsparse.span import Span

_STANDS_FOR = frozenset(("which", "whom", "what"))  # a pronoun that is the object itself
_THAT = "that"
# words that are a whole noun phrase: 'something they aren't proposing'
_INDEFINITES = frozenset("something anything everything nothing much little".split())
_MAX_PHRASE_WORDS = 6  # 'the wide-ranging sex abuse scandal in the Catholic Church' is longer
_WORDS_BEFORE = compiled(r"[^\W_][\w’'-]*|[^\w\s]")
_REACH = 80  # characters read back from the subject for the noun phrase
# words before a noun phrase that make it when or where ('After the debate he agreed'), but not
# 'to' ('to a country he doesn't remember')
_SETTING_WORDS = SPEAKER_STOPS - {"to"}


def relative_object(text: str, cue: Span, speaker: Span, sentence: Span) -> Span | None:
    """The object before ``speaker`` of a cue that closes its relative clause, or None when the
    words before the speaker are no noun phrase or relative pronoun."""
    if speaker.end > cue.start:
        return None
    lo = max(sentence.start, speaker.start - _REACH)
    tokens = list(_WORDS_BEFORE.finditer(text, lo, speaker.start))
    if not tokens:
        return None
    last = tokens[-1].group().lower()
    if last in _STANDS_FOR:
        return Span(tokens[-1].start(), tokens[-1].end())
    relative = last == _THAT
    if relative:
        tokens.pop()
    elif text[cue.start : cue.end].lower() in CUE_VERBS:
        return None
    return _noun_phrase(tokens, relative)


def _noun_phrase(tokens: list[re.Match[str]], relative: bool) -> Span | None:
    """The noun phrase ending the tokens, back to its determiner over words only, or a single
    indefinite ('something'). Without 'that' it must follow a word of the sentence other than a
    preposition or a conjunction: 'The next day he agreed.' and 'After the debate he agreed.'
    open on a time, not an object ('to a country he doesn't remember' is one)."""
    words: list[re.Match[str]] = []
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 1 - _MAX_PHRASE_WORDS), -1):
        token = tokens[index]
        word = token.group()
        lower = word.lower()
        if not word[0].isalnum() or lower in SPEAKER_STOPS:
            return None  # 'the tweeting when Obama speaks', 'a slew of leaders agree'
        words.append(token)
        if lower in DETERMINERS or (len(words) == 1 and lower in _INDEFINITES):
            before = tokens[index - 1].group().lower() if index > 0 else None
            if not relative and (before is None or before in _SETTING_WORDS):
                return None
            return Span(token.start(), words[0].end())
    return None
