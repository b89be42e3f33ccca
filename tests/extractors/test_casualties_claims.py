"""Harms that are not real ones (session 8): a harm only claimed, and the claim said to be
without ground ("baselessly accused him of murdering her"), tells no casualty; a charge or an
accusation of a killing the news reports still does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.unreal import unfounded

EXTRACTOR = CasualtyExtractor()


def counts(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@given(
    st.sampled_from(
        ["baselessly accused", "accused, without evidence,", "has falsely and baselessly accused"]
    ),
    st.sampled_from(["of murdering his aide", "of killing two reporters", "of kidnapping a boy"]),
)
def test_a_harm_claimed_without_ground_is_no_finding(claim: str, harm: str) -> None:
    assert counts(f"The senator {claim} the talk show host {harm}, his lawyer said.") == []


def test_a_claim_doubted_after_the_harm() -> None:
    text = "Her husband protested a post that suggests his wife was murdered, without any evidence."
    assert counts(text) == []


@given(st.sampled_from(["charged with murdering his wife", "accused of killing three people"]))
def test_a_charge_of_a_reported_killing_stays(charge: str) -> None:
    assert counts(f"A man was {charge} in a shooting on Monday, police said.") != []


def test_doubt_of_something_else_keeps_the_harm() -> None:
    text = "A conspiracy theorist has said the 2012 shooting that killed 20 children was a hoax."
    assert counts(text) == [("killed", 20)]
    sentence = "He has claimed, without evidence, that the vote was rigged; the blast killed four."
    assert not unfounded(sentence, sentence.index("killed four"), len(sentence) - 1)


@given(
    st.sampled_from(["protect", "save", "shield", "keep"]),
    st.sampled_from(["the unborn", "these children", "two witnesses"]),
    st.sampled_from(["murdered", "killed", "kidnapped"]),
)
def test_a_harm_kept_from_happening_is_no_finding(verb: str, who: str, harm: str) -> None:
    assert counts(f"Activists vowed to {verb} {who} from being {harm}, a spokesman said.") == []


def test_a_death_from_being_hit_stays() -> None:
    assert counts("A cyclist died from being hit by a truck on Monday.") != []


@given(
    st.sampled_from(["in several states", "in each of the last three years", "repeatedly"]),
)
def test_one_persons_arrests_told_as_a_habit_are_no_finding(habit: str) -> None:
    assert counts(f"Records show that James Kopp had been arrested {habit} for protesting.") == []


def test_an_arrest_with_a_place_stays() -> None:
    assert counts("James Kopp was arrested in France on Monday.") == [("arrested", 1)]


def test_hurt_of_a_person_by_name_is_figurative() -> None:
    assert counts("He said the inquiry is hurting Hillary Clinton in the polls.") == []
    assert counts("A roadside bomb wounded Sgt. Tom Reyes on Monday.") == [("injured", 1)]


@given(
    st.sampled_from(["killing an innocent man", "shooting an unarmed civilian"]),
    st.sampled_from(["or stealing from the poor", "or raping a prisoner"]),
)
def test_an_act_of_a_kind_among_alternatives_is_no_finding(act: str, other: str) -> None:
    assert counts(f"A soldier is punished for a crime like {act} {other}, the law says.") == []
    assert counts(f"A soldier is punished for lying or {act}, the law says.") == []


def test_a_count_between_alternatives_stays() -> None:
    assert counts("The blast killed seven or eight soldiers.") == [("killed", 7)]
    assert counts("Gunmen stormed the house, killing a policeman.") == [("killed", 1)]
