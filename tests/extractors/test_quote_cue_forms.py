"""The cue verbs' unlisted inflected forms (``CUE_VERB_FORMS``): lemminflect's forms of the
listed verbs, crediting quoted words only in an attribution's own shape."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._data.reporting_verbs import CUE_VERB_FORMS, CUE_VERBS
from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor


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


@given(st.sampled_from(sorted(CUE_VERB_FORMS)), st.sampled_from(["the plan", "a deal", "voters"]))
def test_a_form_set_before_its_object_credits_no_term(form: str, object_: str) -> None:
    """'Smith is <form> <object> over "red tape".': the quoted term is no attribution's."""
    text = f'Governor Ann Smith is {form} {object_} over "red tape" this week.'
    assert found(text) == []
