"""Tolls told by the figure they reach (issue 14, round 10): "the death toll broke the 2,000
mark", "the number injured topped 2,200". Each property fails without the wording it reads."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()

_FIGURES = [("2,000", 2000), ("100,000", 100000), ("500", 500)]


def counts(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@given(
    st.sampled_from(["The death toll", "The US death toll for the war", "The toll"]),
    st.sampled_from(["broke", "crossed", "passed", "topped"]),
    st.sampled_from(_FIGURES),
    st.sampled_from(["mark", "threshold", "milestone"]),
)
def test_a_toll_past_a_round_mark(toll: str, verb: str, figure: tuple[str, int], mark: str) -> None:
    assert ("killed", figure[1]) in counts(f"{toll} just {verb} the {figure[0]} {mark} last week.")


@given(
    st.sampled_from(["the number", "the number of people", "the number of civilians"]),
    st.sampled_from([("injured", "injured"), ("killed", "killed"), ("detained", "arrested")]),
    st.sampled_from(["topped", "exceeded", "passed", "rose to"]),
    st.sampled_from(_FIGURES),
)
def test_the_number_in_a_state_reaching_a_figure(
    number: str, state: tuple[str, str], verb: str, figure: tuple[str, int]
) -> None:
    text = f"Officials said {number} {state[0]} {verb} {figure[0]} on Friday."
    assert (state[1], figure[1]) in counts(text)


def test_a_toll_that_breaks_no_figure_is_none() -> None:
    assert counts("The toll broke records on Friday, officials said.") == []


@given(
    st.sampled_from(["We lost", "The country has lost", "after losing"]),
    st.sampled_from([("two", 2), ("more than 2,000", 2000), ("thousands of American", None)]),
)
def test_lives_lost_are_deaths(lost: str, count: tuple[str, int | None]) -> None:
    assert ("killed", count[1]) in counts(f"{lost} {count[0]} lives in the war.")


@given(
    st.sampled_from([("2,400", 2400), ("Three", 3), ("More than 50", 50)]),
    st.sampled_from(["lost", "were lost", "have been lost"]),
)
def test_lives_told_lost_after_them_are_deaths(count: tuple[str, int], lost: str) -> None:
    assert counts(f"{count[0]} lives {lost} in the war, the general said.") == [
        ("killed", count[1])
    ]


def test_lives_saved_are_not_lost() -> None:
    assert counts("Rescuers saved 300 lives in the flood.") == []
    assert counts("Officials said no lives were lost in the fire.") == []


def test_lives_lost_in_an_epidemic_story_are_the_epidemics() -> None:
    text = (
        "The coronavirus pandemic has hit the city hard. Few children catch the coronavirus, "
        "and the coronavirus rarely kills them. Of the 23,083 lives lost as of May 21, only "
        "14 were younger than 20."
    )
    assert ("killed", 23083) not in counts(text)
