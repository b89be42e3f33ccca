"""A given name the name table does not know (issue 15): the subject of the sentence right
before a pronoun, named in full, is whom 'he' or 'she' means, as it is with no table at all,
rather than a speaker paragraphs back: 'Fralen Allen, who works nearby, was stunned. "...,"
she said'. Only that sentence's subject, and only a name that heads a clause: a word a
sentence opens on ('Whether Clinton gains'), a heading ('Advertisement Continue reading') or
a line broken inside a sentence stays no one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.entities import first_name_gender, has_name_table

pytestmark = pytest.mark.skipif(not has_name_table(), reason="needs the name table")

UNKNOWN = ["Fralen", "Okwudili", "Zoltar", "Imrahil", "Thandeka", "Chidera"]
SURNAMES = ["Okafor", "Lindqvist", "Haddad", "Mammah", "Fertitta"]
EARLIER = [("he", "Mary Brown"), ("she", "John Carter"), ("he", "Tom Webster")]


def test_the_unknown_given_names_are_unknown() -> None:
    assert all(first_name_gender(name) is None for name in UNKNOWN)


def test_a_subject_with_an_unknown_given_name_right_before_a_pronoun() -> None:
    text = (
        '"He sometimes came in with others," said Lee Rocha, a neighbour.\n\n'
        "Fralen Allen, who works near the house, was stunned by the news. "
        '"I am sickened," she said.'
    )
    assert speakers(text) == ["Lee Rocha", "Fralen Allen"]


@given(st.sampled_from(UNKNOWN), st.sampled_from(SURNAMES), st.sampled_from(EARLIER))
def test_the_subject_right_before_outranks_an_earlier_speaker(
    given_name: str, surname: str, pronoun: tuple[str, str]
) -> None:
    said, earlier = pronoun
    text = (
        f'"We will rebuild the town," said {earlier}.\n\n'
        f"{given_name} {surname} spoke at the meeting on Tuesday.\n\n"
        f'"Nobody had time to react," {said} told reporters.'
    )
    assert speakers(text)[-1] == f"{given_name} {surname}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Zoltar Haddad spoke at the meeting on Tuesday. The hall was full.",  # two back
        "Whether Clinton gains from the debate is an open question.",  # a conjunction
        "Advertisement Continue reading the main story\n\n",  # a heading
        "Okwudili Okafor via Getty Images.",  # a photo credit
    ],
)
def test_no_one_else_outranks_the_earlier_speaker(sentence: str) -> None:
    text = (
        '"We will rebuild the town," said Tom Webster.\n\n'
        f'{sentence} "Nobody had time to react," he said.'
    )
    assert speakers(text)[-1] == "Tom Webster"
