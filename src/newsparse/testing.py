"""A test kit for extractor authors: hypothesis strategies and :func:`check_extractor`.

Needs hypothesis (``pip install hypothesis``). In a plugin's tests::

    from newsparse.testing import check_extractor

    def test_contract():
        check_extractor(MyExtractor())
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable

try:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError("newsparse.testing needs hypothesis: pip install hypothesis") from error

from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.findings import Finding
from newsparse.pipeline import validated

_WORDS = (
    "said",
    "the",
    "police",
    "killed",
    "$3 billion",
    "4.5 mln dlrs",
    "£3.5bn",
    "12 million pesos",
    "Reuters",
    "(AP) —",
    "WASHINGTON,",
    "Feb. 26",
    "St. Louis",
    "U.S.",
    "“",
    "”",
    '"',
    "'",
    "«",
    "»",
    "more than",
    "300,000",
    "people",
    "wounded",
    "he",
    "told",
    "reporters",
    ".",
    ",",
    "-",
    "–",
    "—",
    "\n\n",
    "\n",
    "  ",
    "é",
    "ß",
    "İ",
    "🙂",
    "\u200b",
    "\x7f",
    "0",
    "½",
)


def news_text() -> st.SearchStrategy[str]:
    """Text that looks like news at a glance, with the punctuation and Unicode that break rules."""
    token = st.one_of(st.sampled_from(_WORDS), st.text(max_size=8))
    return st.lists(token, max_size=60).map(" ".join)


def check_extractor(
    extractor: Extractor, *, max_examples: int = 150, texts: Iterable[str] = ()
) -> None:
    """Assert the extractor contract on generated text and on ``texts``.

    It must never raise, return only findings of its declared categories whose spans lie inside
    the text and match it, give the same findings twice, and survive pickling (batches send
    extractors to worker processes). Raises ``AssertionError`` with the failing text.
    """
    clone = pickle.loads(pickle.dumps(extractor))
    for text in texts:
        _check_one(extractor, clone, text)

    @settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
        database=None,
    )
    @given(text=news_text())
    def check(text: str) -> None:
        _check_one(extractor, clone, text)

    check()


def _check_one(extractor: Extractor, clone: Extractor, text: str) -> None:
    document = Document(text)
    first = _run(extractor, document)
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
