"""Parts of a count told by "including" with no victim noun (issue 14): a role before a name
("including Foreign Minister Francisco Tudela"), a count whose noun is left out before the place
or time of its harm ("including five in Seneca"), and every harm told of the people the part is
taken from. Each test fails without :mod:`newsparse.extractors.casualties.included`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()
_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_HARMS = [("killed", "killed"), ("wounded", "injured"), ("arrested", "arrested")]
_PLACES = ["in Seneca", "at a Brooklyn barbecue", "on Thursday", "near the border"]
_ROLES = ["Foreign Minister", "shooter", "Louisiana Rep.", "Ambassador", "police officer"]
_NAMES = ["Francisco Tudela", "Steve Scalise", "John Houser", "Maria Lopez"]


def parts(text: str) -> list[tuple[str, str, int | None]]:
    """Each subset's words, kind and count, in text order."""
    return [(f.text, f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if f.subset]


@given(
    st.integers(1, 8),
    st.integers(1, 8),
    st.sampled_from(_HARMS),
    st.sampled_from(_PLACES),
)
def test_a_count_whose_noun_is_left_out_is_a_part(
    whole: int, part: int, harm: tuple[str, str], place: str
) -> None:
    text = f"{_WORDS[whole].capitalize()} people were {harm[0]}, including {_WORDS[part]} {place}."
    found = parts(text)
    if part < whole:
        assert found == [(f"including {_WORDS[part]}", harm[1], part + 2)]
    else:  # a part no smaller than its whole counts something else: shots, times
        assert found == []


@given(st.sampled_from(_HARMS), st.sampled_from(_ROLES), st.sampled_from(_NAMES))
def test_a_name_after_a_role_is_a_part(harm: tuple[str, str], role: str, name: str) -> None:
    text = f"Four people were {harm[0]} in the raid, including {role} {name}."
    assert parts(text) == [(f"including {role} {name}", harm[1], 1)]


def test_a_part_takes_every_harm_told_of_its_people() -> None:
    text = (
        "He met some of the 25 former hostages wounded in the raid, including Foreign Minister "
        "Francisco Tudela."
    )
    assert sorted(parts(text)) == [
        ("including Foreign Minister Francisco Tudela", "injured", 1),
        ("including Foreign Minister Francisco Tudela", "kidnapped", 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the count left out is another noun's, told in a clause of its own
        "Three men died in attacks north of Baghdad while mortar strikes in the capital, including "
        "one in the Green Zone, wounded four civilians.",
        # the count is of shots, not a part of the one person
        "The victim was shot six times, including two in the chest.",
        # places, not people
        "Five people were killed in several cities, including Baghdad and Mosul.",
    ],
)
def test_no_part(text: str) -> None:
    assert parts(text) == []


def test_a_title_case_headline_keeps_its_person_noun() -> None:
    # "Girl Posted" is no name: the person is the girl, read without a role
    text = "Two Shot Friday Night including 10-Year-Old Girl Posted: Saturday, September 5"
    assert parts(text) == [("including 10-Year-Old Girl", "shot", 1)]
