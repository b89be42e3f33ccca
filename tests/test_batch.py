"""parse_many: input kinds, order, failures carried as results, workers, flat memory."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Document, PluginError
from newsparse.batch import CHUNKS_IN_FLIGHT_PER_WORKER, INPUT_FAILURE, parse_many, to_document
from newsparse.inputs import Record
from newsparse.pipeline import Pipeline
from newsparse.testing import news_text
from scaling_fixtures import BoomExtractor, DollarExtractor, LockedExtractor

DOLLARS = [DollarExtractor()]


@pytest.fixture
def no_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make starting a pool of workers fail, to show that none is started."""

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr("newsparse.batch.ProcessPoolExecutor", no_pool)


def _failure_reasons(document: Document) -> list[str]:
    return [f"{f.extractor}: {f.error}" for f in document.failures]


# Items as callers hand them over: (item, text, published, meta, failure substring or None).
ITEM_CASES = [
    # hand-written: every accepted kind
    ("Plain text.", "Plain text.", None, {}, None),
    (
        Record("From a record.", "2021-03-03", {"id": "r1"}),
        "From a record.",
        "2021-03-03",
        {"id": "r1"},
        None,
    ),
    (
        {"text": "A dict.", "published": "2020-01-02", "id": 7, "url": "u", "gold": [1]},
        "A dict.",
        "2020-01-02",
        {"id": 7, "url": "u"},
        None,
    ),
    ({"text": "Meta kept.", "meta": {"lang": "en"}}, "Meta kept.", None, {"lang": "en"}, None),
    # wire style: a corpus record with a timestamp for a date
    (
        {"text": "WASHINGTON (Reuters) - X.", "published": "2017-11-09T10:00:00Z"},
        "WASHINGTON (Reuters) - X.",
        "2017-11-09",
        {},
        None,
    ),
    # broken items: carried, never raised
    ({"text": "Bad date.", "published": "last Tuesday"}, "Bad date.", None, {}, "ISO date"),
    ({"text": None, "id": "n"}, "", None, {"id": "n"}, "text must be a str"),
    ({"body": "wrong field"}, "", None, {}, "text must be a str"),
    ({"text": "x", "meta": 5}, "", None, {}, "meta must be a mapping"),
    (42, "", None, {}, "got int"),
    (b"bytes", "", None, {}, "got bytes"),
]


@pytest.mark.parametrize(("item", "text", "published", "meta", "failure"), ITEM_CASES)
def test_items_become_documents(
    item: Any, text: str, published: str | None, meta: dict[str, Any], failure: str | None
) -> None:
    document = to_document(item)
    assert document.text == text
    assert document.published == (dt.date.fromisoformat(published) if published else None)
    assert document.meta == meta
    if failure is None:
        assert document.failures == ()
    else:
        (only,) = document.failures
        assert only.extractor == INPUT_FAILURE and failure in only.error


def test_default_published_fills_only_items_without_a_date() -> None:
    items = ["no date", {"text": "own date", "published": "2001-02-03"}]
    dates = [d.published for d in parse_many(items, processes=1, published="2020-05-06")]
    assert dates == [dt.date(2020, 5, 6), dt.date(2001, 2, 3)]


def test_a_bad_default_date_is_the_callers_error() -> None:
    with pytest.raises(ValueError, match="ISO date"):
        parse_many(["x"], processes=1, published="soon")


@pytest.mark.parametrize(("processes", "chunksize"), [(0, 10), (1, 0), (-2, 5)])
def test_nonsense_sizes_are_refused(processes: int, chunksize: int) -> None:
    with pytest.raises(ValueError, match=">= 1"):
        parse_many(["x"], processes=processes, chunksize=chunksize)


def test_one_process_gives_what_the_pipeline_gives() -> None:
    texts = ["It cost $5.", "", "$7 and $8 and $9", "nothing"]
    pipeline = Pipeline.build(DOLLARS)
    expected = [pipeline.run(Document(t)) for t in texts]
    assert list(parse_many(texts, processes=1, extractors=DOLLARS)) == expected
    assert [d.money[0].value for d in expected if d.money] == [Decimal(5), Decimal(7)]


