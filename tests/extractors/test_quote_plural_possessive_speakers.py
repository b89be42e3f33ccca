"""A speaker set after the verb behind an owner ending in a bare apostrophe (issue 15):
"said Sanders' campaign manager Faiz Shakir" is Faiz Shakir, and "said the boys' father" the
father; the apostrophe, split off as a mark, once ended the speaker on the owner ('Sanders'),
or left none, so the subject before the verb was credited."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers


def test_a_name_after_a_plural_possessive_role_speaks() -> None:
    text = '"We will win," said Sanders\' Campaign Manager Faiz Shakir.'
    assert speakers(text) == ["Faiz Shakir"]


def test_an_owned_description_after_the_verb_speaks() -> None:
    text = '"Why would they do this," said the boys\' father, still covered in blood.'
    assert speakers(text) == ["the boys' father"]


@given(
    owner=st.sampled_from(["Sanders", "the Smiths", "Democrats", "the teachers"]),
    apostrophe=st.sampled_from(["'", "’"]),
    role=st.sampled_from(["campaign manager", "lawyer,", "spokeswoman"]),
    name=st.sampled_from(["Faiz Shakir", "Ann Lee", "Maria Lopez"]),
)
def test_the_person_named_after_an_owner_speaks_never_the_owner(
    owner: str, apostrophe: str, role: str, name: str
) -> None:
    text = f'"We will win," said {owner}{apostrophe} {role} {name}.'
    assert speakers(text) == [name]
