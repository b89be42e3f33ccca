"""Tests of newsparse-seizures: its rules, its money links, its contract, and its installation."""

from __future__ import annotations

import json
from decimal import Decimal

import newsparse
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse import Document, Money
from newsparse.cli import main
from newsparse.plugins import default_registry, origin
from newsparse.testing import Sample, articles, check_extractor, money, noise

from newsparse_seizures import Seizure, SeizureExtractor
from newsparse_seizures.quantities import normalized


def seizures(text: str, *amounts: Money) -> list[Seizure]:
    found = SeizureExtractor().extract(Document(text, findings=amounts))
    return list(found)


def money_at(text: str, phrase: str, value: int, currency: str = "USD") -> Money:
    start = text.index(phrase)
    return Money.at(text, start, start + len(phrase), value=Decimal(value), currency=currency)


# (text, found text, item, kind, quantity, unit, qualifier), grouped by where each came from.
WIRE = [
    (
        "MEXICO CITY (Reuters) - Mexican marines seized 2 tonnes of cocaine off the coast.",
        "2 tonnes of cocaine",
        "cocaine",
        "drug",
        Decimal(2000),
        "kg",
        None,
    ),
    (
        "U.S. border agents seized nearly 500 kilograms of fentanyl in 2021.",
        "nearly 500 kilograms of fentanyl",
        "fentanyl",
        "drug",
        Decimal(500),
        "kg",
        "nearly",
    ),
    (
        "Police said they had confiscated more than 1,200 firearms this year.",
        "more than 1,200 firearms",
        "firearms",
        "weapon",
        Decimal(1200),
        "count",
        "more than",
    ),
    (
        "The Coast Guard offloaded 3,000 pounds of cocaine seized in the Pacific.",
        "3,000 pounds of cocaine",
        "cocaine",
        "drug",
        Decimal("1360.77711"),
        "kg",
        None,
    ),
]
NEWSPAPER = [
    (
        "Customs officers intercepted 1.5 million Captagon pills hidden in fruit crates.",
        "1.5 million Captagon pills",
        "captagon",
        "drug",
        Decimal(1_500_000),
        "count",
        None,
    ),
    (
        "The haul included half a tonne of crystal meth.",
        "half a tonne of crystal meth",
        "methamphetamine",
        "drug",
        Decimal(500),
        "kg",
        None,
    ),
    (
        "Troops recovered 300,000 rounds of ammunition and 45 assault rifles.",
        "300,000 rounds of ammunition",
        "ammunition",
        "weapon",
        Decimal(300_000),
        "count",
        None,
    ),
    (
        "Officers found 200kg of explosives in the raid.",
        "200kg of explosives",
        "explosives",
        "weapon",
        Decimal(200),
        "kg",
        None,
    ),
]
HAND_WRITTEN = [
    (
        "Police seized twelve kilos of pure heroin.",
        "twelve kilos of pure heroin",
        "heroin",
        "drug",
        Decimal(12),
        "kg",
        None,
    ),
    (
        "Agents seized 40 gallons of liquid meth.",
        "40 gallons of liquid meth",
        "methamphetamine",
        "drug",
        Decimal("151.41647136"),
        "l",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "found", "item", "kind", "quantity", "unit", "qualifier"),
    [
        *[pytest.param(*case, id=f"wire:{case[1]}") for case in WIRE],
        *[pytest.param(*case, id=f"newspaper:{case[1]}") for case in NEWSPAPER],
        *[pytest.param(*case, id=f"hand:{case[1]}") for case in HAND_WRITTEN],
    ],
)
def test_first_seizure(
    text: str,
    found: str,
    item: str,
    kind: str,
    quantity: Decimal,
    unit: str,
    qualifier: str | None,
) -> None:
    first = seizures(text)[0]
    assert (first.text, first.item, first.kind) == (found, item, kind)
    assert (first.quantity, first.unit, first.qualifier) == (quantity, unit, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Colombia produces 1,700 tonnes of cocaine a year.", id="no seizure word"),
        pytest.param("He weighed 90 kilograms.", id="no drug"),
        pytest.param("Police seized cocaine and guns.", id="no quantity"),
        pytest.param("Police seized 2 tonnes.", id="no item"),
        pytest.param("Police seized 1,2003 guns.", id="a number that is not one"),
        pytest.param("", id="empty"),
        pytest.param(
            "Casings found at the scene show that at least two weapons were fired.",
            id="weapons used, not seized",
        ),
        pytest.param(
            "They found as many as 16 rifle shell casings.", id="a weapon word as modifier"
        ),
        pytest.param("Jett found a 22 handgun in the drawer.", id="a calibre, not a count"),
        pytest.param("ShotSpotter found that 15 rounds were fired.", id="shots, not ammunition"),
        pytest.param(
            "Police seized a car on Monday; the owner, who is 60, had said years earlier that"
            " his neighbours kept 30 guns in a barn.",
            id="seizure word far from the quantity",
        ),
    ],
)
def test_not_a_seizure(text: str) -> None:
    assert seizures(text) == []


def test_every_seizure_in_a_sentence_is_found() -> None:
    text = "Troops recovered 300,000 rounds of ammunition and 45 assault rifles."
    assert [(s.item, s.quantity) for s in seizures(text)] == [
        ("ammunition", 300_000),
        ("rifles", 45),
    ]


