from __future__ import annotations

import datetime as dt
import email.utils
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Casualty, Dateline, Document, InputError, Money, Quote, Span
from newsparse.findings import BUILTIN_FINDINGS


def test_published_accepts_date_datetime_and_iso_string() -> None:
    day = dt.date(2021, 10, 8)
    assert Document("x", published="2021-10-08").published == day
    assert Document("x", published=dt.datetime(2021, 10, 8, 12)).published == day
    assert Document("x", published=day).published == day
    assert Document("x").published is None


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("Wed, 04 Mar 2015 10:22:00 GMT", dt.date(2015, 3, 4)),  # an RSS feed's pubDate
        ("04 Mar 2015 23:30:00 -0500", dt.date(2015, 3, 4)),  # the day in its writer's zone
        ("Sun, 1 Nov 2020 00:05:00 +1300", dt.date(2020, 11, 1)),
    ],
)
def test_published_reads_an_rfc_2822_date(written: str, day: dt.date) -> None:
    assert Document("x", published=written).published == day


@given(st.datetimes(min_value=dt.datetime(1900, 1, 1), timezones=st.timezones()))
def test_published_reads_any_rfc_2822_date_as_the_day_written(moment: dt.datetime) -> None:
    if moment.utcoffset() is None or moment.utcoffset() % dt.timedelta(minutes=1):
        return  # RFC 2822 writes whole minutes of offset
    written = email.utils.format_datetime(moment)
    assert Document("x", published=written).published == moment.date()


def test_bad_published_is_a_clear_input_error() -> None:
    with pytest.raises(InputError, match="ISO date"):
        newsparse.parse("text", published="last Tuesday")
    with pytest.raises(ValueError):  # InputError is also a ValueError
        newsparse.parse("text", published="2021-13-40")


def test_parse_rejects_non_str() -> None:
    with pytest.raises(InputError, match="str"):
        newsparse.parse(b"bytes")  # type: ignore[arg-type]


def test_span_rejects_reversed_and_negative() -> None:
    with pytest.raises(ValueError):
        Span(5, 2)
    with pytest.raises(ValueError):
        Span(-1, 2)


@pytest.mark.parametrize("kind", [Span, *BUILTIN_FINDINGS])
def test_spans_and_findings_keep_no_slot_for_weak_references(kind: type) -> None:
    # a long text's findings hold hundreds of thousands of them: a slot is 8 bytes each, and
    # for a span, a date mention and reported speech it tips the object into the next size the
    # allocator has
    assert "__weakref__" not in {name for cls in kind.__mro__ for name in vars(cls)}


def test_findings_are_typed_and_grouped() -> None:
    text = 'NEW YORK, Feb 26 - About $3 billion; two people were killed. "Yes," he said.'
    findings = [
        Money.at(text, 25, 35, value=Decimal(3_000_000_000), currency="USD"),
        Dateline.at(text, 0, 18, location="NEW YORK"),
        Casualty.at(text, 37, 59, count=2, kind="killed"),
        Quote.at(text, 62, 66, speaker="he"),
    ]
    document = Document(text).with_findings(findings)
    assert [f.category for f in document.findings] == ["dateline", "money", "casualties", "quotes"]
    assert document.dateline is not None and document.dateline.location == "NEW YORK"
    assert document.money[0].text == "$3 billion"
    assert document.casualties[0].kind == "killed"
    assert document.of("quotes") == document.quotes
    data = document.to_dict()
    assert data["money"][0]["span"] == [25, 35]
    assert data["money"][0]["value"] == 3_000_000_000
    assert data["dateline"]["location"] == "NEW YORK"
    assert Document.from_dict(data) == document


def test_findings_are_immutable() -> None:
    money = Money.at("$5", 0, 2, value=Decimal(5))
    with pytest.raises(AttributeError):
        money.value = Decimal(6)  # type: ignore[misc]


def test_to_dict_lists_every_category_even_when_empty() -> None:
    data = newsparse.parse("").to_dict()
    assert data["dateline"] is None
    for key in ("money", "casualties", "quotes", "dates", "failures"):
        assert data[key] == []


def test_from_path_reads_utf8_and_names_bad_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "a.txt"
    good.write_text("café", encoding="utf-8")
    assert Document.from_path(good).text == "café"
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    with pytest.raises(InputError, match=r"b\.txt"):
        Document.from_path(bad)
    with pytest.raises(InputError, match=r"missing\.txt"):
        Document.from_path(tmp_path / "missing.txt")
