"""Speaker class of issue 15 (q15): a description headed by a word for a news outlet ('the
paper', 'the newspaper', 'the daily', 'the conservative-leaning newspaper') stands for the
outlet in view, as 'the company' stands for the body in view; one that names its outlet ('the
Kommersant daily') or has none in view keeps its own words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

OUTLETS = [
    "The Wall Street Journal",
    "The Washington Post",
    "The China Youth Daily",
    "The Boston Globe",
]
DESCRIPTIONS = [
    "the paper",
    "the newspaper",
    "the daily",
    "the conservative-leaning newspaper",
    "the weekly",
]
VERBS = ["reported", "wrote on Monday", "said in an editorial"]
WORDS = st.lists(st.sampled_from(["the", "talks", "will", "not", "resume", "soon"]), min_size=3)


STORIES = st.tuples(
    st.sampled_from(OUTLETS), st.sampled_from(DESCRIPTIONS), st.sampled_from(VERBS), WORDS
)


@given(STORIES)
def test_an_outlet_description_stands_for_the_outlet_in_view(
    story: tuple[str, str, str, list[str]],
) -> None:
    outlet, description, verb, words = story
    text = f'{outlet} {verb} that the deal was off. "{" ".join(words).capitalize()}," {description} said.'
    assert speakers(text) == [outlet.removeprefix("The ")]


def test_the_paper_after_the_outlet_reports() -> None:
    text = (
        "-- The Washington Post reports that Abdulazeez studied engineering. "
        '"His family was rooted in the community of Hixson," the paper reports.'
    )
    assert speakers(text) == ["Washington Post"]


def test_an_outlet_description_with_no_outlet_in_view_keeps_its_words() -> None:
    assert speakers('"It is needed," the national daily said.') == ["the national daily"]
