"""Where the clause told or asked opens after its listener, when no 'that' marks it.

A verb of telling or asking has who heard it before what was said: 'told her she did not need
talking points', 'tells audiences she may be prosecuted', 'tell pollsters they have a negative
view of him', 'asked former Attorney General Eric Holder whether he had thoughts on it'. No
list of listeners can hold every one, but the clause after them opens on a subject pronoun or
a question word, which a listener's noun phrase never holds: the listener is the few words
before it, none of them a verb, a clause word or a mark, and the clause starts at that word.
'told the story he had heard' reads the same way, the story as listener; a pronoun after a
single possessive ('told her story') is no clause's, as no pronoun follows it.
"""

from __future__ import annotations

from newsparse._data.reporting_verbs import CLAUSE_CONTINUATIONS, QUESTION_WORDS, SPEAKER_STOPS
from newsparse.extractors.quotes.postmodifiers import looks_verbal
from newsparse.regex_cache import compiled

# the words a told clause opens on: a subject pronoun or a question word ('whether', 'how'),
# not 'who' nor 'which', which after a noun open a relative clause as often ('told voters who
# had waited for hours')
_CLAUSE_STARTS = frozenset("he she they we i it".split()) | (QUESTION_WORDS - {"which", "who"})
# words no listener holds: verbs of being, auxiliaries and modals, 'that' and 'to' (read
# elsewhere: 'told her that ...', 'asked her to call'), relative words, 'not', and any
# preposition but 'of' (a pronoun after one is its object: 'asked about it in an interview')
_NOT_LISTENER_WORDS = (
    CLAUSE_CONTINUATIONS
    | (SPEAKER_STOPS - {"of"})
    | frozenset(("that", "to", "which", "who", "not"))
)
_MAX_LISTENER_WORDS = 7  # 'The Star-Ledger of Newark last week'
_WORD = compiled(r"[^\W_][\w’'.-]*|[^\w\s]")


def clause_after_listener(text: str, start: int, end: int) -> int | None:
    """Where the clause opens after the listener that follows a verb of telling or asking at
    ``start`` (up to ``end``): at the first subject pronoun or question word after one to
    ``_MAX_LISTENER_WORDS`` words of listener; None when a mark, a verb or a clause word comes
    first, or none comes in reach."""
    for index, word in enumerate(_WORD.finditer(text, start, end)):
        token = word.group()
        lower = token.lower()
        if index > 0 and lower in _CLAUSE_STARTS:
            return word.start()
        if (
            index >= _MAX_LISTENER_WORDS
            or not token[0].isalnum()
            or lower in _NOT_LISTENER_WORDS
            or looks_verbal(token)
        ):
            return None
    return None
