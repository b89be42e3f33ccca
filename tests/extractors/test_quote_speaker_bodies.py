"""Speaker classes of issue 15 seen on pool-i: the one an outlet quotes speaks, not the outlet
('Reuters quotes a foreign ministry official as saying'); a name before an unclosed aside
speaks, not the body the aside names ('Ann Lee, a spokesman for the Department of Children
and Family Services said'); a court or a study that 'found that' quoted words holds them; the
subject of an object clause says what it 'called' ('what authorities there called a "..."');
and a common word read as a name ('High oil prices') is no speaker."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.extractors.quote_speakers import speakers

OUTLETS = ["Reuters", "The Los Angeles Times", "the BBC", "Xinhua", "state media"]
ROLES = [
    "a foreign ministry official",
    "a senior diplomat",
    "an unnamed police officer",
    "the spokesman",
    "one witness",
]
FIRST = ["Maria", "David", "Fatima", "Kevin", "Olga"]
SURNAMES = ["Okafor", "Lindqvist", "Haddad", "Brennan", "Castillo"]
BODIES = [
    "the Illinois Department of Children and Family Services",
    "the Bureau of Alcohol and Firearms",
    "the Department of Health and Human Services",
    "the Centers for Disease Control and Prevention",
]
WORDS = st.lists(st.sampled_from(["we", "will", "not", "give", "up", "the", "talks"]), min_size=3)


@given(outlet=st.sampled_from(OUTLETS), role=st.sampled_from(ROLES), words=WORDS)
def test_the_outlet_that_quotes_never_speaks(outlet: str, role: str, words: list[str]) -> None:
    quoted = " ".join(words).capitalize()
    text = f'The talks stalled on Monday. "{quoted}," {outlet} quotes {role} as saying.'
    (speaker,) = speakers(text)
    assert speaker == role


def test_the_one_quoted_after_the_quote_speaks() -> None:
    text = (
        "Brad Sherman filed the articles again.\n\n"
        '"There is no reason it should not be before the Congress," The Los Angeles Times '
        'quotes Sherman. "Every day shows it."'
    )
    assert speakers(text) == ["Brad Sherman", "Brad Sherman"]


def test_quotes_as_a_noun_is_no_cue() -> None:
    text = 'His quotes were everywhere. "We will win," he said.'
    assert speakers(text) == [None]


@given(
    first=st.sampled_from(FIRST),
    surname=st.sampled_from(SURNAMES),
    role=st.sampled_from(["a spokesman", "the director", "a lawyer", "an official"]),
    body=st.sampled_from(BODIES),
    words=WORDS,
)
def test_a_name_before_an_unclosed_aside_speaks(
    first: str, surname: str, role: str, body: str, words: list[str]
) -> None:
    quoted = " ".join(words).capitalize()
    text = f'The case was closed. {first} {surname}, {role} for {body} said, "{quoted}."'
    assert speakers(text) == [f"{first} {surname}"]


def test_a_phrase_before_the_name_keeps_the_aside_unattached() -> None:
    text = (
        "The case was closed. In an interview with Ann Lee, a spokesman for the ministry "
        'said, "We will look again at it."'
    )
    assert speakers(text) == ["a spokesman"]


def test_a_court_that_found_that_quoted_words_holds_them() -> None:
    text = (
        "In 2014, the District Court found that the law “offers no significant health "
        "benefit” and struck it down."
    )
    assert speakers(text) == ["District Court"]


def test_a_finding_after_the_quote_credits_it() -> None:
    text = (
        "Rates are falling.\n\n"
        '"Cigarette smoking remains especially high among certain groups," the CDC finds.'
    )
    assert speakers(text) == ["CDC"]


def test_found_without_that_credits_no_one() -> None:
    text = 'Police found the body near a sign reading "Keep out" on Monday.'
    assert speakers(text) == []


def test_what_officials_called_is_theirs() -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskiy wants a full admission of guilt for what "
        "authorities there called a “disastrous mistake.”"
    )
    assert speakers(text) == ["authorities there"]


def test_a_common_word_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "Energy Secretary Samuel Bodman flew to Riyadh on Sunday, hoping for more oil. The "
        "price is high.\n\n"
        'High oil prices appeared to have caused "some dampening in demand." "I would hope '
        'the ministers see fit to supply the market," Bodman told reporters.'
    )
    assert speakers(text) == [None, "Samuel Bodman"]
