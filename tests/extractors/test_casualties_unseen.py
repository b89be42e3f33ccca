"""Casualty error classes found on unseen news (issue 14): each test states one class in our own
words, and each fails without the rule that reads it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lemminflect import getLemma

from newsparse._data.casualty_words import VICTIMS_PLURAL
from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.findings import Casualty

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, str, int | None]]:
    """Each written (not inferred) finding's words, kind and count."""
    items: list[Casualty] = list(EXTRACTOR.extract(Document(text)))
    return [(f.text, f.kind, f.count) for f in items if not f.inferred]


# Plurals of the victim table whose singular names no one by itself, or is written otherwise.
_GROUP_PLURALS = frozenset({"others", "troops", "forces", "americans", "schoolchildren"})
_SINGULARS = sorted(
    getLemma(plural, "NOUN")[0]
    for plural in VICTIMS_PLURAL
    if plural not in _GROUP_PLURALS and getLemma(plural, "NOUN")[0] != plural
)


# A person the victim table names in the plural is a person in the singular too: "one hostage
# who died", "an individual was arrested", "the aide was killed".
@given(st.sampled_from(_SINGULARS), st.sampled_from(["was killed", "died", "was arrested"]))
def test_the_singular_of_every_listed_plural_is_a_person(singular: str, harm: str) -> None:
    text = f"Officials said one {singular} {harm} on Monday."
    kind = "arrested" if harm == "was arrested" else "killed"
    assert found(text) == [(f"one {singular} {harm}", kind, 1)]


def test_a_hostage_an_aide_and_an_individual_are_people() -> None:
    assert found("The aide was killed by troops earlier this year.") == [
        ("The aide was killed", "killed", 1)
    ]
    assert found("Police said an individual was arrested in the case.") == [
        ("an individual was arrested", "arrested", 1)
    ]
    assert found("He paid tribute to two soldiers and one hostage who died in the raid.")[:2] == [
        ("two soldiers", "killed", 2),
        ("one hostage who died", "killed", 1),
    ]
