"""A lone surname a letter short at its end ('Loyau-Kennet' after 'Ingrid Loyau-Kennett') is
the person the text names in full, when that name opens on a known first name (issue 15); a
word an 's' or an apostrophe makes longer is another word ('Republicans', "Sanders'"), and a
name no first name opens ('Nazi Germany') is no person a typo cuts short."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

# made-up surnames whose last letter a typo may drop
SURNAMES = st.builds(
    lambda vowels, last: f"Ker{vowels}ven{last}",
    st.text("aeiou", min_size=1, max_size=2),
    st.sampled_from("tnlrd"),
)


def test_a_surname_a_letter_short_is_the_person_named_in_full() -> None:
    text = (
        "Ingrid Loyau-Kennett, 48, stayed with the victim.\n\n"
        '"I asked him why he had done it," Loyau-Kennet said.'
    )
    assert speakers(text) == ["Ingrid Loyau-Kennett"]


def test_a_demonym_is_not_a_country_cut_short() -> None:
    text = 'Nazi Germany fell in 1945.\n\n"It must not happen again," a German said.'
    assert speakers(text) != ["Nazi Germany"]


@given(SURNAMES)
def test_any_surname_a_letter_short_at_its_end(surname: str) -> None:
    text = f'Anna {surname} spoke first.\n\n"We are ready," {surname[:-1]} said.'
    assert speakers(text) == [f"Anna {surname}"]
