"""The harmed named by their harm as a subject, then who they were (issue 14, session 16): "Those
killed included a child" is 1 killed, a part of the dead the story counts; "The wounded
included a 19-year-old woman and six men" is 1 and 6 injured. Seen on pool-n and in SemEval
stories; not a part taken "of" the harmed, a list of names and ages, or their ages alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[int | None, str, bool]]:
    return [
        (f.count, f.kind, f.subset) for f in EXTRACTOR.extract(Document(text)) if not f.inferred
    ]


_HARMED = [("Those killed", "killed"), ("The dead", "killed"), ("The wounded", "injured")]
_VERBS = ["included", "include", "were"]
_PEOPLE = [("a child", 1), ("two teenagers", 2), ("a 44-year-old man", 1), ("three women", 3)]


@given(st.sampled_from(_HARMED), st.sampled_from(_VERBS), st.sampled_from(_PEOPLE))
def test_the_harmed_then_who_they_were(
    harmed: tuple[str, str], verb: str, people: tuple[str, int]
) -> None:
    subject, kind = harmed
    who, count = people
    text = f"Police said a gunman opened fire on Sunday. {subject} {verb} {who}, officials said."
    assert (count, kind, True) in found(text)


def test_each_group_of_a_list_is_its_own_part() -> None:
    text = "The wounded included a 19-year-old woman and six men aged 21 to 36."
    assert found(text) == [(1, "injured", True), (6, "injured", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Those injured were 28 and 31 years old.",
        "Police said the dead were Alejandro Martinez, 20; Erica Rodriguez, 21; and Paula Nino, 20.",
        "The injured are undergoing treatment at the hospital.",
    ],
)
def test_no_part_of_the_harmed(text: str) -> None:
    assert not [f for f in found(text) if f[2]]


def test_a_part_taken_of_the_harmed_is_read_as_before() -> None:
    assert found("Three of the dead were found outside the train.") == [(3, "killed", True)]
