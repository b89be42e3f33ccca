"""A count asked about is no count told (issue 14, round 10): "it was not known how many people
were injured" states no casualty, while a question about anything else ("how the girl was
injured") still tells of a harm done."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.unknowns import asked

EXTRACTOR = CasualtyExtractor()

_HARMS = ["were injured", "were killed", "died", "were hurt", "were arrested", "are missing"]


def counts(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@given(
    st.sampled_from(
        ["It was not known immediately", "Officials did not say", "Nobody knows", "It is unclear"]
    ),
    st.sampled_from(["many people", "many", "many of the passengers", "many more people"]),
    st.sampled_from(_HARMS),
)
def test_a_count_asked_about_is_no_finding(opening: str, who: str, harm: str) -> None:
    assert counts(f"{opening} how {who} {harm} in the accident.") == []


@given(st.sampled_from(["the girl was injured", "the boy was shot", "the man died"]))
def test_a_question_of_manner_still_tells_the_harm(clause: str) -> None:
    assert counts(f"It is unclear how {clause}.") != []


def test_many_told_is_not_asked() -> None:
    lower = "many people were injured and somehow many more were hurt."
    assert not asked(lower, 0)
    assert not asked(lower, lower.index("many more"))
