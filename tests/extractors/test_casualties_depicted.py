"""A harm's adjective after a verb of finding, moving or lying, the state the people were in:
"three people were discovered dead", "eight people were pulled injured from the wreckage"
(pool-i), "two brothers arrived dead at the hospital" (pool-f), "Baker lay dead in the entry"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, int | None, str]]:
    """Each written finding's kind, count and words."""
    return [(f.kind, f.count, f.text) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


# Each story and the finding it gives.
DEPICTED = {
    "Police said three people were discovered dead shortly after 2 a.m.": (
        "killed",
        3,
        "three people were discovered dead",
    ),
    "Eight people were pulled injured from the wreckage of the building.": (
        "injured",
        8,
        "Eight people were pulled injured",
    ),
    "Medics said two brothers arrived dead at the hospital.": (
        "killed",
        2,
        "two brothers arrived dead",
    ),
    "The scene was chaotic as 25-year-old Michael Baker lay dead in the entry.": (
        "killed",
        1,
        "Michael Baker lay dead",
    ),
    "Officers then located another person lying wounded in a ditch.": (
        "injured",
        1,
        "another person lying wounded",
    ),
}
# The verbs with no harm's adjective after them.
UNHARMED = (
    "The ship arrived at the port on Monday.",
    "Investigators located the car near the river.",
    "Two workers were pulled from the river unharmed.",
    "Three men lay down on the road in protest.",
)


@pytest.mark.parametrize("text", sorted(DEPICTED))
def test_a_harm_adjective_after_a_verb_of_finding_or_lying(text: str) -> None:
    assert DEPICTED[text] in found(text)


@pytest.mark.parametrize("text", UNHARMED)
def test_the_verbs_alone_tell_no_harm(text: str) -> None:
    assert found(text) == []


# Each verb in the shape it takes: a passive after "were", or an intransitive alone.
SHAPES = (
    "were discovered",
    "were located",
    "were pulled",
    "were carried",
    "were recovered",
    "arrived",
    "lay",
    "were lying",
)


COUNTS = {"Two": 2, "Five": 5, "Twelve": 12}


@given(
    st.sampled_from(SHAPES),
    st.sampled_from([("dead", "killed"), ("injured", "injured"), ("wounded", "injured")]),
    st.sampled_from(sorted(COUNTS)),
)
def test_a_count_in_a_depicted_state_is_harmed(
    shape: str, state: tuple[str, str], count: str
) -> None:
    adjective, kind = state
    words = f"{count} people {shape} {adjective}"
    assert (kind, COUNTS[count], words) in found(f"{words} near the market.")
