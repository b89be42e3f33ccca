"""Custody told by being put in it ("placed under house arrest", "sent to jail", "nabbed") and
by a named person's detention ("Awlaki's detention"); and "jailed" as
a court's sentence, which is no arrest.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def counts(text: str) -> list[tuple[str, int | None]]:
    """Each written finding's kind and count."""
    return [(f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Three opposition activists were placed under house arrest on Monday.", 3),
        ("The former premier has been under house arrest since August.", 1),
        ("Two men were put under arrest after the clashes, police said.", 2),
        ("Two suspects were nabbed near the border late on Friday.", 2),
        ("Two journalists were jailed on Tuesday after covering the protest.", 2),
        ("The campaign chairman was sent to jail on Friday after a judge revoked his bail.", 1),
    ],
)
def test_people_put_into_custody_are_arrested(text: str, count: int) -> None:
    assert counts(text) == [("arrested", count)]


@pytest.mark.parametrize(
    "text",
    [
        "Two men were jailed for life for the robbery of a bank.",
        "Two men were jailed on Friday. They were sentenced to six years each.",
        "Three protesters were jailed for up to five years by a court in the capital.",
        "Two bankers were sent to jail after they were sentenced for fraud.",
        "Four officials were sent to jail with three-year terms.",
    ],
)
def test_jailed_by_a_court_sentence_is_no_arrest(text: str) -> None:
    assert counts(text) == []


@given(
    st.sampled_from(["for life", "for 18 months", "for two years", "after being sentenced"]),
    st.sampled_from(["Two men were", "A former minister was", "Three activists were"]),
)
def test_any_sentence_after_jailed_leaves_no_arrest(term: str, subject: str) -> None:
    assert counts(f"{subject} jailed {term} on Monday.") == []


def test_an_earlier_conviction_leaves_the_jailing_an_arrest() -> None:
    text = "A man was jailed on Sunday. He was convicted of burglary in 2012."
    assert counts(text) == [("arrested", 1)]


def test_the_county_jail_stays_custody_whatever_the_court_does() -> None:
    text = "Two men were held in the Wake County jail awaiting sentencing."
    assert counts(text) == [("arrested", 2)]


def test_a_named_persons_detention_is_an_arrest_of_one() -> None:
    text = (
        "Anwar al-Awlaki was arrested in Yemen in 2006. "
        "Awlaki's detention was reportedly encouraged by U.S. authorities."
    )
    assert counts(text) == [("arrested", 1), ("arrested", 1)]


@pytest.mark.parametrize(
    "denial",
    [
        "He has not been sentenced.",
        "He is yet to be sentenced.",
        "He has not been tried yet, never mind convicted and sentenced.",
        "He hasn't been sentenced.",
    ],
)
def test_a_sentence_denied_leaves_the_jailing_an_arrest(denial: str) -> None:
    text = f"The former campaign chairman was sent to jail on Friday. {denial}"
    assert counts(text) == [("arrested", 1)]
