"""A list whose members each carry an age (session 15): the age's closing comma joins the next
member, so every member is read, not the last two only ("Juwan Edwards, 15, Aijaholn Tisdale,
19, Leroy Shaw, 15, and Tamir Hamilton, 19, were injured" is one group of four names); names
each with an age are a list without "and" too. A day after an age ("arrested Sengchan Houl, 35,
Sunday") or an aside after one aged name ("John Smith, 45, a carpenter,") joins no member."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

_NAMES = ["Juwan Edwards", "Aijaholn Tisdale", "Leroy Shaw", "Monica Bates", "Darome Hilton"]


@given(
    st.lists(st.sampled_from(_NAMES), min_size=2, max_size=5, unique=True),
    st.lists(st.integers(min_value=2, max_value=99), min_size=5, max_size=5),
    st.sampled_from([("were killed", "killed"), ("were injured", "injured"), ("died", "killed")]),
)
def test_every_aged_name_of_a_list_is_counted(
    names: list[str], ages: list[int], harm: tuple[str, str]
) -> None:
    aged = [f"{name}, {age}," for name, age in zip(names, ages, strict=False)]
    listed = " ".join(aged[:-1]) + f" and {aged[-1]}"
    assert written(f"Police said {listed} {harm[0]} on Monday.") == [(harm[1], len(names))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Daneka Lotts, 24, Monica Bates, 16, and Malcolm Wallace, 25, were killed inside "
            "a car.",
            [("killed", 3)],
        ),
        (
            "The coroner said Darome Hilton, 34, Glenquel Emerson, 20, and Bobbie Basquine, 22, "
            "all died from gunshot wounds.",
            [("killed", 3)],
        ),
        (
            "John Smith, 45, of Dayton, Jane Doe, 33, of Akron, and Bob Lee, 20, of Kent, were "
            "killed.",
            [("killed", 3)],
        ),
        (
            "A man, 27, a woman, 25, and a boy, 5, were found dead.",
            [("killed", 3)],
        ),
        ("Police arrested Ann Cole, 20, Bo Li, 22, for the shooting.", [("arrested", 2)]),
        ("Police arrested Sengchan Houl, 35, Sunday in connection with it.", [("arrested", 1)]),
        ("John Smith, 45, a carpenter, was killed.", [("killed", 1)]),
        ("Lamont Jones, 33, and Mario King, 26, were killed.", [("killed", 2)]),
    ],
)
def test_aged_lists(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "John Smith, 45, a carpenter, and his wife were killed.",
        "The gunman killed John Smith, 45, a carpenter, and his wife.",
    ],
)
def test_an_aged_name_told_again_is_no_second_member(text: str) -> None:
    """After an age only a name with an age of its own joins: a noun there may be the same
    person told again, who is counted once."""
    assert sum(count or 0 for _, count in written(text)) <= 2


@given(
    st.lists(st.integers(min_value=2, max_value=99), min_size=2, max_size=5),
    st.sampled_from(["ages", "aged"]),
    st.sampled_from([", and ", " and "]),
    st.sampled_from([("were wounded", "injured"), ("were killed", "killed")]),
)
def test_a_list_of_ages_after_a_count_is_no_count(
    ages: list[int], word: str, join: str, harm: tuple[str, str]
) -> None:
    """A group told by its count and then its ages ("three men, ages 19, 21 and 22, were shot")
    is the count: no age of the list is read as a count of its own."""
    listed = ", ".join(map(str, ages[:-1])) + f"{join}{ages[-1]}"
    text = f"Police said {len(ages)} people, {word} {listed}, {harm[0]} on Monday."
    assert written(text) == [(harm[1], len(ages))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three men, ages 19, 21 and 22, who were shot in the hand, the arm and grazed in "
            "the head, were treated.",
            [("injured", 3)],
        ),
        ("The victims, ages 24, 25, and 41, were wounded in the shooting.", []),
        (
            "Three men, ages 18, 21 and 35, were taken to Temple University Hospital.",
            [("injured", 3)],
        ),
    ],
)
def test_the_ages_of_a_group(text: str, expected: list[tuple[str, int]]) -> None:
    """The last ages of a list ("ages 24, 25, and 41") are ages, never a count."""
    assert written(text) == expected
