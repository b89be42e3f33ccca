"""A part read as the total (session 8): in "Thirteen of the 30 men snatched in the raid were
released" the participle tells the harm of the 30, so the finding counts 30 and is no subset;
where the verb is the part's own ("Thirteen of the 30 men were snatched", "Two of the 12 men
died") the part is counted."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()
_HARMS = st.sampled_from([("kidnapped", "kidnapped"), ("killed", "killed"), ("wounded", "injured")])


def found(text: str) -> list[tuple[str, int | None, bool]]:
    return [
        (f.kind, f.count, f.subset) for f in EXTRACTOR.extract(Document(text)) if not f.inferred
    ]


@given(st.integers(2, 9), st.integers(1, 40), _HARMS)
def test_a_participle_after_the_whole_counts_the_whole(
    part: int, more: int, harm: tuple[str, str]
) -> None:
    whole = part + more
    text = f"Officials said {part} of the {whole} people {harm[0]} in the raid were later named."
    assert found(text) == [(harm[1], whole, False)]


def test_the_parts_own_verb_counts_the_part() -> None:
    assert found("Thirteen of the 30 men were snatched in the raid.") == [("kidnapped", 13, True)]
    assert found("Two of the 12 miners died in the blast.") == [("killed", 2, True)]


@given(st.sampled_from(["have been released", "were later freed", "have since been found"]))
def test_including_after_another_verb_is_no_subset_of_the_harm(clause: str) -> None:
    text = f"Thirteen of the 30 men snatched in the raid {clause}, including three guards."
    assert found(text) == [("kidnapped", 30, False)]


def test_including_after_a_relative_clause_stays_a_subset() -> None:
    text = "Gunmen killed 36 people in an attack that was claimed by a militant group, including 30 guards."
    assert found(text) == [("killed", 36, False), ("killed", 30, True)]


_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
_BARE = st.sampled_from([("dead", "killed"), ("injured", "injured"), ("wounded", "injured")])


@given(st.integers(0, 7), st.sampled_from(["One", "Two"]), _BARE)
def test_a_bare_harm_after_a_counted_whole_counts_the_whole(
    whole: int, part: str, harm: tuple[str, str]
) -> None:
    """ "Two of the four dead might be the bomber": the count told with the harm is the four's.
    "One of the four dead" is the four too, and, as the guidelines now count "one of N killed"
    (session 16), a part of one nested around them (see test_casualties_one_of.py)."""
    word, kind = harm
    text = f"{part} of the {_WORDS[whole]} {word} might be the bomber, police said."
    one = [(kind, 1, True)] if part == "One" else []
    assert found(text) == [*one, (kind, whole + 2, False)]


def test_a_part_of_an_uncounted_whole_stays_a_part() -> None:
    assert found("Three of the dead were children.") == [("killed", 3, True)]
