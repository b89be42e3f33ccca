"""``Document.from_dict`` on dicts that are not a document's: one InputError naming the part."""

from __future__ import annotations

from typing import Any

import pytest

import newsparse
from newsparse import Document, InputError

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
]


@pytest.mark.parametrize(("data", "message"), BROKEN)
def test_a_broken_document_dict_is_one_input_error_naming_the_part(data: Any, message: str) -> None:
    with pytest.raises(InputError) as raised:
        Document.from_dict(data)
    assert str(raised.value).startswith(message)


def test_a_document_dict_still_reads_back() -> None:
    assert Document.from_dict(GOOD).to_dict() == GOOD
