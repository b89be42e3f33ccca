"""A hostage is a person seized: one told by a determiner of one or as a role before a name is
kidnapped 1 ("a former hostage", "hostage James Foley"); hostages with no count told taken or
killed are kidnapped, and killed, count null ("took hostages", "the murders of hostages"); "the
hostage", a compound ("a hostage crisis") and a figure of speech are no mention."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind, f.count, f.text) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@given(
    st.sampled_from(["a", "another", "a second", "a former", "an American", "a second British"]),
    st.sampled_from(["hostage", "captive"]),
    st.sampled_from(
        [
            "{} described the guards as cruel.",
            "The video showed {}.",
            "{} said the guards beat him.",
            "The gunman barricaded himself inside a store with {} on Monday.",
            "Officials named {} who was freed in June.",
        ]
    ),
)
def test_one_hostage_is_one_kidnapped(determiner: str, noun: str, frame: str) -> None:
    words = f"{determiner} {noun}"
    text = frame.format(words[0].upper() + words[1:] if frame.startswith("{}") else words)
    assert ("kidnapped", 1) in [(kind, count) for kind, count, _ in found(text)]


def test_a_hostage_named_by_role() -> None:
    assert found(
        "The militant spoke before hostage James Foley, a U.S. journalist, was beheaded."
    ) == [
        ("kidnapped", 1, "hostage James Foley"),
        ("killed", 1, "James Foley, a U.S. journalist, was beheaded"),
    ]


def test_a_threat_to_a_hostage_leaves_the_hostage_held() -> None:
    assert found("He also threatened to execute another British hostage.") == [
        ("kidnapped", 1, "another British hostage")
    ]


@given(
    st.sampled_from(
        [
            "Police said it was a hostage {}.",
            "A hostage {} spoke to reporters.",
            "A hostage-{} left.",
        ]
    ),
    st.sampled_from(["situation", "crisis", "negotiator", "rescue", "taker"]),
)
def test_a_compound_names_no_captive(frame: str, noun: str) -> None:
    assert [f for f in found(frame.format(noun)) if f[0] == "kidnapped"] == []


@given(
    st.sampled_from(
        [
            "The senator is a hostage to fortune.",  # a figure of speech
            "The hostage was freed on Monday.",  # someone met before
            "He was never a hostage.",
            "Anyone could become a hostage there.",
            "He tried to take hostages before officers shot him.",  # an act only tried
            "Rebels never took hostages in the town.",
            "The hostages were killed in the raid.",  # counted before, if at all
            "Calls came from hostages during the standoff.",  # no harm told of them
        ]
    )
)
def test_no_captive_no_finding(text: str) -> None:
    assert [f for f in found(text) if f[0] == "kidnapped"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said a gunman took hostages at a grocery.",
            [("kidnapped", None, "took hostages")],
        ),
        (
            "The group carried out the murders of hostages in Syria.",
            [("killed", None, "murders of hostages"), ("kidnapped", None, "hostages")],
        ),
        (
            "He appeared in videos of the killings of Americans and other hostages.",
            [
                ("killed", None, "killings of Americans and other hostages"),
                ("kidnapped", None, "Americans and other hostages"),
            ],
        ),
        (
            "He appeared in more videos in which hostages were killed.",
            [("kidnapped", None, "hostages"), ("killed", None, "hostages were killed")],
        ),
    ],
)
def test_hostages_with_no_count(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert found(text) == expected


def test_along_with_joins_the_harm_told_last() -> None:
    text = (
        "A gunman who burst into a cafe and took hostages has been killed, along with two of "
        "the hostages, police said."
    )
    assert ("killed", 2, "along with two of the hostages") in found(text)


@given(st.sampled_from(["took", "had taken", "was holding", "kept"]))
def test_a_captors_verb_reads_its_own_hostage(verb: str) -> None:
    """ "took a pharmacist hostage" is the captor's verb and its role, read once by its rule."""
    text = f"The intruder {verb} a pharmacist hostage, police said."
    assert [kind for kind, _, _ in found(text)] == ["kidnapped"]


def test_names_after_the_people_they_are_share_the_harm() -> None:
    """ "including the Britons A and B": the names after "the" and their people's noun are a
    part of the harm told before, counted by the names."""
    text = (
        "He appeared in more videos in which hostages were killed, including the Britons David "
        "Haines and Alan Henning."
    )
    assert ("killed", 2, "including the Britons David Haines and Alan Henning") in found(text)


@given(
    st.sampled_from(["Indonesian", "Italian", "prominent", "innocent", "Japanese", "foreign"]),
    st.sampled_from(["hostages", "captives"]),
)
def test_a_counted_captive_is_read_across_an_adjective(adjective: str, noun: str) -> None:
    """An adjective before the noun, whatever its ending ("Indonesian", "prominent" end as
    "civilian" and "resident" do), does not stop the count: only a singular noun does."""
    text = f"The rebels freed 71 {adjective} {noun} on Tuesday."
    assert ("kidnapped", 71, f"71 {adjective} {noun}") in found(text)


def test_one_hostage_ended_by_an_irregular_participle() -> None:
    """The participle "held" ends the noun's phrase as a participle in -ed does ("a hostage seized in June")."""
    assert found("The gunman walked the corridor with a hostage held at gunpoint.") == [
        ("kidnapped", 1, "a hostage")
    ]
