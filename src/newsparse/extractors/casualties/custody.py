"""Custody told by "held" and where or on what terms the person is held: "Thomas was held on $5
million bail", "two Iraqi refugees held at Kennedy International Airport", "is held in the
Dallas County jail", "was held without bond".

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

from newsparse.regex_cache import compiled

# An amount of bail: "$5 million", "$100,000", "a $1 million cash".
_AMOUNT = r"(?:an?\s+)?(?:\$[\d.,]+(?:\s+(?:million|thousand))?\s+)?(?:cash\s+)?"
# A place of custody, named by its last word: "the Wake County jail", "Kennedy International
# Airport", "a juvenile detention center".
_PLACE = (
    r"(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){0,4}?"
    r"(?:jail|lockup|airport|police\s+station|detention\s+(?:center|centre|facility|camp))"
)
#: "held" and a custody term after it; for patterns matched with ``re.IGNORECASE``.
HELD_IN_CUSTODY = rf"held\s+(?:on\s+{_AMOUNT}(?:bail|bond)|without\s+bond|(?:at|in)\s+{_PLACE})"
_HELD = compiled(rf"{HELD_IN_CUSTODY}\b", re.IGNORECASE)


def held_in_custody(state: str) -> bool:
    """Whether the harm state ``state`` is "held" in custody (:data:`HELD_IN_CUSTODY`)."""
    return _HELD.fullmatch(state) is not None
