"""A mention that tells a gender never resolves to a person of the other (issue 15): a title
('Mrs. Clinton' is Hillary Clinton, not Bill Clinton named more often) or a word for kin ('the
father' is no woman quoted before). English gives gender to few nouns; kin is the closed class
of them news calls people by."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

MEN = ["John", "David", "Michael", "Robert", "James"]
WOMEN = ["Susan", "Linda", "Karen", "Patricia", "Paula"]
SURNAMES = ["Okafor", "Lindqvist", "Haddad", "Mammah", "Fertitta"]
KIN = {"m": ["father", "husband", "brother", "son", "uncle"], "f": ["mother", "wife", "sister"]}


@given(
    st.sampled_from(MEN),
    st.sampled_from(WOMEN),
    st.sampled_from(SURNAMES),
    st.booleans(),
)
def test_a_title_takes_the_family_member_of_its_gender(
    man: str, woman: str, surname: str, man_first: bool
) -> None:
    # the other one of the couple is named more often: the title, not the count, decides
    first, second = (man, woman) if man_first else (woman, man)
    text = (
        f"{first} {surname} and {second} {surname} arrived on Monday. "
        f"{first} {surname} waved.\n\n"
        f'"We will win," Mrs. {surname} said.\n\n'
        f'"We will see," Mr. {surname} said.'
    )
    assert speakers(text) == [f"{woman} {surname}", f"{man} {surname}"]


@given(st.sampled_from(["m", "f"]), st.data())
def test_a_word_for_kin_never_takes_a_speaker_of_the_other_gender(
    gender: str, data: st.DataObject
) -> None:
    given_name = data.draw(st.sampled_from(WOMEN if gender == "m" else MEN))
    kin = data.draw(st.sampled_from(KIN[gender]))
    speaker = f"{given_name} {data.draw(st.sampled_from(SURNAMES))}"
    text = (
        f"{speaker}, a neighbour, spoke to reporters on Sunday. "
        f'"He was a good kid," {"she" if gender == "m" else "he"} said.\n\n'
        f'"I heard the shots," the {kin} said.'
    )
    assert speakers(text)[-1] != speaker
