"""A harm verb's count told inside a clause of a longer sentence (issue 14, class 4).

"The Sandy Hook shooting that killed 20 children was a hoax": the count is the object of a
relative clause, and the sentence's own verb follows it at once. The object still ends there.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.findings import Casualty

EXTRACTOR = CasualtyExtractor()


def counts(text: str) -> list[tuple[str, int | None]]:
    """Each written (not inferred) finding's kind and count, in text order."""
    items: list[Casualty] = list(EXTRACTOR.extract(Document(text)))
    return [(f.kind, f.count) for f in items if not f.inferred]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He claimed the school shooting that killed 26 people was staged.", [("killed", 26)]),
        ("The gunman who shot three deputies had a long record.", [("shot", 3)]),
        ("A blast which wounded 40 shoppers will be investigated.", [("injured", 40)]),
        ("The raid that killed 12 civilians is under review.", [("killed", 12)]),
    ],
)
def test_the_object_ends_at_the_sentence_verb(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


_EVENTS = st.sampled_from(
    ["the shooting", "a car bomb", "the 2019 attack", "an ambush", "the gunman", "the crash"]
)
_RELATIVES = st.sampled_from(["that", "which", "who"])
_HARMS = st.sampled_from([("killed", "killed"), ("wounded", "injured"), ("injured", "injured")])
_COUNTS = st.sampled_from([("two", 2), ("20", 20), ("at least 30", 30), ("1,200", 1200)])
_PEOPLE = st.sampled_from(["people", "children", "soldiers", "worshippers", "students"])
_VERBS = st.sampled_from(
    ["was a hoax", "were never found", "has been forgotten", "had been planned", "will be tried"]
)


@given(_EVENTS, _RELATIVES, _HARMS, _COUNTS, _PEOPLE, _VERBS)
def test_a_count_in_a_relative_clause_is_read(
    event: str,
    relative: str,
    harm: tuple[str, str],
    count: tuple[str, int],
    people: str,
    verb: str,
) -> None:
    text = f"He said {event} {relative} {harm[0]} {count[0]} {people} {verb}."
    assert (harm[1], count[1]) in counts(text)
