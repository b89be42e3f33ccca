"""A harm state told by a verb and its complement ("taken into custody", "placed under arrest",
"made homeless") read in the active, the people between the verb and its complement: "police
took him into custody" is 1 arrested. The verbs' forms are lemminflect's."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsparse._data import split_state_forms as shipped
from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.split_states import split_states, table_source
from newsparse.findings import Casualty

EXTRACTOR = CasualtyExtractor()

REGENERATE = (
    "python -c 'from newsparse.extractors.casualties.split_states import table_source as t; "
    'print(t(), end="")\' > src/newsparse/_data/split_state_forms.py'
)

_PEOPLE = [("him", 1), ("Mr. Hoston", 1), ("a person", 1), ("two men", 2), ("the 19-year-old", 1)]
_TAKERS = ["took", "have taken", "were taking", "later took", "quickly took"]


def found(text: str) -> list[tuple[str, str, int | None]]:
    """Each written (not inferred) finding's words, kind and count."""
    items: list[Casualty] = list(EXTRACTOR.extract(Document(text)))
    return [(f.text, f.kind, f.count) for f in items if not f.inferred]


def test_the_shipped_verb_forms_are_what_lemminflect_gives_today() -> None:
    """Fails when lemminflect or the harm states change: regenerate with REGENERATE."""
    written = Path(shipped.__file__).read_text(encoding="utf-8")
    assert written == table_source(), f"the split states' verb forms are stale; run {REGENERATE}"


def test_only_a_past_participle_opens_a_split_state() -> None:
    assert shipped.VERB_FORMS["taken"] == ("take", "taken", "takes", "taking", "took")
    assert "went" not in shipped.VERB_FORMS  # "went missing": a past tense, no passive
    assert "being" not in shipped.VERB_FORMS  # "being held": an auxiliary
    assert "unaccounted for" not in split_states()  # a preposition alone, and no verb's


@given(st.sampled_from(_PEOPLE), st.sampled_from(_TAKERS))
def test_a_person_taken_into_custody_in_the_active_is_arrested(
    who: tuple[str, int], taker: str
) -> None:
    person, count = who
    verb = taker.split()[-1]
    sentence = f"Officers {taker} {person} into custody on Monday, police said."
    assert found(sentence) == [(f"{verb} {person} into custody", "arrested", count)]


def test_a_person_placed_under_arrest_or_held_in_custody_is_arrested() -> None:
    assert found("Deputies placed him under arrest.") == [
        ("placed him under arrest", "arrested", 1)
    ]
    assert found("Police held him in custody overnight.") == [
        ("held him in custody", "arrested", 1)
    ]


def test_people_made_homeless_are_displaced() -> None:
    assert found("The floods made 300 people homeless.") == [
        ("made 300 people homeless", "displaced", 300)
    ]


@given(
    st.sampled_from(
        [
            "As police tried to take {} into custody, the suspect ran.",
            "Congress has the power to take {} into custody.",
            "Deputies will take {} into custody once he is found.",
            "Police did not take {} into custody.",
            "Police plan to take {} into custody.",
        ]
    ),
    st.sampled_from(["him", "the man", "two witnesses"]),
)
def test_a_custody_only_tried_planned_or_denied_is_none(shape: str, person: str) -> None:
    assert found(shape.format(person)) == []
