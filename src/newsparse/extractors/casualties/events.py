"""Whether a sentence's harm is a casualty of an event, or a death of another sort.

News tells of deaths that are no casualty of an event: from illness, an epidemic or age ("died
of cancer", "the virus has killed 100"), of things ("democracy dies in darkness", "the bill
died"), and of harm only supposed ("If the dam breaks, thousands could die"; not "If you
listen, you see this goes beyond Floyd's death", a fact told after the supposition). Each test here
looks at one sentence, in lower case, and says why its killed and injured findings are not of
an event.
"""

from __future__ import annotations

import re

from newsparse._data.casualty_words import (
    EPIDEMICS,
    EVENT_CAUSE_PLURALS,
    EVENT_CAUSE_STEMS,
    EVENT_CAUSE_WORDS,
    ILLNESS,
    SUPPOSING,
)
from newsparse.extractors.casualties.people import is_victim
from newsparse.patterns import phrase_trie, word_starts
from newsparse.regex_cache import compiled
from newsparse.span import Span

# "ill" and "aids" are words of illness only in lower case ("AIDS" is searched lower-cased too,
# so "aids" the verb is rare enough in casualty sentences to be taken as the illness).
# A cause after a death word is an illness when its noun has a suffix of medicine's word
# formation ("died of malnutrition", "died from septicemia", "succumbed to cardiomyopathy"):
# the words of illness are too many to list, their endings few. Bound to the cause, these
# endings name no other thing; "-toma" (hematoma, a swelling a blow leaves) is left out.
_ILLNESS_ENDING = r"[\w'’-]+?(?:itis|osis|(?<!t)oma|a?emias?|path(?:y|ies)|trition)"
# The words before the noun are its modifiers ("acute", "a rare form of"): a preposition or a
# conjunction ends the cause ("died of his wounds in Oklahoma"). "death of" is left out: a
# person follows it ("the death of Thomas Moore"), not a cause.
_CAUSE_ENDS = r"(?:in|at|on|near|after|before|during|while|when|where|and|or|with|by|as|to|for)\b"
_ILLNESS_CAUSE = (
    r"\b(?:(?:die[ds]?|dying)\s+(?:of|from)|deaths\s+from|succumb(?:ed|ing|s)?\s+to)\s+"
    rf"(?:(?!{_CAUSE_ENDS})[\w'’-]+\s+){{0,4}}?{_ILLNESS_ENDING}\b"
)
# An age at death told after the death, as an obituary tells it: "He died in July at age 99",
# "Biden died in 2015, at 46", "died late Tuesday aged 93" (as "at the age of", among the words
# of illness). A clock time is no age ("died at 6:28 p.m.", "died at 9 a.m."), so a bare "at"
# takes a number of two or three digits that ends its clause.
_AGE_AT_DEATH = (
    r"\b(?:die[ds]|passed\s+away)\s+(?:[\w,]+\s+){0,4}?"
    r"(?:at\s+age\s+\d{1,3}|aged\s+\d{1,3}|at\s+\d{2,3}(?=\s*(?:[.;]|,(?!\d))))\b(?![:.]\d)"
)
# A trie: this runs over every sentence with a harm word, where a flat alternation of the words
# of illness would try each of them at each word.
# "ill" before a hyphen is the adverb ("the ill-fated journey", "ill-equipped troops"), no illness.
_ILLNESS = compiled(
    rf"\b(?:{phrase_trie(ILLNESS)})\b(?!(?<=\bill)-)|\b\d[\d,]*\s+(?:new\s+)?cases\b|{_ILLNESS_CAUSE}"
    rf"|{_AGE_AT_DEATH}"
)
# A word with a suffix of medicine ("meningitis", "tuberculosis"): "\w+" read back from each
# word's end is the costliest test of a sentence, so it is made only where a suffix is written.
# Written with a capital inside the sentence, it is a name ("Petraitis was pronounced dead").
_MEDICAL_WORD = compiled(r"\b\w+(?:itis|osis)\b")
_SUPPOSING = compiled(rf"\s*(?:{phrase_trie(SUPPOSING)})\b")
# Words that may stand between a subject and "died": "he later died", "has since died".
_BETWEEN = frozenset(
    "later also eventually soon subsequently since then has have had was were is are".split()
)
# After these the subject is further back, and not read: "was shot and died", "who died".
_JOINS = frozenset("who that which and but or".split())
# A relative pronoun that may stand for animals: the noun before it is read only as one
# (:mod:`.wordnet_animals`), since "that" stands for people as often ("the men that died"); a
# noun the tables of people hold as well is a person's ("a juvenile that died").
_RELATIVE_PRONOUNS = frozenset(("that", "which"))
_WORD = compiled(r"[\w'’-]+")
_PRONOUNS = frozenset("he she they i we you one both all many some none".split())


