"""Where a cue in -ing inside its sentence's subject stops reporting: at the sentence's verb.

A stance cue in -ing right after a noun phrase that opens its sentence is part of that phrase,
a relative clause without its 'who' ('Activists opposing the tax gathered outside the court',
'A group supporting the losing candidate has filed a lawsuit', 'The head of the PAC backing
Bush, Mike Murphy, praised the donor'). It reports its object, and the sentence then goes on
with its own verb, which is no part of what was reported: read to the sentence's end, the
clause would swallow that verb, and a cue there ('Voters backing Smith said they ...') would
lose its own clause.

The object ends where the sentence's verb begins, told by its form: an auxiliary or a modal
('has', 'were', "didn't", 'will'), or a past form English has only as a verb (lemminflect's,
:mod:`newsparse._data.non_name_words`) in -ed or of a cue verb ('gathered', 'said'); not after
a determiner ('a detailed audit'), 'to' ('to do so') or a conjunction ('shot and killed': the
verb before it went unseen), nor before 'by' ('a forum sponsored by ...'). No verb is looked
for past a subordinator ('once', 'after': a clause with verbs of its own) or past
_MAX_OBJECT_WORDS words, and a past cue verb the sentence ends on is its own attribution
('..., police said.').

The phrase is the sentence's subject only with no such verb before the cue ('Protesters carried
signs calling ...' reads to the end) and no 'with' ('with polls showing Smith ahead' is a
clause of its own). A determiner, a possessive or an adjective just before the form makes it a
noun ('The warning came', 'Social distancing is'). A verb of saying ('saying', 'claiming')
reports a clause whose verb cannot be told from the sentence's ('Officials saying the plan will
fail were ignored'), and so does an object opening on 'that' or 'if': those are left as they
are. Stance verbs ('backing', 'seeking') and verbs whose object comes first ('calling',
'urging') take a noun phrase.
"""

from __future__ import annotations

from newsparse._data.adjective_words import ADJECTIVES
from newsparse._data.non_name_words import NON_NAME_WORDS
from newsparse._data.reporting_verbs import (
    CLAUSE_CONTINUATIONS,
    CUE_VERBS,
    DETERMINERS,
    OBJECT_FIRST_VERBS,
    PRONOUN_GENDER,
    SUBORDINATORS,
)
from newsparse.extractors.casualties.people import is_person
from newsparse.regex_cache import compiled
from newsparse.span import Span

_WORD = compiled(r"[^\W_][\w’'-]*")
# finite auxiliaries and modals: a form of 'be' without its tense ('be', 'been') is none
_AUXILIARIES = CLAUSE_CONTINUATIONS - frozenset(("and", "or", "be", "been", "being"))
_NEGATED = ("n't", "n’t")  # "didn't", "wasn’t"
_NEGATED_IRREGULAR = frozenset(("won't", "won’t", "can't", "can’t"))
# a verb written onto its subject: "they're", "we've", "I'm", "she'll", "he'd", and "'s" after
# a pronoun ("he's"; after a name it is a possessive)
_CONTRACTED = tuple(a + b for a in "'’" for b in ("re", "ve", "m", "ll", "d"))
_IS = ("'s", "’s")
_PRONOUNS = PRONOUN_GENDER.keys() | frozenset(("who", "that", "there", "what", "where"))
# past forms only a verb has: in -ed ('gathered'), or a cue verb's ('said', 'told')
_PAST_CUES = NON_NAME_WORDS & CUE_VERBS
_MAX_SUBJECT_WORDS = 12  # a longer stretch before the cue is no noun phrase
# a word before which a past form is an adjective ('a detailed audit') or a form an infinitive
# ('to do')
_NOT_BEFORE_FINITE = DETERMINERS | frozenset(("to", "and", "or", "but"))
_BY = compiled(r"[ \t]+by(?![\w-])")  # a past participle's agent after it
# words opening a clause with verbs of its own: a subordinator or a relative pronoun
_CLAUSES = frozenset("that which who whom whose if whether how why what when where".split())
_THAT_REACH = 8  # characters read back for a 'that' before the object
_MAX_OBJECT_WORDS = 16  # words of the object read for the sentence's verb
# words after a verb that closes the sentence: its own attribution ('..., police said.',
# '..., the affidavit said Monday.'), not the sentence's verb
_CLOSING_WORDS = 2
_CLOSING_SPEAKER_WORDS = 4  # 'the county sheriff's office'

