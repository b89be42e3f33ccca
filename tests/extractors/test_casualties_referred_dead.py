"""The dead named by a relative clause with no count are no mention (referred.py, issue 14):
"the names of those who died", "many of those killed were fighters". A count the clause goes on
to give, or a victim noun of its own, stays.
"""

from __future__ import annotations

import pytest
from casualty_counts import written as counts
from hypothesis import given
from hypothesis import strategies as st

from newsparse.extractors.casualties.referred import without_references
from newsparse.findings import Casualty
from newsparse.span import Span


@pytest.mark.parametrize(
    "text",
    [
        "Police have not released the names of those who died.",
        "The city will pay the funeral costs of the victims who died in the fire.",
        "The group said many of those killed were its own fighters.",
        "Protesters read out the names of people who died at the hands of police.",
    ],
)
def test_the_dead_told_by_who_they_were_are_no_count(text: str) -> None:
    assert [c for c in counts(text) if c[0] == "killed"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Three people who died in the blast were police officers.", ("killed", 3)),
    ],
)
def test_a_count_or_a_victim_of_its_own_stays(text: str, found: tuple[str, int | None]) -> None:
    assert found in counts(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("those who died are well over 1,000, he said.", True),
        ("those who died were named on monday.", False),
    ],
)
def test_a_count_the_clause_goes_on_to_give_keeps_it(text: str, kept: bool) -> None:
    at = text.index("died")
    died = Casualty(span=Span(at, at + 4), text="died", count=None, kind="killed")
    assert without_references(text, [died]) == ([died] if kept else [])


@given(
    st.sampled_from(["those", "the people", "the victims", "all the people"]),
    st.sampled_from(["who", "that"]),
    st.sampled_from(["died", "were killed", "lost their lives"]),
)
def test_any_relative_on_the_dead_without_a_count_is_no_mention(
    head: str, relative: str, harm: str
) -> None:
    text = f"Officials have not named {head} {relative} {harm} on Sunday."
    assert [c for c in counts(text) if c[0] == "killed"] == []
