"""People told with a wound they carry, wherever the sentence tells them: "a 40-year-old man
with a gunshot wound to the stomach was discovered", "three patients with gunshot wounds walked
into the hospital", "two subjects with gunshot wounds at 1080 South Hoagland Blvd".

A wound after a counted or named person is a harm state set on the noun phrase itself, with no
harm verb for the subject or object rules to read; "found" or "left" before the people is read
by :mod:`~newsparse.extractors.casualties.found_wounded`, whose wounds and kinds this rule shares
(:func:`~newsparse.extractors.casualties.found_wounded.wound_kind`): a gunshot wound not told
lived through is a person shot, any other wound a person hurt, and people with a wound who then
die ("a man with multiple gunshot wounds died at the scene") are killed. Only a group that opens with a
count, a determiner or a name is read: "patients with gunshot wounds" in general ("hospitals
treat patients with gunshot wounds") names no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse.extractors.casualties.found_wounded import WITH_WOUND, wound_kind
from newsparse.extractors.casualties.grammar import (
    AGED,
    COUNTED,
    PART_OF,
    SINGLE,
    compiled_rule,
    group_of,
)
from newsparse.regex_cache import compiled

_WOUND_AFTER = compiled(WITH_WOUND)
_REACH = 120  # characters before "with" that a group of people may take
# People by count, determiner or age, not by name: a name before "with" is as often a place
# ("taken to a hospital in Oak Lawn with gunshot wounds", "found in the 200 block of South
# Kostner with gunshot wounds"), read by the finding rule where a verb of finding comes first.
_CARRIED = (
    rf"\b(?P<who>{group_of(f'(?:{PART_OF}|{COUNTED}|{SINGLE}|{AGED})')}),?(?P<wound>{WITH_WOUND})"
)
# A bare figure before "with" is a house, a road or the last of some ages ("Hwy 150 with",
# "aged 25, 32 and 51, with"), not a count of people.
_FIGURE = compiled(r"[\d,.]+")
# "the body of a man with a gunshot wound" is a death, read by the rule of bodies.
_BODY_OF = compiled(r"\bbod(?:y|ies)\s+of\s+$", re.IGNORECASE)
# The people with the wound as the subject of their death: "A man with multiple gunshot wounds
# died at the scene" is a killing.
_THEN_DIED = compiled(
    r"[^.;]{0,60}?\b(?:died|dies|passed\s+away|(?:was|were)\s+(?:pronounced|declared)\s+dead"
    r"|succumbed)\b",
    re.IGNORECASE,
)


def with_wounds(sentence: str, low: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each group of people in ``sentence`` (``low`` lower-cased) told right before a wound
    they carry, and its kind."""
    if " with " not in low or "wound" not in low:
        return  # the cheap tests first: most sentences tell no wound after "with"
    rule, read_to = compiled_rule(_CARRIED), 0
    for wound in _WOUND_AFTER.finditer(low):  # the people only in the few words before it
        match = rule.search(sentence, max(read_to, wound.start() - _REACH), wound.end())
        if match is None:
            continue
        read_to = match.end()
        if _FIGURE.fullmatch(match["who"]) or _BODY_OF.search(sentence, 0, match.start()):
            continue
        died = _THEN_DIED.match(sentence, match.end()) is not None
        yield match, "killed" if died else wound_kind(match.group("wound"))
