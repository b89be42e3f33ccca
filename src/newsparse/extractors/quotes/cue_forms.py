"""Where the cue verbs' unlisted forms credit a quote: only in an attribution's own shape.

The cue tables list the forms of each verb that news uses; the other inflected forms of the same
verbs ('shouting' beside 'shouted', 'stating' beside 'stated', 'pled' beside 'pleaded') come
from lemminflect (``CUE_VERB_FORMS`` in :mod:`newsparse._data.reporting_verbs`) instead of a form
added per miss. Read anywhere in a sentence, as the listed forms are, they would credit the scare
quotes of a narrative clause ('progressives are slamming "CEOs"', 'hailing the first victory in
his fight against "sanctuary cities"'), whose subject judges rather than speaks. So they credit
words only where the form and the quote touch, as attributions set them:

- the form introduces the quote after a comma, a colon or 'that': 'Mark McCloskey is heard
  yelling: "Get out."', 'the rulebook clearly stating that "players shall not ..."';
- the form closes an attribution set right after the quote, with at most a few words (the
  speaker) between: '"I can't breathe," pled George Floyd', '"Why are we turning?" Sanchez remembered wondering'.
"""

from __future__ import annotations

import re

from newsparse.span import Span

# the form, a comma, a colon or 'that', then an opening mark ('slamming "CEOs"' names a term)
_INTRODUCES = re.compile(r"(?:[ \t]*[,:]|[ \t]+that)[ \t]*(?:``|[\"“«‘'])")
# a quote's end (a comma, '?' or '!' at its closing mark; a stop ends a sentence), then up to five plain words
# (the speaker) up to the form; a term's closing mark ('"Bernie-or-Bust" voters are') is none
_CLOSES = re.compile(
    r"(?:[,?!](?:''|[\"”»’'])|(?:''|[\"”»’']),)[ \t]*(?:[^\W\d_][\w.’'-]*[ \t]+){0,5}$"
)
_LEAD = 80  # characters read back for a closing mark


def attributes(text: str, cue: Span) -> bool:
    """Whether the cue form ``cue`` touches a quote as an attribution does: an opening mark
    right after it and its comma, colon or 'that', or a quote's end shortly before it with only
    a few words between."""
    if _INTRODUCES.match(text, cue.end) is not None:
        return True
    return _CLOSES.search(text, max(0, cue.start - _LEAD), cue.start) is not None
