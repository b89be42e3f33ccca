"""The words no person's name is, which a speaker mention must not be: the shipped list is
lemminflect's (test_verb_forms checks that a first parse on a new machine loads no lemminflect),
and the person test reads it beside babel's calendar, text2num's numbers and the places."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse._data import non_name_words as shipped
from newsparse.entities import (
    may_be_a_person,
    names_a_place,
    names_no_person,
    names_nothing,
    role_holders,
)
from newsparse.extractors.quotes.non_names import table_source

REGENERATE = (
    "python -c 'from newsparse.extractors.quotes.non_names import table_source as t; "
    'print(t(), end="")\' > src/newsparse/_data/non_name_words.py'
)


def test_the_shipped_list_is_what_lemminflect_gives_today() -> None:
    """Fails when lemminflect changes: regenerate with REGENERATE."""
    written = Path(shipped.__file__).read_text(encoding="utf-8")
    assert written == table_source(), f"the non-name list is stale; run {REGENERATE}"


def test_the_list_holds_past_forms_and_adverbs_but_no_noun_or_adjective() -> None:
    assert {"attacked", "met", "chosen", "rather", "nevertheless"} <= shipped.NON_NAME_WORDS
    assert not {"reed", "young", "price", "wade", "bush", "attacks"} & shipped.NON_NAME_WORDS


@pytest.mark.parametrize(
    "name", ["Four", "Twenty", "Thursday", "September", "Attacked", "Met", "Rather", "Indeed"]
)
def test_words_that_name_nothing(name: str) -> None:
    assert names_nothing(name)
    assert names_no_person(name)


@pytest.mark.parametrize(
    "name", ["Israel", "Paris", "Iraq", "California", "Miami", "New Delhi", "Dar es Salaam"]
)
def test_places(name: str) -> None:
    assert names_a_place(name)
    assert not names_nothing(name)


@pytest.mark.parametrize(
    "name",
    [
        "Said",
        "Frank",
        "June",
        "Jackson",
        "Obama",
        "Price",
        "Grio",
        "Jordan Peterson",
        "Paris Hilton",
    ],
)
def test_names_a_person_may_have(name: str) -> None:
    """A first name that is also a word or a month, a surname that is also a town or a noun."""
    assert not names_no_person(name)


def test_role_holders_reads_a_role_before_a_name_and_set_off_after_one() -> None:
    text = (
        "Carolina Panthers quarterback Tom Reyes spoke. Ann Gray, the British prime minister, "
        "agreed, as did Sen. Rob Hale on Monday."
    )
    quarterbacks = role_holders(text, "quarterback")
    assert [(h.name, set(h.qualifiers) >= {"carolina", "panthers"}) for h in quarterbacks] == [
        ("Tom Reyes", True)
    ]
    assert [(h.name, "british" in h.qualifiers) for h in role_holders(text, "prime minister")] == [
        ("Ann Gray", True)
    ]
    assert [h.name for h in role_holders(text, "senator")] == ["Rob Hale"]


@given(blanks=st.text(" \t", min_size=1, max_size=3))
@example(blanks="  ")
def test_role_holders_read_a_role_whose_words_any_blanks_set_apart(blanks: str) -> None:
    text = f"Prime{blanks}Minister Ann Gray spoke, as did Tom Reyes, the foreign{blanks}minister."
    assert [h.name for h in role_holders(text, "prime minister")] == ["Ann Gray"]
    assert [h.name for h in role_holders(text, "foreign minister")] == ["Tom Reyes"]
    assert role_holders(text.replace("Minister", "Ministers"), "prime minister") == ()


@pytest.mark.parametrize("name", ["Tom Reyes", "Abdullah II", "Reyes", "a police spokesman"])
def test_who_a_gendered_pronoun_may_stand_for(name: str) -> None:
    assert may_be_a_person(name)


@pytest.mark.parametrize("name", ["UBS", "the GOP", "National Rifle Association", "Israel"])
def test_who_a_gendered_pronoun_never_stands_for(name: str) -> None:
    assert not may_be_a_person(name)
