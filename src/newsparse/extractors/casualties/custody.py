"""Custody told by "held" and where or on what terms the person is held: "Thomas was held on $5
million bail", "two Iraqi refugees held at Kennedy International Airport", "is held in the
Dallas County jail", "was held without bond"; by a booking or a jail: "was booked into the Tulsa
County Jail", "was booked on suspicion of murder", "remains in the Smith County jail", "was taken
to jail"; and custody told with its
holder: "was taken into police custody", "is in ICE custody", "was placed in U.S. custody".

"held" alone is no harm: news holds meetings, talks, titles, leads and beliefs far more often
than people. It is an arrest only with a custody term right after it: bail or bond (with the
amount set, which no list of phrases can hold), no bond, or a place of custody named by its
last word (a jail, a lockup, a detention centre, a police station, an airport's holding of
travellers), up to four words of its name between. A prison is left out: a person held in a
prison is as often serving a sentence, which is no arrest. The rules that read a subject
before its state then take the people held ("Thomas", "two Iraqi refugees"), as they take
those "arrested"; the state is read by the pattern here, as injuries told in varying words are
(:data:`~newsparse.extractors.casualties.grammar.READ_STATES`).
"""

from __future__ import annotations

import re

from newsparse.patterns import word_trie
from newsparse.regex_cache import compiled

# An amount of bail: "$5 million", "$100,000", "a $1 million cash".
_AMOUNT = r"(?:an?\s+)?(?:\$[\d.,]+(?:\s+(?:million|thousand))?\s+)?(?:cash\s+)?"


def _named_place(word: str, last: str, fewest: int = 0) -> str:
    """A place named by its ``last`` word, with up to four ``word``s of its name before it."""
    return rf"(?:the\s+|an?\s+)?(?:{word}){{{fewest},4}}?{last}"


_NAME_WORD = r"[\w.'’-]+\s+"
# A place of custody, named by its last word: "the Wake County jail", "Kennedy International
# Airport", "a juvenile detention center".
_PLACE = _named_place(
    _NAME_WORD,
    r"(?:jail|lockup|airport|police\s+station|detention\s+(?:center|centre|facility|camp))",
)
# Where a person is booked: a place of custody, a prison or a young offenders' hall or centre
# ("the Tulsa County Jail", "Orleans Parish Prison", "juvenile hall", "the Denny Youth Center"). A
# booking is the arrest's record wherever it is made, so a prison counts here, unlike a stay in one.
_YOUNG_OR_PRISON = (
    r"(?:prison|juvenile\s+(?:hall|detention)"
    r"|(?:youth|juvenile|correctional)\s+(?:center|centre|facility|institution))"
)
_BOOKING_PLACE = rf"(?:{_PLACE}|{_named_place(_NAME_WORD, _YOUNG_OR_PRISON)})"
# A jail or a detention centre, where a person is kept before trial: "was taken to jail",
# "remains in the Smith County jail", "is behind bars". A person "in jail" is read only in a jail
# named by a word or more: wire copy writes the bare "in jail" of a sentence served as often (a
# prison, where a sentence is served, is left out; a sentence told in the story drops a jailing,
# :mod:`.jailed`).
# The words of a jail's name are no words of a clause ("in Marksville released from jail").
_CLAUSE_WORDS = "in at on to from of for by with and or is are was were been has have had released"
_CELL_WORD = rf"(?!(?:{word_trie(_CLAUSE_WORDS.split())})\b)[\w.'’-]+\s+"
_CELL_END = r"(?:jail|lockup|detention\s+(?:center|centre|facility))"
_CELL = _named_place(_CELL_WORD, _CELL_END)
_NAMED_CELL = _named_place(_CELL_WORD, _CELL_END, fewest=1)
# A booking on a charge: "was booked on suspicion of murder", "booked Thursday on 8 counts of
# attempted murder", "booked with negligent homicide", "booked for second-degree assault". WordNet
# gives "book" this sense ("record a charge in a police register") after engaging a performer and
# reserving a seat, so the charge must be told: a word of the charge's own (a charge, a count,
# suspicion, a warrant, a felony, the bail or bond set) or a killing charged, within six words
# ("booked for complaining" is a footballer's caution, "booked on a flight" a seat).
_WHEN = r"(?:[a-z]+day|this|early|late|later|morning|afternoon|evening|night|overnight)\s+"
_CHARGE = (
    r"(?:charges?|counts?|suspicion|warrants?|felony|bail|bond|murder|homicide|manslaughter)\b"
)
_BOOKED_ON_A_CHARGE = (
    rf"booked\s+(?:{_WHEN}){{0,3}}(?:on|with|for|in)\s+(?:[\w$.,'’-]+\s+){{0,6}}?{_CHARGE}"
)
#: "held" and a custody term after it, "booked" into a place of custody or on a charge, a jail
#: the person is in or taken to, or bars they are behind; for patterns matched with
#: ``re.IGNORECASE``.
HELD_IN_CUSTODY = (
    rf"(?:held\s+(?:on\s+{_AMOUNT}(?:bail|bond)|without\s+bond|(?:at|in)\s+{_PLACE})"
    rf"|booked\s+(?:into|in|at)\s+{_BOOKING_PLACE}|{_BOOKED_ON_A_CHARGE}"
    rf"|in\s+{_NAMED_CELL}|taken\s+to\s+{_CELL}|behind\s+bars)"
)
_HELD = compiled(rf"{HELD_IN_CUSTODY}\b", re.IGNORECASE)


# Custody named by its holder: "police", "ICE", "U.S.", "Mexican police", "the federal". The
# states are read in lower case, so the holder is any one or two words but those of a child's
# custody between parents or carers ("protective", "joint", "state" custody, "in her custody") or
# of an article or a possessive ("the custody of her grandmother"). A holder may be left unsaid
# ("placed in custody", "remanded in custody"); the listed states
# (:data:`~newsparse._data.casualty_words.HARM_STATES`: "in custody", "taken into custody") are
# tried first.
_NOT_A_HOLDER = (
    "protective joint shared sole full physical legal child temporary primary emergency "
    "parental state foster his her their its our my your whose a an the official"
).split()
_HOLDER_WORD = rf"(?!(?:{word_trie(_NOT_A_HOLDER)})\b)[a-z][\w.'’-]*\s+"
_HOLDER = rf"(?:the\s+(?:{_HOLDER_WORD}){{1,2}}|(?:{_HOLDER_WORD}){{0,2}})"
#: Custody with its holder, taken or held: "taken into police custody", "in ICE custody",
#: "placed in U.S. custody", "remanded in custody", "released into police custody" (from a
#: hospital); for patterns matched with ``re.IGNORECASE``.
HELD_BY_A_HOLDER = (
    rf"(?:(?:taken|placed|put|remanded|booked|brought|released)\s+in(?:to|\s+to)?|in)\s+{_HOLDER}custody"
    r"(?!\s+(?:battles?|fights?|disputes?|cases?|hearings?|orders?)\b)"
)
_HELD_BY_A_HOLDER = compiled(HELD_BY_A_HOLDER, re.IGNORECASE)


def held_in_custody(state: str) -> bool:
    """Whether the harm state ``state`` is custody: "held" on its terms
    (:data:`HELD_IN_CUSTODY`) or custody by a named holder (:data:`HELD_BY_A_HOLDER`)."""
    return _HELD.fullmatch(state) is not None or _HELD_BY_A_HOLDER.fullmatch(state) is not None
