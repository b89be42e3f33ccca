"""Counts of no one told through a part or a denial (issue 14, round 10): "none of those doctors
were killed" and "it did not appear that anyone else was injured" are 0, while "none of the
people shot knew him" and "anyone who was hurt" count no one at all."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.findings import Casualty

EXTRACTOR = CasualtyExtractor()

_HARMS = [("were killed", "killed"), ("were injured", "injured"), ("were hurt", "injured")]


def written(text: str) -> list[Casualty]:
    return [f for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@given(
    st.sampled_from(["None of those doctors", "None of the passengers", "None of them"]),
    st.sampled_from(_HARMS),
    st.sampled_from(["", " in the attack", ", police said"]),
)
def test_none_of_a_group_is_a_zero_part(who: str, harm: tuple[str, str], rest: str) -> None:
    found = written(f"Three clinics were attacked. {who} {harm[0]}{rest}.")
    assert [(f.kind, f.count, f.subset) for f in found] == [(harm[1], 0, True)]


@given(
    st.sampled_from(["did not appear that", "was no sign that", "said it was unlikely that"]),
    st.sampled_from(["anyone", "anyone else", "anybody"]),
    st.sampled_from(_HARMS),
)
def test_anyone_denied_is_no_one(denial: str, anyone: str, harm: tuple[str, str]) -> None:
    text = f"Police said it {denial} {anyone} {harm[0].replace('were', 'was')}."
    found = [(f.kind, f.count) for f in written(text)]
    assert found == ([(harm[1], 0)] if "unlikely" not in denial else [])


@given(
    st.sampled_from(
        [
            "None of the people shot knew the gunman.",
            "None of the protesters who were shot had weapons.",
            "None of the injured are in critical condition.",
            "Anyone who was injured should call the police.",
        ]
    )
)
def test_no_zero_where_the_harm_is_no_ones_denial(text: str) -> None:
    assert all(f.count != 0 for f in written(text))


def test_a_part_of_none_hurt_leaves_the_wounded_of_the_story() -> None:
    text = "Five people were shot on Monday. None of the children were hurt."
    inferred = [f for f in EXTRACTOR.extract(Document(text)) if f.inferred]
    assert [(f.kind, f.count) for f in inferred] == [("injured", 5)]


@given(
    st.sampled_from(["No officers", "No civilians", "no U.S. troops", "No other passengers"]),
    st.sampled_from([*_HARMS, ("were shot", "shot")]),
)
def test_no_before_people_counts_none_of_them(who: str, harm: tuple[str, str]) -> None:
    """ "No officers were injured in the incident" is 0 injured, as "no one was hurt" is."""
    text = f"A gunman opened fire on Sunday. {who} {harm[0]} in the incident."
    zero = [f for f in written(text) if f.count == 0]
    assert [(f.text, f.kind) for f in zero] == [(f"{who} {harm[0]}", harm[1])]


def test_no_suspects_in_custody_is_no_arrest() -> None:
    """An arrest not yet made counts no one, as "police do not have a suspect in custody"."""
    for text in ("No suspects are in custody.", "No suspects have been arrested yet."):
        assert written(text) == []
