"""The story's figure (issue 14, session 10): "both X and Y" counts the whole list, two people,
so its count is not the first member's, added to the second's ("Both Smith and the baby were
dead" is two dead, not three). Error class seen in SemEval-2018 task 5 development stories,
written here in our own words.
"""

from __future__ import annotations

import datetime

import pytest

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()
_PUBLISHED = datetime.date(2016, 5, 1)


def totals(text: str) -> dict[str, int | None]:
    document = Document(text, published=_PUBLISHED)
    return dict(document.with_findings(list(EXTRACTOR.extract(document))).casualty_totals)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Both Smith and the baby were dead from gunshot wounds.", "killed"),
        ("Both Jones and his daughter died at the scene.", "killed"),
        ("Both Garcia and the boy were found dead in the car.", "killed"),
        ("Both Lee and his wife were wounded in the attack.", "injured"),
    ],
)
def test_both_counts_the_whole_list(text: str, kind: str) -> None:
    assert totals(text).get(kind) == 2


def test_a_list_without_both_still_adds_its_members() -> None:
    assert totals("His mother and 10 other people drowned.").get("killed") == 11
