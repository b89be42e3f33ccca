"""Others who died with one told: "Elizabeth died with nine other adults", "Conley, who was
killed with seven others". Bare "with" after a harm is mostly a weapon or a cause ("killed
with a knife", "injured with burns") or, after an object, an accomplice ("killed a man with
two other gunmen"), so only a count of "other" people right after a harm word that ends its
finding (no object between) is read: they are more people who came to the same harm, as with
"along with". The harm's own people must be counted: "who died" of a subject left unread is
"at least one", which the story's figures turn into one only while nothing else is counted.
"""

from __future__ import annotations

from newsparse.extractors.casualties.grammar import STATE_KIND

#: "with" and a count of others (one to three words before "other"), a space after the harm;
#: ``{unit}`` is the counted-people pattern the extractor fills in.
WITH_OTHERS = r"(?<=\s)with\s+(?=(?:[\w,-]+\s+){{1,3}}?others?\b)(?P<who>{unit})"
# The last word of a harm that ends its finding: "died", "was killed", "shot dead".
_HARM_END = frozenset(phrase.split()[-1] for phrase in STATE_KIND)


def with_others_cue(low: str) -> bool:
    """The cheap test on the lower-cased sentence: " with " and " other" both in it."""
    return " with " in low and " other" in low


def ends_in_harm(told: str) -> bool:
    """Whether a finding's text ``told`` ends in its harm word ("Elizabeth died"), not in the
    object of a harm ("killed a man")."""
    words = told.split()
    return bool(words) and words[-1].lower() in _HARM_END
