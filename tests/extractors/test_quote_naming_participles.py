"""A participle naming the noun before it by a proper name ('a group called Citizens for Reform',
'a man named Jo Park') is no cue, in quotes or in reported speech, wherever it stands; a verb
with a second object after the name ('called Park a "liar"') still is. Sentences written for
these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor, ReportedSpeechExtractor
from newsparse.extractors.quotes.naming_participles import NAME_GIVING, names_by_name


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in QuoteExtractor().extract(Document(text))]


def reports(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_a_named_group_takes_no_quote_from_its_speaker() -> None:
    text = (
        "\u201cWe will be heard,\u201d said Ann Lee, organizer of a group called Citizens for "
        "Reform, which expects 5,000 people. \u201cThey have created a dangerous situation.\u201d"
    )
    assert quotes(text) == [
        ("We will be heard,", "Ann Lee"),
        ("They have created a dangerous situation.", "Ann Lee"),
    ]


def test_a_named_man_is_the_subject_not_a_cue() -> None:
    assert reports("A man named Jo Park said the fire started at night.") == [
        ("the fire started at night", "Jo Park", "said")
    ]


def test_a_named_firm_reports_nothing() -> None:
    text = "They asked other vendors, including a firm called Delta Analytics, which is private."
    assert reports(text) == []


def test_a_second_object_keeps_the_cue() -> None:
    text = "On Saturday his daughter called Park a liar. Officials called Park reckless."
    assert not names_by_name(text, text.index("called"), text.index("called") + 6)
    assert not names_by_name(text, text.rindex("called"), text.rindex("called") + 6)
    assert quotes('Lee called Park "the orange prince" on Monday.') == [
        ("the orange prince", "Lee")
    ]


def test_an_object_relative_and_a_subject_pronoun_keep_the_cue() -> None:
    for text in ("It was what officials called Operation Dawn.", "Later he called Park."):
        start = text.index("called")
        assert not names_by_name(text, start, start + len("called"))


_NOUNS = st.sampled_from("group man firm program website company woman operation play".split())
_NAME_WORDS = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True)


@given(
    noun=_NOUNS,
    participle=st.sampled_from(sorted(NAME_GIVING)),
    name=st.lists(_NAME_WORDS, min_size=1, max_size=3).map(" ".join),
    after=st.sampled_from([", which has 300 members.", ". It grew.", " in 2015."]),
)
def test_any_noun_given_a_name_is_no_cue(noun: str, participle: str, name: str, after: str) -> None:
    text = f"Police said they found a {noun} {participle} {name}{after}"
    start = text.index(f" {participle} ") + 1
    assert names_by_name(text, start, start + len(participle))
    assert all(cue != participle for *_, cue in reports(text))
