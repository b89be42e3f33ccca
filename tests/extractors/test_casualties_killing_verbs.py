"""The ways of killing read in the passive ("were beheaded", "was gunned down") are read in the
active voice too, with the victims as their object ("beheaded two workers", "gunned down nine
parishioners", "slew 40 villagers").
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()
NUMBERS = {2: "two", 3: "three", 9: "nine", 12: "12", 40: "40"}
PASSIVES = ["beheaded", "decapitated", "gunned down"]


def found(text: str) -> list[tuple[str, int | None]]:
    """Each written finding's kind and count."""
    return [(f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@given(
    verb=st.sampled_from([*PASSIVES, "slew"]),
    count=st.sampled_from(sorted(NUMBERS)),
    victims=st.sampled_from(["villagers", "workers", "soldiers", "worshippers", "students"]),
    doers=st.sampled_from(["Militants", "The gunmen", "Insurgents"]),
)
def test_an_active_killing_counts_its_object(
    verb: str, count: int, victims: str, doers: str
) -> None:
    assert found(f"{doers} {verb} {NUMBERS[count]} {victims} on Monday.") == [("killed", count)]


@given(verb=st.sampled_from(PASSIVES), count=st.sampled_from(sorted(NUMBERS)))
def test_the_active_and_the_passive_agree(verb: str, count: int) -> None:
    active = found(f"The gunmen {verb} {NUMBERS[count]} villagers.")
    passive = found(f"{NUMBERS[count].capitalize()} villagers were {verb}.")
    assert active == passive == [("killed", count)]


def test_a_named_victim_of_a_killing_verb_is_one_killed() -> None:
    assert found("A video showed a masked militant beheading the aid worker David Haines.") == [
        ("killed", 1)
    ]
    assert found("Police gunned down the suspect after a chase.") == [("killed", 1)]


def test_a_killing_verb_without_people_is_no_finding() -> None:
    assert found("The board gunned down the proposal on Tuesday.") == []
    assert found("The storm decapitated several palm trees along the coast.") == []
