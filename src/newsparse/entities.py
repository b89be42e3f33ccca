"""What a person's name tells about them: whether a word is a known first name, and its gender.

Speakers are resolved against the people an article names; a pronoun may stand only for someone
of its gender, and a capitalised run ('European Union Gordon Sondland') holds a person's name
from its first given name on. Both need to know first names. The name-gender table of
``gender-guesser`` (some 40,000 first names from many countries) answers, when it is installed
(the ``names`` extra); without it only titles ('Mrs.', 'spokesman') and pronouns tell a
gender, and no word is taken for a first name.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from typing import Protocol

#: What the table says, reduced to what a pronoun needs: "m", "f", or "s" (either). A name the
#: table calls mostly one gender ('Lindsey', 'Kelly', 'Robin') is taken as either: a pronoun
#: agreeing with the wrong person costs more than one left to recency.
_GENDERS = {"male": "m", "female": "f", "mostly_male": "s", "mostly_female": "s", "andy": "s"}


class _Detector(Protocol):
    def get_gender(self, name: str, country: str | None = None) -> str: ...


@cache
def _detector() -> _Detector | None:
    """The name table, read once per process on first use (about a quarter of a second)."""
    try:
        from gender_guesser.detector import Detector
    except ImportError:
        return None
    detector: _Detector = Detector(case_sensitive=False)
    return detector


def has_name_table() -> bool:
    """Whether first names are known here (the ``names`` extra is installed)."""
    return _detector() is not None


@lru_cache(maxsize=4096)
def first_name_gender(word: str) -> str | None:
    """'m' or 'f' for a first name that belongs to one gender, 's' for one shared by both, None for a word that is not a known first name ('Senior', 'Moscow')."""
    detector = _detector()
    word = unicodedata.normalize("NFC", word)  # the table spells 'José' composed, not e + U+0301
    if detector is None or not word[:1].isupper() or not word.isalpha():
        return None
    return _GENDERS.get(detector.get_gender(word))
