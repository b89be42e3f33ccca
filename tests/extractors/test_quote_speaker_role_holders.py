"""A role description ('the governor said', 'the president also said') means the holder the
story has quoted, however far back it titled them, over one it names in passing nearer the
quote; never a past holder ('former US president Tom Reyes') unless it asks for one (issue
15)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from quote_speakers import speakers

#: Sentences naming no one, to set a holder's naming further back than a pronoun looks.
FILLER = (
    "The measure drew protests in several cities over the weekend. Officials said the "
    "rules would take effect in the spring, and businesses said they would study them. "
)
FAR = FILLER * 12  # further back than a pronoun looks

GOVERNORS = {
    "a quoted governor far back outranks one named in passing": (
        "North Carolina Gov. Tom Reyes defended the law on Monday.\n\n"
        '"We will not back down," Reyes said.\n\n'
        + FAR
        + "\n\nIn New York, Gov. Anna Berg has banned official travel to the state.\n\n"
        '"It should go to Congress," the governor said. "It is a national issue," he said.',
        ["Tom Reyes", "Tom Reyes", "Tom Reyes"],
    ),
    "a past holder is not 'the president', however near": (
        "US President Tom Reyes spoke on Wednesday of his pain at the deaths.\n\n"
        + FAR
        + "\n\nHe was asked whether he lay awake at night, as former US president Paul "
        'Haddad reputedly did.\n\nThe president also said: "It is the right decision."',
        ["Tom Reyes"],
    ),
    "a description asking for a past holder takes one": (
        "Former Gov. Paul Haddad endorsed the plan on Friday, and Gov. Anna Berg praised it."
        '\n\n"It is overdue," the former governor said.',
        ["Paul Haddad"],
    ),
}


@pytest.mark.parametrize(("text", "expected"), GOVERNORS.values(), ids=GOVERNORS.keys())
def test_the_holder_a_role_description_means(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Manafort worked for President Reyes for 144 days.\n\n"I feel badly," the president said.',
        "President Reyes spoke at a rally on Friday.\n\nThe judge, Anna Berg, said that Paul "
        'Haddad worked for Reyes for 144 days.\n\n"I feel badly," the president said.',
    ],
)
def test_a_title_held_by_a_surname_alone_is_its_holder_out_of_view(text: str) -> None:
    """'the president' is the one the story titles 'President Reyes' though it never gives
    his first name and the sentence before is about someone else: a holder the title finds
    is no description of one word read as a name ('the Brazilian')."""
    assert speakers(text)[-1] == "Reyes"


def test_a_common_noun_set_off_is_no_title_a_speaker_keeps() -> None:
    """'the woman, Anna Berg,' names her by a common noun, not a title: a later 'the woman'
    far from it may be anyone, so it stays a description however often she was quoted."""
    text = (
        "Two people said that the woman, Anna Berg, had told them of the incident.\n\n"
        '"It happened," Berg said.\n\n'
        + FAR
        + '\n\nThe woman claimed that her daughter had run into "problems" in the city.'
    )
    assert speakers(text)[-1] == "The woman"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["governor", "mayor", "senator"]),
    st.sampled_from(["Tom Reyes", "Laura Okafor", "David Lindqvist"]),
    st.sampled_from(["Anna Berg", "Maria Haddad"]),
    st.integers(min_value=0, max_value=14),
)
def test_the_quoted_holder_wins_at_any_distance(
    role: str, quoted: str, passing: str, filler: int
) -> None:
    """Whatever the names and however much text lies between, 'the <role> said' after a
    quoted holder means that holder, though another is titled so nearer the quote."""
    title = role.capitalize()
    text = (
        f'{title} {quoted} spoke on Monday.\n\n"We will not back down," {quoted} said.\n\n'
        + FILLER * filler
        + f"\n\nElsewhere, {title} {passing} has banned official travel to the state.\n\n"
        f'"It is a national issue," the {role} said.'
    )
    assert speakers(text) == [quoted, quoted]


@given(st.sampled_from(["vice president", "governor", "president", "senator", "prime minister"]))
def test_a_past_holder_asked_for_is_no_current_holder(role: str) -> None:
    """'the former vice president' is not 'Vice President Ann Gray', the one holder the story
    titles, but the person in view."""
    title = role.title()
    text = (
        "A confident Tom Reyes glanced back at his victory over the weekend. "
        f'The former {role} told supporters that "we will win."\n\n'
        f"{title} Ann Gray spoke later at the White House."
    )
    assert speakers(text) == ["Tom Reyes"]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["police chief", "spokesman", "coach", "prosecutor"]),
    st.sampled_from(["Tom Reyes", "Laura Okafor", "David Lindqvist"]),
    st.sampled_from(["Anna Berg", "Maria Haddad"]),
    st.sampled_from(["provincial", "regional", "state"]),
)
def test_a_quoted_holder_outranks_one_named_after_the_description(
    role: str, quoted: str, other: str, qualifier: str
) -> None:
    """A role written in lower case before a name ('police chief Tom Reyes told AFP') is no
    title, yet its holder, once quoted, is whom 'the police chief said' means rather than
    another holder the story names just after the description ('although provincial police
    chief Anna Berg indicated it was not')."""
    text = (
        f"Two people died in the blast, {role} {quoted} told AFP.\n\n"
        f'"He died at the scene," {quoted} said.\n\n'
        f'The {role} said it was "difficult to say what caused it", although {qualifier} '
        f"{role} {other} indicated it was an accident."
    )
    assert speakers(text) == [quoted, quoted]
