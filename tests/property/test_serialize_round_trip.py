"""The JSON contract holds for every value: ``Document.from_dict(d.to_dict()) == d``."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Document, Money
from newsparse.plugins import default_registry
from newsparse.serialize import RESERVED
from newsparse.testing import news_text


def _through_json(document: Document) -> Document:
    return Document.from_dict(json.loads(json.dumps(document.to_dict())))


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_any_money_value_survives_the_json_round_trip(value: Decimal) -> None:
    text = "It cost $1."
    document = Document(text, findings=[Money.at(text, 8, 10, value=value, currency="USD")])
    assert Document.from_dict(document.to_dict()) == document
    assert _through_json(document) == document


@given(news_text())
def test_parsed_stories_survive_the_json_round_trip(text: str) -> None:
    document = newsparse.parse(text)
    assert _through_json(document) == document


def test_a_fraction_of_a_cent_survives_the_round_trip() -> None:
    document = newsparse.parse("Dividends rose to 8-1/3 cts a share from 7 cts.")
    values = [m.value for m in document.money]
    assert Decimal(1) / Decimal(12) in values
    assert _through_json(document) == document


REGISTRY = default_registry()
NAMES = [extractor.name for extractor in REGISTRY.extractors]


@given(st.lists(st.sampled_from(NAMES), min_size=1, unique=True), news_text())
def test_any_choice_of_extractors_lists_exactly_the_categories_run_and_required(
    names: list[str], text: str
) -> None:
    document = newsparse.parse(text, extractors=names)
    data = document.to_dict()
    listed = set(data) - RESERVED
    asked = {category for name in names for category in REGISTRY.get(name).categories()}
    required = {category for run in data["extractors"] for category in _requires(run["name"])}
    assert asked | required == listed  # what was asked for and what it needs, nothing else
    assert {category for run in data["extractors"] for category in run["categories"]} == listed
    assert _through_json(document) == document


def _requires(name: str) -> tuple[str, ...]:
    return REGISTRY.get(name).requires
