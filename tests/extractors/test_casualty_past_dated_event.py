"""Background named by its full date (issue 14, session 10): "the Nov. 5, 2009, shooting that
left 13 dead" in a story five or more years on is another event's toll, as "the 2009 shooting"
is; a court story's own case named by its date a year or two later is the story's event. Error
class seen in SemEval-2018 task 5 development stories, written here in our own words.
"""

from __future__ import annotations

import datetime

import pytest

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def totals(text: str, published: datetime.date) -> dict[str, int | None]:
    document = Document(text, published=published)
    return dict(document.with_findings(list(EXTRACTOR.extract(document))).casualty_totals)


_STORY = (
    "Two soldiers were wounded in the shooting at the base on Wednesday. The gunman bought his "
    "pistol at the same shop that sold the rifle used in the {date} shooting at the post that "
    "killed 13 people and injured more than 30 others."
)


@pytest.mark.parametrize("date", ["Nov. 5, 2009,", "Nov. 5 2009", "November 5, 2009,"])
def test_an_event_named_by_a_date_long_past_is_background(date: str) -> None:
    figures = totals(_STORY.format(date=date), datetime.date(2015, 4, 3))
    assert figures.get("injured") == 2
    assert not figures.get("killed")


def test_a_court_storys_own_dated_case_is_its_event() -> None:
    text = "The man pleaded guilty in the March 4, 2013, shooting that killed two people."
    assert totals(text, datetime.date(2014, 6, 1)).get("killed") == 2
