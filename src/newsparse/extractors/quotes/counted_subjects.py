"""A subject that opens on a count or an adjective before lower-case words ('Three senators',
'Local farmers', 'Some legal experts', 'Some of his supporters'): its first word is capitalised
for opening the sentence, not for being a name, so the speaker is the phrase up to its head
noun, never that first word alone ('Three', 'Local').

A count is a number word or a determiner ('one', 'several', 'many', 'some'); an adjective is any
word lemminflect's tables read as one (:mod:`newsparse._data.adjective_words`). A surname that
is also an adjective ('Young', 'Brown') stands alone or before other capitalised words ('Young
said', 'Brown University officials'), never before a lower-case noun for people.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsparse._data.adjective_words import ADJECTIVES
from newsparse._data.non_name_words import NON_NAME_WORDS
from newsparse._data.reporting_verbs import DETERMINERS, SPEAKER_STOPS
from newsparse.numbers import parse_number

_MAX_HEAD_INDEX = 5  # 'Sixty-one percent of black voters'


def counted_head(words: Sequence[str], is_head: Callable[[str], bool]) -> int | None:
    """Where the head noun of ``words``, a subject phrase, stands when the phrase opens on a
    capitalised count or adjective and lower-case words lead to that head ('Three senators'
    -> 1, 'Some of his supporters' -> 3, 'Two police officers' -> 2: a head noun after it
    is the head); None for any other phrase ('Young', 'White House aides', 'Some departments'
    when ``is_head`` knows no 'departments')."""
    first = words[0] if words else ""
    if not first[:1].isupper() or not first[1:].islower():
        return None  # 'THREE', 'McCain'
    lower = first.lower()
    if lower not in DETERMINERS and lower not in ADJECTIVES and parse_number(lower) is None:
        return None
    for index in range(1, min(len(words), _MAX_HEAD_INDEX + 1)):
        word = words[index]
        if not word[:1].islower():
            return None  # 'Local 32 members', 'Three Republican senators'
        if word in NON_NAME_WORDS or (word in SPEAKER_STOPS and word != "of"):
            return None  # a verb or a clause before any head: 'Detailed tests led experts'
        if is_head(word):
            while index + 1 < len(words) and is_head(words[index + 1]):
                index += 1  # 'Two police officers', 'Some county residents'
            return index
    return None
