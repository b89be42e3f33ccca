"""The ``dates`` extractor: body dates anchored to the dateline or publication date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.datelines import DatelineExtractor
from newsparse.extractors.dates import DateExtractor
from newsparse.findings import Casualty, DateMention, Money
from newsparse.testing import check_extractor

EXTRACTOR = DateExtractor()
PUBLISHED = dt.date(1987, 3, 5)  # a Thursday


def dates(text: str, published: dt.date | None = PUBLISHED) -> list[DateMention]:
    """Run the dateline extractor first, as the pipeline does, then the dates extractor."""
    document = Document(text, published=published)
    document = document.with_findings(DatelineExtractor().extract(document))
    return [m for m in EXTRACTOR.extract(document) if isinstance(m, DateMention)]


def readings(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in dates(text, published)]


# (text, [(mention text, value)]): the dateline (Tuesday March 3) anchors these
WIRE_STYLE = [
    (
        "LONDON, March 3 (Reuters) - The minister said on Friday he would resign.",
        [("Friday", "1987-02-27")],
    ),
    ("NEW YORK, March 3 - The board will meet on Friday to vote.", [("Friday", "1987-03-06")]),
    (
        "TOKYO, March 3 - Talks were rescheduled for Thursday, officials said.",
        [("Thursday", "1987-03-05")],
    ),
    (
        "PARIS, March 3 - The offer, which expires March 17, was raised from 40 francs.",
        [("March 17", "1987-03-17")],
    ),
    (
        "OTTAWA, March 3 - Canada had a trade surplus in January, against a deficit in December.",
        [("January", "1987-01"), ("December", "1986-12")],
    ),
    (
        "CHICAGO, March 3 - The company has lost money since 1982 and expects a profit by 1990.",
        [("1982", "1982"), ("1990", "1990")],
    ),
    (
        "BONN, March 3 - The bonds are due July 1, 1990, and pay interest from Dec 14, 1984.",
        [("July 1, 1990", "1990-07-01"), ("Dec 14, 1984", "1984-12-14")],
    ),
    ("HOUSTON, March 3 - The rig sank yesterday.", [("yesterday", "1987-03-02")]),
    ("MANILA, March 3 - Volcker testified last Tuesday.", [("Tuesday", "1987-02-24")]),
    (
        "MADRID, March 3 - Spain joined the community in January last year and expects "
        "new systems by September this year.",
        [("January last year", "1986-01"), ("September this year", "1987-09")],
    ),
]

NEWSPAPER_STYLE = [
    (
        "PARIS, March 3 — The strike, which began Sunday, ended on Feb. 26, 1987.",
        [("Sunday", "1987-03-01"), ("Feb. 26, 1987", "1987-02-26")],
    ),
    (
        "ATHENS, March 3 — Elections will be held in June, the premier said.",
        [("June", "1987-06")],
    ),
    (
        "LAGOS, March 3 — The ferry capsized on Friday, March 6, police said.",
        [("Friday, March 6", "1987-03-06")],
    ),
    ("ROME, March 3 — He was born on 3 June 1950 in Naples.", [("3 June 1950", "1950-06-03")]),
]

HAND_WRITTEN = [
    # no dateline: the publication date (Thursday March 5) anchors the relative ones
    ("Officials met on Monday and agreed to meet again.", [("Monday", "1987-03-02")]),
    ("On Friday, the council will vote on the budget.", [("Friday", "1987-03-06")]),
    ("A decision is expected on March 10.", [("March 10", "1987-03-10")]),
    ("The factory closed in October after a fire.", [("October", "1986-10")]),
]

NOT_DATES = [
    "We expect growth, and we may 5 times revise it.",
    "It costs $2 and $3 a share.",
    "Good Friday and Black Friday sales rose; the Sunday Times said so.",
    "The next Friday meeting is open; every Monday they rest.",
    "Theresa May 5 points ahead.",
    "Output rose 3 pct to March 3,000 tonnes.",
    "A total of 2000 people voted.",
    "Crop year 1986/87 output fell.",
    "the leaders of tomorrow",
    "Sales on Fridays rose.",
    "The March 2 percent rise.",
]


@pytest.mark.parametrize(("text", "expected"), WIRE_STYLE + NEWSPAPER_STYLE + HAND_WRITTEN)
def test_reads_body_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert readings(text) == []


def test_anchor_is_named() -> None:
    assert [m.anchor for m in dates("LONDON, March 3 (Reuters) - Shares fell on Monday.")] == [
        "dateline"
    ]
    assert [m.anchor for m in dates("Shares fell on Monday.")] == ["published"]
    assert [m.anchor for m in dates("Shares fell on March 2, 1987.")] == [None]


def test_without_anchor_relative_dates_are_kept_unresolved() -> None:
    found = dates("Shares fell on Monday and in June, but not since 2008.", published=None)
    assert [(m.text, m.date, m.value, m.granularity) for m in found] == [
        ("Monday", None, None, "day"),
        ("June", None, None, "month"),
        ("2008", dt.date(2008, 1, 1), "2008", "year"),
    ]


def test_the_dateline_itself_is_not_a_body_date() -> None:
    assert readings("LONDON, March 3 (Reuters) - Calm.") == []


def test_text_claimed_by_money_and_casualties_is_not_read() -> None:
    text = "Bonds of March 3 paid 4 pct; the March 10 toll rose."
    document = Document(
        text,
        published=PUBLISHED,
        findings=[
            Money.at(text, 9, 16, value=Decimal(3), currency="USD"),
            Casualty.at(text, 32, 40, count=10),
        ],
    )
    assert list(EXTRACTOR.extract(document)) == []


def test_part_of_a_year_after_a_lead() -> None:
    assert readings("Output recovered by mid-2009 and in late 2010.") == [
        ("2009", "2009"),
        ("2010", "2010"),
    ]


# ---- other news styles: hand-written snippets; published Thursday 1987-03-05 ----------------

UK_STYLE = [
    ("The deal was signed on 3 March 1987 in London.", [("3 March 1987", "1987-03-03")]),
    ("The inquiry opened on Tuesday 3 March, the BBC said.", [("Tuesday 3 March", "1987-03-03")]),
    ("Mr Smith said last Thursday that he would quit.", [("Thursday", "1987-02-26")]),
    ("The results are due on 31st March.", [("31st March", "1987-03-31")]),
    ("The strike began on Monday 2nd March.", [("Monday 2nd March", "1987-03-02")]),
    ("The law takes effect from 1 April.", [("1 April", "1987-04-01")]),
    ("Shares fell 3% in the week to 27 February.", [("27 February", "1987-02-27")]),
    ("The Q3 results, out on 28 Oct, beat forecasts.", [("28 Oct", "1986-10-28")]),
]

INDIAN_STYLE = [
    (
        "NEW DELHI: The Cabinet on Wednesday approved Rs 500 crore for roads, officials told PTI.",
        [("Wednesday", "1987-03-04")],
    ),
    ("The monsoon session of Parliament will begin on 17 July.", [("17 July", "1987-07-17")]),
    ("MUMBAI, March 3 (PTI): Shares closed higher on Monday.", [("Monday", "1987-03-02")]),
]

WIRE_AND_RELEASE_STYLE = [
    (
        "SYDNEY, Australia — Fires burned on Sunday, the fire service said.",
        [("Sunday", "1987-03-01")],
    ),
    (
        "NEW YORK, March 3, 1987 /PRNewswire/ -- Acme Corp today announced results for the "
        "quarter ended 31 December 1986.",
        [("31 December 1986", "1986-12-31")],
    ),
    ("Updated: 3 March 1987 14:05 GMT", [("3 March 1987", "1987-03-03")]),
    ("The body was found at 6am yesterday, police said.", [("yesterday", "1987-03-04")]),
]

VAGUE_OR_AMBIGUOUS = [
    "He was arrested on 3/4 and released.",
    "Sales rose earlier this month.",
    "The minister will visit next Tuesday.",
    "He was arrested on 03.03.1987.",
    "In the financial year 2020-21 profit rose.",
    "Mr May said the vote would be close.",
    "Ms Sunday said she was pleased.",
]


@pytest.mark.parametrize(("text", "expected"), UK_STYLE + INDIAN_STYLE + WIRE_AND_RELEASE_STYLE)
def test_reads_body_dates_in_other_styles(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize("text", VAGUE_OR_AMBIGUOUS)
def test_vague_or_ambiguous_dates_are_skipped(text: str) -> None:
    assert readings(text) == []


@pytest.mark.xfail(
    strict=True, reason="a present-tense verb before a weekday is not read as future"
)
def test_present_tense_for_the_future() -> None:
    assert readings("The exhibition opens on Saturday.") == [("Saturday", "1987-03-07")]


@pytest.mark.xfail(strict=True, reason="a year with no lead word before it is not read")
def test_year_opening_a_sentence() -> None:
    assert readings("Mid-2009 saw a recovery.") == [("2009", "2009")]


@pytest.mark.xfail(strict=True, reason="'today' is too often vague ('people today') to read")
def test_today() -> None:
    assert readings("The minister said today he would resign.") == [("today", "1987-03-05")]


@pytest.mark.xfail(strict=True, reason="a month with no tense cue is read as the closest one")
def test_month_ahead_with_preposition_only() -> None:
    assert readings("A deal before September looks unlikely.", dt.date(1987, 3, 3)) == [
        ("September", "1987-09")
    ]


@pytest.mark.xfail(strict=True, reason="a date that recurs every year is read as one day")
def test_recurring_date() -> None:
    assert readings("The bond pays interest annually on March 25.") == []


# ---- properties --------------------------------------------------------------------------

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ANCHORS = st.dates(dt.date(1980, 1, 1), dt.date(2040, 12, 31))


@given(ANCHORS, st.integers(0, 6))
def test_past_weekday_is_within_the_week_before(anchor: dt.date, weekday: int) -> None:
    (found,) = dates(f"The minister resigned on {WEEKDAY_NAMES[weekday]}.", anchor)
    assert found.date is not None and found.date.weekday() == weekday
    assert dt.timedelta(0) <= anchor - found.date <= dt.timedelta(days=6)


@given(ANCHORS, st.integers(0, 6))
def test_future_weekday_is_within_the_week_after(anchor: dt.date, weekday: int) -> None:
    (found,) = dates(f"The council will vote on {WEEKDAY_NAMES[weekday]}.", anchor)
    assert found.date is not None and found.date.weekday() == weekday
    assert dt.timedelta(0) <= found.date - anchor <= dt.timedelta(days=6)


LAYOUTS = st.sampled_from(
    ["%B {day}", "%b. {day}", "{day} %B", "{day} %b", "{day} %B %Y", "%B {day}, %Y", "%A, %B {day}"]
)


def render(day: dt.date, layout: str) -> str:
    rendered = day.strftime(layout).format(day=day.day)
    return rendered.replace("May.", "May")  # AP style never abbreviates May


@pytest.mark.parametrize(
    ("context", "offsets"),
    [
        ("The accord bears the date {}.", (-170, 170)),  # no tense: the closest such date
        ("The accord was signed on {} in Geneva.", (-350, 0)),
        ("The accord will be signed on {} in Geneva.", (0, 350)),
    ],
)
def test_rendered_dates_read_back(context: str, offsets: tuple[int, int]) -> None:
    """A date written without its year reads back when it lies where the tense points."""

    @given(ANCHORS, st.integers(*offsets), LAYOUTS)
    def read_back(anchor: dt.date, offset: int, layout: str) -> None:
        day = anchor + dt.timedelta(days=offset)
        rendered = render(day, layout)
        (found,) = dates(context.format(rendered), anchor)
        assert (found.text, found.date) == (rendered, day)

    read_back()


@given(st.text(max_size=300))
def test_never_crashes_and_spans_match(text: str) -> None:
    for found in dates(text):
        assert text[found.span.start : found.span.end] == found.text


@pytest.mark.timeout(120)  # a hang guard; growth is measured by `nox -s bench`
def test_one_megabyte_finds_every_date() -> None:
    text = "Officials met on Monday, March 2, and in June 1986. " * 20_000
    assert len(dates(text)) == 40_000
    assert dates("9" * 1_000_000 + " March") == []


def test_contract() -> None:
    check_extractor(EXTRACTOR, texts=[t for t, _ in WIRE_STYLE + NEWSPAPER_STYLE] + NOT_DATES)
