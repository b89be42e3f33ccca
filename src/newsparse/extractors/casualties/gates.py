"""The tests that take a harm back where a rule has read one: a denial or a modal ("did not
kill", "could kill"), a harm prevented, wished or only tried ("prevented the deaths of"), an
infinitive or an intent ("vowed to kill"), an arrest sought rather than made, and a capture that
is an arrest.

The rules read what a sentence counts; these gates say whether it happened, so they live in one
place that every rule asks.
"""

from __future__ import annotations

import re

from newsparse.extractors.casualties.grammar import FLAGS, QUANTITY_AT_START
from newsparse.extractors.casualties.people import is_person
from newsparse.extractors.casualties.seizures import story_capture_kind
from newsparse.regex_cache import compiled

NEGATION_REACH = 60  # characters before a harm where a denial or a modal is read


# A modal perfect of likelihood hedges a harm done, not denies it: "600 may have died" (see
# AUXILIARIES). The words between may not open a clause that takes the harm as given: "does not understand why
# he was killed" (a "that" or "how" clause may be what is denied: "would not say how many died").
_NEGATED = compiled(
    r"(?:n['’]t|\b(?:no|not|never|could|would|(?:might|may|must)(?!\s+have\b)|if|whether|feared|threatened|"
    r"until|unless|trying|tried|plot|plotted|attempted|about))\s+"
    r"(?:(?!(?:why|where|when)\b)\w+\s+){0,2}$"
    r"|\bmissed\s+$",  # "narrowly missed killing a boy" (not "missed and struck the child")
    FLAGS,
)
# A harm noun is told as a fact past a modal or a question ("would investigate the genocide
# of"); only a denial, a harm prevented, wished or only tried takes it back ("prevented the
# deaths of 40 people", "praying for his death", "the attempted murder of"). A person's harm
# ("Slepian's death") is told as a fact even past a denial ("has not raised Slepian's death"):
# only prevention takes it back. An act foiled, only planned or foreseen is none done either, nor
# is its agent one ("the foiled assassination of", "a reward to an eventual killer of Rushdie").
_PREVENTED_WORDS = (
    r"prevent\w*|avert\w*|avoid\w*|feared|attempt\w*|tried|trying|plot\w*|threat\w*|pray\w*|wish\w*"
    r"|foil\w*|thwart\w*"
)
# An adjective of an act not done stands just before its noun: "a potential witness to Phillips'
# shooting" tells the shooting done.
_FORESEEN = r"\b(?:planned|eventual|would-be|potential|possible)\s+$"
DENIED = compiled(
    rf"(?:n['’]t|\b(?:no|not|never|without|{_PREVENTED_WORDS}))\s+(?:\w+\s+){{0,2}}$|{_FORESEEN}",
    FLAGS,
)
PREVENTED = compiled(rf"\b(?:{_PREVENTED_WORDS})\s+(?:\w+\s+){{0,2}}$|{_FORESEEN}", FLAGS)
_CAPTURES = frozenset({"captured", "capturing"})
_BY_REACH = 24  # characters after a capture where its agent is told: "captured by state police"
# Who arrests, and what only an arrest brings: a capture told with these is an arrest.
_LAW_ENFORCEMENT = compiled(
    r"\b(?:police|policem[ae]n|officers?|deputies|sheriff['’]?s?|fbi|agents|detectives|marshals|"
    r"troopers|manhunt|fugitives?|miranda|custody|arrest\w*|charged)\b",
    FLAGS,
)
# People a force captures: fighters and suspects seized, told just before a passive capture ("14
# insurgents were captured") or right after an active one ("troops captured 14 insurgents").
_COMBATANTS = r"(?:insurgents?|militants?|suspects?|fighters|rebels?|gunm[ae]n|guerrillas?)"
_COMBATANTS_SEIZED = compiled(
    rf"\b{_COMBATANTS}\s+(?:\w+\s+){{0,2}}(?:was|were|been|being|are|is)\s+captured$"
    rf"|\bcaptur\w+\s+(?:\w+\s+){{0,3}}{_COMBATANTS}$",
    FLAGS,
)
_SEIZED_REACH = 60  # characters before a capture's end where the seized are told
# What records people: a capture on it, by it or in it ("captured on body-camera footage",
# "captured by Metrobus' surveillance system"), or by it ("footage captured the suspect") is
# a recording of them, no seizure.
_RECORDING = (
    r"(?:videos?|video-?tapes?|cameras?|cam|film|tapes?|footage|surveillance|photos?|photographs?|"
    r"pictures?|images?|recordings?)"
)
_RECORDED_AFTER = compiled(
    rf"\s+(?:live\s+)?(?:on|by|in)\s+(?:[\w'’.-]+\s+){{0,2}}{_RECORDING}\b", FLAGS
)
_RECORDER_BEFORE = compiled(rf"\b{_RECORDING}\s+(?:[a-z]+\s+)?$", FLAGS)
_RECORDER_REACH = 30  # characters before an active capture where what records is told


# Headline present tense ("Militants kill 11 soldiers"), the same word as an infinitive.
_BARE_VERBS = frozenset({"kill", "wound", "injure", "kidnap", "abduct"})
_BEFORE_INFINITIVE = compiled(
    r"\b(?:to|will|would|could|can|must|should|may|might|did|does|do|not|n't)\s+$", FLAGS
)


