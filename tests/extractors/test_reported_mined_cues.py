"""The cue verbs mined from PolNeAR's train compartment (``benchmarks/cue_rates.py``): the table
keeps to its stated rule, and reported speech reads the verbs it admits."""

from __future__ import annotations

import pytest

from newsparse._data.mined_cues import MIN_CUES, MIN_RATE, MIN_SOURCED, MINED_CUE_VERBS
from newsparse._data.reporting_verbs import CUE_VERBS, REPORTED_ONLY_CUES, STANCE_VERB_CLASSES
from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.verb_forms import verb_only_forms


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


# Each missed before the mined verbs: no table listed a form of the verb.
MINED = [
    (
        "Senator Ada Moss offered a plan to cut the gas tax by half.",
        [("a plan to cut the gas tax by half", "Ada Moss", "offered")],
    ),
    (
        "Governor Karl Dunn threatened to veto the budget bill next week.",
        [("to veto the budget bill next week", "Karl Dunn", "threatened")],
    ),
    (
        "Judge Omar Hale highlighted the cost of the new courthouse.",
        [("the cost of the new courthouse", "Omar Hale", "highlighted")],
    ),
    (
        "The union leader, Nancy Okafor, speculated that the strike could last a month.",
        [("the strike could last a month", "Nancy Okafor", "speculated")],
    ),
    (
        "Fatima Haddad, a council member, implied that the mayor had misled voters.",
        [("the mayor had misled voters", "Fatima Haddad", "implied")],
    ),
    (
        "Mayor Linda Marsh remembers that the bridge was closed for a year.",
        [("the bridge was closed for a year", "Linda Marsh", "remembers")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MINED)
def test_a_mined_verb_reports_its_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("lemma", sorted(MINED_CUE_VERBS))
def test_every_mined_verb_passes_the_stated_thresholds(lemma: str) -> None:
    seen, cued, sourced, _ = MINED_CUE_VERBS[lemma]
    assert cued >= MIN_CUES
    assert cued >= MIN_RATE * seen
    assert sourced >= MIN_SOURCED * cued


@pytest.mark.parametrize("lemma", sorted(MINED_CUE_VERBS))
def test_a_mined_verbs_forms_are_lemminflects_that_are_no_noun(lemma: str) -> None:
    """'offered' is read, 'offer' and 'offers' (nouns as often) are not."""
    assert MINED_CUE_VERBS[lemma][3] == tuple(verb_only_forms(lemma))


def test_the_mined_verbs_are_none_the_tables_list() -> None:
    listed = CUE_VERBS | REPORTED_ONLY_CUES
    listed = listed.union(*(words.split() for words in STANCE_VERB_CLASSES.values()))
    mined = {form for *_, forms in MINED_CUE_VERBS.values() for form in forms}
    assert not mined & listed
    assert verb_only_forms("offer") == ["offered"]


# Stance words inside quoted words are the quoted speaker's, reported by the quote: the text
# is scanned once and those words let go, whichever side of a quote a cue stands on.
QUOTED_STANCE_WORDS = [
    (
        'Mayor Ana Ruiz spoke at the pier. "Voters believe the bridge will open and they want a'
        ' ferry," she said. Councillor Tom Marsh believes the ferry will be late.',
        [("the ferry will be late", "Tom Marsh", "believes")],
    ),
    (
        'Dr. Olga Petrova offered "a plan that voters want" to the council.',
        [('"a plan that voters want" to the council', "Olga Petrova", "offered")],
    ),
    ('Nobody thinks so. "Voters want it," Mayor Ana Ruiz offered.', []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_STANCE_WORDS)
def test_stance_words_inside_quoted_words_are_let_go(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected
