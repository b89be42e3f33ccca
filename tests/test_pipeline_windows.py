"""Long texts read in windows: the same findings as the windows parsed alone, moved back."""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsparse import Document, Extractor, Money, parse
from newsparse.api import parse_document
from newsparse.errors import ExtractorFailed, ExtractorWarning
from newsparse.findings import Finding
from newsparse.pipeline import Pipeline
from newsparse.segment import windows
from newsparse.span import Span
from scaling_fixtures import BoomExtractor, DollarExtractor

# Paragraphs with something for every built-in extractor, none of them opening like a dateline.
PARAGRAPHS = (
    "The company said it would pay $4.5 million for the plant on Tuesday.",
    '"We are not going anywhere," said Mayor Jane Doe, adding that 12 people were killed.',
    "At least 7 people were killed and 30 wounded in the attack in March 2019.",
    "John Smith told reporters the deal was worth 300 million euros last week.",
    "“This is the end,” he said on Friday.",
    '"The first part of a long quote runs here.\n\n"And the rest of it ends here," she said.',
    "Officials said the fire killed three people and injured 40 others.",
    "Prices rose 3 percent in 2008, Doe said, and the board agreed.",
)


def _text(picks: list[int]) -> str:
    return "\n\n".join(PARAGRAPHS[pick] for pick in picks)


def _moved(value: Any, offset: int) -> Any:
    if isinstance(value, Span):
        return Span(value.start + offset, value.end + offset)
    if isinstance(value, tuple):
        return tuple(_moved(item, offset) for item in value)
    return value


def _placed(finding: Finding, offset: int) -> dict[str, Any]:
    """A finding's fields, spans moved ``offset`` characters on."""
    return {
        name: _moved(value, offset) for name, value in attrs.asdict(finding, recurse=False).items()
    }


def _parts_alone(text: str, size: int) -> list[dict[str, Any]]:
    placed = []
    for window in windows(text, size):
        alone = parse(window.of(text), window=None)
        placed += [_placed(finding, window.start) for finding in alone.findings]
    return sorted(placed, key=lambda fields: (fields["span"].start, fields["span"].end))


def _spans(value: Any) -> Iterator[Span]:
    if isinstance(value, Span):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _spans(item)


def _assert_spans_valid(document: Document) -> None:
    for finding in document.findings:
        assert finding.span.of(document.text) == finding.text
        for value in attrs.asdict(finding, recurse=False).values():
            for span in _spans(value):
                assert span.end <= len(document.text)


@settings(max_examples=25)
@given(
    picks=st.lists(st.integers(0, len(PARAGRAPHS) - 1), min_size=1, max_size=30),
    size=st.integers(60, 1_500),
)
def test_a_long_text_gives_the_findings_of_its_windows_parsed_alone(
    picks: list[int], size: int
) -> None:
    text = _text(picks)
    document = parse(text, window=size)
    assert document.failures == ()
    _assert_spans_valid(document)
    assert [_placed(finding, 0) for finding in document.findings] == _parts_alone(text, size)


@settings(max_examples=25)
@given(
    picks=st.lists(st.integers(0, len(PARAGRAPHS) - 1), min_size=1, max_size=30),
    size=st.integers(60, 1_500),
)
def test_a_window_holds_each_string_and_span_of_its_findings_once(
    picks: list[int], size: int
) -> None:
    text = _text(picks)
    assume(len(text) > size)  # a text read in windows
    document = parse(text, window=size)
    for window in windows(text, size):
        held: dict[object, object] = {}
        for finding in document.findings:
            if window.contains(finding.span):
                given = attrs.asdict(finding, recurse=False)
                del given["extractor"], given["version"]  # the pipeline's stamp, not found
                for value in given.values():
                    if type(value) in (str, Span):
                        assert held.setdefault(value, value) is value


SELF_CONTAINED = [0, 1, 2, 3, 6]  # paragraphs that name their own speakers in full


def test_paragraphs_that_need_nothing_before_them_read_as_in_the_whole_text() -> None:
    text = _text(SELF_CONTAINED * 12)
    assert len(windows(text, 2_000)) > 1
    assert parse(text, window=2_000).findings == parse(text, window=None).findings


@pytest.mark.xfail(strict=True, reason="a window knows only the names said in it")
def test_a_speaker_named_before_the_cut_is_known_after_it() -> None:
    text = _text([1] + [0] * 30 + [4])
    last = windows(text, 1_000)[-1]
    assert "he said" in last.of(text) and "Jane Doe" not in last.of(text)
    assert (
        parse(text, window=1_000).quotes[-1].speaker == parse(text, window=None).quotes[-1].speaker
    )


def test_a_short_text_is_read_whole() -> None:
    text = _text([0, 1, 2])
    assert parse(text, window=len(text)).to_dict() == parse(text, window=None).to_dict()


STORY = (
    "TORONTO, March 3 (Reuters) - The bank lent $5 million on Friday.\n\n"
    + "\n\n".join(["The board met again and talked for a long while about nothing."] * 20)
    + "\n\nLONDON, June 1 (Reuters) - It paid $7 million on Monday."
)


