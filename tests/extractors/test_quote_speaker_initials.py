"""A given name written as initials run together ('J.B. Pritzker', 'H.R. McMaster', 'P.J.
Crowley') is part of the name, so the surname alone, a pronoun or the holder's title later
finds the whole name, and the initials keep their last full stop; a place written so
('Washington, D.C.') stays no speaker (issue 15)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.extractors.quotes.names import name_words

INITIALS = ["J.B.", "H.R.", "P.J.", "G.T.", "M.H."]
SURNAMES = ["Pritzker", "McMaster", "Crowley", "Okafor", "Lindqvist"]


def test_initials_keep_their_full_stop() -> None:
    assert name_words("Gov. J.B. Pritzker") == ("J.B.", "Pritzker")
    assert name_words("Sen. Bob Smith.") == ("Bob", "Smith")


@given(
    st.sampled_from(INITIALS),
    st.sampled_from(SURNAMES),
    st.sampled_from(["{surname} said on Saturday.", "the Democratic governor said."]),
)
def test_a_later_mention_finds_a_name_with_joined_initials(
    initials: str, surname: str, credit: str
) -> None:
    """The surname alone, or the title the text gives the holder, finds the whole name."""
    text = (
        f"Protesters gathered to decry Gov. {initials} {surname}’s extended stay-at-home "
        f"order on Friday.\n\n{surname}, who is Jewish, helped found the museum in Skokie.\n\n"
        '"There were people carrying signs with swastikas," ' + credit.format(surname=surname)
    )
    assert speakers(text) == [f"{initials} {surname}"]


def test_a_place_written_with_initials_is_no_speaker() -> None:
    text = (
        '"We are proud of the work," said Casey Pick of the Trevor Project.\n\n'
        "Maliha Khan, director of the Washington, D.C., chapter of Muslims for Progressive "
        "Values, another cosponsor, said the group welcomed the chance.\n\n"
        '"We have seen a lot of people of faith move away," she said.'
    )
    assert speakers(text)[-1] == "Maliha Khan"
