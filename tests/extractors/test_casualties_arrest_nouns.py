"""Arrests told by their act noun (arrest_nouns.py): one arrest is one person arrested, counted
("two arrests have been made") or made ("Police made an arrest"), but not a person's record
("his 12 prior arrests"), which counts times, nor an arrest not made or only hoped for.
"""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Two arrests have been made in the case, the sheriff said.", 2),
        ("Sheriff: 2 arrests made in truck stop shooting", 2),
        ("Police have made an arrest in that case, he said.", 1),
        ("Officers made another arrest, but he did not have details.", 1),
        ("Second arrest made in Tabor Street slaying", 1),
        ("Arrest made in birthday party shooting", 1),
        ("An arrest was made on Tuesday, police said.", 1),
    ],
)
def test_an_arrest_counted_or_made_is_that_many_arrested(text: str, count: int) -> None:
    assert written(text) == [("arrested", count)]


@pytest.mark.parametrize(
    "text",
    [
        "He had 12 prior arrests for drunk driving.",
        "He has three previous arrests on his record.",
        "His two arrests in 2010 were for theft.",
        "Police believe they are close to making an arrest.",
        "Police hope to make an arrest soon.",
        "Police have not made an arrest.",
        "A judge made an arrest warrant public on Friday.",
    ],
)
def test_a_record_or_an_arrest_not_made_is_none(text: str) -> None:
    assert written(text) == []


@given(
    st.integers(2, 5000),
    st.sampled_from(["have been made", "were made", "were reported"]),
    st.sampled_from(["in the case", "after the riot", "on Sunday"]),
)
def test_counted_arrests_are_as_many_people(count: int, told: str, when: str) -> None:
    assert written(f"Police said {count:,} arrests {told} {when}.") == [("arrested", count)]
