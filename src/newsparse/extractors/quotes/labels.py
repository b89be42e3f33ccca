"""A speaker's label in capitals opening a line of a transcript or a fact check.

Transcripts and fact checks set each speaker's words on a line of their own, after the speaker's
name in capitals and a colon: 'TRUMP: “We have to open up our country.”', 'OBAMA: "I want to go
over the symptoms"', 'TRUMP on the death rate: “...”' (what the words were about, in lower case,
may stand between), or, where the whole exchange is quoted, inside the marks: '"RAMOS: Secretary
Clinton, did you lie to them?'. No verb of saying credits the words; the label does.

A rubric in capitals opens such a line as well ('THE FACTS: ...', 'FILE PHOTO: ...'). What tells
a speaker's label from one is the story itself: the label's last word is a name it writes, in
title case, within a sentence ('Trump', 'Ramos'), as a rubric's is not; or, inside the marks, a
transcript's turns: the label opens another quoted line too ('"WALLACE: ...' ... '"WALLACE: ...').
"""

from __future__ import annotations

import re

from newsparse.extractors.quotes.marks import Quoted
from newsparse.regex_cache import compiled
from newsparse.span import Span

#: One to four words in capitals, a title maybe among them ('GOP SEN. ALEXANDER').
_CAPITALS = r"[A-Z][A-Z.’'-]*[A-Z](?:[ \t]+[A-Z][A-Z.’'-]*[A-Z]){0,3}"
#: A line's label before the opening mark: the capitals, maybe what the words are about in
#: lower case ('TRUMP on the death rate'), then the colon.
_BEFORE = compiled(rf"[ \t]*({_CAPITALS})(?:,?[ \t]+[a-z][^:\n\"“”]{{0,60}})?:[ \t]*")
#: A label right inside the opening mark: '"RAMOS: Secretary Clinton, ...'.
_INSIDE = compiled(rf"({_CAPITALS}):[ \t]")
#: What may stand before a name written within a sentence: a word or a comma, not a sentence's
#: end, a line's start or a quote mark.
_WITHIN = compiled(r"[\w,)][ \t]+$")


def speaker_label(text: str, quoted: Quoted) -> Span | None:
    """The label that credits the stretch, or None (see the module). Most stretches follow
    no colon and open on no capital pair, and are passed over before any pattern is tried."""
    start = quoted.span.start
    before = quoted.open_mark
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    inside = False  # the label right inside the opening mark, a turn of a quoted exchange
    if before > 0 and text[before - 1] == ":":
        line = text.rfind("\n", 0, before) + 1
        label = _BEFORE.fullmatch(text, line, quoted.open_mark)
    elif text[start : start + 2].isupper() and (before == 0 or text[before - 1] == "\n"):
        label = _INSIDE.match(text, start, quoted.span.end)
        inside = True
    else:
        return None
    if label is None:
        return None
    name = label.group(1)
    if not _written_as_a_name(text, name.split()[-1]) and not (
        inside and _takes_turns(text, name, quoted.open_mark)
    ):
        return None  # a rubric: no name the story writes, nor a turn of an exchange
    return Span(label.start(1), label.end(1))


def _takes_turns(text: str, name: str, mark: int) -> bool:
    """Whether the label opens another line of quoted words than the one at ``mark``."""
    turn = f"{name}:"
    at = text.find(turn)
    while at >= 0:
        if at != mark + 1 and text[at - 1 : at] in ('"', "“") and text[at - 2 : at - 1] in "\n ":
            return True
        at = text.find(turn, at + len(turn))
    return False


def _written_as_a_name(text: str, word: str) -> bool:
    """Whether the story writes ``word`` ('TRUMP', 'SEN.', 'DESANTIS') as a name within a
    sentence: capitalised, not all in capitals ('Trump', 'DeSantis', 'McConnell')."""
    name = word.strip(".’'")
    if len(name) < 2:
        return False
    for written in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
        found = written.group()
        if (
            found[0].isupper()
            and not found.isupper()
            and _WITHIN.search(text, max(0, written.start() - 40), written.start())
        ):
            return True
    return False
