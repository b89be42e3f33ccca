"""A cue joined on by 'and' or 'but' in the first cue's inflection is its speaker's second
verb: the first report ends before the conjunction. Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.coordinated_predicates import second_predicate


def found(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_a_past_cue_after_a_past_cue_shares_its_subject() -> None:
    assert second_predicate("said", "highlighted", "she admires his determination ")
    assert second_predicate("praised", "urged", "the plan ")


def test_a_present_cue_after_a_present_cue_shares_its_subject() -> None:
    assert second_predicate("denies", "insists", "any wrongdoing ")


def test_other_inflections_do_not() -> None:
    assert not second_predicate("said", "insists", "the plan ")  # the clause's own verb
    assert not second_predicate("says", "urged", "the plan ")
    assert not second_predicate("saying", "urged", "the plan ")


def test_a_verb_of_that_inflection_in_the_report_keeps_the_conjunction_its_own() -> None:
    assert not second_predicate("said", "charged", "officers arrested him ")
    assert not second_predicate("says", "expects", "voters want lower taxes ")


def test_the_first_report_ends_before_a_second_verb_of_its_speaker() -> None:
    text = (
        "Mayor Ann Ruiz said she admires the council's work and highlighted their "
        "shared plan for new parks."
    )
    assert found(text) == [
        ("she admires the council's work", "Ann Ruiz"),
        ("their shared plan for new parks", "Ann Ruiz"),
    ]


def test_a_stance_verb_and_a_second_one() -> None:
    text = "Governor Tom Hale praised the deal and urged lawmakers to pass it quickly."
    assert found(text) == [
        ("the deal", "Tom Hale"),
        ("to pass it quickly", "Tom Hale"),  # what was urged (the object-infinitive rule)
    ]


@given(st.sampled_from(["arrested", "fined", "questioned"]))
def test_a_past_verb_inside_the_report_blocks_the_cut(verb: str) -> None:
    assert not second_predicate("said", "criticized", f"officers {verb} him ")


def test_a_participle_cue_after_a_participle_cue_shares_its_subject() -> None:
    assert second_predicate("criticizing", "refusing", "the fact-checkers ")
    assert not second_predicate("criticizing", "refusing", "the rising costs ")  # its own


def test_two_participles_report_apart() -> None:
    text = (
        "Governor Tom Hale spent the week criticizing the new budget and refusing to "
        "sign the transit bill."
    )
    assert found(text) == [
        ("the new budget", "Tom Hale"),
        ("to sign the transit bill", "Tom Hale"),
    ]
