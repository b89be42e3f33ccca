"""The period-statistic filter of issue 14 (round 10): a toll over a span of years long over by
the story's date is an era's toll and kept ("the war from 1980 to 1988, during which 500,000
people were killed"), while a toll summed over several accidents or disasters is a statistic and
dropped ("two recent colliery accidents have killed at least 67").
"""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def counts(text: str, published: datetime.date | None = None) -> list[tuple[str, int | None]]:
    """Each written finding's kind and count."""
    found = EXTRACTOR.extract(Document(text, published=published))
    return [(f.kind, f.count) for f in found if not f.inferred]


_TOLLS = [("more than 500,000 people", 500000), ("up to 1.5 million people", 1500000)]


@given(
    st.integers(1900, 1990),
    st.integers(1, 12),
    st.sampled_from(_TOLLS),
    st.sampled_from(
        [
            "The war lasted from {} to {}, during which {} were killed.",
            "Historians say {2} were killed between {0} and {1} in the conflict.",
        ]
    ),
)
def test_a_toll_over_years_long_past_is_kept(
    first: int, length: int, toll: tuple[str, int], frame: str
) -> None:
    text = frame.format(first, first + length, toll[0])
    published = datetime.date(first + length + 10, 6, 1)
    assert ("killed", toll[1]) in counts(text, published)
    # without a date, the latest year the story names stands for it
    assert ("killed", toll[1]) in counts(f"{text} The treaty was signed in {first + length + 10}.")


@given(st.integers(2010, 2018))
def test_a_toll_over_recent_years_is_still_a_statistic(first: int) -> None:
    text = f"From {first} to {first + 2}, 300 people were killed in shootings in the city."
    assert counts(text, datetime.date(first + 3, 1, 1)) == []


@given(
    st.sampled_from(["Two recent", "Three", "Several", "Natural", "Four separate"]),
    st.sampled_from(["colliery accidents", "mine disasters", "road crashes", "disasters"]),
    st.sampled_from(["have killed at least 67 people", "killed 34,000 people", "left 78 dead"]),
)
def test_a_toll_summed_over_several_accidents_is_a_statistic(
    events: str, nouns: str, toll: str
) -> None:
    assert counts(f"{events} {nouns} {toll} this month.") == []


def test_one_of_the_accidents_is_an_event() -> None:
    text = "Police said one of the crashes killed three people on Monday."
    assert counts(text) == [("killed", 3)]
