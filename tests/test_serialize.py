"""``Document.from_dict`` on dicts that are not a document's: one InputError naming the part."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

import newsparse
from newsparse import Document, Failure, InputError, Money
from newsparse.findings import ExtractorRun
from newsparse.plugins import default_registry

GOOD = newsparse.parse("WASHINGTON (Reuters) - It cost $5 million, he said.").to_dict()
MONEY = GOOD["money"][0]

# (what a hand-edited or merged file holds, the start of the error)
BROKEN: list[tuple[Any, str]] = [
    (None, "not a document: expected an object, got null"),
    ([GOOD], "not a document: expected an object, got list"),
    ({}, "not a document: expected a string 'text', got no 'text'"),
    ({**GOOD, "text": 5}, "not a document: expected a string 'text', got int 'text'"),
    ({**GOOD, "money": "$5"}, "money: expected a list of findings, got str"),
    ({**GOOD, "money": [5]}, "money[0] cannot be read: AttributeError"),
    ({**GOOD, "money": [{"span": [31, 41]}]}, "money[0] cannot be read: TypeError"),
    ({**GOOD, "money": [{**MONEY, "span": [31]}]}, "money[0] cannot be read: TypeError"),
    (
        {**GOOD, "money": [{**MONEY, "value": "lots"}]},
        "money[0] cannot be read: ValueError: 'lots' is not a number",
    ),
    (
        {**GOOD, "money": [{**MONEY, "value": True}]},
        "money[0] cannot be read: TypeError: expected a number",
    ),
    (
        {**GOOD, "money": [{**MONEY, "span": [500, 510]}]},
        "money[0]: its text '$5 million' is not what its span 500-510 holds",
    ),
    (
        {**GOOD, "text": "Edited. " + GOOD["text"]},
        "dateline: its text 'WASHINGTON (Reuters) -' is not what",
    ),
    ({**GOOD, "dateline": "WASHINGTON"}, "dateline cannot be read: AttributeError"),
    ({**GOOD, "failures": [5]}, "failures[0] cannot be read: TypeError"),
    (
        {**GOOD, "failures": [{"extractor": "money"}]},
        "failures[0] cannot be read: KeyError: 'error'",
    ),
    ({**GOOD, "extractors": "money"}, "extractors: expected a list of extractors, got str"),
    ({**GOOD, "extractors": [{"name": "money"}]}, "extractors[0] cannot be read: KeyError"),
    (
        {**GOOD, "extractors": [{"name": "money", "version": "1", "categories": "money"}]},
        "extractors[0] cannot be read: TypeError: categories: expected a list, got str",
    ),
]


@pytest.mark.parametrize(("data", "message"), BROKEN)
def test_a_broken_document_dict_is_one_input_error_naming_the_part(data: Any, message: str) -> None:
    with pytest.raises(InputError) as raised:
        Document.from_dict(data)
    assert str(raised.value).startswith(message)


def test_a_document_dict_still_reads_back() -> None:
    assert Document.from_dict(GOOD).to_dict() == GOOD


# Which extractors ran: recorded on the document, written under "extractors", read back.

STORY = "GENEVA, May 3 (Reuters) - The fund gave $3 million, the minister said."


def test_a_chosen_extractor_lists_its_categories_and_those_it_requires_only() -> None:
    data = newsparse.parse(STORY, extractors=["money"]).to_dict()
    registry = default_registry()
    assert data["extractors"] == [
        {
            "name": "datelines",
            "version": registry.get("datelines").version,
            "categories": ["dateline"],
        },
        {"name": "money", "version": registry.get("money").version, "categories": ["money"]},
    ]  # datelines first: money requires the dateline
    assert list(data) == ["text", "published", "meta", "extractors", "dateline", "money", "failures"]  # fmt: skip


def test_a_category_that_ran_and_found_nothing_is_listed_empty() -> None:
    data = newsparse.parse("Nothing happened.", extractors=["casualties"]).to_dict()
    assert data["casualties"] == []
    assert "money" not in data and "dateline" not in data


def test_every_extractor_lists_the_keys_it_always_did() -> None:
    data = newsparse.parse(STORY).to_dict()
    assert list(data) == [
        "text", "published", "meta", "extractors", "dateline", "money", "casualties",
        "quotes", "dates", "reported_speech", "failures",
    ]  # fmt: skip
    assert {run["name"] for run in data["extractors"]} == {
        extractor.name for extractor in default_registry().extractors
    }


def test_what_ran_survives_the_round_trip() -> None:
    document = newsparse.parse(STORY, extractors=["quotes"])
    back = Document.from_dict(json.loads(json.dumps(document.to_dict())))
    assert back == document
    assert back.extractors is not None and [run.name for run in back.extractors] == ["quotes"]


def test_a_dict_written_before_extractors_were_recorded_still_reads() -> None:
    old = {key: value for key, value in GOOD.items() if key != "extractors"}
    document = Document.from_dict(old)
    assert document.extractors is None  # not known
    again = document.to_dict()
    assert again.pop("extractors") is None
    assert again == old  # every category listed, as such dicts were


def test_an_extractor_that_failed_is_listed_as_run() -> None:
    document = Document(STORY).with_run(
        ExtractorRun("money", "0.2.0", ["money"]), failure=Failure("money", "ValueError: no")
    )
    data = document.to_dict()
    assert data["money"] == [] and data["failures"] == [
        {"extractor": "money", "error": "ValueError: no"}
    ]
    assert Document.from_dict(data) == document


def test_findings_of_a_category_no_recorded_extractor_produces_are_still_written() -> None:
    text = "It cost $5."
    found = Money.at(text, 8, 10, value=Decimal(5), currency="USD")
    document = Document(text, findings=[found], extractors=())
    data = document.to_dict()
    assert data["extractors"] == [] and len(data["money"]) == 1
    assert "casualties" not in data
    assert Document.from_dict(data) == document
