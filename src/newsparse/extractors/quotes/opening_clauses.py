"""Where a report ends when its cue is in a subordinate clause that opens the sentence.

'Although Smith said the plan would fail, the council approved it', 'When Trump suggested that
Cuba would sue, Rubio fired back', 'Because the governor denied the request, the city sued':
the clause a subordinator opens ends at its comma, and with it what its cue reports; the words
after the comma are the main clause, no part of the report. 'As' is left out: 'As Smith noted,
the plan failed' reports the main clause itself.
"""

from __future__ import annotations

from newsparse._data.reporting_verbs import SUBORDINATORS
from newsparse.regex_cache import compiled
from newsparse.span import Span

_OPENERS = SUBORDINATORS - {"as"}
_FIRST_WORD = compiled(r"[\W_]*([^\W_][\w’'-]*)")
_COMMA = compiled(r",(?![0-9])")  # not a number's: 'announced 6,000 layoffs, ...'


def opening_clause_end(text: str, sentence: Span, cue: Span, reach: int) -> int | None:
    """The comma closing the subordinate clause that opens ``sentence`` when ``cue`` is in it
    (no comma between the sentence's start and the cue) and the comma is no more than
    ``reach`` characters past the cue; None otherwise."""
    first = _FIRST_WORD.match(text, sentence.start, cue.start)
    if first is None or first.group(1).lower() not in _OPENERS or first.end() > cue.start:
        return None
    if _COMMA.search(text, sentence.start, cue.start) is not None:
        return None  # 'If elected, Smith said ...': the cue is in the main clause
    comma = _COMMA.search(text, cue.end, min(sentence.end, cue.end + reach))
    return None if comma is None else comma.start()
