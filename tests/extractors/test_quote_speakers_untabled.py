"""Quote speakers without the name table (the ``names`` extra not installed, as the scored
evaluation runs): a sentence's subject named in full inside a sentence is a person of either
gender, so a pronoun right after it means them rather than a speaker paragraphs back (issue
15). Nothing but the text says who is a person here, so words that name nothing, a place or
only a nationality stay no one. A surname the story only ever gives after a title ('President
Trump' ... 'Trump took to Twitter') is a sentence's subject with or without the table."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse import entities
from newsparse.extractors.quotes import names as quote_names


def _clear() -> None:
    for cached in (
        entities.first_name_gender,
        entities._not_a_name,
        entities.names_no_person,
        entities.may_be_a_person,
        quote_names.name_words,
        quote_names._name_of,
        quote_names._known_as,
    ):
        cached.cache_clear()


@pytest.fixture
def no_name_table(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As if gender-guesser were not installed: no word is a known first name."""
    _clear()
    monkeypatch.setattr(entities, "_name_genders", lambda: None)
    yield
    monkeypatch.undo()
    _clear()


EARLIER = (
    '"It was unbelievable, I tried to pull away but he kept coming at me," said Nigel Mansell.\n\n'
)


def test_the_table_is_off(no_name_table: None) -> None:
    assert not entities.has_name_table()
    assert entities.first_name_gender("John") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a lone surname subject stands for the full name the story gave
            EARLIER + "The race was won by Brazilian Emerson Fittipaldi on Sunday.\n\n"
            "Fittipaldi, who also won the series in 1989, was full of admiration for the "
            'winner.\n\n"It was a fantastic display of driving," he said.',
            "Emerson Fittipaldi",
        ),
        (  # a name with a role before it, in the sentence right before the quote
            '"We will not sell the team," said Coach Mary Brown.\n\n'
            "Rockets owner Tilman Fertitta publicly rebuked the manager on Sunday. "
            'He said on Twitter that the manager "does not speak for the club."',
            "Tilman Fertitta",
        ),
        (  # 'she' for the subject right before, not for a speaker of the other gender
            '"Nobody expected this," said Tom Webster of Edison Research.\n\n'
            "Board member Kim Day praised the staff at the meeting on Tuesday.\n\n"
            '"I think this is a powerful result," she said.',
            "Kim Day",
        ),
    ],
)
def test_a_subject_named_in_full_is_whom_a_pronoun_means(
    no_name_table: None, text: str, speaker: str
) -> None:
    found = speakers(text)[-1]
    # no table tells 'Brazilian' is no given name, so it may stay before the name
    assert found is not None and found.endswith(speaker)


@pytest.mark.parametrize(
    "subject",
    [
        "Twelve Americans",  # a number word: no one's name
        "Last Thursday",  # a weekday
        "Indonesian ISPs",  # a nationality, then no name
    ],
)
def test_words_that_name_no_one_stay_no_subject(no_name_table: None, subject: str) -> None:
    text = (
        '"We will rebuild the town," said Mayor John Carter.\n\n'
        f"A report said {subject} were on the list. {subject} took the lead on the plan.\n\n"
        '"Nobody had time to react," he told reporters.'
    )
    assert speakers(text)[-1] == "John Carter"


GIVEN = ["Tilman", "Okwudili", "Karol", "Zoltar", "Imrahil", "Marisol"]
SURNAMES = ["Fertitta", "Okafor", "Lindqvist", "Haddad", "Mammah"]
ROLES = ["Rockets owner", "Board member", "Council member", "Longtime resident"]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(GIVEN),
    st.sampled_from(SURNAMES),
    st.sampled_from(ROLES),
    st.sampled_from([("he", "Mary Brown"), ("she", "John Carter")]),
)
def test_the_subject_right_before_outranks_an_earlier_speaker(
    no_name_table: None, given_name: str, surname: str, role: str, pronoun: tuple[str, str]
) -> None:
    said, earlier = pronoun
    text = (
        f'"We will rebuild the town," said Mayor {earlier}.\n\n'
        f"{role} {given_name} {surname} spoke at the meeting on Tuesday.\n\n"
        f'"Nobody had time to react," {said} told reporters.'
    )
    assert speakers(text)[-1] == f"{given_name} {surname}"


TITLED = [("President", "he"), ("Sen.", "he"), ("Gov.", "she"), ("Mr.", "he"), ("Ms.", "she")]
LONE_SURNAMES = ["Trump", "Okafor", "Lindqvist", "Haddad", "Mammah"]


def _titled_story(title: str, surname: str, pronoun: str) -> str:
    other = "Mary Brown" if pronoun == "he" else "Tom Webster"
    return (
        f'"We will appeal the ruling," said {other}, a lawyer for the campaign.\n\n'
        f"The ruling came a day after {title} {surname} spoke at a rally in Ohio.\n\n"
        f'{surname} took to Twitter to condemn what {pronoun} called the "sentence."'
    )


@given(st.sampled_from(TITLED), st.sampled_from(LONE_SURNAMES))
def test_a_surname_the_story_titles_elsewhere_is_a_sentences_subject(
    titled: tuple[str, str], surname: str
) -> None:
    title, pronoun = titled
    assert speakers(_titled_story(title, surname, pronoun))[-1] == surname


@pytest.mark.parametrize("titled", TITLED)
def test_a_titled_surname_is_a_subject_without_the_table_too(
    no_name_table: None, titled: tuple[str, str]
) -> None:
    title, pronoun = titled
    assert speakers(_titled_story(title, "Haddad", pronoun))[-1] == "Haddad"
