"""'The body' after a killing told is one person killed (issue 14): the guidelines read a
singular noun for the dead as fixing its own count, whether the story counts one victim or a
toll ("police restrained him from climbing into an ambulance with the body"). A story that tells
no killing before it, a body an institution is ("the world body", "this body", "The body urged
electors"), a place in a living body ("shot in the body") and a body's own thing ("the body's
report") count nothing. "The hostage" after a kidnapping told is one person kidnapped, as a
person described by a harm the story tells. Each positive test fails without
``_ones_pointed_back`` in :mod:`newsparse.extractors.casualties.retold`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor


def bodies(text: str) -> list[tuple[str, str, int | None]]:
    """The findings of the text that hold the word "body": their words, kind and count."""
    found = CasualtyExtractor().extract(Document(text))
    return [(f.text, f.kind, f.count) for f in found if "body" in f.text and not f.inferred]


_KILLINGS = [
    "A man was shot dead in the street on Friday.",
    "Gunmen killed a shopkeeper in the market on Friday.",
    "A mine explosion killed at least 274 workers on Tuesday.",
]
_STATES = ["", "charred ", "lifeless ", "bullet-riddled "]
_AFTERS = [
    "Police found the {state}body in a ditch.",
    "The {state}body was taken to a morgue.",
    "Relatives were kept away from the {state}body.",
    "Officers covered the {state}body with a sheet, a witness said.",
]


@given(st.sampled_from(_KILLINGS), st.sampled_from(_STATES), st.sampled_from(_AFTERS))
def test_the_body_after_a_killing_is_one_killed(killing: str, state: str, after: str) -> None:
    text = f"{killing} {after.format(state=state)}"
    assert [(kind, count) for words, kind, count in bodies(text)] == [("killed", 1)]
    assert bodies(text)[0][0].lower() == f"the {state}body"


@pytest.mark.parametrize(
    "text",
    [
        # no killing told before it
        "Rescuers found the body on Sunday.",
        "Police found the body in a ditch. Officials said the man was shot dead on Friday.",
        # an institution
        "Gunmen killed a guard on Friday. The world body said it was alarmed.",
        "Gunmen killed a guard on Friday. The failure of this body to act is a disgrace.",
        "Gunmen killed a guard on Friday. The body urged voters to stay calm.",
        "Gunmen killed a guard on Friday. The body’s report was released on Monday.",
        # a living body, or a thing of one
        "Gunmen killed a guard on Friday. A second man was shot in the body.",
        "Gunmen killed a guard on Friday. Officers wore body armor.",
        # a killing only feared
        "Two gunmen were killed on Friday. If the body is not found, the search will go on.",
    ],
)
def test_no_body_pointed_back(text: str) -> None:
    assert [words for words, _, _ in bodies(text) if words.lower().startswith("the")] == []


_KIDNAPPINGS = [
    "Gunmen kidnapped a Japanese engineer on Friday.",
    "Seven oil workers were taken hostage by militants on Wednesday.",
]
_HOSTAGE_AFTERS = [
    "The {noun} said he was treated well.",
    "Police spoke to the {noun} on Sunday.",
    "Troops freed the {noun}, a spokesman said.",
]


@given(
    st.sampled_from(_KIDNAPPINGS),
    st.sampled_from(["hostage", "captive"]),
    st.sampled_from(_HOSTAGE_AFTERS),
)
def test_the_hostage_after_a_kidnapping_is_one_kidnapped(
    kidnapping: str, noun: str, after: str
) -> None:
    text = f"{kidnapping} {after.format(noun=noun)}"
    found = CasualtyExtractor().extract(Document(text))
    told = [(f.text.lower(), f.kind, f.count) for f in found if not f.inferred]
    assert told[-1] == (f"the {noun}", "kidnapped", 1)


@pytest.mark.parametrize(
    "text",
    [
        "The hostage said he was treated well.",  # no kidnapping told
        "Gunmen kidnapped an engineer on Friday. The hostage crisis went on for days.",
        "Gunmen kidnapped an engineer on Friday. The hostage's family appealed for calm.",
        "Gunmen kidnapped an engineer on Friday. The former hostage spoke on Monday.",
    ],
)
def test_no_hostage_pointed_back(text: str) -> None:
    found = CasualtyExtractor().extract(Document(text))
    assert [f.text for f in found if f.text.lower().startswith("the")] == []
