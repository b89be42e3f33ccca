"""Harms that are not real ones (session 8): a harm only claimed, and the claim said to be
without ground ("baselessly accused him of murdering her"), tells no casualty; a charge or an
accusation of a killing the news reports still does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.gates import unfounded

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
