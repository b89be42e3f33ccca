"""Named victims told by a noun or a participle (issue 14): the agent noun of a
killing ("the killers of a British aid worker"), a harm noun's people ended by "to" ("the murder
of journalist Heorhiy Gongadze to the court"), an act only planned or foreseen ("an eventual
killer of"), a participle before a plural role and a list of names ("murdered journalists
James Foley and Steven Sotloff", one item of two), and victims given as a list of names, one
item whose count is the number of names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def _told(text: str) -> list[tuple[str, str, int | None]]:
    return [(f.text, f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police are still looking for the killer of a 17-year-old high school student.",
            [("killer of a 17-year-old high school student", "killed", 1)],
        ),
        (
            "The prime minister vowed to bring the killers of an aid worker to justice.",
            [("killers of an aid worker", "killed", 1)],
        ),
        (
            "The convicted murderer of Anna Lindh was sentenced on Monday.",
            [("murderer of Anna Lindh", "killed", 1)],
        ),
        (
            "Prosecutors sent the murder of reporter Maria Lopez to the Supreme Court.",
            [("murder of reporter Maria Lopez", "killed", 1)],
        ),
        (
            'The charity was "horrified by the heinous assassination" of Mr Haines on Saturday.',
            [('assassination" of Mr Haines', "killed", 1)],
        ),
        (
            "Murdered US journalists James Foley and Steven Sotloff made similar speeches.",
            [("Murdered US journalists James Foley and Steven Sotloff", "killed", 2)],
        ),
        (
            "Hundreds held a vigil for slain officers Ana Ruiz, Mark Cole and Tom Bell.",
            [("slain officers Ana Ruiz, Mark Cole and Tom Bell", "killed", 3)],
        ),
        (
            "A vigil for slain officer Ana Ruiz and her family was held.",
            [("slain officer Ana Ruiz", "killed", 1)],
        ),
        (
            "Mystery still shrouds the stranglings of Natalie Pearman, 16, in 1992.",
            [("stranglings of Natalie Pearman, 16,", "killed", 1)],
        ),
    ],
)
def test_a_noun_or_participle_tells_the_named_killed(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _told(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Charles Manson was one of the most notorious murderers of the 20th century.",
        "Waiting for the count will be the killer of it.",
        "The group raised the reward for an eventual killer of Salman Rushdie.",
        "Police foiled the planned assassination of Mayor John Smith.",
        "Police are looking into the possible lynching of two black men.",
        "The deaths of ten to twelve reported cases were disputed.",
        "Critics decried the 'murder' of democracy.",
    ],
)
def test_no_victim_where_none_is_killed(text: str) -> None:
    assert [f for f in _told(text) if f[1] == "killed"] == []


@given(
    st.sampled_from(["slain", "murdered", "assassinated"]),
    st.sampled_from(["journalists", "officers", "activists"]),
    st.lists(
        st.sampled_from(["John Smith", "Mary Jones", "Ahmed Karim", "Lucia Ortega"]),
        min_size=2,
        max_size=4,
        unique=True,
    ),
)
def test_a_participle_counts_each_name_of_its_list(
    participle: str, role: str, names: list[str]
) -> None:
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    text = f"Thousands gathered for {participle} {role} {listed} on Monday."
    assert _told(text) == [(f"{participle} {role} {listed}", "killed", len(names))]


_NAMES = ["John Smith", "Mary Jones", "Ahmed Karim", "Lucia Ortega", "David Brown"]


@given(
    st.lists(st.sampled_from(_NAMES), min_size=2, max_size=4, unique=True),
    st.lists(st.integers(min_value=12, max_value=80), min_size=2, max_size=2),
    st.booleans(),
    st.sampled_from([("were killed", "killed"), ("were arrested", "arrested")]),
)
def test_a_list_of_names_is_one_item_of_their_number(
    names: list[str], ages: list[int], aged: bool, harm: tuple[str, str]
) -> None:
    """Victims given as a list of names are one item whose count is the number of names (the
    annotation guidelines' decided case), an age after each name or not."""
    if aged:  # a name and its age between commas: a list of two, which the commas leave plain
        listed = f"{names[0]}, {ages[0]}, and {names[1]}, {ages[1]},"
        names = names[:2]
    else:
        listed = ", ".join(names[:-1]) + " and " + names[-1]
    verb, kind = harm
    text = f"{listed} {verb} on Monday."
    assert _told(text) == [(f"{listed} {verb}", kind, len(names))]


def test_a_list_with_a_group_is_each_member() -> None:
    assert _told("Mary Jones and three children were killed.") == [
        ("Mary Jones and three children were killed", "killed", 1),
        ("three children were killed", "killed", 3),
    ]
