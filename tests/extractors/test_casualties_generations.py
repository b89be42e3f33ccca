"""A full name closed by a generational suffix (session 15): "Jr." and "Sr." (after a comma or
not) and "II", "III", "IV" belong to the name, so its age, home town or aside after it is read
as an aside, not a count, and the subject reaches its harm ("Terry Robinson Jr., 28, was
killed" is one person killed, not 28). A war's numeral is no person's ("World War II")."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st


@given(
    st.sampled_from(["Terry Robinson", "Anthony Hunt", "Marlin Banks", "Roger Dale Phillips"]),
    st.sampled_from([" Jr.", ", Jr.", " Sr.", " II", " III", " IV"]),
    st.sampled_from(["", ", 28,", ", 36, of St. Louis,", ", a senior at the school,"]),
    st.sampled_from([("was killed", "killed"), ("was arrested", "arrested"), ("died", "killed")]),
)
def test_a_suffixed_name_is_one_person(
    name: str, suffix: str, aside: str, harm: tuple[str, str]
) -> None:
    text = f"Police said {name}{suffix}{aside} {harm[0]} on Monday."
    assert written(text) == [(harm[1], 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Relatives said Terry Robinson Jr., 28, was killed in the attack.", [("killed", 1)]),
        (
            "Jose Garcia III, 20, and Feliberto Ponce, 17, were gunned down in the park.",
            [("killed", 2)],
        ),
        ("Ronald Foster Jr. and Deontae Jones were arrested.", [("arrested", 2)]),
        # the mother alone: the war is no person listed beside her
        (
            "He served in World War II, and his mother, who died in 1990, was a nurse.",
            [("killed", 1)],
        ),
    ],
)
def test_suffixed_names(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected
