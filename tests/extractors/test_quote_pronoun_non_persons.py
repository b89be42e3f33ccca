"""'He' and 'she' stand for a person (issue 15): never a news agency or a paper whose name
holds a body's word in a hyphened part ('as Reuters reported', 'the Post-Dispatch reported'),
never a group a plural opens a sentence with ('Officers said'), never the photographer a
caption credits ('Rahmat Gul/AP') between the speaker and the pronoun."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.entities import may_be_a_person

SPEAKER = "Marcus Hale"
OPENING = f'"The talks were difficult," Foreign Minister {SPEAKER} said in Geneva'

#: What a story sets between a speaker and a later 'he': none of it is a person he may mean.
BETWEEN = {
    "agency": ", Reuters reported.",
    "paper": ", the St. Louis Post-Dispatch reported.",
    "hyphened paper": ", the Chicago Sun-Times reported.",
    "group": ".\n\nOfficers said the delegation left by car.",
}


@pytest.mark.parametrize("between", BETWEEN.values(), ids=BETWEEN.keys())
def test_he_passes_over_what_is_no_person(between: str) -> None:
    text = f'{OPENING}{between}\n\n"We will meet again next week," he said.'
    assert speakers(text)[-1] == SPEAKER


@given(st.sampled_from(["Investigators", "Witnesses", "Prosecutors", "Residents"]))
def test_a_plural_for_people_is_never_she(group: str) -> None:
    paragraphs = [
        '"I heard three shots," neighbour Linda Perez said.',
        f"{group} said the gunman fled on foot.",
        '"I locked the door and hid," she said.',
    ]
    assert speakers("\n\n".join(paragraphs)) == ["Linda Perez", "Linda Perez"]


def test_a_photo_credit_is_no_one_he_means() -> None:
    paragraphs = [
        '"We are ready for a deal," the Taliban said in a statement.',
        "Afghan security personnel gather at the site of an explosion. Rahmat Gul/AP",
        '"The fighting will end when they leave," he said.',
    ]
    assert "Rahmat Gul" not in speakers("\n\n".join(paragraphs))


def test_an_agency_named_alone_is_no_person_but_a_full_name_is() -> None:
    assert not may_be_a_person("Bloomberg")
    assert may_be_a_person("Michael Bloomberg")
    assert not may_be_a_person("St. Louis Post-Dispatch")
