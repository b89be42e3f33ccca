"""Others who came to a harm "with" the one told (issue 14, victims listed): "died with nine
other adults" counts the nine beside the one who died. Only a count of "other" people right
after a harm word that ends its finding is read; "with" a weapon, or an accomplice after the
harm's object, is no one harmed.
"""

from __future__ import annotations

import pytest
from casualty_counts import EXTRACTOR, written
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties.with_others import ends_in_harm, with_others_cue


@pytest.mark.parametrize(
    ("text", "kind", "others"),
    [
        ("A fisherman drowned with eleven other passengers when the boat capsized.", "killed", 11),
        ("Maria Lopez, who was killed with four others, worked at the bakery.", "killed", 4),
        ("A guard was wounded with two other officers on Friday.", "injured", 2),
    ],
)
def test_others_with_the_one_harmed_are_counted(text: str, kind: str, others: int) -> None:
    assert written(text) == [(kind, 1), (kind, others)]


@pytest.mark.parametrize(
    "text",
    [
        "The clerk was killed with a kitchen knife on Monday.",
        "He killed a shopkeeper with two other gunmen.",
        "The pilot died with his family at his side.",
    ],
)
def test_with_a_weapon_an_accomplice_or_company_adds_no_one(text: str) -> None:
    assert [c for _, c in written(text)] == [1]


@given(st.integers(min_value=2, max_value=999), st.sampled_from(["died", "was killed"]))
def test_any_count_of_others_is_read(count: int, harm: str) -> None:
    text = f"The driver {harm} with {count} other people near the border."
    assert written(text) == [("killed", 1), ("killed", count)]


@pytest.mark.parametrize(
    ("told", "ends"),
    [("Elizabeth died", True), ("was shot dead", True), ("killed a man", False), ("", False)],
)
def test_a_finding_ends_in_its_harm(told: str, ends: bool) -> None:
    assert ends_in_harm(told) is ends


def test_the_cue_needs_with_and_other() -> None:
    assert with_others_cue("she died with two others")
    assert not with_others_cue("she died with her husband")


def test_others_beside_an_uncounted_harm_are_left_to_the_story() -> None:
    # "who died" of a subject left unread is at least one, not a count to set others beside
    text = "He told of the dreams of his mother Elena,'' who died with six other adults at sea."
    found = [(f.kind, f.count, f.inferred) for f in EXTRACTOR.extract(Document(text))]
    assert found == [("killed", 1, True)]
