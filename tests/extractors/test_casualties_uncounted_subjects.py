"""A plural of people with no count that opens a clause and is the subject of a past passive
harm ("service members were killed", "Personnel from the embassy were evacuated") is a mention
whose count is untold, as the guidelines mark it; a determiner, an owner or a count before the
plural, or a present tense, leaves it to the other rules or to none."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, int | None, str]]:
    """Each written finding's kind, count and words."""
    return [(f.kind, f.count, f.text) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Pentagon said service members were killed by an explosion on patrol.",
            ("killed", None, "service members were killed"),
        ),
        (
            "Personnel from the embassy were evacuated as security deteriorated.",
            ("evacuated", None, "Personnel from the embassy were evacuated"),
        ),
        (
            "The siege was over and all attackers were killed, the ministry said.",
            ("killed", None, "all attackers were killed"),
        ),
        (
            "Mayor Jacob Frey said police officers were evacuated from the building.",
            ("evacuated", None, "police officers were evacuated"),
        ),
        (
            "Multiple people were injured early Tuesday when someone opened fire.",
            ("injured", None, "Multiple people were injured"),
        ),
    ],
)
def test_an_uncounted_plural_subject_is_a_mention(
    text: str, expected: tuple[str, None, str]
) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The settlers were detained by Israeli police.",  # told before, counted there
        "Police said her parents were arrested.",  # an owner's: told as kin
        "Journalists are killed every year in Mexico.",  # a habit, no event
        "Of the nine women killed last year, suspects had been arrested in only four cases.",
        "Americans who were killed in wars are remembered today.",
    ],
)
def test_no_mention_of_a_group_told_before_a_habit_or_a_count_of_cases(text: str) -> None:
    assert [f for f in found(text) if f[1] is None] == []


@given(
    st.sampled_from(("Residents", "Civilians", "Protesters", "Workers", "Villagers")),
    st.sampled_from(("were", "have been", "had been")),
    st.sampled_from((("evacuated", "evacuated"), ("injured", "injured"), ("arrested", "arrested"))),
    st.sampled_from(("", "Officials said ", "After the blast, ")),
)
def test_every_uncounted_plural_opening_a_clause_is_read_uncounted(
    noun: str, aux: str, harm: tuple[str, str], before: str
) -> None:
    words, kind = harm
    who = noun.lower() if before.endswith("said ") else noun
    told = f"{who} {aux} {words}"
    assert (kind, None, told) in found(f"{before}{told} on Monday.")