def of_illness(text: str, low: str, start: int, end: int) -> bool:
    """Whether the sentence ``low[start:end]`` (``text`` lower-cased) tells of illness, an
    epidemic or age.

    Every branch of the pattern opens on ``\\b`` and a word character, so it is looked for at
    word starts only (after a hyphen too), which ``re`` skips to in C.
    """
    illness = word_starts(_ILLNESS, low, start, end, after_hyphen=True)
    return next(illness, None) is not None or (
        (low.find("itis", start, end) >= 0 or low.find("osis", start, end) >= 0)
        and any(_medical(text, start, word) for word in _MEDICAL_WORD.finditer(low, start, end))
    )


def _medical(text: str, start: int, word: re.Match[str]) -> bool:
    """Whether a word with a suffix of medicine in the sentence opening at ``start`` is one: in
    lower case, or with a capital as the sentence's first word where the story writes it after
    no other word ("Meningitis killed ...", not "Tomas Petraitis ... Petraitis was ...")."""
    at, written = word.start(), text[word.start() : word.end()]
    if written[0].islower():
        return True
    opens = not any(character.isalnum() for character in text[start:at])
    return opens and re.search(rf"\w[ \t]+{re.escape(written)}\b", text) is None


def supposed(low: str, start: int) -> bool:
    """Whether the sentence opening at ``start`` supposes ("If ...", "Unless ...")."""
    return _SUPPOSING.match(low, start) is not None


# A modal in the clause after a supposition makes its harm supposed too ("If the dam fails,
# thousands could die"); without one that clause tells a fact ("If you listen, you see this goes
# beyond Floyd's death").
_MODAL = compiled(r"\b(?:could|would|might|may|will|can|should|must|shall)\b|['’](?:ll|d)\b")
# A relative clause set off by commas tells a fact even inside the supposition: "Whether the
# school shootings, in which 27 people were killed, will lead to new laws".
_ASIDE = compiled(r",\s+(?:in\s+which|during\s+which|where|when|who|which)\b[^,;]*,")


# The comma that ends the supposing clause: not one before a conjunction, which goes on with it
# ("If a person filed a return, but died, the agency would not know").
_SUPPOSITION_END = compiled(r",(?!\s+(?:but|and|or|then)\b)")


def only_supposed(low: str, start: int, harm: Span) -> bool:
    """Whether the ``harm`` of a sentence that opens at ``start`` with a supposition (see
    :func:`supposed`) is only supposed: told inside the supposing clause, up to the comma that
    ends it, or after it with a modal; not told in an aside of its own.
    """
    last = low.rfind(",", start, harm.start)
    aside = _ASIDE.match(low, last) if last >= 0 else None
    if aside is not None and aside.end() >= harm.end:
        return False
    first = _SUPPOSITION_END.search(low, start, harm.start)
    return first is None or _MODAL.search(low, first.start(), harm.end) is not None


def of_a_thing(sentence: str, at: int) -> bool:
    """Whether the death word at ``at`` has a thing or an animal as its subject: "democracy
    dies", "the bill died", "the dog died", "hounds that had died"; not "he died", "Smith died",
    "the patient died", "was shot and died", "the men that died".
    """
    words = [w.group() for w in _WORD.finditer(sentence, max(0, at - 60), at)]
    while words and words[-1].lower() in _BETWEEN:
        words.pop()
    if not words:
        return False
    last = words[-1]
    lowered = last.lower()
    if lowered in _RELATIVE_PRONOUNS and len(words) > 1:
        noun = words[-2]  # "444 hunting hounds that had died"; not "a male that", "Bird, who"
        return noun.islower() and _names_an_animal(noun) and not is_victim(noun)
    if lowered in _JOINS or lowered in _PRONOUNS or not last[0].islower():
        return False
    return not (lowered.endswith(("ed", "ing", "ly")) or is_victim(lowered))


def _names_an_animal(noun: str) -> bool:
    """Whether ``noun`` is one of WordNet's animals. The table (some 10,600 nouns, a megabyte
    in memory and over a millisecond to load) is read on the first ask: only a relative clause's
    death ("hounds that had died") asks, and most stories never do."""
    from newsparse._data.animal_nouns import ANIMAL_NOUNS

    return noun in ANIMAL_NOUNS


