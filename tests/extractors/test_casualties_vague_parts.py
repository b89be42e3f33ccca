"""A part of a toll told after a comma with no number ("1,400 people, many of them civilians")
points back to the toll without restating a count: no mention of its own (session 15, the
guidelines' decided case for back-references); a part with a number stays a subset."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse._data.casualty_words import VAGUE_AMOUNTS
from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def told(text: str) -> list[tuple[str, int | None, bool]]:
    return [(f.text, f.count, f.subset) for f in EXTRACTOR.extract(Document(text))]


@given(
    st.sampled_from(["many", "most", "some", "several"]),
    st.sampled_from(["civilians", "militants", "women and children"]),
)
def test_a_part_with_no_number_is_no_mention(part: str, who: str) -> None:
    found = told(f"The fighting has killed more than 1,400 people, {part} of them {who}.")
    assert found == [("killed more than 1,400 people", 1400, False)]


def test_a_part_with_a_number_stays_a_subset() -> None:
    found = told("The fighting has killed more than 1,400 people, 300 of them children.")
    assert ("300 of them", 300, True) in found


@given(
    st.sampled_from(["Dozens of", "Hundreds of", "A handful of", "A couple of", "Scores of"]),
    st.sampled_from([("people were killed", "killed"), ("protesters were arrested", "arrested")]),
)
def test_a_vague_amount_s_own_of_takes_no_part(amount: str, harm: tuple[str, str]) -> None:
    found = told(f"{amount} {harm[0]} on Monday.")
    assert [subset for text, _, subset in found if text.startswith(amount)] == [False]


@given(
    st.sampled_from(["Dozens of", "Hundreds of", "Scores of"]),
    st.sampled_from(["the", "his", "their"]),
)
def test_a_vague_amount_of_a_whole_is_a_part(amount: str, whole: str) -> None:
    found = told(f"{amount} {whole} supporters were arrested on Monday.")
    assert (f"{amount} {whole} supporters were arrested", None, True) in found


# a crowd amount with an "of" of its own, with its noun left out or given
_CROWDS = sorted(a.removesuffix(" of") for a in VAGUE_AMOUNTS if " of " in a.removesuffix(" of"))


@given(st.sampled_from(_CROWDS), st.sampled_from(["", " of people", " of residents"]))
def test_a_crowd_amount_is_no_part_of_a_group(amount: str, noun: str) -> None:
    crowd = f"{amount.capitalize()}{noun}"
    found = told(f"{crowd} were evacuated as the fire spread.")
    assert [subset for text, _, subset in found if text.startswith(crowd)] == [False]
