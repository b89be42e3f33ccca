"""Round trips through the public strategies: render a value into news text, parse it back.

The strategies in :mod:`newsparse.testing` draw a value together with text that states it; each
built-in extractor must read the value back from anywhere in a generated story.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.testing import Sample, articles, counts, datelines, money, quotes, sentences


@given(articles(money()))
def test_money_reads_back_the_amount_it_was_given(sample: Sample[tuple[Decimal, str]]) -> None:
    value, currency = sample.value
    document = newsparse.parse(sample.text, extractors=["datelines", "money"])
    found = [(m.value, m.currency) for m in document.money if m.span.overlaps(sample.span)]
    assert (value, currency) in found, (sample.text, sample.part, found)


@given(datelines(), st.lists(sentences(), min_size=1, max_size=3))
def test_datelines_read_back_the_place(sample: Sample[str], body: list[str]) -> None:
    text = f"{sample.text} {' '.join(body)}"
    dateline = newsparse.parse(text, extractors=["datelines"]).dateline
    assert dateline is not None, text
    assert dateline.span.start == 0 and dateline.location == sample.value


@given(articles(quotes()))
def test_quotes_read_back_the_quoted_words(sample: Sample[str]) -> None:
    document = newsparse.parse(sample.text, extractors=["quotes"])
    # The span may keep the quote's own final punctuation ("...done." -> "...done.").
    read = [q for q in document.quotes if q.text.rstrip(".,!?") == sample.value]
    assert read, (sample.text, [q.text for q in document.quotes])
    # A lone pronoun ('He said: ...') has no one to resolve to, but its mention is kept.
    assert read[0].span.start == sample.span.start
    assert read[0].speaker is not None or read[0].speaker_span is not None


SCALE_WORDS = ("thousand", "million")


def _casualties_read(count_text: str, kind: str) -> list[tuple[int | None, str]]:
    text = f"Police said {count_text} people were {kind} in the attack on Tuesday."
    document = newsparse.parse(text, extractors=["casualties"])
    return [(c.count, c.kind) for c in document.casualties]


@given(
    counts().filter(lambda s: 2 <= s.value <= 100_000 and not s.text.endswith(SCALE_WORDS)),
    st.sampled_from(["killed", "injured"]),
)
def test_casualties_read_back_the_count(sample: Sample[int], kind: str) -> None:
    assert (sample.value, kind) in _casualties_read(sample.text, kind), sample.text


def test_casualties_read_a_count_with_a_scale_word() -> None:
    assert (3_000_000, "killed") in _casualties_read("3 million", "killed")
