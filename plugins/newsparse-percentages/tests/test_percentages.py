"""Tests of newsparse-percentages: its rules, its contract, and newsparse finding it installed."""

from __future__ import annotations

import json
from decimal import Decimal

import newsparse
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse.cli import main
from newsparse.plugins import default_registry, origin
from newsparse.testing import Sample, articles, check_extractor

from newsparse_percentages import PercentageExtractor

# start: table
WIRE = [
    ("Inflation rose 3.5% in May.", "3.5%", Decimal("3.5"), False),
    ("Turnout was 61.2 percent, up 4 percentage points.", "61.2 percent", Decimal("61.2"), False),
    ("The yield fell to 4.05 pct.", None, None, False),
]
NEWSPAPER = [
    ("Sixty per cent of voters backed the plan.", "Sixty per cent", Decimal(60), False),
    ("Support slipped by two percentage points.", "two percentage points", Decimal(2), True),
]
HAND_WRITTEN = [
    ("Prices jumped 1,200 % in a year.", "1,200 %", Decimal(1200), False),
    ("Firmware v2.5% is not a percentage", None, None, False),  # glued to a word: not taken
    ("Nobody gave a number.", None, None, False),
]


@pytest.mark.parametrize(
    ("text", "found", "value", "points"),
    [
        *[pytest.param(*case, id=f"wire:{case[0]}") for case in WIRE],
        *[pytest.param(*case, id=f"newspaper:{case[0]}") for case in NEWSPAPER],
        *[pytest.param(*case, id=f"hand:{case[0]}") for case in HAND_WRITTEN],
    ],
)
def test_first_percentage(text: str, found: str | None, value: Decimal, points: bool) -> None:
    findings = list(PercentageExtractor().extract(newsparse.Document(text)))
    if found is None:
        assert findings == []
        return
    first = findings[0]
    assert (first.text, first.value, first.points) == (found, value, points)


# end: table


@pytest.mark.xfail(strict=True, reason="a range gives only its upper end")
def test_a_range_gives_both_ends() -> None:
    findings = list(PercentageExtractor().extract(newsparse.Document("up 3-4% this year")))
    assert [f.text for f in findings] == ["3-4%"]


# start: contract
def test_contract() -> None:
    check_extractor(PercentageExtractor(), texts=["", "%", "100%%", "per cent", "5 %" * 1000])


# end: contract


# start: round-trip
percentages = st.decimals(min_value=0, max_value=1000, places=1).map(
    lambda value: Sample(f"{value}%", newsparse.Span(0, len(f"{value}%")), value)
)


@settings(deadline=None)  # the first call loads the installed plugins
@given(articles(percentages, extractor=PercentageExtractor()))  # nothing else it would find
def test_a_percentage_in_a_story_is_found_where_it_is(sample: Sample[Decimal]) -> None:
    document = newsparse.parse(sample.text, extractors=["percentages"])
    assert [(f.span, f.value) for f in document.of("percentages")] == [(sample.span, sample.value)]


# end: round-trip


def test_a_long_run_of_number_words_stays_fast() -> None:
    text = "one two three " * 100_000
    assert list(PercentageExtractor().extract(newsparse.Document(text))) == []


# start: installed
def test_newsparse_finds_the_installed_plugin() -> None:
    extractor = default_registry().get("percentages")
    assert origin(extractor) == "newsparse-percentages"
    document = newsparse.parse("Prices rose 3.5% in May.")
    assert document.to_dict()["percentages"][0]["value"] == 3.5


def test_the_command_line_lists_and_runs_it() -> None:
    runner = CliRunner()
    listing = runner.invoke(main, ["plugins"], env={"COLUMNS": "200"}).output
    assert "newsparse-percentages" in listing
    result = runner.invoke(main, ["parse", "--json"], input="Prices rose 3.5% in May.")
    assert json.loads(result.output)["percentages"][0]["text"] == "3.5%"


# end: installed