# Words of an event's harm or of its cause (see EVENT_CAUSE_STEMS): a death told beside none of
# them is no event's told in this sentence.
_EVENT_CAUSE = compiled(
    rf"\b(?:(?:{phrase_trie(EVENT_CAUSE_STEMS)})\w*|\w*quakes?"
    rf"|(?:{phrase_trie(EVENT_CAUSE_PLURALS)})s?|{phrase_trie(EVENT_CAUSE_WORDS)})\b"
)
# An epidemic named this often makes a story the epidemic's: its bare tolls are the illness's
# ("Florida also reported an additional 112 deaths on Wednesday").
_EPIDEMIC = compiled(rf"\b(?:{phrase_trie(EPIDEMICS)})\b")
_EPIDEMIC_STORY = 3


def an_epidemic_story(lower: str) -> bool:
    """Whether the story (lower-cased) is about an epidemic: it names one often enough, and more
    often than it names the causes and harms of events. A tornado story that mentions the
    pandemic in passing ("storms ... tornadoes ... killed") tells its bare deaths ("11 people
    died in three counties") of the storm, not of the illness."""
    if not any(word in lower for word in EPIDEMICS):
        return False  # a quick look in C spares most stories the word-bounded scan
    named = sum(1 for _ in _EPIDEMIC.finditer(lower))
    if named < _EPIDEMIC_STORY:
        return False
    causes = _EVENT_CAUSE.finditer(lower)
    return sum(1 for _ in zip(range(2 * named), causes, strict=False)) < 2 * named


def told_without_cause(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` tells no harm's cause: "Pinochet died without facing trial",
    "His father died in 2011", "reported an additional 112 deaths".
    """
    return _EVENT_CAUSE.search(low, start, end) is None


#: A death told by its verb alone, no cause in its words ("Pinochet died", "Koch passed away"):
#: how a finding of a bare death ends (read by dedupe, retold and lone_deaths, each with its own
#: further shapes: "is dead", "his death").
DIED = r"\b(?:died|dies|passed\s+away)"


# Where a sentence ends and the next opens, and what ends the clause of a death: its sentence, or
# a clause that tells no cause ("Pinochet died without ever facing trial for the killings": the
# killings are not his death's). "Sept. 11" ends no sentence.
SENTENCE_BREAK = compiled(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'(])")
_CLAUSE_END = compiled(r"[.!?][\"”’']?(?:\s+(?=[A-Z\"“‘'(])|\s*$)|;|\bwithout\b")
_DEATH_REACH = 200  # characters of the sentence before and after a death that are read
_NAME_REACH = 100  # characters around another mention of the dead where a cause is read
# A member of a list that shares the death ("A woman and John Smith died"): a death of several at
# once is an event's.
_LISTED_BEFORE = compiled(r"\band\s+$", re.IGNORECASE)
_LISTED = compiled(r"\s(?:and|&)\s", re.IGNORECASE)
_RELATIVE = compiled(r"\b(?:who|whose|which|that)\b", re.IGNORECASE)  # "Perot, who ran in 1992 and"


def death_clause(text: str, start: int, end: int) -> tuple[int, str]:
    """Where the sentence of the death told in ``text[start:end]`` opens, and its words up to
    the end of the death's clause, lower-cased: where a cause of that death would be told."""
    first = max(0, start - _DEATH_REACH)
    breaks = SENTENCE_BREAK.finditer(text, first, start + 1)  # the capital after the last one
    opening = max((m.end() for m in breaks), default=first)
    close = _CLAUSE_END.search(text, end, end + _DEATH_REACH)
    return opening, text[opening : close.start() if close else end + _DEATH_REACH].lower()


def death_without_cause(text: str, start: int, end: int, named: frozenset[str]) -> bool:
    """Whether the death of one person ``named``, told in ``text[start:end]`` ("Pinochet died"),
    has no cause told: none in its sentence up to the end of its clause, none near another
    mention of the person ("Clennell was strangled" elsewhere gives "Clennell died" its cause),
    and not shared with others in a list.

    The person is found by the name told last ("Kim Jong Il": "Il"), their surname: the given
    names they share with their family ("Kim Jong Un was executed") would find others.
    """
    relative = _RELATIVE.search(text, start, end)
    subject_end = relative.start() if relative else end
    if _LISTED_BEFORE.search(text, max(0, start - 5), start) or _LISTED.search(
        text, start, subject_end
    ):
        return False
    opening, sentence = death_clause(text, start, end)
    if not told_without_cause(sentence, 0, len(sentence)):
        return False
    told = text[start:end]
    surname = max(sorted(named), key=told.rfind)
    mentions = re.compile(rf"\b{re.escape(surname)}\b")
    return not any(
        _EVENT_CAUSE.search(text[max(0, m.start() - _NAME_REACH) : m.end() + _NAME_REACH].lower())
        for m in mentions.finditer(text)
        if not opening <= m.start() < end
    )
