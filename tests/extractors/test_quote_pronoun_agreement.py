"""A gendered pronoun agrees with whom it stands for (issue 15). The name table may be wrong about
a first name ('Karol Smith ... her house. "...," she said'), so a pronoun may take the subject of
the sentence right before its own against the table, but only for want of anyone it agrees
with: never while the last speaker agrees with it, and never the subject of its own sentence."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

MEN = ["John", "David", "Michael", "Robert", "James"]
WOMEN = ["Susan", "Linda", "Karen", "Patricia", "Paula"]
SURNAMES = ["Okafor", "Lindqvist", "Haddad", "Mammah", "Fertitta"]


def _pair(draw: st.DrawFn) -> tuple[str, str, str]:
    """A speaker, a person of the other gender (by the table) and the speaker's pronoun."""
    men = draw(st.booleans())
    speaker, other = (MEN, WOMEN) if men else (WOMEN, MEN)
    first = draw(st.sampled_from(speaker))
    second = draw(st.sampled_from(other))
    surname, other_surname = draw(
        st.lists(st.sampled_from(SURNAMES), min_size=2, max_size=2, unique=True)
    )
    return f"{first} {surname}", f"{second} {other_surname}", "he" if men else "she"


@given(st.data())
def test_the_last_speaker_who_agrees_outranks_a_subject_of_the_other_gender(
    data: st.DataObject,
) -> None:
    speaker, other, pronoun = data.draw(st.composite(_pair)())
    text = (
        f'"The closure was against the law," said {speaker}.\n\n'
        f"{other} founded the bank in 1960.\n\n"
        f'"The bank made a profit," {pronoun} said.'
    )
    assert speakers(text) == [speaker, speaker]


@given(st.data())
def test_a_pronoun_never_takes_the_subject_of_its_own_sentence_against_its_gender(
    data: st.DataObject,
) -> None:
    speaker, other, pronoun = data.draw(st.composite(_pair)())
    text = (
        f"Press secretary {speaker} called the vote a travesty. "
        f'{other}, {pronoun} said in a statement, "is confident the Senate will be fair."'
    )
    assert speakers(text) == [speaker]


def test_the_table_still_gives_way_when_no_one_else_agrees() -> None:
    text = (
        "Kevin Marsh, the county clerk, opened the shelter.\n\n"
        '"We are ready," he said.\n\n'
        "Noel Smith drove in from the coast to pick up sandbags for her house. "
        '"This is my first big storm," she said.'
    )
    assert speakers(text) == ["Kevin Marsh", "Noel Smith"]  # the table calls Noel a man
