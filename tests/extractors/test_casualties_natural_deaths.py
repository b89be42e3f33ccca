"""A named person's death told with no cause (session 8): "His father, Kim Jong Il, died in 2011"
is no casualty, as the guidelines leave out "X's death" with no cause given; the same death told
with violence, an accident or a disaster, in its sentence or near another mention of the person,
is one killed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.events import death_without_cause

EXTRACTOR = CasualtyExtractor()
_NAMES = st.sampled_from(["Augusto Pinochet", "Margaret Thatcher", "Gerald Ford", "Lena Vos"])
_DEATHS = st.sampled_from(["died", "has died", "is dead", "died on Sunday", "died in 2011"])


def counts(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@given(_NAMES, _DEATHS)
def test_a_named_death_with_no_cause_is_no_finding(name: str, death: str) -> None:
    assert counts(f"The former leader {name} {death}, aides said.") == []


@given(_NAMES, st.sampled_from(["in a car crash", "after gunmen opened fire", "in the flood"]))
def test_a_named_death_with_its_cause_is_a_killing(name: str, cause: str) -> None:
    assert counts(f"The former leader {name} died {cause}, aides said.") == [("killed", 1)]


def test_a_cause_told_near_another_mention() -> None:
    story = (
        "Police said Dana Pratt was strangled in her flat. "
        "Friends said Pratt died on Tuesday, a week before her birthday."
    )
    died = story.index("Pratt died")
    assert not death_without_cause(story, died, died + len("Pratt died"), frozenset({"Pratt"}))


def test_a_clause_without_cause_ends_the_death() -> None:
    text = "Critics regretted that Augusto Pinochet died without facing trial for the killings."
    assert counts(text) == []
    text = "Ambassador Chris Stevens died after a Sept. 11 attack on the consulate."
    assert counts(text) == [("killed", 1)]


def test_the_surname_finds_the_person_not_the_family() -> None:
    story = (
        "Kim Jong Un had his uncle executed in 2013. "
        "His father, Kim Jong Il, died in 2011 and was about 70."
    )
    assert counts(story) == [("killed", 1)]  # the uncle's execution, not the father's death


def test_a_death_shared_in_a_list_is_an_events() -> None:
    assert counts("A woman and John Smith died on Monday.") == [("killed", 2)]
    assert counts("Ann Cole, 30, died at the scene.") == [("killed", 1)]
    # an "and" inside a relative clause lists no one
    assert counts("Billionaire Ross Perot, who ran in 1992 and 1996, died on Tuesday.") == []


_MOVED = st.sampled_from(
    ["will be flown to the capital", "lay in state on Monday", "was taken to the cathedral"]
)


@given(_NAMES, _MOVED, st.sampled_from(["body", "remains"]))
def test_a_named_body_in_a_story_of_no_killing_is_no_finding(
    name: str, moved: str, corpse: str
) -> None:
    story = f"The {corpse} of former President {name} {moved}. Crowds lined the streets."
    assert counts(story) == []


@pytest.mark.parametrize(
    "story",
    [
        "Sunday's grenade attack on the rally killed 16 people. Mourners wept as the body of "
        "Han Mony, a bodyguard, was placed on the bier.",  # a story that tells a killing
        "Rescuers found the body of Ann Cole in the river.",  # a body come upon
        "The body of Ann Cole was pulled from the river.",
    ],
)
def test_a_named_body_of_a_killing_or_come_upon_is_one(story: str) -> None:
    assert counts(story)[-1] == ("killed", 1)
