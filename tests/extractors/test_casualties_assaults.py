"""Verbs of a blow or a wound (stab, slash, beat, burn, cut ...): a person they are done to is
injured, or killed when "to death" or "alive" follows; the same verbs said of careers, markets
and squads, or in the active past, tell no one harmed. Their participles are lemminflect's."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsparse._data import assault_forms as shipped
from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.assaults import table_source
from newsparse.findings import Casualty

EXTRACTOR = CasualtyExtractor()

REGENERATE = (
    "python -c 'from newsparse.extractors.casualties.assaults import table_source as t; "
    'print(t(), end="")\' > src/newsparse/_data/assault_forms.py'
)

_PEOPLE = [("A security guard", 1), ("Two teenagers", 2), ("A 34-year-old woman", 1)]
_BLOWS = ["stabbed", "slashed", "knifed", "beaten", "clubbed", "burned", "burnt", "scalded"]


def found(text: str) -> list[tuple[str, str, int | None]]:
    """Each written (not inferred) finding's words, kind and count."""
    items: list[Casualty] = list(EXTRACTOR.extract(Document(text)))
    return [(f.text, f.kind, f.count) for f in items if not f.inferred]


def test_the_shipped_participles_are_what_lemminflect_gives_today() -> None:
    """Fails when lemminflect or the verb list changes: regenerate with REGENERATE."""
    written = Path(shipped.__file__).read_text(encoding="utf-8")
    assert written == table_source(), f"the assault participles are stale; run {REGENERATE}"


def test_irregular_and_british_participles_come_from_lemminflect() -> None:
    assert shipped.PARTICIPLES["beat"] == ("beaten",)
    assert set(shipped.PARTICIPLES["burn"]) == {"burned", "burnt"}


@given(st.sampled_from(_PEOPLE), st.sampled_from(_BLOWS))
def test_a_person_struck_in_an_attack_is_injured(who: tuple[str, int], blow: str) -> None:
    person, count = who
    verb = "were" if count > 1 else "was"
    sentence = f"{person} {verb} {blow} during the attack outside the bar on Friday, police said."
    assert found(sentence) == [(f"{person} {verb} {blow}", "injured", count)]


@given(st.sampled_from(_PEOPLE), st.sampled_from(["hacked", "beaten", "stabbed", "clubbed"]))
def test_a_blow_to_death_kills(who: tuple[str, int], blow: str) -> None:
    person, count = who
    verb = "were" if count > 1 else "was"
    sentence = f"{person} {verb} {blow} to death with machetes on Sunday."
    assert found(sentence) == [(f"{person} {verb} {blow} to death", "killed", count)]


def test_burned_alive_and_struck_dead_kill() -> None:
    assert found("A farmer was burned alive by the mob, witnesses said.") == [
        ("A farmer was burned alive", "killed", 1)
    ]
    assert found("Six people were struck dead by lightning in the state.") == [
        ("Six people were struck dead", "killed", 6)
    ]


def test_a_wound_told_by_what_was_thrown_is_an_injury() -> None:
    assert found("A policeman was hit by rocks and taken away in an ambulance.") == [
        ("A policeman was hit by rocks", "injured", 1)
    ]


def test_a_cut_in_a_blast_is_an_injury() -> None:
    assert found("The ambassador was cut on her lip and hands in the blast.") == [
        ("The ambassador was cut", "injured", 1)
    ]


def test_figurative_blows_harm_no_one() -> None:
    for sentence in (
        "The senator was stabbed in the back by his own party.",
        "Investors were burned by the market last year.",
        "Three players were cut from the squad on Monday.",
        "Farmers were hit by tariffs on soybeans.",
        "The company cut 200 jobs after the bomb scare.",
        "Armenia cut ties with both neighbours after the war and a petrol embargo.",
    ):
        assert found(sentence) == [], sentence
