"""Who a name scraped together with a web page's related links stands for.

Some sites link each name a story gives to a box of the person's full name and recent headlines,
closed by 'MORE'; scraped, the box runs into the sentence: 'Rep. Adam Schiff Adam Bennett
SchiffGraham: Senate trial ... in first public impeachment hearing MORE (D-Calif.) said ...'.
The subject the cue finder reads before 'said' then ends on the box ('... hearing MORE'), not on
the name. The box is known by its full name's last word run into the first headline
('SchiffGraham') after the same word as the story wrote it ('Adam Schiff'): the speaker is the
name the story wrote, which ends on that word before the box.
"""

from __future__ import annotations

import re

from newsparse.regex_cache import compiled
from newsparse.span import Span

_CLOSE = "MORE"  # the word that closes a box, in capitals
_BOX_REACH = 600  # characters back from its close a box may open
_NAME_REACH = 80  # characters back from the run-in word the story's own name may end
#: A surname run into the next headline's first word: 'SchiffGraham', 'CuomoGroup'.
_RUN_IN = compiled(r"\b([A-Z][a-z]+)(?=[A-Z][a-z])")
#: A capitalised run ending on a given word: 'Rep. Adam Schiff'.
_NAME_BEFORE = r"((?:[A-Z][\w.'’-]*[ \t]+){{0,3}}{word})[ \t]+\S*$"


def boxed_name(text: str, mention: Span) -> Span | None:
    """The name a speaker mention ending on a box's 'MORE' stands for, or None when the
    mention ends on no box or the box's name cannot be found (see the module)."""
    if not text.endswith(_CLOSE, mention.start, mention.end):
        return None
    lo = max(0, mention.end - _BOX_REACH)
    lo = max(lo, text.rfind(_CLOSE, lo, mention.end - len(_CLOSE)) + 1)  # a box before it
    for run_in in _RUN_IN.finditer(text, lo, mention.end):
        word = run_in.group(1)
        before = max(0, run_in.start() - _NAME_REACH)
        written = text.rfind(word, before, run_in.start())
        if written < 0 or text[written + len(word) : written + len(word) + 1] not in " \t":
            continue
        name = re.search(
            _NAME_BEFORE.format(word=re.escape(word)), text[before : written + len(word) + 1]
        )
        if name is not None:
            return Span(before + name.start(1), before + name.end(1))
    return None
