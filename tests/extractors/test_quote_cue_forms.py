"""The cue verbs' unlisted inflected forms (``CUE_VERB_FORMS``, and ``CUE_NOUN_FORMS`` for those
that are nouns too): lemminflect's forms of the listed verbs, crediting quoted words only in an
attribution's own shape, and no reported speech of their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._data import cue_noun_forms as shipped
from newsparse._data.judging_verbs import JUDGING_VERBS
from newsparse._data.reporting_verbs import CUE_VERB_FORMS, CUE_VERBS
from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor, ReportedSpeechExtractor
from newsparse.extractors.quotes.cue_forms import table_source

REGENERATE = (
    "python -c 'from newsparse.extractors.quotes.cue_forms import table_source as t; "
    'print(t(), end="")\' > src/newsparse/_data/cue_noun_forms.py'
)


def found(text: str) -> list[tuple[str, str | None]]:
    """(quoted words, speaker) pairs, quoted words without the final comma or period."""
    return [
        (quote.text.rstrip(",."), quote.speaker)
        for quote in QuoteExtractor().extract(Document(text))
    ]


def test_the_forms_are_inflections_of_listed_verbs_and_no_nouns() -> None:
    assert {"shouting", "stating", "pled", "denies", "whispering"} <= CUE_VERB_FORMS
    assert not CUE_VERB_FORMS & CUE_VERBS
    # nouns ('claims', 'shouts'), base forms ('deny', 'cite') and 'continue' are left out
    assert not {"claims", "shouts", "deny", "cite", "continues", "continuing"} & CUE_VERB_FORMS


def test_the_shipped_noun_forms_are_what_lemminflect_gives_today() -> None:
    """Fails when lemminflect or the cue table changes: regenerate with REGENERATE."""
    written = Path(shipped.__file__).read_text(encoding="utf-8")
    assert written == table_source(), f"the cue noun form table is stale; run {REGENERATE}"
    assert {"claims", "shouts", "jokes", "states"} <= shipped.CUE_NOUN_FORMS
    assert not shipped.CUE_NOUN_FORMS & CUE_VERBS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the form introduces the quote after a colon
            'In a video of the incident, Mark Hale is heard yelling: "Get out of my yard."',
            [("Get out of my yard", "Mark Hale")],
        ),
        (  # after 'that'
            'The county charter, clearly stating that "no fee shall be charged," was ignored.',
            [("no fee shall be charged", None)],
        ),
        (  # closing an attribution right after the quote
            '"We have done nothing wrong," pled Anna Ruiz, a nurse.',
            [("We have done nothing wrong", "Anna Ruiz")],
        ),
        (  # a noun form, the attribution ending on it
            '"Prices will fall by half," the campaign ad claims.',
            [("Prices will fall by half", None)],
        ),
        (  # a noun form before a colon
            'One officer shouts: "Drop the weapon!" Another runs to the car.',
            [("Drop the weapon!", None)],
        ),
    ],
)
def test_a_form_credits_the_quote_it_touches(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    quotes = found(text)
    assert [words for words, _ in quotes] == [words for words, _ in expected]
    for (_, speaker), (_, want) in zip(quotes, expected, strict=True):
        if want is not None:
            assert speaker == want


@pytest.mark.parametrize(
    "text",
    [
        'Progressives are slamming "CEOs" while the party courts donors.',
        'Many "Bernie-or-Bust" voters are pledging their allegiance to "Jill, not Hill."',
        'The firm denies any role. Critics call the deal a "sweetheart" arrangement.',
    ],
)
def test_a_form_in_narrative_credits_no_scare_quote(text: str) -> None:
    assert found(text) == []


@given(
    st.sampled_from(sorted(CUE_VERB_FORMS - JUDGING_VERBS)),
    st.sampled_from(["the plan", "a deal", "voters"]),
)
def test_a_form_set_before_its_object_credits_no_term(form: str, object_: str) -> None:
    """'Smith is <form> <object> over "red tape".': the quoted term is no attribution's. A
    judging verb's form ('decrying') is left out: words set after one are its subject's, in
    any tense ('Smith decried the plan over "red tape"', 'Smith is decrying ...')."""
    text = f'Governor Ann Smith is {form} {object_} over "red tape" this week.'
    assert found(text) == []


def test_the_gated_forms_add_no_reported_speech() -> None:
    """Reported speech reads these forms its own way: a gated quote cue adds nothing to it."""
    text = '"The vote was fair," the complaint states, and the board agrees.'
    reported = list(ReportedSpeechExtractor().extract(Document(text)))
    assert [finding.cue for finding in reported if finding.cue == "states"] == []
