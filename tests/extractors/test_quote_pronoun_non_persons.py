"""'He' and 'she' stand for a person (issue 15): never a news agency or a paper whose name
holds a body's word in a hyphened part ('as Reuters reported', 'the Post-Dispatch reported'),
never a group a plural opens a sentence with ('Officers said'), never the photographer a
caption credits ('Rahmat Gul/AP') between the speaker and the pronoun."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.entities import may_be_a_person

#: Sources a story credits after a speaker's words, none of them a person.
OUTLETS = ["Reuters", "Xinhua", "the St. Louis Post-Dispatch", "the Chicago Sun-Times"]

#: Plural nouns for people that open a sentence about a group.
GROUPS = ["Officers", "Investigators", "Witnesses", "Prosecutors"]


@given(st.sampled_from(OUTLETS))
def test_a_news_source_is_no_one_he_means(outlet: str) -> None:
    text = (
        '"The talks were difficult," Foreign Minister Marcus Hale said in Geneva, '
        f"{outlet} reported.\n\n"
        '"We will meet again next week," he said.'
    )
    assert speakers(text) == ["Marcus Hale", "Marcus Hale"]


@given(st.sampled_from(GROUPS))
def test_a_group_opening_a_sentence_is_no_one_she_means(group: str) -> None:
    text = (
        '"I heard three shots," neighbour Linda Perez said.\n\n'
        f"{group} said the gunman fled on foot.\n\n"
        '"I locked the door and hid," she said.'
    )
    assert speakers(text)[-1] == "Linda Perez"


def test_a_photo_credit_is_no_one_he_means() -> None:
    text = (
        '"We are ready for a deal," negotiator Abdul Rahim said on Sunday.\n\n'
        "Afghan security personnel gather at the site of an explosion. Rahmat Gul/AP\n\n"
        '"The fighting will end when they leave," he said.'
    )
    assert speakers(text)[-1] == "Abdul Rahim"


def test_a_person_named_like_an_agency_in_full_is_a_person() -> None:
    assert may_be_a_person("Michael Bloomberg")
    assert not may_be_a_person("Bloomberg")
    assert not may_be_a_person("St. Louis Post-Dispatch")
