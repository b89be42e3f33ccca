"""The source and the clause of an 'according to' attribution, read from where it stands.

'according to' names its source after it, up to a comma or the sentence's end ('according to
early results of exit polls conducted for The Associated Press by Edison Research'). Where the
phrase stands in its sentence says which words it reports:

* opening the sentence ('According to Variety, Trump brought ...', 'But according to aides,
  ...'): the clause after the source's comma;
* closing it ('..., according to the Human Rights Campaign.', "That's according to a poll."):
  the words before it, an aside after the source ('..., according to Brian Wieser, an analyst
  at Pivotal.', '..., according to Andrew McCarthy, who prosecuted ...') being the source's,
  and a clause joined on after it ('..., although Carson ...') the writer's;
* inside it, after a few words ('Other cleavages, according to the poll, include ideology',
  'But the next day, according to Roffman, Trump made further demands'): the whole sentence
  it interrupts.

A closing 'according to' also ends the clause of a cue before it in its sentence: in 'Some 59
percent of voters view her unfavorably, according to a poll.' the voters' view is 'her
unfavorably' (the poll's report, all the words before, overlaps it and is not given again:
PolNeAR's train compartment scored a little better without such nested reports).
"""

from __future__ import annotations

from newsparse._data.reporting_verbs import DETERMINERS, OPENER_WORDS, RELATIVE_PRONOUNS
from newsparse.regex_cache import compiled
from newsparse.span import Span

_MAX_SOURCE_WORDS = 25
# the source: up to _MAX_SOURCE_WORDS words, to a comma, colon, semicolon, parenthesis or dash, or
# to the sentence's end ('according to a poll last week - virtually the same as ...')
_SOURCE = compiled(
    rf"[ \t]+([^\W_][^,;:\s(—–]*(?:[ \t]+(?!--?[ \t])[^,;:\s(—–]+){{0,{_MAX_SOURCE_WORDS - 1}}}?)"
    r"[ \t]*(?=[,;:(—–]|--?[ \t]|[.!?]?$)"
)
_WORD = compiled(r"[^\W_][\w’'-]*")
_AFTER_COMMA = compiled(r"[ \t]*,[ \t]*([^\W_][\w’'-]*)?")
# a relative pronoun opens an aside about the source, and so does a determiner after a clause
# of more than _MAX_LEAD words ('The next day, according to aides, the plan ...' goes on)
_MAX_LEAD = 4
# conjunctions joining a clause of the writer's on after the source
_JOINING = frozenset("and but yet although though while whereas".split())
# words that may stand before an opening phrase: 'But according to ...', 'Now, according to'
_OPENING_LEADS = OPENER_WORDS | frozenset(("and", "but", "yet", "or", "so", "also"))
_OPENING_WORDS = 2
_REACH = 200  # characters looked ahead for the comma after 'According to X in Y'


def is_according(text: str, cue: Span) -> bool:
    """Whether the cue is 'according to'."""
    return text.startswith(("according", "According"), cue.start)


def source(text: str, cue: Span, sentence: Span) -> Span | None:
    """The source named after 'according to': the phrase up to a comma or the sentence's end,
    its full stop left out."""
    phrase = _SOURCE.match(text, cue.end, sentence.end)
    if phrase is None:
        return None
    end = phrase.end(1)
    if end == sentence.end and text[end - 1] in ".!?" and end - 1 > phrase.start(1):
        end -= 1
    return Span(phrase.start(1), end)


def clause(text: str, cue: Span, named: Span, sentence: Span) -> tuple[int, int] | None:
    """The bounds of the words an 'according to' cue with source ``named`` reports (untrimmed),
    or None when it opens a sentence with no comma closing its source."""
    if _opening(text, cue, sentence):
        comma = text.find(",", named.end, min(sentence.end, named.end + _REACH))
        return None if comma < 0 else (comma + 1, sentence.end)
    after = _AFTER_COMMA.match(text, named.end, sentence.end)
    if after is None:
        return sentence.start, cue.start  # '..., according to X.'
    word = (after.group(1) or "").lower()
    if (
        word in _JOINING
        or word in RELATIVE_PRONOUNS
        or (word in DETERMINERS and len(_WORD.findall(text, sentence.start, cue.start)) > _MAX_LEAD)
    ):  # '..., according to X, although ...', 'CLAUSE, according to X, an advocacy group.'
        return sentence.start, cue.start
    return sentence.start, sentence.end  # '..., according to X, Trump made ...'


def closing_comma(text: str, cue: Span, sentence: Span) -> int | None:
    """Where the comma before an 'according to' that reports the words before it stands ('...
    view her unfavorably, according to a poll.'); None for any other cue."""
    if not is_according(text, cue):
        return None
    comma = text.rfind(",", sentence.start, cue.start)
    if comma < 0 or text[comma + 1 : cue.start].strip():
        return None
    named = source(text, cue, sentence)
    if named is None:
        return None
    bounds = clause(text, cue, named, sentence)
    return comma if bounds is not None and bounds[1] == cue.start else None


def _opening(text: str, cue: Span, sentence: Span) -> bool:
    """Whether the phrase opens its sentence, but for a conjunction or an adverb: 'But
    according to ...', 'Meanwhile, according to ...' (not "That's according to ...")."""
    if cue.start - sentence.start > _REACH:
        return False
    words = _WORD.findall(text, sentence.start, cue.start)
    return len(words) <= _OPENING_WORDS and all(w.lower() in _OPENING_LEADS for w in words)
