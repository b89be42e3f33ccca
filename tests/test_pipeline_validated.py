"""The pipeline's check of what an extractor returns: every field read, the findings stamped.

``validated`` looks inside a field only when its value is not of a JSON-ready type itself, so
these cases pin what that shortcut must still see: values inside tuples, subclasses of the
JSON-ready types, and a span in any field, not only ``span``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import ClassVar

import attrs
import pytest

from newsparse import Document, Extractor, Finding
from newsparse.pipeline import validated
from newsparse.span import Span

TEXT = "It was 40F in Oslo on Friday."


@attrs.frozen(kw_only=True)
class Reading(Finding):
    category: ClassVar[str] = "readings"

    taken: object = None
    where: Span | None = None
    parts: tuple[object, ...] = ()


class Returns(Extractor):
    """An extractor handing back the findings it is given."""

    name = "readings"
    version = "1.2"
    produces = (Reading,)

    def __init__(self, *findings: Finding) -> None:
        self.findings = findings

    def extract(self, document: Document) -> Iterator[Finding]:
        yield from self.findings


def test_the_findings_come_back_stamped_and_otherwise_unchanged() -> None:
    found = Reading.at(TEXT, 7, 10, taken=dt.date(2024, 5, 3), where=Span(14, 18), parts=(1, "a"))
    (stamped,) = validated(Returns(found), TEXT, [found])
    assert stamped == attrs.evolve(found, extractor="readings", version="1.2")


def test_a_subclass_of_a_json_ready_type_is_accepted() -> None:
    found = Reading.at(TEXT, 7, 10, taken=dt.datetime(2024, 5, 3, 9, 30))
    (stamped,) = validated(Returns(found), TEXT, [found])
    assert stamped.taken == dt.datetime(2024, 5, 3, 9, 30)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("found", "complaint"),
    [
        pytest.param(Reading.at(TEXT, 7, 10, taken={"F"}), "'taken' holds a set", id="set"),
        pytest.param(
            Reading.at(TEXT, 7, 10, parts=(1, frozenset())), "'parts' holds a frozenset", id="tuple"
        ),
        pytest.param(
            Reading.at(TEXT, 7, 10, where=Span(14, 99)), "where 14-99 lies outside", id="span"
        ),
    ],
)
def test_a_field_json_cannot_hold_or_a_span_past_the_text_is_refused(
    found: Reading, complaint: str
) -> None:
    with pytest.raises(ValueError, match=complaint):
        validated(Returns(found), TEXT, [found])


def test_a_window_moves_every_span_of_a_finding() -> None:
    found = Reading.at(TEXT, 7, 10, where=Span(14, 18), parts=(Span(0, 2),))
    (moved,) = validated(Returns(found), TEXT, [found], offset=100)
    assert (moved.span, moved.where, moved.parts) == (  # type: ignore[attr-defined]
        Span(107, 110),
        Span(114, 118),
        (Span(100, 102),),
    )
