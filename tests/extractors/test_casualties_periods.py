"""The period-statistic filter of issue 14 (round 10): a toll over a span of years long over by
the story's date is an era's toll and kept ("the war from 1980 to 1988, during which 500,000
people were killed"), while a toll summed over a category of accidents or disasters is a statistic
and dropped ("natural disasters killed 34,000"); a toll over accidents the text counts is a mention
("two recent colliery accidents have killed at least 67").
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


_EVENT_NOUNS = st.sampled_from(
    ["colliery accidents", "mine disasters", "road crashes", "disasters"]
)
_TOLLS_OVER_EVENTS = st.sampled_from(
    [("have killed at least 67 people", 67), ("killed 34,000 people", 34000), ("left 78 dead", 78)]
)


@given(
    st.sampled_from(["Natural", "Recent", "Three days of", "Two weeks of"]),
    _EVENT_NOUNS,
    _TOLLS_OVER_EVENTS,
)
def test_a_toll_summed_over_a_category_of_accidents_is_a_statistic(
    events: str, nouns: str, toll: tuple[str, int]
) -> None:
    assert counts(f"{events} {nouns} {toll[0]}.") == []


@given(
    st.sampled_from(["Two recent", "Three", "Several", "The two", "2,000", "Four separate"]),
    _EVENT_NOUNS,
    _TOLLS_OVER_EVENTS,
)
def test_a_toll_over_accidents_the_text_counts_is_a_mention(
    events: str, nouns: str, toll: tuple[str, int]
) -> None:
    assert ("killed", toll[1]) in counts(f"{events} {nouns} {toll[0]} on Monday.")


def test_a_total_over_the_named_disasters_is_a_mention() -> None:
    text = "The second of two fatal crashes occurred in March. A total of 346 people died in the two disasters."
    assert counts(text) == [("killed", 346)]


def test_one_of_the_accidents_is_an_event() -> None:
    text = "Police said one of the crashes killed three people on Monday."
    assert counts(text) == [("killed", 3)]
