"""A toll noun tied to its count (session 8): "the number of US fatalities ... to 2,946",
"estimated the deaths at more than 60", "a higher toll: 137", "the toll numbered 213", "14
killings", and a side's people lost ("Israel has lost 67 people"). Each fails without its rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.totals import document_figures

EXTRACTOR = CasualtyExtractor()

_FIGURES = [("2,946", 2946), ("more than 60", 60), ("213", 213), ("four", 4)]


def counts(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@given(
    st.sampled_from(["fatalities", "deaths", "dead"]),
    st.sampled_from(["", "US ", "civilian "]),
    st.sampled_from(["to", "at"]),
    st.sampled_from(_FIGURES),
)
def test_the_number_of_the_dead_with_modifiers(
    noun: str, modifier: str, tie: str, figure: tuple[str, int]
) -> None:
    text = f"The attack brought the number of {modifier}{noun} in the region {tie} {figure[0]}."
    assert ("killed", figure[1]) in counts(text)


@given(
    st.sampled_from(["estimated", "put", "placed"]),
    st.sampled_from(["Thursday's deaths", "the dead", "the fatalities"]),
    st.sampled_from(_FIGURES),
)
def test_an_estimate_puts_the_dead_at_a_count(
    verb: str, dead: str, figure: tuple[str, int]
) -> None:
    text = f"Medical volunteers {verb} {dead} at {figure[0]}, officials said."
    assert ("killed", figure[1]) in counts(text)


def test_the_deaths_at_a_place_are_no_count() -> None:
    assert ("killed", 3) not in counts("The deaths at 3 Elm Street are under investigation.")


def test_a_toll_and_its_count_after_a_colon() -> None:
    text = "Only twice has the military seen a higher toll: 137 in November 2004, officials said."
    assert ("killed", 137) in counts(text)


@given(
    st.lists(st.integers(10, 999), min_size=2, max_size=4, unique=True),
    st.sampled_from(["in May", "in April 2004", "on Friday"]),
)
def test_a_list_of_tolls_after_a_colon(figures: list[int], when: str) -> None:
    listed = [f"{n} {when}" for n in figures]
    text = f"The military saw a higher toll: {', '.join(listed[:-1])} and {listed[-1]}."
    document = Document(text)
    found = [f for f in EXTRACTOR.extract(document) if f.kind == "killed"]
    assert [(f.count, f.past) for f in found] == [(figures[0], False)] + [
        (n, True) for n in figures[1:]
    ]
    # tolls of different times are not added up: the story's figure is the first
    assert document_figures(found, text)["killed"] == figures[0]


@given(
    st.sampled_from(["The death toll", "The victims of the blast", "The dead, officials said,"]),
    st.sampled_from(_FIGURES),
)
def test_a_toll_numbered(toll: str, figure: tuple[str, int]) -> None:
    assert ("killed", figure[1]) in counts(f"{toll} numbered {figure[0]} by Friday night.")


@given(st.sampled_from(["killings", "slayings", "murders"]), st.sampled_from(_FIGURES))
def test_killings_counted_are_deaths(noun: str, figure: tuple[str, int]) -> None:
    text = f"Police said {figure[0]} {noun} were blamed on the gang."
    assert ("killed", figure[1]) in counts(text)


def test_attempted_murders_are_no_deaths() -> None:
    assert counts("Six men were indicted for roles in five attempted murders.") == []


def test_a_year_of_killings_is_a_statistic() -> None:
    assert counts("Detectives have handled five killings this month.") == [("killed", 5)]
    assert counts("Detectives have handled five killings in all of 2014.") == []


@given(
    st.sampled_from(["Israel has lost", "The army lost", "after losing"]),
    st.sampled_from(_FIGURES),
    st.sampled_from(["people", "soldiers", "troops", "civilians"]),
)
def test_a_side_losing_its_people(lost: str, figure: tuple[str, int], people: str) -> None:
    text = f"Fighting went on, {lost} {figure[0]} {people} since July."
    assert ("killed", figure[1]) in counts(text)


@given(
    st.sampled_from(["The company lost", "The hospital has lost", "after losing"]),
    st.sampled_from(_FIGURES),
    st.sampled_from(["people", "men"]),
    st.sampled_from(["layoffs", "the virus", "cancer", "a rival firm", "retirement"]),
)
def test_people_lost_to_anything_but_violence_are_no_casualties(
    lost: str, figure: tuple[str, int], people: str, cause: str
) -> None:
    text = f"Last year {lost} {figure[0]} {people} to {cause}."
    assert counts(text) == []
