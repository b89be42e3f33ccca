"""One body found is one person killed (issue 14, round 10): "rescuers found another body",
"the store owner's body was found"; the other bodies of English, and "the body" that refers
back to someone met before, are no mention."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def counts(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@given(
    st.sampled_from(["another", "a", "a second", "the store owner's", "the man's", "her son's"]),
    st.sampled_from(["", "badly burned ", "dismembered and decapitated ", "charred "]),
    st.sampled_from(["Rescuers found {} Wednesday.", "Police said {} was pulled from the river."]),
)
def test_one_body_is_one_killed(determiner: str, state: str, frame: str) -> None:
    assert counts(frame.format(f"{determiner} {state}body")) == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The governing body met on Monday.",
        "Officers wore body cameras during the raid.",
        "A body of water separates the towns.",
        "Police confirmed that the body found along a highway was his.",
        'He left the Advisory Council," a body that advises the government.',
        "The committee's body of work was praised.",
    ],
)
def test_no_corpse_no_finding(text: str) -> None:
    assert counts(text) == []


@given(st.sampled_from(["intelligence", "evidence", "opinion", "literature", "case law", "troops"]))
def test_a_body_of_a_bare_noun_is_a_collection(noun: str) -> None:
    assert counts(f"The committee said there was a body of {noun} to support the claim.") == []


@pytest.mark.parametrize(
    "owner", ["a young man", "the missing teacher", "Robert Moncayo", "her son"]
)
def test_the_body_of_someone_is_a_corpse(owner: str) -> None:
    assert counts(f"Divers recovered the body of {owner} on Sunday.") == [("killed", 1)]
