"""Speaker classes of issue 15 seen on pool-i: the one an outlet quotes speaks, not the outlet
('Reuters quotes a foreign ministry official as saying'); a name before an unclosed aside
speaks, not the body the aside names ('Ann Lee, a spokesman for the Department of Children
and Family Services said'); a court or a study that 'found that' quoted words holds them; the
subject of an object clause says what it 'called' ('what authorities there called a "..."');
a name set off after the role opening a sentence is its subject ('His National Economic Council
director, Larry Kudlow, ... saying'); and a common word read as a name ('High oil prices') is
no speaker."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

OUTLETS = "Reuters|The Los Angeles Times|the BBC|Xinhua|state media".split("|")
ROLES = "a foreign ministry official|a senior diplomat|the spokesman|one witness".split("|")
NAMES = [f"{first} {last}" for first in ("Maria", "David", "Olga") for last in ("Okafor", "Haddad")]
BODIES = (
    "the Illinois Department of Children and Family Services|the Bureau of Alcohol and Firearms"
    "|the Department of Health and Human Services|the Centers for Disease Control and Prevention"
).split("|")
WORDS = st.lists(st.sampled_from(["we", "will", "not", "give", "up", "the", "talks"]), min_size=3)


@given(outlet=st.sampled_from(OUTLETS), role=st.sampled_from(ROLES), words=WORDS)
def test_the_outlet_that_quotes_never_speaks(outlet: str, role: str, words: list[str]) -> None:
    quoted = " ".join(words).capitalize()
    text = f'The talks stalled on Monday. "{quoted}," {outlet} quotes {role} as saying.'
    assert speakers(text) == [role]


@given(
    name=st.sampled_from(NAMES),
    role=st.sampled_from(["a spokesman", "the director", "a lawyer", "an official"]),
    body=st.sampled_from(BODIES),
    words=WORDS,
)
def test_a_name_before_an_unclosed_aside_speaks(
    name: str, role: str, body: str, words: list[str]
) -> None:
    quoted = " ".join(words).capitalize()
    text = f'The case was closed. {name}, {role} for {body} said, "{quoted}."'
    assert speakers(text) == [name]


@given(
    name=st.sampled_from(NAMES),
    role=st.sampled_from(["His chief of staff", "The company's lawyer", "Her spokesman"]),
    words=WORDS,
)
def test_a_name_set_off_after_the_opening_role_is_the_subject(
    name: str, role: str, words: list[str]
) -> None:
    quoted = " ".join(words)
    text = (
        f"Trump raised tariffs. {role}, {name}, tried to calm markets, saying the tariffs "
        f'"are {quoted}" that could be withdrawn.'
    )
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Brad Sherman filed the articles again.\n\n"There is no reason it should not be '
            'before the Congress," The Los Angeles Times quotes Sherman. "Every day shows it."',
            ["Brad Sherman", "Brad Sherman"],
            id="the-one-quoted-after-the-quote",
        ),
        pytest.param(
            'His quotes were everywhere. "We will win," he said.', [None], id="quotes-a-noun"
        ),
        pytest.param(
            "The case was closed. In an interview with Ann Lee, a spokesman for the ministry "
            'said, "We will look again at it."',
            ["a spokesman"],
            id="a-phrase-before-the-name",
        ),
        pytest.param(
            "In 2014, the District Court found that the law “offers no significant health "
            "benefit” and struck it down.",
            ["District Court"],
            id="a-court-found-that",
        ),
        pytest.param(
            'Rates are falling.\n\n"Cigarette smoking remains especially high among certain '
            'groups," the CDC finds.',
            ["CDC"],
            id="a-finding-after-the-quote",
        ),
        pytest.param(
            'Police found the body near a sign reading "Keep out" on Monday.',
            [],
            id="found-without-that",
        ),
        pytest.param(
            "Ukrainian President Volodymyr Zelenskiy wants a full admission of guilt for what "
            "authorities there called a “disastrous mistake.”",
            ["authorities there"],
            id="what-authorities-called",
        ),
        pytest.param(
            "Energy Secretary Samuel Bodman flew to Riyadh on Sunday, hoping for more oil. The "
            'price is high.\n\nHigh oil prices appeared to have caused "some dampening in '
            'demand." "I would hope the ministers see fit to supply the market," Bodman told '
            "reporters.",
            [None, "Samuel Bodman"],
            id="a-common-word-is-no-speaker",
        ),
    ],
)
def test_speakers_of_single_stories(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@given(body=st.sampled_from(BODIES), words=WORDS)
def test_a_body_speaks_by_its_whole_name(body: str, words: list[str]) -> None:
    """Its name's 'of', 'for' and 'and' do not cut it to its last words ('Prevention')."""
    quoted = " ".join(words).capitalize()
    assert speakers(f'"{quoted}," {body} said.') == [body.removeprefix("the ")]


def test_people_joined_by_and_stay_apart() -> None:
    assert speakers('"We will not give up," said Maria Okafor and David Haddad.') != [
        "Maria Okafor and David Haddad"
    ]
