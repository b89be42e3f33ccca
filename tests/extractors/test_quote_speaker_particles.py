"""A name whose surname opens on its particle in lower case ('Khaled al-Batsh', 'Abdel Fattah
el-Sisi') is a name set off after a description of its holder: in 'Islamic Jihad's leader in
Gaza, Khaled al-Batsh, told reporters', the speaker is the leader, not the place the
description ends on (issue 15). Such a name is one run of name words, so a later pronoun or
the surname alone finds the whole of it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

#: Names whose surname opens on its particle ('Saed' and 'Zoltar' no name table lists).
NAMES = [
    ("Khaled", "al-Batsh"),
    ("Adnan", "al-Dulaimi"),
    ("Saed", "el-Sisi"),
    ("Zoltar", "bin-Talal"),
]
SURNAMES = [surname for _, surname in NAMES]
DESCRIPTIONS = [
    "Islamic Jihad's leader in Gaza",
    "An adviser to the interior ministry",
    "The head of the militia in Basra",
]


@given(st.sampled_from(NAMES), st.sampled_from(DESCRIPTIONS))
def test_a_name_with_a_particle_set_off_after_a_description_speaks(
    name: tuple[str, str], description: str
) -> None:
    given_name, surname = name
    text = (
        f"{description}, {given_name} {surname}, told reporters that the army "
        '"was seeking a fake victory."'
    )
    (speaker,) = speakers(text)
    assert speaker is not None and speaker.endswith(surname)


@given(st.sampled_from(["Khaled", "Hussein", "Ahmed", "Mohammed"]), st.sampled_from(SURNAMES))
def test_a_name_with_a_particle_is_whom_a_later_pronoun_means(
    given_name: str, surname: str
) -> None:
    text = (
        f"{given_name} {surname}, head of the council, told reporters he had "
        '"frank and transparent" talks with Secretary of State Condoleezza Rice.\n\n'
        'Iraq\'s government "asked for American forces to remain," he said.'
    )
    assert speakers(text) == [f"{given_name} {surname}"] * 2


def test_a_surname_with_its_particle_finds_the_full_name() -> None:
    text = (
        "President Abdel Fattah el-Sisi met the delegation on Monday.\n\n"
        '"We are walking normally in the streets," El-Sisi said.'
    )
    assert speakers(text) == ["Abdel Fattah el-Sisi"]