def test_the_story_dateline_heads_the_first_window_only_and_holds_for_every_window() -> None:
    size = STORY.index("LONDON")
    windowed = parse(STORY, window=size)
    assert windows(STORY, size)[1].of(STORY).startswith("LONDON")
    assert windowed.dateline is not None
    assert windowed.dateline.location == "TORONTO"
    assert len([f for f in windowed.findings if f.category == "dateline"]) == 1
    # Toronto's bare dollars are Canadian in the last window too, and Monday follows March 3.
    assert windowed.findings == parse(STORY, window=None).findings
    alone = parse(windows(STORY, size)[1].of(STORY), window=None)
    assert alone.dateline is not None and [m.currency for m in alone.money] == ["USD"]
    assert [m.currency for m in windowed.money] == ["CAD", "CAD"]


class _Failing(Extractor):
    """Dollars as DollarExtractor finds them, but it breaks on any text holding BOOM."""

    name = "test_failing"
    produces = (Money,)

    def extract(self, document: Document) -> Iterator[Money]:
        yield from BoomExtractor().extract(document)
        yield from DollarExtractor().extract(document)


LONG = "\n\n".join(f"It cost ${n}." for n in range(200)) + "\n\nBOOM"


def test_an_extractor_failing_in_one_window_loses_its_findings_in_all() -> None:
    pipeline = Pipeline.build([_Failing(), DollarExtractor()], window=100)
    with pytest.warns(ExtractorWarning, match="test_failing"):
        done = pipeline.run(Document(LONG))
    assert [failure.extractor for failure in done.failures] == ["test_failing"]
    assert {finding.extractor for finding in done.findings} == {"test_dollars"}
    assert [m.value for m in done.money] == [Decimal(n) for n in range(200)]


def test_a_strict_run_raises_for_a_failure_in_any_window() -> None:
    pipeline = Pipeline.build([_Failing()], window=100)
    with pytest.raises(ExtractorFailed, match="test_failing"):
        pipeline.run(Document(LONG), strict=True)


def test_findings_the_document_holds_already_are_kept_and_seen_in_their_window() -> None:
    text = _text([0, 3] * 20)
    held = Money.at(text, 0, 3, value=Decimal(1), currency="USD", extractor="earlier")
    done = parse_document(Document(text, findings=[held]), window=300)
    assert held in done.findings
    assert done.findings == tuple(sorted(done.findings, key=lambda f: (f.span.start, f.span.end)))
    # the dates extractor reads the money it requires within the window: no date inside $4.5
    _assert_spans_valid(done)


def test_each_window_step_holds_the_findings_of_the_windows_read_so_far() -> None:
    pipeline = Pipeline.build([DollarExtractor()], window=100)
    steps = list(pipeline.steps(Document(LONG.removesuffix("\n\nBOOM"))))
    assert len(steps) == len(windows(LONG.removesuffix("\n\nBOOM"), 100))
    counts = [len(step.findings) for step in steps]
    assert counts == sorted(counts) and counts[-1] == 200


@pytest.mark.parametrize("window", [0, -5, 2.5])
def test_a_window_must_be_a_positive_number_of_characters(window: Any) -> None:
    with pytest.raises(ValueError, match="window"):
        Pipeline.build([DollarExtractor()], window=window)


def test_no_warning_for_a_long_text_read_cleanly() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parse(_text([1, 2] * 50), window=500)


@settings(max_examples=200)
@given(text=st.text(alphabet='ab \n"“', max_size=300), size=st.integers(1, 40))
def test_windows_cover_the_text_in_order_within_their_size(text: str, size: int) -> None:
    spans = windows(text, size)
    assert spans[0].start == 0 and spans[-1].end == len(text)
    assert all(before.end == after.start for before, after in itertools.pairwise(spans))
    assert all(0 < len(span) <= size for span in spans) or spans == (Span(0, 0),)


@pytest.mark.parametrize(
    ("text", "size", "pieces"),
    [
        ("one\n\ntwo\n\nthree", 100, ["one\n\ntwo\n\nthree"]),
        ("one\n\ntwo\n\nthree", 12, ["one\n\ntwo\n\n", "three"]),
        # not before a paragraph opening a quote: it may continue one, or carry one just introduced
        ('Intro.\n\nDoe said:\n\n"We won."', 25, ["Intro.\n\n", 'Doe said:\n\n"We won."']),
        # ... unless every paragraph break does
        ('Doe said:\n\n"We won.\n\n"We left."', 25, ['Doe said:\n\n"We won.\n\n', '"We left."']),
        ("no paragraphs here\nbut lines", 22, ["no paragraphs here\n", "but lines"]),
        ("words and words", 12, ["words and ", "words"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ],
)
def test_windows_are_cut_at_the_best_break_there_is(
    text: str, size: int, pieces: list[str]
) -> None:
    assert [span.of(text) for span in windows(text, size)] == pieces


def test_a_window_holds_at_least_one_character() -> None:
    with pytest.raises(ValueError, match="at least one"):
        windows("text", 0)
