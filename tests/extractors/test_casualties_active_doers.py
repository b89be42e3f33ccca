"""A harm verb whose subject is its doer is no count of victims (issue 14, extractor.py
``_active``): an adverb between the subject and an active verb with an object after it ("he
also captured his home state", "Obama ultimately captured Florida", "he also killed a red
deer"), a phrasal verb ("Trump shot back", "Turkey shot down a Russian jet"), or a perfect
("no one has captured the real dilemma"). A passive with the same adverb
("a soldier was later killed") and a reduced passive with an adverb of degree ("two seriously
injured Saturday") still count their subject.
"""

from __future__ import annotations

import pytest
from casualty_counts import written as counts
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor


@pytest.mark.parametrize(
    "text",
    [
        "He also captured his home state of Vermont on Tuesday night.",
        "The senator ultimately captured Florida by about 74,000 votes.",
        "No one has captured the real dilemma of this election.",
        "The hunter also killed a red deer, which required a permit.",
        '"He wants to be a tough guy tonight," the governor shot back.',
        "The senator shot back in a statement, calling the ad a lie.",
        "Turkey shot down a Russian fighter jet on its border on Tuesday.",
        "The trade envoy shot down that claim on Capitol Hill.",
    ],
)
def test_an_active_verb_after_an_adverb_counts_no_victim(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A soldier was later killed by a roadside bomb.", ("killed", 1)),
        ("He later died in hospital.", ("killed", 1)),
        ("Three men were seriously injured in the blast.", ("injured", 3)),
        ("The gunman, who also wounded five others, was arrested.", ("injured", 5)),
        ("Two soldiers later captured a rebel near the border.", ("arrested", 1)),
        ("Three protesters were shot down in the street on Friday.", ("shot", 3)),
        ("Three protesters shot down in the street on Friday were buried.", ("shot", 3)),
    ],
)
def test_a_passive_or_an_object_still_counts(text: str, found: tuple[str, int]) -> None:
    assert found in counts(text)


_NAMES = st.sampled_from(["Sanders", "The governor", "Mr. Obama", "She", "The challenger"])
_ADVERBS = st.sampled_from(["also", "ultimately", "then", "easily", "again", "already"])
# places a gazetteer knows: an unknown capitalised object is read as a captive's name
_PLACES = st.sampled_from(["Vermont", "Florida", "Ohio", "Iowa", "Texas", "Nevada", "Maine"])


@given(_NAMES, _ADVERBS, _PLACES, st.integers(2, 99))
def test_a_candidate_capturing_a_state_is_no_kidnapping(
    name: str, adverb: str, place: str, share: int
) -> None:
    text = f"{name} {adverb} captured {place} with {share} percent of the vote."
    assert [kind for kind, _ in counts(text) if kind == "kidnapped"] == []


@given(_NAMES, st.sampled_from(["back", "back in a statement", "down the idea", "down that claim"]))
def test_a_retort_or_a_refusal_is_no_shooting(name: str, rest: str) -> None:
    assert counts(f"{name} shot {rest}.") == []


_TEAMS = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)
_WINS = st.sampled_from(["beat", "crushed", "edged", "routed", "thrashed", "shot down"])


@given(_TEAMS, _WINS, _TEAMS, st.integers(0, 9), st.integers(0, 9))
def test_a_sports_score_yields_no_casualty(
    home: str, verb: str, away: str, scored: int, conceded: int
) -> None:
    text = f"{home} {verb} {away} {scored}-{conceded} on Saturday, and {home} also shot 40 percent."
    assert counts(text) == []


@given(
    st.sampled_from(["Raqqa, Syria", "Mosul", "Hit, Iraq"]),
    st.sampled_from(['"John,"', '"Jihadi John"', "“Abu Omar”"]),
)
def test_a_quoted_name_after_the_verb_is_its_object(place: str, name: str) -> None:
    """'the attack on a location in Raqqa, Syria, killed "John,"': the verb is the attack's and
    its object the quoted name; the place before it, a name the headline gives, is no victim."""
    text = (
        f"Airstrike Targets Militant In {place}\n\n"
        f"Officials have not said whether the strike on a house in {place} killed {name} a militant."
    )
    found = [f.text for f in CasualtyExtractor().extract(Document(text))]
    assert not any(place in words for words in found)


@given(
    st.sampled_from(["two suspected militants", "three gunmen", "a man in a mask"]),
    st.sampled_from(["a farmer", "a 52-year-old Muslim farmer", "one soldier"]),
)
def test_a_passives_doers_are_no_subject_of_the_next_clause(doers: str, victim: str) -> None:
    """'was shot dead by two suspected militants, and a farmer was killed': the militants are
    the doers, and only the farmer of the second clause was killed with the first victim."""
    text = f"A teacher was shot dead by {doers}, and {victim} was killed in a blast."
    assert counts(text) == [("killed", 1), ("killed", 1)]


def test_a_relative_clause_tells_the_doers_own_harm() -> None:
    text = "An officer was shot by a suspect who was later killed by police."
    assert ("killed", 1) in counts(text)


_PERFECTS = st.sampled_from(["have", "had", "has"])
_TIME_ADVERBS = st.sampled_from(["also", "now", "already", "just", "since", "recently", "still"])


@given(_PERFECTS, _TIME_ADVERBS, st.sampled_from(["killed", "arrested", "wounded", "kidnapped"]))
def test_a_perfect_passive_with_an_adverb_before_been_counts_its_subject(
    perfect: str, adverb: str, harm: str
) -> None:
    """ "Three people have also been killed": "been" after the adverb makes the perfect
    passive, as it does right after "have"."""
    subject = "A guard" if perfect == "has" else "Three guards"
    found = counts(f"{subject} {perfect} {adverb} been {harm} in the attack.")
    assert [count for _, count in found] == [1 if perfect == "has" else 3]


@given(_PERFECTS, _TIME_ADVERBS)
def test_a_perfect_with_an_adverb_and_no_been_is_still_its_doers(perfect: str, adverb: str) -> None:
    assert counts(f"Two gunmen {perfect} {adverb} killed a guard in the attack.") == [("killed", 1)]
