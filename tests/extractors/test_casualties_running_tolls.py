"""A conflict's toll over a recent span of time is a running toll (the guidelines' decided case),
not a statistic: "over 1,700 people have been killed in the past three years" where the sentence
tells of an insurgency. The same span over unrelated events (a railway's accidents, a city's
shootings, a police force's record) stays a statistic (periods.py).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def counts(text: str) -> list[tuple[str, int | None]]:
    """Each written finding's kind and count."""
    return [(f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


def test_an_insurgency_toll_over_past_years_is_kept() -> None:
    text = (
        "Rebel violence has flared again in the northern districts, where more than 2,300 "
        "people have been killed in the past four years."
    )
    assert ("killed", 2300) in counts(text)


def test_a_toll_told_after_the_span_is_kept() -> None:
    text = "An army spokesman said that in the past 72 hours, 18 insurgents had been killed."
    assert counts(text) == [("killed", 18)]


def test_a_campaign_of_attacks_keeps_both_counts() -> None:
    text = (
        "Militias staged a string of attacks over the past week, leaving 9 killed and 14 wounded."
    )
    assert ("killed", 9) in counts(text)
    assert ("injured", 14) in counts(text)


def test_a_citys_shootings_over_a_span_stay_a_statistic() -> None:
    text = "Gang violence has surged: 31 people were shot in shootings over the past two weeks."
    assert counts(text) == []


def test_deaths_with_no_conflict_over_a_span_stay_a_statistic() -> None:
    text = "At least 40 people have been killed crossing the tracks over the past five months."
    assert counts(text) == []


@given(
    st.sampled_from(["clashes", "fighting", "the insurgency", "air strikes", "the offensive"]),
    st.integers(2, 40),
    st.sampled_from(["days", "weeks", "months", "years"]),
)
def test_a_conflicts_toll_over_any_recent_span_is_kept(cause: str, number: int, unit: str) -> None:
    text = (
        f"Officials said {number} people have been killed in {cause} over the past {number} {unit}."
    )
    assert ("killed", number) in counts(text)
