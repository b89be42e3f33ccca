"""A harm told as the use a thing was put to (issue 14, session 16): "the weapon used to kill the
toddler" tells the toddler killed, though "to kill" is an infinitive; "he used to kill" tells a
habit, and a plan or a threat stays none ("vowed to kill"). Seen on the pool set ("whether it was
used to kill Slepian") and in SemEval and GVDB stories of shootings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, str, int | None]]:
    return [(f.text, f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


_THINGS = ["weapon", "gun", "knife", "rifle", "poison", "handgun"]
_USED = ["the {thing} used to", "the {thing} that was used to", "the {thing} the gunman used to"]
_VICTIMS = [
    ("the toddler", 1),
    ("a police officer", 1),
    ("three officers", 3),
    ("Mark Sutton", 1),
]


@given(st.sampled_from(_THINGS), st.sampled_from(_USED), st.sampled_from(_VICTIMS))
def test_a_thing_used_to_kill_tells_the_killing(
    thing: str, used: str, victim: tuple[str, int]
) -> None:
    who, count = victim
    text = f"Police have not recovered {used.format(thing=thing)} kill {who}."
    assert (f"kill {who}", "killed", count) in found(text)


def test_it_used_to_kill_in_the_passive() -> None:
    text = "Police will test the rifle to determine whether it was used to kill Mark Sutton."
    assert ("kill Mark Sutton", "killed", 1) in found(text)


# A person before "used to" tells a habit, whatever its count; a plan stays a plan.
_USERS = ["He", "The man", "His brother", "The old soldier"]


@given(st.sampled_from(_USERS), st.sampled_from(["two people", "three soldiers", "the guards"]))
def test_a_habit_is_no_killing(user: str, victims: str) -> None:
    text = f"{user} used to kill {victims} a year in the war, a relative said."
    assert not [f for f in found(text) if f[1] == "killed"]


def test_a_plan_is_no_killing() -> None:
    assert not found("Insurgents vowed to kill 100 soldiers for every fighter lost.")