_ARRESTS_MADE = frozenset({"arrest", "detain"})
# An arrest wanted, not made: "a warrant for the arrest of", "information leading to his arrest".
SOUGHT = compiled(
    r"\b(?:for|seeks?|seeking|sought|demands?|demanding|demanded|calls?|called|calling|"
    r"information\s+(?:that\s+)?(?:leads?|leading)\s+to)\s+(?:the\s+)?$",
    FLAGS,
)
INTENT = compiled(
    r"\b(?:plans?|planned|planning|wants?|wanted|seeks?|sought|vows?|vowed|hopes?|hoped|"
    r"intends?|intended|aims?|aimed|expects?|expected|fail|failed|refused|efforts?|attempts?|"
    r"bid|threatened|trying|tried|will|would|could|can|must|should|may|might|did|does|do|not|"
    r"n['’]t)\s+(?:to\s+)?$",
    FLAGS,
)


def is_infinitive(sentence: str, match: re.Match[str]) -> bool:
    """Whether a bare harm verb is not a headline's present tense with a count ("Militants kill
    11 soldiers") but an infinitive, a modal's verb or a threat ("vowed to kill 12 people",
    "would kill him").

    An arrest told in the infinitive is one made ("used the act to detain the four"), unless an
    intent or a modal comes before it ("plan to arrest two suspects", "will detain them"); so is
    a harm told as the use a thing was put to ("the weapon used to kill the toddler", see
    :func:`used_for`).
    """
    harm = match["harm"].lower()
    if harm in _ARRESTS_MADE:
        return INTENT.search(sentence, max(0, match.start() - 24), match.start()) is not None
    if harm not in _BARE_VERBS:
        return False
    before = _BEFORE_INFINITIVE.search(sentence, max(0, match.start() - 10), match.start())
    if before is None and QUANTITY_AT_START.match(match["who"]) is not None:
        return False
    return not used_for(sentence, match.start())


# What a thing was used to do, told after the thing: "the weapon used to kill the toddler", "the
# gun Buckner used to kill his family", "the knife the boy used to kill ...", "the guns they
# later used to kill an officer", "the substance that was used to kill ... Litvinenko", "whether
# it was used to kill Slepian". The thing is "it" in the passive or the head of a noun phrase
# (after a determiner), and no person: "he used to kill", "the man used to kill" tell a habit.
_USED_FOR = compiled(
    r"(?:\b(?i:the|a|an|his|her|their|its)\s+(?:[\w'’.-]+\s+){0,2}?(?P<thing>[a-z][\w-]*)\s+"
    r"(?:(?:that|which)\s+)?(?:(?:he|she|they|the\s+[a-z]+|[A-Z][\w'’-]*)\s+)?"
    r"(?:(?:later|[a-z]+ly)\s+)?"
    r"|\b(?:it|which|that)\s+(?=(?:was|is|had|has)\b))"
    r"(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?used\s+to\s+$"
)
_USED_REACH = 100  # characters before the verb: the thing, its words, the user


def used_for(sentence: str, at: int) -> bool:
    """Whether the verb at ``at`` tells what a thing, not a person, was used to do."""
    if not sentence.endswith("used to ", 0, at):
        return False  # the cheap test
    used = _USED_FOR.search(sentence, max(0, at - _USED_REACH), at)
    return used is not None and not (used["thing"] and is_person(used["thing"]))


def arrest_or_capture(kind: str, harm: str, sentence: str, end: int, story: str) -> str:
    """The kind of a capture: an arrest where the police are told before it or right after it
    ("officers captured the suspect", "was captured by deputies"), else a seizure by a force
    ("vigilantes captured dozens of protesters ... then handed them to police").

    A capture of fighters or suspects is an arrest too ("14 insurgents were captured in fresh
    fighting"): a force seizes them, an armed group seizes people ("rebels captured 14 soldiers").
    A capture whose sentence tells no one who takes people is read by the ``story``
    (:func:`~newsparse.extractors.casualties.seizures.story_capture_kind`): a seizure where the
    story tells a seizing force anywhere ("a 26-year-old American woman captured last year in
    Syria" in a story of militants and hostages), else the arrest of a suspect ("He was captured
    in Houston on Thursday" in a story of a shooting, gunman and all).
    """
    if harm not in _CAPTURES:
        return kind
    if _LAW_ENFORCEMENT.search(sentence, 0, end + _BY_REACH) or _COMBATANTS_SEIZED.search(
        sentence, max(0, end - _SEIZED_REACH), end
    ):
        return "arrested"
    return story_capture_kind(sentence, story)


def on_record(harm: str, sentence: str, start: int, end: int) -> bool:
    """Whether the capture ``harm`` (from ``start`` to ``end`` in ``sentence``) is a recording,
    no seizure: "was captured on video", "captured by a surveillance camera", "captured in the
    photos", "footage captured the suspect leaving"."""
    return harm in _CAPTURES and (
        _RECORDED_AFTER.match(sentence, end) is not None
        or _RECORDER_BEFORE.search(sentence, max(0, start - _RECORDER_REACH), start) is not None
    )


def negated_before(sentence: str, at: int) -> bool:
    """Whether a denial, a modal or a condition comes just before ``at`` ("did not kill")."""
    return _NEGATED.search(sentence, max(0, at - NEGATION_REACH), at) is not None
