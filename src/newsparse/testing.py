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

import gc
import pickle
import time
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import cache
from typing import Any, Generic, TypeVar

from attrs import frozen

try:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from hypothesis.errors import Flaky
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError("newsparse.testing needs hypothesis: pip install hypothesis") from error

from newsparse._data import news_samples as pieces
from newsparse.document import Document
from newsparse.errors import PluginError
from newsparse.extractor import Extractor
from newsparse.findings import BUILTIN_FINDINGS, Finding
from newsparse.pipeline import Pipeline, validated
from newsparse.span import Span
from newsparse.timelimit import time_limit

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


def articles(
    samples: st.SearchStrategy[Sample[T]], *, extractor: Extractor | None = None
) -> st.SearchStrategy[Sample[T]]:
    """A story around a drawn sample, its span moved to where the sample landed.

    A sample that is not a sentence of its own (an amount, a count) is first set in one. With
    ``extractor``, every piece of the story around the sample (dateline, sentences, the sentence
    carrying it, noise) is one in which ``extractor`` finds nothing, so a round trip can expect
    the sample to be its only finding; without it, noise may hold anything (``0.0%``...).

    >>> from newsparse.testing import articles, money
    >>> strategy = articles(money())  # Sample(text=<a story>, span=<the amount>, value=...)
    """

    def quiet(piece: str) -> bool:
        return extractor is None or not list(extractor.extract(Document(piece)))

    carriers = st.sampled_from(pieces.CARRIERS).filter(lambda c: quiet(c.format("")))

    @st.composite
    def build(draw: st.DrawFn) -> Sample[T]:
        sample = draw(samples)
        if not sample.text.endswith(_SENTENCE_ENDS):
            carrier = draw(carriers)
            lead = carrier.index("{}")
            sample = Sample(
                carrier.format(sample.text),
                Span(sample.span.start + lead, sample.span.end + lead),
                sample.value,
            )
        dateline = draw(st.one_of(st.just(""), datelines().map(_text_of)).filter(quiet))
        before = " ".join(draw(st.lists(sentences().filter(quiet), max_size=3)))
        after = " ".join(draw(st.lists(sentences().filter(quiet), max_size=3)))
        coda = draw(st.one_of(st.just(""), noise().filter(quiet).map(lambda n: f"\n\n{n}")))
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
    extractor: Extractor,
    *,
    max_examples: int = 150,
    texts: Iterable[str] = (),
    timing: bool = True,
) -> None:
    """Assert the extractor contract on generated text and on ``texts``.

    The declaration must be valid: a name, a version, Finding classes whose categories are new or
    are the very classes that own them (``money`` is :class:`~newsparse.findings.Money`'s), and
    ``requires`` naming categories some installed extractor produces. On any text the extractor
    must never raise; return only findings of its declared categories whose spans lie inside the
    text and match it, and whose fields JSON can encode; give the same findings twice, and the
    same as a fresh copy of it that went through pickling (batches send extractors to worker
    processes, so it must keep no state between calls). With ``timing``, its time must grow
    linearly with the length of long generated stories and runs of one token (four times the
    text may take at most eight times as long, once it takes a measurable time). The
    installed extractors producing what it ``requires`` run first, as in a real pipeline. A
    text still running after :data:`CHECK_TIME_LIMIT` seconds fails the check, not hangs it.
    Raises ``AssertionError`` that names what is wrong and the text it went wrong on.
    """
    from newsparse.plugins import check_declaration

    try:
        check_declaration(extractor)
        blob = pickle.dumps(extractor)
        pickle.loads(blob)
    except PluginError as error:
        raise AssertionError(f"bad declaration: {error}") from error
    except Exception as error:
        raise AssertionError(
            f"extractor {extractor.name!r} cannot be pickled: {type(error).__name__}: {error}"
        ) from error
    prepare = _prerequisites(extractor)
    for text in texts:
        _check_one(extractor, blob, prepare(Document(text)))

    @settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
        report_multiple_bugs=False,  # one AssertionError, as promised, not an ExceptionGroup
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
        _check_one(extractor, blob, prepare(Document(text)))

    try:
        check()
    except Flaky as error:
        raise AssertionError(
            f"extractor {extractor.name!r} gives different findings for the same text depending "
            f"on the texts it saw before: extract must keep no state between calls ({error})"
        ) from None
    if timing:
        _check_linear_time(extractor, prepare)