@pytest.mark.xfail(strict=True, reason="a value written before the quantity is not linked")
def test_value_before_the_quantity() -> None:
    text = "Police seized $30 million worth of cocaine, 2 tonnes in all."
    (found,) = seizures(text, money_at(text, "$30 million", 30_000_000))
    assert found.value == 30_000_000


@pytest.mark.xfail(strict=True, reason="short tons are not read")
def test_short_tons() -> None:
    assert seizures("Police seized 2 short tons of cocaine.")[0].quantity == Decimal("1814.36948")


# The money value comes from the money findings that run first.

LINKED = [
    ("Police seized 2 tonnes of cocaine worth $30 million.", "$30 million", 30_000_000),
    ("They seized 40 kg of heroin, worth an estimated £2m.", "£2m", 2_000_000),
    (
        "Agents seized 100 kilos of cocaine with a street value of $5 million.",
        "$5 million",
        5_000_000,
    ),
    ("Police seized 20 kg of heroin valued at about €1.2 million.", "€1.2 million", 1_200_000),
]


@pytest.mark.parametrize(("text", "phrase", "value"), LINKED)
def test_the_value_is_the_linked_money_finding(text: str, phrase: str, value: int) -> None:
    amount = money_at(text, phrase, value)
    (found,) = seizures(text, amount)
    assert (found.value, found.currency, found.value_span) == (value, "USD", amount.span)


def test_money_not_linked_by_worth_is_not_the_value() -> None:
    text = "Police seized 2 tonnes of cocaine and paid informants $30 million."
    (found,) = seizures(text, money_at(text, "$30 million", 30_000_000))
    assert found.value is None


@settings(deadline=None)
@given(amount=money(), tonnes=st.integers(1, 900))
def test_any_linked_amount_becomes_the_value(
    amount: Sample[tuple[Decimal, str]], tonnes: int
) -> None:
    text = f"Police seized {tonnes} tonnes of cocaine worth {amount.text}."
    value, currency = amount.value
    linked = Money.at(text, text.index(amount.text), len(text) - 1, value=value, currency=currency)
    (found,) = seizures(text, linked)
    assert (found.quantity, found.value, found.currency) == (tonnes * 1000, value, currency)


# Units through pint.


@pytest.mark.parametrize(
    ("amount", "word", "expected"),
    [
        (Decimal(2), "tonnes", (Decimal(2000), "kg")),
        (Decimal(1), "lb", (Decimal("0.45359237"), "kg")),
        (Decimal(250), "grams", (Decimal("0.25"), "kg")),
        (Decimal(3), "Metric Tons", (Decimal(3000), "kg")),
        (Decimal(2), "litres", (Decimal(2), "l")),
    ],
)
def test_units_are_normalized(amount: Decimal, word: str, expected: tuple[Decimal, str]) -> None:
    assert normalized(amount, word) == expected


# The contract, generated stories, and bad input.


def test_contract() -> None:
    check_extractor(
        SeizureExtractor(),
        texts=[text for text, *_ in WIRE + NEWSPAPER] + ["seized 2 tonnes of", "seized " * 500],
    )


counted = st.integers(1, 100_000).map(
    lambda n: Sample(f"{n:,} firearms", newsparse.Span(0, len(f"{n:,} firearms")), n)
)


@given(articles(counted.map(lambda s: Sample(f"Police seized {s.text}.", s.span, s.value))))
def test_a_seizure_in_a_story_is_found_where_it_is(sample: Sample[int]) -> None:
    (found,) = seizures(sample.text)
    start = sample.span.start + len("Police seized ")
    assert (found.span.start, found.quantity) == (start, sample.value)


@given(noise())
def test_noise_gives_nothing_or_matching_spans(text: str) -> None:
    for found in seizures(text):
        assert found.span.of(text) == found.text


@pytest.mark.parametrize(
    "text",
    [
        "one two three seized " * 50_000,
        "Police seized 2 " * 60_000,
        "more than " * 100_000,
        "1" * 1_000_000,
    ],
)
def test_a_megabyte_of_bad_input_is_quick(text: str) -> None:
    assert isinstance(seizures(text), list)


# Installed: newsparse finds the plugin through its entry point.


def test_newsparse_finds_the_installed_plugin() -> None:
    extractor = default_registry().get("seizures")
    assert origin(extractor) == "newsparse-seizures"
    document = newsparse.parse("Police seized 2 tonnes of cocaine worth $30 million.")
    (found,) = document.to_dict()["seizures"]
    assert (found["item"], found["quantity"], found["unit"]) == ("cocaine", 2000, "kg")


def test_the_value_is_whatever_the_installed_money_extractor_found() -> None:
    document = newsparse.parse("Police seized 2 tonnes of cocaine worth $30 million.")
    (found,) = document.of("seizures")
    assert isinstance(found, Seizure)
    worth = [m for m in document.money if m.span.start > found.span.end]
    assert found.value == (worth[0].value if worth else None)


def test_the_command_line_lists_and_runs_it() -> None:
    runner = CliRunner()
    listing = runner.invoke(main, ["plugins"], env={"COLUMNS": "200"}).output
    assert "newsparse-seizures" in listing
    result = runner.invoke(main, ["parse", "--json"], input="Police seized 45 rifles.")
    assert json.loads(result.output)["seizures"][0]["item"] == "rifles"
