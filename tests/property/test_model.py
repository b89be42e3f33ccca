"""Properties of the document model that must hold for any text."""

from __future__ import annotations

import itertools
import json

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Document
from newsparse.testing import news_text

any_text = st.one_of(st.text(), news_text())


@given(any_text)
def test_sentences_tile_their_paragraphs(text: str) -> None:
    document = Document(text)
    sentences = list(document.sentences)
    for paragraph in document.paragraphs:
        inside = [s for s in sentences if paragraph.contains(s)]
        assert inside, "every paragraph has at least one sentence"
        assert inside[0].start == paragraph.start and inside[-1].end == paragraph.end
        for before, after in itertools.pairwise(inside):
            assert before.end <= after.start
            assert text[before.end : after.start].strip() == ""
    assert sum(1 for s in sentences if any(p.contains(s) for p in document.paragraphs)) == len(
        sentences
    )


@given(any_text)
def test_parse_never_raises_and_spans_match(text: str) -> None:
    document = newsparse.parse(text)
    assert document.text == text
    assert document.failures == ()
    for finding in document.findings:
        assert 0 <= finding.span.start <= finding.span.end <= len(text)
        assert finding.span.of(text) == finding.text


@given(any_text)
def test_to_dict_round_trips_through_json(text: str) -> None:
    document = newsparse.parse(text, published="2021-10-08")
    data = json.loads(json.dumps(document.to_dict()))
    assert Document.from_dict(data) == document


def test_parse_survives_a_megabyte_of_unbalanced_quotes() -> None:
    text = ('He said "it is ' + "word " * 40 + "\n\n") * 2500
    assert len(text) > 500_000
    assert newsparse.parse(text).text == text