def test_names_select_registered_extractors() -> None:
    (document,) = parse_many(["WASHINGTON - Hi."], processes=1, extractors=["quotes"])
    assert document.failures == ()
    with pytest.raises(PluginError, match="no extractor named 'nope'"):
        parse_many(["x"], processes=1, extractors=["nope"])


def test_workers_keep_input_order_and_match_one_process() -> None:
    items: list[Any] = [
        {"text": f"Item {i} cost ${i}.", "id": f"doc-{i}", "published": "2022-02-02"}
        for i in range(700)
    ]
    items[13] = {"text": "Bad date $1.", "published": "tomorrow"}
    items[400] = "BOOM $400"
    extractors = [DollarExtractor(), BoomExtractor()]
    alone = list(parse_many(items, processes=1, extractors=extractors))
    together = list(parse_many(items, processes=2, chunksize=16, extractors=extractors))
    assert together == alone
    assert [d.money[0].value for d in together[:3]] == [0, 1, 2]
    assert together[13].money and together[13].failures[0].extractor == INPUT_FAILURE
    assert _failure_reasons(together[400]) == ["test_boom: RuntimeError: exploded"]
    assert together[400].money[0].value == 400  # the other extractor's findings are kept
    assert sum(1 for d in together if d.failures) == 2


def test_a_raising_extractor_issues_no_warning_in_a_batch(recwarn: pytest.WarningsRecorder) -> None:
    (document,) = parse_many(["BOOM"], processes=1, extractors=[BoomExtractor()])
    assert _failure_reasons(document) == ["test_boom: RuntimeError: exploded"]
    assert not recwarn.list


def test_an_unpicklable_extractor_is_named_before_any_worker_starts(no_workers: None) -> None:
    with pytest.raises(
        PluginError, match=r"'test_locked' \(from scaling_fixtures\) cannot be sent"
    ):
        parse_many(["x"], processes=2, extractors=[DollarExtractor(), LockedExtractor()])
    # in one process nothing is sent, so it runs
    assert len(list(parse_many(["x"], processes=1, extractors=[LockedExtractor()]))) == 1


def test_an_endless_input_is_read_only_a_bounded_way_ahead() -> None:
    read = itertools.count()

    def endless() -> Iterator[str]:
        for number in read:
            yield f"article {number} for ${number}"

    chunksize = 8
    results = parse_many(endless(), processes=2, chunksize=chunksize, extractors=DOLLARS)
    taken = [d.money[0].value for d in itertools.islice(results, 500)]
    assert taken == list(range(500))
    ahead = next(read) - 500
    assert ahead <= (2 * CHUNKS_IN_FLIGHT_PER_WORKER + 1) * chunksize
    results.close()  # shuts the workers down without draining the endless input


def test_nothing_in_gives_nothing_out() -> None:
    assert list(parse_many([], processes=2)) == []
    assert list(parse_many(iter(()), processes=1)) == []


_ITEMS = st.one_of(
    news_text(),
    st.builds(Record, news_text()),
    st.fixed_dictionaries({"text": news_text()}, optional={"published": st.text(max_size=12)}),
    st.integers(),
    st.none(),
)


@given(st.lists(_ITEMS, max_size=30), st.integers(min_value=1, max_value=7))
def test_one_document_per_item_whatever_comes_in(items: list[Any], chunksize: int) -> None:
    documents = list(parse_many(items, processes=1, chunksize=chunksize, extractors=DOLLARS))
    assert len(documents) == len(items)
    for item, document in zip(items, documents, strict=True):
        assert document == Pipeline.build(DOLLARS).run(to_document(item))
        for finding in document.findings:
            assert finding.span.of(document.text) == finding.text


@given(st.lists(news_text(), max_size=10))
def test_default_extractors_match_parse(texts: list[str]) -> None:
    from newsparse import parse

    assert list(parse_many(texts, processes=1)) == [parse(t) for t in texts]


def test_a_lone_article_starts_no_workers(no_workers: None) -> None:
    (document,) = parse_many(["$1"], processes=2, extractors=DOLLARS)
    assert document.money[0].value == 1
    # two articles are a batch, even in one chunk: workers keep a crash from ending it
    with pytest.raises(AssertionError, match="pool"):
        list(parse_many(["$1", "$2"], processes=2, extractors=DOLLARS))
