"""Parts of a counted group told without a harm word of their own (issue 14): "one of whom was
female", "seven of the victims were policemen and one was a civilian", "Two of the injured ...
while the other seven were passers-by". The guidelines mark each as a part (a subset) of the
harm it points back to. Each test fails without :mod:`newsparse.extractors.casualties.ellipsis`
and the "of whom" reading of the extractor's parts after a comma."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()
_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]


def parts(text: str) -> list[tuple[str, str, int | None]]:
    """Each part (subset) found: its words, kind and count, in text order."""
    return [(f.text, f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if f.subset]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sultan said that six people were killed, one of whom was female.",
            [("one of whom", "killed", 1)],
        ),
        (
            "Six people were wounded, two of them were children.",
            [("two of them", "injured", 2)],
        ),
        (
            "The ministry said eight people were killed in the attack but said seven of the "
            "victims were policemen and one was a civilian.",
            [("seven of the victims", "killed", 7), ("one", "killed", 1)],
        ),
        (
            "Two of the injured were travelling in the car while the other seven were passers-by.",
            [("Two of the injured", "injured", 2), ("the other seven", "injured", 7)],
        ),
        (
            "Three of the dead were found outside the train, and one was found inside.",
            [("Three of the dead", "killed", 3), ("one", "killed", 1)],
        ),
    ],
)
def test_a_part_told_by_ellipsis(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert parts(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a harm of the part's own, a denial, an act after the harm: the subject rule's or none
        ("Six people were shot, two of them were not hurt.", "two of them"),
        ("Six people were hurt, two of them were later released.", "two of them"),
        # victims of two harms: either
        (
            "Two people were killed and four injured, and three of the victims were related.",
            "three of the victims",
        ),
        # a person pointed back to, no count of the harmed
        ("Five people were shot and he had argued with one of the victims.", "one of the victims"),
        # "whom" of the names right before it, not of the harmed (a scraped page's lost space
        # joins the sentences)
        (
            "Three people were shot on Sunday.The suspects are John Reid, 33, and Ann Reid, 25, "
            "both of whom are nationals.",
            "both of whom",
        ),
        # a harm of the next part's own
        ("Two of the teenagers were found with gunshot wounds and two were dead.", "two"),
        # a count with a noun of its own is other people
        ("Two of the dead were identified, and one man was charged.", "one man"),
    ],
)
def test_no_part_by_ellipsis(text: str, words: str) -> None:
    assert [p for p in parts(text) if p[0].startswith(words)] == []


_GROUPS = [("killed", "dead", "killed"), ("wounded", "injured", "injured")]
_GROUPS += [("taken hostage", "hostages", "kidnapped")]


@given(
    st.integers(0, 6),
    st.integers(0, 6),
    st.sampled_from(_GROUPS),
    st.sampled_from([" and", ", and", " while", " but"]),
    st.sampled_from(["", "the other ", "another "]),
)
def test_the_next_part_takes_the_first_parts_harm(
    first: int, second: int, group: tuple[str, str, str], join: str, other: str
) -> None:
    harm, noun, kind = group
    rest = f"{other}{_WORDS[second]}"
    text = (
        f"{_WORDS[first + 1].capitalize()} people were {harm}. "
        f"Two of the {noun} were teachers{join} {rest} were pupils."
    )
    assert (rest, kind, second + 2) in parts(text)


def test_a_part_told_dead_is_no_part_of_the_harm_before() -> None:
    """A part told deceased ("two of whom are deceased") is a death, no part of the shot."""
    assert parts("We had four people shot, two of whom are deceased.") == [
        ("two of whom are deceased", "killed", 2)
    ]