def _prerequisites(extractor: Extractor) -> Callable[[Document], Document]:
    """Check the declaration against the installed extractors; run the producers it requires."""
    from newsparse.plugins import default_registry

    registry = default_registry()
    builtin = {cls.category: cls for cls in BUILTIN_FINDINGS}
    installed = {cls.category: cls for cls in registry.finding_types()}
    for cls in extractor.produces:
        owner = builtin.get(cls.category) or installed.get(cls.category)
        if owner is not None and owner is not cls:
            raise AssertionError(
                f"bad declaration: {cls.__name__} takes the category {cls.category!r}, which "
                f"belongs to {owner.__module__}.{owner.__name__}: pick a new category, or "
                f"produce {owner.__name__} itself"
            )
    if not extractor.requires:
        return lambda document: document
    try:
        chosen = registry.select([extractor])
    except PluginError as error:
        raise AssertionError(f"bad declaration: {error}") from error
    pipeline = Pipeline.build([other for other in chosen if other is not extractor])
    return lambda document: pipeline.run(document)


def _check_one(extractor: Extractor, blob: bytes, document: Document) -> None:
    first = _run(extractor, document)
    text = document.text
    assert _run(extractor, document) == first, f"{extractor.name} is not deterministic on {text!r}"
    fresh = pickle.loads(blob)
    assert _run(fresh, document) == first, (
        f"{extractor.name} gives a fresh (pickled) copy of itself other findings on {text!r}: "
        "it must keep no state between calls, and survive pickling"
    )


#: Seconds one check text may take: the texts are a few kilobytes, so an extractor still running
#: then hangs (a loop without end, a pattern that backtracks), and a test run must not hang too.
CHECK_TIME_LIMIT = 10.0


def _run(extractor: Extractor, document: Document) -> list[Finding]:
    try:
        with time_limit(CHECK_TIME_LIMIT):
            return validated(extractor, document.text, extractor.extract(document))
    except Exception as error:  # TimeLimitExceeded too
        raise AssertionError(
            f"extractor {extractor.name!r} broke its contract on {document.text!r}: "
            f"{type(error).__name__}: {error}"
        ) from error


#: Long inputs for the timing check: a mixed story and runs of one token that catch rules
#: which rescan the text from every place they could start.
_LONG_SHAPES: dict[str, str] = {
    "a long story": " ".join(
        (
            *pieces.FILLER,
            *(carrier.format("$3.5 million") for carrier in pieces.CARRIERS),
            *(f"“{words},” {pieces.SPEAKERS[0]} said." for words in pieces.QUOTED),
        )
    )
    + "\n\n",
    "a run of number words": "one two three ",
    "a run of digits": "1,234 ",
    "a run of quote marks": '“ " ',
}
_BASE_SIZE, _MAX_BASE_SIZE = 4_000, 256_000
_MEASURABLE = 0.02  # seconds: below this, timer and machine noise swamp the ratio
_WORTH_FLAGGING = 0.05  # seconds the long text must take before a steep ratio counts
_MAX_RATIO = 8.0  # 4x the text: about 4x the time when linear, 16x when quadratic


def _check_linear_time(extractor: Extractor, prepare: Callable[[Document], Document]) -> None:
    """Fail when 4x the text takes over 8x the time, twice in a row (one slow moment is noise)."""
    for shape, unit in _LONG_SHAPES.items():

        @cache
        def story(size: int, unit: str = unit) -> Document:
            return prepare(Document((unit * (size // len(unit) + 1))[:size]))

        size = _BASE_SIZE
        while _seconds(extractor, story(size)) < _MEASURABLE and size < _MAX_BASE_SIZE:
            size *= 2
        timings = []
        for _ in range(2):
            short, long = _pair(extractor, story(size), story(size * 4))
            if short < _MEASURABLE or long <= _WORTH_FLAGGING or long <= _MAX_RATIO * short:
                break  # too fast to measure even at the largest base size, or linear enough
            timings.append((short, long))
        else:
            short, long = min(timings, key=lambda pair: pair[1] / pair[0])
            raise AssertionError(
                f"extractor {extractor.name!r} slows down faster than the text grows on "
                f"{shape} ({unit!r}...): {size:,} chars took {short:.3f}s, {size * 4:,} took "
                f"{long:.3f}s ({long / short:.0f}x for 4x the text); bound its repetitions and "
                "anchor its patterns so no part of the text is rescanned"
            )


def _pair(extractor: Extractor, short: Document, long: Document) -> tuple[float, float]:
    """The best times on the short and the long document, measured turn about."""
    best_short = best_long = float("inf")
    for _ in range(2):
        best_short = min(best_short, _seconds(extractor, short))
        best_long = min(best_long, _seconds(extractor, long))
    return best_short, best_long


def _seconds(extractor: Extractor, document: Document) -> float:
    """The best of three CPU timings of ``extract`` on ``document`` (CPU time, so that other
    processes on a busy machine do not count)."""
    best = float("inf")
    collecting = gc.isenabled()
    gc.disable()
    try:
        for _ in range(3):
            start = time.process_time()
            for _finding in extractor.extract(document):
                pass
            best = min(best, time.process_time() - start)
    finally:
        if collecting:
            gc.enable()
    return max(best, 1e-9)
