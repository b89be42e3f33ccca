"""A word of a closed class read in a speaker's place names no one (issue 15): 'What's new:
...', 'those reports', 'Why was he ...?' give no speaker, while a name, a description or a word for
how many people ('Some', 'Another') still does (:mod:`newsparse.extractors.quotes.function_words`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.extractors.quotes.function_words import (
    FUNCTION_WORDS,
    is_function_word,
    without_contraction,
)


@pytest.mark.parametrize(
    "text",
    [
        "What's new: Lindsey Graham released a statement on Thursday saying the panel will hold "
        'hearings in June "regarding all things related" to the inquiry.',
        'The studio called those reports "patently ridiculous." No one else commented.',
        'Why was he out in the heat? "My mom says I have to save up for college."',
    ],
)
def test_a_closed_class_word_is_no_speaker(text: str) -> None:
    assert all(speaker is None or not is_function_word(speaker) for speaker in speakers(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will win this," Quick said.', "Quick"),
        ('"The plan failed," some said on Monday.', "some"),
        ('"It is over," another added.', "another"),
        ('"We are ready," Maria Lopez said.', "Maria Lopez"),
    ],
)
def test_names_and_descriptions_stay(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@given(word=st.sampled_from(sorted(FUNCTION_WORDS)), tail=st.sampled_from(["", "'s", "’m"]))
def test_every_case_and_contraction_of_a_closed_class_word(word: str, tail: str) -> None:
    for form in (word, word.capitalize(), word.upper()):
        assert is_function_word(form + tail)
    assert not is_function_word(f"{word.capitalize()} Smith")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Donald Trump spoke in Nevada on Tuesday. He’s predicting he will do "
            '"very, very well" in the next contest.',
            "Donald Trump",
        ),
        (
            "Senator Mark Kelly will testify on Tuesday. He'll also say that a line must be drawn "
            'that "protects our rights and communities alike."',
            "Mark Kelly",
        ),
    ],
)
def test_a_pronoun_with_a_contracted_verb_is_resolved(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@given(
    word=st.sampled_from(["he", "what", "o'neill", "d’arcy", "it", "they"]),
    tail=st.sampled_from(["'s", "’s", "'m", "’m", "'re", "’re", "'ll", "’ll", "'d", "’d"]),
)
def test_a_contraction_is_cut_at_its_own_apostrophe(word: str, tail: str) -> None:
    # a name's own apostrophe ("O'Neill") stays; a word with no contracted verb is left whole
    assert without_contraction(word + tail) == word
    assert without_contraction(word) == word
