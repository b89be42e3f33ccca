"""A speaker mention whose phrase ends on a word that names no one, an act, a time or an
adjective ("Pal's deportation", 'this month', 'his recent'), stands for the subject opening its
sentence, as a closed-class word does (issue 15; :func:`newsparse.extractors.quotes.cues.may_speak`,
with WordNet's nouns of acts, events and times, :mod:`.wordnet_non_speakers`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse._data.non_speaker_nouns import NON_SPEAKER_NOUNS
from newsparse.extractors.quotes.cues import may_speak
from newsparse.span import Span


def test_a_possessed_act_before_the_verb_is_no_speaker() -> None:
    text = (
        "Sen. Dana Burr, D-Ohio, who was among those calling for Pal's deportation told ABC "
        'News the U.S. is "no place for a war criminal."'
    )
    assert speakers(text) == ["Dana Burr"]


@pytest.mark.parametrize(
    ("mention", "speaks"),
    [
        ("this month", False),
        ("Pal's deportation", False),
        ("his recent", False),
        ("the senator from Nebraska", True),
        ("for Life's Acting President Clarke Forsythe", True),
        ("the former secretary for the Near East Robert Pelletreau", True),
        ("the study", True),
        ("Sen. Kelly Loeffler", True),
        ("he", True),
    ],
)
def test_what_may_speak(mention: str, speaks: bool) -> None:
    assert may_speak(mention, Span(0, len(mention))) is speaks


@given(
    st.sampled_from(sorted(NON_SPEAKER_NOUNS)),
    st.sampled_from(["the", "this", "a", "Ann Ruiz's", "their"]),
)
def test_a_phrase_ending_on_an_act_or_a_time_names_no_one(noun: str, lead: str) -> None:
    mention = f"{lead} {noun}"
    named = may_speak(mention, Span(0, len(mention)))
    # a noun some other table reads as a person, a role, a body or a document still speaks
    assert not named or may_speak(noun, Span(0, len(noun)))
