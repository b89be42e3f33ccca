"""A killer's suicide told by an idiom after the killing is one more killed (session 22, issue
14): "before turning the gun on himself", "before taking his own life", "then committed
suicide"; not an attempt, a suicide survived, a killing the sentence tells in the passive, nor a
doer told by a relative clause among the dead counted."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()
_KILLINGS = st.sampled_from(
    [
        "A man shot his wife",
        "The gunman killed three people and wounded 16 others",
        "A 19-year-old man shot and killed his infant daughter",
        "Police said the gunman fatally shot two officers",
    ]
)
_JOINS = st.sampled_from(["before", "and then", "then", ", then"])


def _idioms(self: str, own: str) -> list[tuple[str, str]]:
    """The idioms of a suicide, each as the gerund after "before" and in the past."""
    return [
        (f"turning the gun on {self}", f"turned the gun on {self}"),
        (f"taking {own} own life", f"took {own} own life"),
        ("committing suicide", "committed suicide"),
    ]


_IDIOMS = st.sampled_from(
    [pair for self, own in (("himself", "his"), ("herself", "her")) for pair in _idioms(self, own)]
)


_IDIOM_WORDS = re.compile(r"\bown life\b|\bsuicide\b|\bgun on\b")


def suicides(text: str) -> list[tuple[str, int | None, str]]:
    """The findings on the idioms themselves, not a sum of the sentence's dead."""
    found = EXTRACTOR.extract(Document(text))
    return [
        (f.kind, f.count, f.text) for f in found if not f.inferred and _IDIOM_WORDS.search(f.text)
    ]


@given(_KILLINGS, _JOINS, _IDIOMS)
def test_a_killers_suicide_after_the_killing_is_one_killed(
    killing: str, join: str, idiom: tuple[str, str]
) -> None:
    suicide = idiom[0] if join == "before" else idiom[1]
    text = f"{killing}{'' if join.startswith(',') else ' '}{join} {suicide} on Sunday."
    assert suicides(text) == [("killed", 1, suicide)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He shot his wife and then tried to take his own life.",
        "A man shot his wife before turning the gun on himself; he is in critical condition.",
        "He killed his sons, then turned the gun on himself in an attempted suicide.",
        "A woman was shot before the gunman turned the gun on himself.",
        "Her father committed suicide upon returning from Iraq.",
        "It claimed the lives of his mother and a man who, police said, shot them, then turned the "
        "gun on himself.",
    ],
)
def test_an_attempt_a_survival_a_suicide_alone_or_a_doer_counted_is_no_killers_death(
    sentence: str,
) -> None:
    assert suicides(sentence) == []
