"""'the Kentucky Republican said': a party or a people, capitalised after where the person is
from, describes the person in view whatever office the story titles them by; it is no name of
its own (issue 15)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers


def test_a_party_member_from_a_state_is_the_titled_person_in_view() -> None:
    """'the Kentucky Republican' after 'Senate Majority Leader Mitch McConnell says': not the
    name 'Kentucky Republican', nor no one because the story titles him by his office."""
    text = (
        "Senate Majority Leader Mitch McConnell says he won't bring the bill to the floor.\n\n"
        '"I believe we can actually win elections against people who vote for this turkey," '
        "the Kentucky Republican said."
    )
    assert speakers(text) == ["Mitch McConnell"]


def test_a_party_member_after_a_quoted_speaker_is_that_speaker() -> None:
    """'House Minority Whip Steve Scalise said ... "evil terrorist." "...," the Louisiana
    Republican said.': the speaker just quoted."""
    text = (
        "House Minority Whip Steve Scalise said that the strike had ended the life of an "
        '"evil terrorist."\n\n'
        '"This place is a safer place with him gone," the Louisiana Republican said.'
    )
    assert speakers(text) == ["Steve Scalise", "Steve Scalise"]


def test_a_body_word_is_no_origin() -> None:
    """'the Supreme Leader' names no place before the noun: read as before, as a name."""
    text = '"We will not negotiate under pressure," the Supreme Leader said on Friday.'
    assert speakers(text) == ["Supreme Leader"]


@given(
    st.sampled_from(["Senate Majority Leader", "House Speaker", "Sen.", "Gov."]),
    st.sampled_from(["Laura Okafor", "David Lindqvist", "Tom Reyes"]),
    st.sampled_from(["Kentucky", "New York", "Ohio", "California"]),
    st.sampled_from(["Republican", "Democrat"]),
)
def test_any_office_holder_is_the_party_member_from_any_state(
    office: str, name: str, state: str, party: str
) -> None:
    """Whatever the office, the state and the party, 'the <state> <party> said' after a
    sentence about the holder is the holder."""
    text = (
        f"{office} {name} says the bill will not reach the floor this year.\n\n"
        f'"Voters will see through this plan," the {state} {party} said.'
    )
    assert speakers(text) == [name]
