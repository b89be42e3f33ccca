"""States of arrest told with a preposition: "in detention" and "under arrest" say the people
are held as "in custody" does ("two suspects were in detention", "the youth is still under
arrest").
"""

from __future__ import annotations

import pytest

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def counts(text: str) -> list[tuple[str, int | None]]:
    """Each written finding's kind and count."""
    return [(f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Two suspects were in detention on Friday, a police spokesman said.", 2),
        ("Four of the protesters remain in detention in the capital.", 4),
        ("Three men are under arrest after the raid on the warehouse.", 3),
    ],
)
def test_a_state_of_detention_counts_the_people_held(text: str, count: int) -> None:
    assert counts(text) == [("arrested", count)]
