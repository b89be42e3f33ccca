"""One person as a harm verb's object (issue 14), read by its own words where the words after it
end no phrase the object rule knows: "the officer who shot her thought", "killed his brother
(and", "killed a Buffalo, N.Y., abortion-clinic doctor last October", "killing a powerful
Iranian general". Seen on the pool, pool-b, pool-d and pool-e sets; each test of a person found
fails without :mod:`newsparse.extractors.casualties.objects`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.objects import one_person_end

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, str, int | None]]:
    """Each written (not inferred) finding's words, kind and count, in text order."""
    return [(f.text, f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


# The harm verbs, each with the kind it tells, past and in -ing.
_VERBS = [
    ("killed", "killed"),
    ("killing", "killed"),
    ("murdered", "killed"),
    ("shot dead", "killed"),
    ("wounded", "injured"),
    ("kidnapped", "kidnapped"),
]
# One person: a determiner, modifiers (a place with its state among them) and a person noun.
_PEOPLE = [
    "his brother",
    "her husband",
    "a store owner",
    "the young mother",
    "a Buffalo, N.Y., abortion-clinic doctor",
    "an unarmed teenager",
    "a powerful Iranian general",
    "their neighbor",
]
# What follows, ending no phrase the object rule knows: a bracket, a clause, a time.
_AFTER = [
    " (and later fled).",
    " they had argued with for years.",
    " last October.",
    " she said had threatened them.",
]
_SUBJECTS = ["Police said the man who {verb} {person}{after}", "The gunman {verb} {person}{after}"]


@given(
    st.sampled_from(_VERBS),
    st.sampled_from(_PEOPLE),
    st.sampled_from(_AFTER),
    st.sampled_from(_SUBJECTS),
)
def test_one_person_after_a_harm_verb_is_one_harmed(
    verb: tuple[str, str], person: str, after: str, subject: str
) -> None:
    words, kind = verb
    text = subject.format(verb=words, person=person, after=after)
    assert (f"{words} {person}", kind, 1) in found(text)


# A pronoun object, then a verb or a clause that is no part of a noun phrase.
_PRONOUN_AFTER = [" thought she had a gun.", " as she ran.", " because she saw him."]


@given(st.sampled_from(["shot", "killed", "wounded"]), st.sampled_from(_PRONOUN_AFTER))
def test_her_before_another_clause_is_one_person(verb: str, after: str) -> None:
    text = f"Witnesses said the officer who {verb} her{after}"
    assert any(words == f"{verb} her" and count == 1 for words, _, count in found(text))


# Objects that name no person, whose next words the object rule does not end on.
_THINGS = [
    "the bill they had drafted",
    "a video they posted",
    "her dog they had found",
    "the president's plan they drafted",
    "time they had left",
    "the ball they kicked",
]


@given(st.sampled_from(["killed", "shot", "killing", "shooting"]), st.sampled_from(_THINGS))
def test_a_thing_after_a_harm_verb_is_no_one(verb: str, thing: str) -> None:
    assert found(f"Officials said the committee {verb} {thing} last year.") == []


# Harm only threatened, wished or denied: the extractor's gates read these objects too.
_UNREAL = [
    "He threatened to kill his brother (and others).",
    "He would kill his brother they said.",
    "He did not kill his brother they said.",
    "If he shot her thought she, it was an accident.",
]
# A harm noun in -ing after a determiner has no object: the person after it is a subject.
_NOUNS = [
    "After the shooting the man fled.",
    "Since the killing his brother moved away.",
    "He was charged in the kidnapping a neighbor reported.",
]


@pytest.mark.parametrize("text", [*_UNREAL, *_NOUNS])
def test_harm_not_done_to_one_person_is_not_found(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("person", ["her", "him", "the man", "a young farmer"])
def test_one_person_shot_dead_is_no_shot(person: str) -> None:
    assert all(kind == "killed" for _, kind, _ in found(f"Soldiers shot {person} dead on Monday."))


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("his brother's car", None),  # the brother owns what follows
        ("a sheriff's deputy appears", len("a sheriff's deputy")),
        ("the boy tried", len("the boy")),
        ("her dog", None),
        ("her as she ran", len("her")),
        ("himself later", None),  # left to the object rule, which ends it on "later"
        ("a police officer outside", len("a police officer")),
    ],
)
def test_where_one_person_ends(text: str, end: int | None) -> None:
    assert one_person_end(text, 0) == end


# Nouns for people too rare for the tables' singulars, a person after a possessive (issue 14:
# "killing his bodyguard", pool-j; "killing his former daughter-in-law", unlabeled news).
_OWNED = [
    "his bodyguard",
    "her stepson",
    "his former daughter-in-law",
    "their son-in-law",
    "their chauffeur",
    "his 19-year-old grandson",
]


@given(
    st.sampled_from(_VERBS),
    st.sampled_from(_OWNED),
    st.sampled_from([" on Monday.", ", police said.", " at the courthouse."]),
)
def test_a_rare_person_noun_after_a_possessive_is_one_harmed(
    verb: tuple[str, str], person: str, after: str
) -> None:
    words, kind = verb
    assert (f"{words} {person}", kind, 1) in found(f"The gunman {words} {person}{after}")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("his bodyguard on Monday", len("his bodyguard")),
        ("her former stepson, who", len("her former stepson")),
        ("his twin daughters", None),  # "twin" modifies the plural: no one person
        ("a bodyguard service", None),  # no possessive: a rare noun stays no person
    ],
)
def test_where_an_owned_person_ends(text: str, end: int | None) -> None:
    assert one_person_end(text, 0) == end
