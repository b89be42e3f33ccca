"""A test kit for extractor authors: :func:`check_extractor` and hypothesis strategies.

Needs hypothesis (``pip install hypothesis``). In a plugin's tests::

    from newsparse.testing import check_extractor

    def test_contract():
        check_extractor(MyExtractor())

The strategies draw the shapes of news text: :func:`datelines`, :func:`money`, :func:`counts`,
:func:`quotes`, :func:`sentences`, :func:`noise`, and :func:`articles` to set any of them inside
a story. Those that stand for a value draw a :class:`Sample`: the text, the span of the part that
matters and the value it stands for, so a test can render a value, parse it back and compare.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, Generic, TypeVar

from attrs import frozen

try:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError("newsparse.testing needs hypothesis: pip install hypothesis") from error

from newsparse._data import news_samples as pieces
from newsparse.document import Document
from newsparse.errors import PluginError
from newsparse.extractor import Extractor
from newsparse.findings import Finding
from newsparse.pipeline import Pipeline, validated
from newsparse.span import Span

T = TypeVar("T")

__all__ = [
    "Sample",
    "articles",
    "check_extractor",
    "counts",
    "datelines",
    "money",
    "news_text",
    "noise",
    "quotes",
    "sentences",
]


@frozen
class Sample(Generic[T]):
    """Generated text, the span of the part that matters, and the value that part stands for."""

    text: str
    span: Span
    value: T

    @property
    def part(self) -> str:
        """The text under :attr:`span`."""
        return self.span.of(self.text)


def _whole(text: str, value: T) -> Sample[T]:
    return Sample(text, Span(0, len(text)), value)


def _text_of(sample: Sample[Any]) -> str:
    return sample.text


def datelines() -> st.SearchStrategy[Sample[str]]:
    """A wire dateline and its place: ``MEXICO CITY, Sept 10 (Reuters) -`` -> ``MEXICO CITY``."""

    @st.composite
    def build(draw: st.DrawFn) -> Sample[str]:
        place = draw(st.sampled_from(pieces.PLACES))
        date = draw(
            st.one_of(
                st.just(""),
                st.builds(
                    "{}, {} {}".format,
                    st.just(""),
                    st.sampled_from(pieces.MONTHS),
                    st.integers(1, 31),
                ),
            )
        )
        agency = draw(st.sampled_from(pieces.AGENCIES))
        dash = draw(st.sampled_from(pieces.DASHES))
        return Sample(f"{place}{date} ({agency}){dash}", Span(0, len(place)), place)

    return build()


def _words(number: int) -> str:
    """0-99 in words, as news writes them (``twenty-seven``)."""
    if number < 20:
        return pieces.UNITS[number]
    tens, units = divmod(number, 10)
    return pieces.TENS[tens - 2] + (f"-{pieces.UNITS[units]}" if units else "")


def counts() -> st.SearchStrategy[Sample[int]]:
    """A count in digits, words or with a scale word: ``1,200``, ``twenty-seven``, ``3 million``."""
    return st.one_of(
        st.integers(0, 10_000_000).map(lambda n: _whole(f"{n:,}", n)),
        st.integers(0, 99).map(lambda n: _whole(_words(n), n)),
        st.builds(
            lambda n, scale: _whole(f"{n:,} {scale[0]}", n * scale[1]),
            st.integers(1, 999),
            st.sampled_from([("thousand", 1_000), ("million", 1_000_000)]),
        ),
    )


def money() -> st.SearchStrategy[Sample[tuple[Decimal, str]]]:
    """An amount of money and its (value, ISO currency): ``$30 million`` -> (30000000, "USD")."""

    @st.composite
    def build(draw: st.DrawFn) -> Sample[tuple[Decimal, str]]:
        currency, template = draw(st.sampled_from(pieces.MONEY_FORMATS))
        suffix, factor = draw(st.sampled_from(pieces.SCALES))
        if factor == 1:
            whole = draw(st.integers(1, 10_000_000))
            number, value = f"{whole:,}", Decimal(whole)
        else:
            whole, tenths = draw(st.integers(1, 999)), draw(st.integers(0, 9))
            number = f"{whole}.{tenths}" if tenths else str(whole)
            value = Decimal(number) * factor
        return _whole(template.format(amount=number + suffix), (value, currency))

    return build()


def quotes() -> st.SearchStrategy[Sample[str]]:
    """A quoted sentence with its attribution; the span and value are the quoted words."""

    @st.composite
    def build(draw: st.DrawFn) -> Sample[str]:
        words = draw(st.sampled_from(pieces.QUOTED))
        opening, closing = draw(st.sampled_from(pieces.QUOTE_MARKS))
        speaker = draw(st.sampled_from(pieces.SPEAKERS))
        verb = draw(st.sampled_from(pieces.REPORTING_VERBS))
        if draw(st.booleans()):
            head = opening
            text = f"{opening}{words},{closing} {speaker} {verb}."
        else:
            head = f"{speaker[0].upper()}{speaker[1:]} {verb}: {opening}"
            text = f"{head}{words}.{closing}"
        return Sample(text, Span(len(head), len(head) + len(words)), words)

    return build()


def sentences() -> st.SearchStrategy[str]:
    """A plain sentence of story body with nothing in it to find."""
    return st.sampled_from(pieces.FILLER)


def noise() -> st.SearchStrategy[str]:
    """Text that breaks naive rules: odd Unicode, controls, unbalanced quotes, stray marks."""
    piece = st.one_of(st.sampled_from(pieces.NOISE), st.text(max_size=6))
    return st.lists(piece, max_size=20).map("".join)


_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "»")


def articles(samples: st.SearchStrategy[Sample[T]]) -> st.SearchStrategy[Sample[T]]:
    """A story around a drawn sample, its span moved to where the sample landed.

    A sample that is not a sentence of its own (an amount, a count) is first set in one.

    >>> from newsparse.testing import articles, money
    >>> strategy = articles(money())  # Sample(text=<a story>, span=<the amount>, value=...)
    """

    @st.composite
    def build(draw: st.DrawFn) -> Sample[T]:
        sample = draw(samples)
        if not sample.text.endswith(_SENTENCE_ENDS):
            carrier = draw(st.sampled_from(pieces.CARRIERS))
            lead = carrier.index("{}")
            sample = Sample(
                carrier.format(sample.text),
                Span(sample.span.start + lead, sample.span.end + lead),
                sample.value,
            )
        dateline = draw(st.one_of(st.just(""), datelines().map(lambda d: d.text)))
        before = " ".join(draw(st.lists(sentences(), max_size=3)))
        after = " ".join(draw(st.lists(sentences(), max_size=3)))
        coda = draw(st.one_of(st.just(""), noise().map(lambda n: f"\n\n{n}")))
        prefix = dateline + (f"{before} " if before else "")
        text = f"{prefix}{sample.text}{f' {after}' if after else ''}{coda}"
        shift = len(prefix)
        return Sample(text, Span(sample.span.start + shift, sample.span.end + shift), sample.value)

    return build()


def news_text() -> st.SearchStrategy[str]:
    """Text that looks like news at a glance, with the punctuation and Unicode that break rules."""
    piece = st.one_of(
        sentences(),
        datelines().map(_text_of),
        money().map(_text_of),
        counts().map(_text_of),
        quotes().map(_text_of),
        noise(),
        st.text(max_size=8),
    )
    return st.lists(piece, max_size=12).map(" ".join)


def check_extractor(
    extractor: Extractor, *, max_examples: int = 150, texts: Iterable[str] = ()
) -> None:
    """Assert the extractor contract on generated text and on ``texts``.

    The declaration must be valid (a name, a version, Finding classes with their own
    categories). On any text the extractor must never raise, return only findings of its declared
    categories whose spans lie inside the text and match it, give the same findings twice, and
    survive pickling (batches send extractors to worker processes). The installed extractors
    producing what it ``requires`` run first, as in a real pipeline. Raises ``AssertionError``
    that names what is wrong and the text it went wrong on.
    """
    try:
        from newsparse.plugins import check_declaration

        check_declaration(extractor)
        clone = pickle.loads(pickle.dumps(extractor))
    except PluginError as error:
        raise AssertionError(f"bad declaration: {error}") from error
    except Exception as error:
        raise AssertionError(
            f"extractor {extractor.name!r} cannot be pickled: {type(error).__name__}: {error}"
        ) from error
    prepare = _prerequisites(extractor)
    for text in texts:
        _check_one(extractor, clone, prepare(Document(text)))

    @settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(
        text=st.one_of(
            news_text(),
            articles(money()).map(_text_of),
            articles(counts()).map(_text_of),
            articles(quotes()).map(_text_of),
        )
    )
    def check(text: str) -> None:
        _check_one(extractor, clone, prepare(Document(text)))

    check()


def _prerequisites(extractor: Extractor) -> Callable[[Document], Document]:
    """Run the installed producers of the categories ``extractor`` requires, as parse would."""
    if not extractor.requires:
        return lambda document: document
    from newsparse.plugins import default_registry

    needed = set(extractor.requires)
    producers = [
        other
        for other in default_registry().select()
        if other.name != extractor.name and other.categories() & needed
    ]
    pipeline = Pipeline.build(producers)
    return lambda document: pipeline.run(document)


def _check_one(extractor: Extractor, clone: Extractor, document: Document) -> None:
    first = _run(extractor, document)
    text = document.text
    assert _run(extractor, document) == first, f"{extractor.name} is not deterministic on {text!r}"
    assert _run(clone, document) == first, f"{extractor.name} changes when pickled, on {text!r}"


def _run(extractor: Extractor, document: Document) -> list[Finding]:
    try:
        return validated(extractor, document.text, extractor.extract(document))
    except Exception as error:
        raise AssertionError(
            f"extractor {extractor.name!r} broke its contract on {document.text!r}: "
            f"{type(error).__name__}: {error}"
        ) from error
