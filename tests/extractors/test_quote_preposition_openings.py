"""Whom 'he' or 'she' means after a sentence opening on a prepositional phrase (issue 15): any
simple preposition ('Atop her mural,', 'Amid the protests,') opens a phrase before the
sentence's subject, so the person after its comma is whom the pronoun means, not a speaker
quoted before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.extractors.quotes.function_words import PREPOSITIONS

QUOTED_FIRST = '"We need a plan," said Karen Tully, who brought the art student Simone Alexa.\n\n'


def test_the_person_after_an_opening_preposition_is_whom_she_means() -> None:
    text = (
        QUOTED_FIRST + "Atop her mural, Alexa painted the names of the victims.\n\n"
        '"It is about justice," she said.'
    )
    assert speakers(text)[-1] == "Simone Alexa"


@given(st.sampled_from(sorted(PREPOSITIONS - {"as", "like", "of"})))
def test_any_preposition_opens_a_phrase_before_the_subject(preposition: str) -> None:
    text = (
        QUOTED_FIRST + f"{preposition.capitalize()} the stage, Alexa painted the names.\n\n"
        '"It is about justice," she said.'
    )
    assert speakers(text)[-1] == "Simone Alexa"
