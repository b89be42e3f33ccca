"""The plugin authors' test kit: its strategies draw what they say, its check catches what it says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from attrs import frozen
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Document, Extractor, Finding, Money, Span
from newsparse.numbers import parse_number
from newsparse.plugins import Registry, collect, plugin_manager
from newsparse.testing import (
    Sample,
    articles,
    check_extractor,
    counts,
    datelines,
    money,
    news_text,
    noise,
    quotes,
    sentences,
)


@frozen(kw_only=True)
class Shout(Finding):
    category = "shouts"


class Shouts(Extractor):
    """Finds every ``HEY``: the well-behaved extractor the broken ones below are variants of."""

    name = "shouts"
    produces = (Shout,)

    def extract(self, document: Document) -> Iterator[Finding]:
        text = document.text
        start = text.find("HEY")
        while start >= 0:
            yield Shout.at(text, start, start + 3)
            start = text.find("HEY", start + 1)


# Strategies: each Sample's span covers what its value stands for.


@given(datelines())
def test_a_dateline_spans_its_place(sample: Sample[str]) -> None:
    assert sample.part == sample.value
    assert sample.text.rstrip().endswith(("-", "—", "–"))


@given(counts())
def test_counts_read_back_to_their_value(sample: Sample[int]) -> None:
    assert parse_number(sample.text) == sample.value


@given(money())
def test_money_names_an_iso_currency_and_a_positive_amount(
    sample: Sample[tuple[object, str]],
) -> None:
    value, currency = sample.value
    assert sample.part == sample.text
    assert value > 0  # type: ignore[operator]
    assert len(currency) == 3 and currency.isupper()
    assert any(character.isdigit() for character in sample.text)


@given(quotes())
def test_a_quote_spans_exactly_the_quoted_words(sample: Sample[str]) -> None:
    assert sample.part == sample.value
    before, after = sample.text[sample.span.start - 1], sample.text[sample.span.end :]
    assert before in '“"«‘' and after[:2] in {",”", ',"', ",»", ",’", ".”", '."', ".»", ".’"}


@given(articles(quotes()))
def test_an_article_moves_the_span_with_its_sample(sample: Sample[str]) -> None:
    assert sample.part == sample.value


@given(articles(counts()))
def test_an_article_sets_a_bare_count_in_a_sentence(sample: Sample[int]) -> None:
    assert parse_number(sample.part) == sample.value
    assert sample.text[sample.span.end :].lstrip()[:1] in {".", "l", "o", "w"}


@given(st.one_of(sentences(), noise(), news_text()))
def test_any_generated_text_parses_without_failures(text: str) -> None:
    document = newsparse.parse(text)
    assert document.text == text and document.failures == ()


# check_extractor: passes the good, names what is wrong with the bad.


class Raises(Shouts):
    name = "raises"

    def extract(self, document: Document) -> Iterator[Finding]:
        raise KeyError("no such thing")


class BadSpan(Shouts):
    name = "bad_span"

    def extract(self, document: Document) -> Iterator[Finding]:
        yield Shout(span=Span(0, len(document.text) + 1), text=document.text)


class WrongText(Shouts):
    name = "wrong_text"

    def extract(self, document: Document) -> Iterator[Finding]:
        yield Shout(span=Span(0, 0), text="HEY")


class Undeclared(Shouts):
    name = "undeclared"

    def extract(self, document: Document) -> Iterator[Finding]:
        yield Money.at(document.text, 0, 0)


class Moody(Shouts):
    """Finds something every other time it is asked."""

    name = "moody"

    def __init__(self) -> None:
        self.calls = 0

    def extract(self, document: Document) -> Iterator[Finding]:
        self.calls += 1
        if self.calls % 2:
            yield Shout.at(document.text, 0, 0)


class Unpicklable(Shouts):
    name = "unpicklable"

    def __init__(self) -> None:
        self.rule = lambda text: text


class BadName(Shouts):
    name = "bad name"


class TwoBugs(Shouts):
    """Breaks one way on empty text and another on the rest."""

    name = "two_bugs"

    def extract(self, document: Document) -> Iterator[Finding]:
        yield Shout(span=Span(0, 1), text="x" if document.text else "")


def test_a_well_behaved_extractor_passes() -> None:
    check_extractor(Shouts(), texts=["HEY", "", "HEY HEY"])


def test_every_installed_extractor_passes() -> None:
    for extractor in collect(plugin_manager(load_entry_points=False)).extractors:
        check_extractor(extractor, max_examples=20)


@pytest.mark.parametrize(
    ("broken", "complaint"),
    [
        pytest.param(
            Raises(), "'raises' broke its contract.*KeyError: 'no such thing'", id="raises"
        ),
        pytest.param(BadSpan(), "'bad_span' broke its contract.*outside the text", id="bad span"),
        pytest.param(WrongText(), "'wrong_text'.*does not match its span", id="wrong text"),
        pytest.param(Undeclared(), "'undeclared'.*undeclared category 'money'", id="undeclared"),
        pytest.param(Moody(), "moody is not deterministic", id="not deterministic"),
        pytest.param(Unpicklable(), "'unpicklable' cannot be pickled", id="unpicklable"),
        pytest.param(BadName(), "bad declaration: .*name must be", id="bad name"),
    ],
)
def test_a_broken_extractor_is_caught_and_named(broken: Extractor, complaint: str) -> None:
    with pytest.raises(AssertionError, match=complaint):
        check_extractor(broken, max_examples=30, texts=["HEY there"])


def test_two_different_bugs_still_give_one_assertion_error() -> None:
    # hypothesis would report each as a member of an ExceptionGroup, not an AssertionError
    with pytest.raises(AssertionError, match="'two_bugs' broke its contract"):
        check_extractor(TwoBugs(), max_examples=60)


class Hangs(Shouts):
    name = "hangs"

    def extract(self, document: Document) -> Iterator[Finding]:
        while "HANG" in document.text:
            pass
        yield from ()


def test_a_hanging_extractor_fails_the_check_instead_of_hanging_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(newsparse.testing, "CHECK_TIME_LIMIT", 0.2)
    with pytest.raises(AssertionError, match=r"'hangs' broke its contract on 'HANG'.*time limit"):
        check_extractor(Hangs(), texts=["HANG"])


def test_the_failing_text_is_shown() -> None:
    with pytest.raises(AssertionError, match="on 'HEY there'"):
        check_extractor(Raises(), texts=["HEY there"])


class CountsShouts(Extractor):
    """Requires shouts, and breaks if it runs without them on a text that has one."""

    name = "counts_shouts"
    produces = (Money,)
    requires = ("shouts",)

    def extract(self, document: Document) -> Iterator[Money]:
        assert ("HEY" in document.text) == bool(document.of("shouts"))
        yield from ()


def test_the_producers_of_what_it_requires_run_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsparse.plugins, "default_registry", lambda: Registry((Shouts(),)))
    check_extractor(CountsShouts(), max_examples=20, texts=["HEY you"])


# The checks issue 18 asked for: clashes, requirements, JSON, state, time.


@frozen(kw_only=True)
class FakeMoney(Finding):
    category = "money"


class Clashing(Shouts):
    name = "clashing"
    produces = (FakeMoney,)

    def extract(self, document: Document) -> Iterator[Finding]:
        yield from ()


class NamesAnExtractor(Shouts):
    name = "names_an_extractor"
    requires = ("datelines",)  # the extractor's name; the category is "dateline"


@frozen(kw_only=True)
class Tagged(Finding):
    category = "shouts"
    tags: object = ()


class SetField(Shouts):
    name = "set_field"
    produces = (Tagged,)

    def extract(self, document: Document) -> Iterator[Finding]:
        for shout in super().extract(document):
            yield Tagged(span=shout.span, text=shout.text, tags={"loud"})


class Remembers(Shouts):
    """Finds things only once it has seen a few texts: state kept between calls."""

    name = "remembers"

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def extract(self, document: Document) -> Iterator[Finding]:
        self.seen.add(document.text)
        if len(self.seen) > 3:
            yield Shout.at(document.text, 0, 0)


class Quadratic(Shouts):
    """Rescans the rest of the text from every 20th character."""

    name = "quadratic"

    def extract(self, document: Document) -> Iterator[Finding]:
        text = document.text
        for start in range(0, len(text), 20):
            text.count("HEY", start)
        yield from super().extract(document)


@pytest.mark.parametrize(
    ("broken", "complaint"),
    [
        pytest.param(Clashing(), "category 'money', which belongs to .*Money", id="clash"),
        pytest.param(
            NamesAnExtractor(),
            "requires 'datelines'.*'datelines' is the extractor producing 'dateline'",
            id="requires a name",
        ),
        pytest.param(SetField(), "'tags' holds a set", id="not JSON"),
        pytest.param(Remembers(), "must keep no state between calls", id="stateful"),
        pytest.param(Quadratic(), "slows down faster than the text grows", id="quadratic"),
    ],
)
def test_the_kit_catches_what_issue_18_found(broken: Extractor, complaint: str) -> None:
    with pytest.raises(AssertionError, match=complaint):
        check_extractor(broken, max_examples=60, texts=["HEY there"])


def test_the_timing_check_passes_a_linear_extractor_and_can_be_skipped() -> None:
    check_extractor(Shouts(), max_examples=5)
    check_extractor(Quadratic(), max_examples=5, timing=False)


class Percents(Extractor):
    """The tutorial's round trip in miniature: a number followed by %."""

    name = "percents"
    produces = (Shout,)

    def extract(self, document: Document) -> Iterator[Finding]:
        text = document.text
        for index, character in enumerate(text):
            if character == "%" and index and text[index - 1].isdigit():
                start = index - 1
                while start and text[start - 1] in "0123456789.":
                    start -= 1
                yield Shout.at(text, start, index + 1)


PERCENTAGES = st.decimals(min_value=0, max_value=100, places=1).map(
    lambda value: Sample(f"{value}%", Span(0, len(f"{value}%")), value)
)


@given(articles(PERCENTAGES, extractor=Percents()))
def test_an_article_for_an_extractor_holds_nothing_else_it_finds(sample: Sample[object]) -> None:
    found = [finding.span for finding in Percents().extract(Document(sample.text))]
    assert found == [sample.span]
