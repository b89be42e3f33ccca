"""'quoted Salem al-Zaabi of the Emirati Foreign Ministry as saying': a person's full name,
then 'of' or 'from' where they work, is the person, not the workplace (issue 15)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers


def test_a_full_name_before_of_is_the_person() -> None:
    """The news agency quoted the official, named in full before where they work."""
    text = (
        "The state-run WAM news agency quoted Salem al-Zaabi of the Emirati Foreign Ministry as "
        "saying the country joined the coalition to “ensure global energy security.”"
    )
    assert speakers(text) == ["Salem al-Zaabi"]


def test_a_body_name_before_of_stays_the_body() -> None:
    """'the Bank of England said': the name before 'of' ends on a word for a body."""
    text = '"Rates will stay low," the Central Bank of Kenya said on Monday.'
    assert speakers(text) != ["Central"]


@given(
    st.sampled_from(["Laura Okafor", "David Lindqvist", "Tom Reyes", "Meenakshi Ganguly"]),
    st.sampled_from(["the Aspen Institute", "Human Rights Watch", "the Brookings Institution"]),
    st.sampled_from(["of", "from"]),
)
def test_any_named_person_of_any_workplace_speaks(name: str, place: str, link: str) -> None:
    """Whatever the person and where they work, 'quoted <name> <of|from> <place> as saying
    "..."' is the person."""
    text = f'The agency quoted {name} {link} {place} as saying the plan "will not last."'
    assert speakers(text) == [name]
