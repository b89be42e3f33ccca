"""A subject that is a share of people: '42% say', 'only 7 percent said', 'more than half of
white women preferred', 'about 6 in 10 white men supported', 'many economists applaud'.

Polls report what a share of the people asked think or back, and the share is the subject: a
number, a percentage ('42%', '57 percent'), a fraction ('half', 'two-thirds', 'a third', '6 in
10'), 'a majority' or 'most' and 'many' before a plural, maybe after a word that bounds or
rounds it ('about', 'more than', 'fewer than', 'only', 'just'), and maybe with 'of' and whom
it counts ('of all voters', 'of the voters surveyed'), ending on a plural ('voters', 'men') or
on the share itself. The phrase names no one, so the readers of names pass it by; it is read
only for a cue left without a speaker, and is the speaker only when it opens its clause (after
the sentence's start, a mark, a conjunction or 'that'), with no verb or pronoun among its words
and nothing but auxiliaries and adverbs between it and the cue ('many party members strongly
oppose'). A cue in -ing is no verb of the share's ('voters backing Ruiz'), a verb after a modal
says what is to come to them ('91% will see a tax cut'), and a verb whose object comes first
('asked', 'told') says what was done to them.
"""

from __future__ import annotations

import re

from newsparse._data.reporting_verbs import (
    CLAUSE_CONTINUATIONS,
    DETERMINERS,
    OBJECT_FIRST_VERBS,
    PLURAL_NOUNS,
    PRONOUN_GENDER,
    SPEAKER_STOPS,
    SUBORDINATORS,
)
from newsparse.regex_cache import compiled
from newsparse.span import Span

# a number with its thousands' commas is one word ('50,000'), a lone comma a mark
_WORD = compiled(r"\d[\d,.]*\d%?|[^\W_][\w’'%-]*|[,;:(—–]")
_MAX_WORDS = 12  # words read back from the cue
_REACH = 120  # characters read back for them
# what may stand between the share and the cue: auxiliaries, 'not', and adverbs in -ly
_BETWEEN = CLAUSE_CONTINUATIONS - frozenset(("and", "or")) | frozenset(
    "not also still now already often never always".split()
)
# words a share may open on, bounding or rounding it
_BOUNDS = frozenset(
    "about nearly almost roughly only just some around over under approximately".split()
)
_COMPARED = frozenset(("more", "fewer", "less"))  # 'more than half'
_FRACTIONS = frozenset(
    "half third thirds quarter quarters fifth fifths majority majorities plurality".split()
)
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    sixty seventy eighty ninety hundred""".split()
)
_PERCENT = frozenset(("%", "percent", "per", "cent"))
_PLURAL_QUANTIFIERS = frozenset(("many", "most"))
# what every share holds, looked for before its words are read: a digit or a share's word,
# whole ('two-thirds'; not 'someone', 'halfway', 'mostly', which no share opens on)
_HINT = compiled(
    r"\d|\b(?:" + "|".join(sorted(_FRACTIONS | _NUMBER_WORDS | _PLURAL_QUANTIFIERS)) + r")\b",
    re.IGNORECASE,
)
_PRONOUNS = PRONOUN_GENDER.keys() | frozenset(("you", "i", "we"))
_MODALS = frozenset("will would can could may might should must shall".split())
# words no subject ends on: 'to' of an infinitive, a preposition, a determiner ('of those')
_NOT_LAST = SPEAKER_STOPS | DETERMINERS | frozenset(("those", "them", "these"))
# words that open the clause the share is the subject of, besides marks and the sentence start
_OPENERS = SUBORDINATORS | frozenset("and but yet that who whom which where whereas".split())


def share_subject(text: str, cue: Span, sentence: Span) -> Span | None:
    """The share of people opening the clause of ``cue`` as its subject, or None."""
    verb = text[cue.start : cue.end].lower()
    if verb.endswith("ing") or verb in OBJECT_FIRST_VERBS:
        return None  # 'those polled backing ...', 'voters asked for IDs': no verb of theirs
    lo = max(sentence.start, cue.start - _REACH)
    if _HINT.search(text, lo, cue.start) is None:
        return None  # no number nor word of a share before the cue: most cues have none
    words = list(_WORD.finditer(text, lo, cue.start))[-_MAX_WORDS:]
    end = len(words)
    while end and _between(words[end - 1].group().lower()):
        if words[end - 1].group().lower() in _MODALS:
            return None  # '91% will see a tax cut': what is to come to them, not a stance
        end -= 1
    if not end:
        return None
    for start in range(end - 1, -1, -1):
        word = words[start].group().lower()
        if word in ",;:(—–" or word in _OPENERS:
            return _share(words[start + 1 : end])
    if words[0].start() == sentence.start or _WORD.search(text, sentence.start, lo) is None:
        return _share(words[:end])
    return None


def _between(word: str) -> bool:
    """Whether ``word`` (lower case) may stand between a subject and its verb."""
    return word in _BETWEEN or word.endswith("ly")


def _share(words: list[re.Match[str]]) -> Span | None:
    """The phrase of ``words`` when it is a share of people, else None."""
    low = [word.group().lower() for word in words]
    index = 0
    if low[:1] and low[0] in _BOUNDS:
        index = 1
    elif low[:2] and low[0] in _COMPARED and low[1:2] == ["than"]:
        index = 2
    size = _quantity(low[index:]) if index < len(low) else 0
    if not size:
        return None
    if low[-1] in _NOT_LAST or any(word in _BETWEEN or word in _PRONOUNS for word in low):
        return None  # a verb or a clause in it ('many seem to', 'the money you'), or no head
    if len(low) > index + size and not _people_head(low[-1]):
        return None  # '0.17% chief executive', 'half the money': not a share of people
    return Span(words[0].start(), words[-1].end())


def _people_head(word: str) -> bool:
    """Whether ``word`` (lower case) can end a share of people: a plural ('voters', 'men'),
    or a word of the share itself ('percent', '42%', '10')."""
    if word.endswith(("s", "%")) or word[-1:].isdigit():
        return True  # 'voters', '42%', '6 in 10'
    return word in PLURAL_NOUNS or word in _PERCENT


def _quantity(low: list[str]) -> int:
    """How many of ``low`` (lower-case words) a share opening them spans: a number or a
    percentage, a fraction, 'N in M', or 'many'/'most' before more words; 0 for none."""
    first, rest = low[0], low[1:]
    if first in ("a", "an") and rest[:1] and rest[0] in _FRACTIONS:
        return 2  # 'a majority', 'a third'
    if first in _FRACTIONS or first.split("-")[-1] in _FRACTIONS:
        return 1  # 'half', 'two-thirds', 'majorities'
    if first in _PLURAL_QUANTIFIERS:
        return 1 if rest else 0  # 'many economists', 'most of them'; not 'many' alone
    if not first[:1].isdigit() and first not in _NUMBER_WORDS:
        return 0
    if first.endswith("%"):
        return 1
    if rest[:1] and rest[0] in _PERCENT:
        return 3 if rest[:2] == ["per", "cent"] else 2  # '57 percent'
    return 3 if rest[:2] and rest[0] == "in" and len(rest) > 1 else 0  # '6 in 10'
