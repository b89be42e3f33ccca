"""A role noun inside a capitalised run ends what comes before it (issue 15): in 'Latino Victory
Fund CEO Nathalie Rayes' and 'Wayne County Prosecutor Kym Worthy' the name starts after the
role, though 'Latino' and 'Wayne' are first names; a first name that is also a role word
('Hunter Biden') still opens the name, and a role word before no first name ('Bombardier Inc',
'Miami Police') leaves a body's name whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.extractors.quotes.names import name_words


def test_a_role_after_a_body_on_a_first_name_ends_it() -> None:
    assert name_words("Latino Victory Fund CEO Nathalie Rayes") == ("Nathalie", "Rayes")


def test_a_first_name_that_is_a_role_word_opens_the_name() -> None:
    assert name_words("Hunter Biden") == ("Hunter", "Biden")


@given(
    body=st.sampled_from(["Bombardier Inc", "Swiss National Bank", "Miami Police", "Abo Ismail"])
)
def test_a_role_word_before_no_first_name_leaves_the_run_whole(body: str) -> None:
    assert name_words(body) == tuple(body.split())


def test_a_pronoun_finds_the_person_after_the_role() -> None:
    text = 'Wayne County Prosecutor Kym Worthy called it "a crime." "We will charge him," she said.'
    assert speakers(text) == ["Kym Worthy", "Kym Worthy"]


@given(
    body=st.sampled_from(["Wayne County", "Latino Victory Fund", "Sierra Madre", "Jordan Valley"]),
    role=st.sampled_from(["CEO", "Prosecutor", "Coroner", "Administrator", "Executive"]),
    name=st.sampled_from(["Kym Worthy", "Nathalie Rayes", "Karl Addis"]),
)
def test_any_role_after_a_body_starts_the_name(body: str, role: str, name: str) -> None:
    assert name_words(f"{body} {role} {name}") == tuple(name.split())
