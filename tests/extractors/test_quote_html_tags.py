"""Marks inside an HTML tag left in the text enclose attribute values, not words said."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse
from newsparse.extractors.quotes.marks import quoted_stretches
from newsparse.segment import paragraphs
from newsparse.span import Span


def test_a_tweet_date_is_not_a_quote() -> None:
    text = (
        "Trump responded quickly.\n\n"
        '<tweet tweet-author="@MashableNews" tweet-date="March 4, 2016">Donald Trump knows what you'
        " mean when you say so — Mashable (@MashableNews) March 4, 2016</tweet>.\n\n"
        '"We will build it," Trump said.'
    )
    quotes = parse(text, extractors=["quotes"]).quotes
    assert [(quote.text, quote.speaker) for quote in quotes] == [
        ("We will build it,", "Donald Trump")
    ]


def test_a_datetime_attribute_is_not_a_quote() -> None:
    text = (
        "Trump, who has accused Bill Clinton of being a rapist, spoke.\n\n"
        '<tweet id="7479" author="@GideonResnick" datetime="2016-06-29">Trump, who has accused Bill'
        " Clinton of being a rapist, says so — Gideon Resnick (@GideonResnick) June 29, 2016</tweet>."
    )
    assert parse(text, extractors=["quotes"]).quotes == ()


def test_a_bare_angle_bracket_leaves_quotes_alone() -> None:
    text = 'Costs rose <5 percent. "It is fine," said Lee. She called it "x=2" at once.'
    stretches = quoted_stretches(text, paragraphs(text))
    assert [text[s.span.start : s.span.end] for s in stretches] == ["It is fine,", "x=2"]


_NAMES = st.from_regex(r"[a-z][a-z_-]{0,8}", fullmatch=True)
_VALUES = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="<>"),
    max_size=30,
)


@given(st.lists(st.tuples(_NAMES, st.sampled_from("\"”'"), _VALUES), min_size=1, max_size=4))
def test_no_stretch_reaches_into_a_tag(attributes: list[tuple[str, str, str]]) -> None:
    tag = "<tweet" + "".join(f" {name}={mark}{value}{mark}" for name, mark, value in attributes)
    tag += ">"
    text = f'He posted it.\n\n{tag}Hello</tweet>.\n\n"We won," Lee said.'
    inside = Span(text.index("<tweet"), text.index(">") + 1)
    stretches = quoted_stretches(text, paragraphs(text))
    assert all(s.open_mark >= inside.end or s.span.end <= inside.start for s in stretches)
    assert "We won," in [text[s.span.start : s.span.end] for s in stretches]
