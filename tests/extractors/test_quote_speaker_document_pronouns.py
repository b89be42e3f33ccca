"""A document a cue brings up without quoting it ('..., the statement said.') is its issuer's
too, so 'it' after it stands for the issuer, not the document (issue 15): words from a
document are its issuer's (docs/annotation-guidelines.md)."""

from __future__ import annotations

import pytest
from quote_speakers import speakers

CASES = {
    "a body named as the issuer": (
        "Four fighters were killed on Sunday, the US military said in a statement.\n\n"
        "The man was also behind several bombings in recent months, the statement said.\n\n"
        '"Credible information led the force to the compound," it said.',
        "the US military",
    ),
    "a body described as the issuer": (
        "The ministry said in a statement that talks would resume.\n\n"
        "The talks were stalled for months, the statement said.\n\n"
        '"We expect progress," it said.',
        "The ministry",
    ),
}


@pytest.mark.parametrize(("text", "speaker"), CASES.values(), ids=CASES.keys())
def test_it_after_a_document_is_its_issuer(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_pronoun_after_an_issuerless_document_keeps_the_document() -> None:
    """A document whose issuer the text never tells stays what 'it' stands for."""
    text = (
        "Shares fell on Monday.\n\nThe losses were the worst in a year, a report said.\n\n"
        '"Markets remain fragile," it said.'
    )
    assert speakers(text) == ["a report"]