# verbs of saying, whose object is a clause with verbs of its own ('Officials saying the plan
# will fail ...'); those whose object comes first take a noun ('telling', 'calling', 'urging')
_CLAUSE_CUES = CUE_VERBS - OBJECT_FIRST_VERBS


def _finite(word: str) -> bool:
    """Whether ``word`` (in lower case) can only be a verb with a tense, or holds one ("he's",
    "they're")."""
    if word in _AUXILIARIES or word in _NEGATED_IRREGULAR or word.endswith(_CONTRACTED):
        return True
    if word.endswith(_IS) and word[:-2] in _PRONOUNS:
        return True
    if word.endswith(_NEGATED):
        return word[:-3] in _AUXILIARIES
    return word in _PAST_CUES or (word.endswith("ed") and word in NON_NAME_WORDS)


def in_subject(text: str, cue: Span, speaker: Span, sentence: Span) -> bool:
    """Whether a cue in -ing right after its speaker is part of the noun phrase opening its
    sentence: no verb with a tense and no 'with' before it, no more than
    _MAX_SUBJECT_WORDS words."""
    if not text.endswith("ing", cue.start, cue.end) or text[speaker.end : cue.start] != " ":
        return False
    if text[cue.start : cue.end].lower() in _CLAUSE_CUES:
        return False  # 'an update saying a victim was taken': the verb may be the clause's
    last = _WORD.findall(text, speaker.start, speaker.end)[-1:]
    if not last or _modifier(last[0]):
        return False  # 'The warning came', 'the final talking points': a noun in -ing
    words = _WORD.findall(text, sentence.start, cue.start)
    if len(words) > _MAX_SUBJECT_WORDS:
        return False
    return not any(word.lower() == "with" or _finite(word.lower()) for word in words)


def _modifier(word: str) -> bool:
    """Whether the word before an -ing form makes the form a noun: a determiner ('The
    warning'), a possessive ("China's defending champion") or an adjective ('the final talking
    points', 'Social distancing'), but not a name, a plural ('Experts considering') or a noun
    for a person ('a person claiming'); or an adverb of its own ('Historically speaking')."""
    low = word.lower()
    if low in DETERMINERS or low.endswith(_IS) or low in NON_NAME_WORDS:
        return True  # "China's defending champion"; 'Historically speaking' (an adverb)
    if (word[:1].isupper() and word != word.capitalize()) or low.endswith("s") or is_person(low):
        return False
    return low in ADJECTIVES


def object_end(text: str, content: Span) -> int:
    """Where the object of a cue inside its sentence's subject ends: before the sentence's own
    verb, or at the content's end when none is found. An object that is a clause of its own
    ('that it was a hoax', 'if there is an adult ...') has verbs of its own, and so does a
    relative clause in it ('reports that have described'): neither is cut."""
    words = list(_WORD.finditer(text, content.start, content.end))
    before = text[max(0, content.start - _THAT_REACH) : content.start].split()[-1:]
    if not words or {before[0].lower() if before else "", words[0].group().lower()} & _CLAUSES:
        return content.end
    previous = words[0].group().lower()
    for found in words[1:_MAX_OBJECT_WORDS]:
        word = found.group().lower()
        if previous in _CLAUSES or word in SUBORDINATORS:
            return content.end  # a verb after 'that', 'which', 'if' or 'once' is its clause's
        if (
            _finite(word)
            and previous not in _NOT_BEFORE_FINITE
            and _BY.match(text, found.end()) is None  # 'a forum sponsored by ...'
        ):
            closing = word in _PAST_CUES and _closing(text, content, found.start(), found.end())
            return content.end if closing else found.start()  # '..., police said.'
        previous = word
    return content.end


def _closing(text: str, content: Span, start: int, end: int) -> bool:
    """Whether the cue verb at ``start:end`` is the sentence's own closing attribution: a
    comma and a short speaker before it, hardly a word after it ('..., police said.', '...,
    the affidavit said Monday.'), unlike the subject's verb ('... said taxes rose.')."""
    comma = text.rfind(",", content.start, start)
    return (
        comma >= 0
        and len(_WORD.findall(text, comma, start)) <= _CLOSING_SPEAKER_WORDS
        and len(_WORD.findall(text, end, content.end)) <= _CLOSING_WORDS
    )
