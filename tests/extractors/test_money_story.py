"""Money: a bare shared currency word takes the currency of the country the story names most,
and dealers' shorthand for close prices ("117.81-83 yen") is read out in full."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel import Locale
from babel.numbers import get_currency_name
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._data import currencies as data
from newsparse.extractors.money import story
from newsparse.extractors.money.lexicon import CURRENT_CODES, HEAD_SPELLINGS, SOLE_NAMERS
from newsparse.extractors.money.shorthand import completed_high
from newsparse.findings import Money


def found(text: str) -> list[Money]:
    return list(newsparse.parse(text, extractors=["money"]).money)


def currencies(text: str) -> list[str | None]:
    return [money.currency for money in found(text)]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "The fiscal deficit of the Philippine government reached 56.3 billion pesos "
            "(1.12 billion U.S. dollars), the central bank said.",
            "PHP",
        ),
        ("In 2004, Serbia's GDP rose to 1,300 billion dinars, the statistics bureau said.", "RSD"),
        ("Officials in Belgrade put the damage at 40 million dinars.", "RSD"),
        ("Kuwait's parliament approved a budget of 18 billion dinars on Sunday.", "KWD"),
        ("A Turkish court fined the newspaper 2 million lira.", "TRY"),
        ("The Swiss central bank said the note would carry 50,000 francs of warrants.", "CHF"),
        ("Farmers near Kathmandu received 196,000 rupees in loans, Nepal's ministry said.", "NPR"),
        ("Kenya's treasury set aside 3 billion shillings for the drought in Nairobi.", "KES"),
        ("Danish Dairy Farms sold a stake worth five million krone in Copenhagen.", "DKK"),
        # head words no default covers, shared by currencies in use today
        ("Iran will spend 2 billion rials on roads, officials in Tehran said.", "IRR"),
        ("Oman's budget set aside 300 million rials for ports.", "OMR"),
        ("Maize sold for 90 kwacha a bag at the market in Lusaka, Zambia.", "ZMW"),
        ("Malawi's farmers were paid 300 kwacha a bag.", "MWK"),
    ],
)
def test_a_named_country_settles_a_shared_currency_word(text: str, currency: str) -> None:
    assert currencies(text)[0] == currency


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # no country named: the default
        ("The company earned 5 million pesos last year.", "MXN"),
        ("The bill came to 400 rupees.", "INR"),
        # France used francs: a French story's francs are nobody's today, not Swiss
        (
            "French debt fell to 398 billion francs, the Paris ministry said, as Swiss banks lent.",
            None,
        ),
        # two countries named as often: the default
        ("Mexico and the Philippines each spent 9 million pesos.", "MXN"),
        # London leads: pence and pounds stay sterling
        (
            "London shares rose; Centrica added 2 percent at 243.50 pence, Egypt's bourse fell.",
            "GBP",
        ),
    ],
)
def test_no_leading_user_keeps_the_default(text: str, currency: str | None) -> None:
    assert currencies(text)[0] == currency


@pytest.mark.parametrize(
    "text",
    [
        # English copy writes US dollars as "dollars" wherever the story is: no mention overrides
        "Singapore Airlines and India's Tata group planned a 708 million dollar airline.",
        "Hong Kong's trade with Britain exceeds two billion dollars a year.",
        "Australian senator Colston repaid 6,000 dollars for charter flights from Brisbane.",
    ],
)
def test_dollars_are_never_settled_by_mentions(text: str) -> None:
    assert currencies(text)[0] == "USD"


def _named_users() -> list[tuple[str, str, str]]:
    """(country name, currency code, plural currency word) for the countries sharing a head."""
    names = Locale("en").territories
    rows = []
    for head in ("peso", "dinar", "rupee", "shilling", "franc", "krone", "pound", "riyal"):
        for country, code in sorted(story._users(head).items()):
            name = names.get(country, "")
            if code and name.replace(" ", "").isalpha():
                plural = get_currency_name(code, count=2, locale="en").split()[-1].lower()
                rows.append((name, code, plural))
    return rows


@given(st.sampled_from(_named_users()), st.integers(2, 999))
def test_a_named_country_gives_its_own_currency(row: tuple[str, str, str], amount: int) -> None:
    name, code, plural = row
    text = f"The government of {name} said it would spend {amount} million {plural} on roads."
    (money,) = found(text)
    assert money.currency == code
    assert money.value == Decimal(amount) * 1_000_000


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("the dollar traded at 117.81-83 yen on Friday", ["117.81", "117.83"]),
        ("the euro was quoted at 1.1700-1702 dollars", ["1.1700", "1.1702"]),
        ("against quotes of 138.08- 18 yen in New York", ["138.08", "138.18"]),
        ("the euro stood at 1.2860-2870 dollars", ["1.2860", "1.2870"]),
        # ordinary ranges stay as written
        ("Tickets cost 1.5-2 dollars.", ["1.5", "2"]),
        ("Tickets cost 2.50-10 dollars.", ["2.50", "10"]),
        ("the dollar moved between 117.75 and 118.20 yen", ["117.75", "118.20"]),
    ],
)
def test_dealers_shorthand_for_close_prices(text: str, values: list[str]) -> None:
    assert [money.value for money in found(text)] == [Decimal(value) for value in values]


@st.composite
def close_prices(draw: st.DrawFn) -> tuple[str, str, Decimal]:
    """A first price with 2-4 decimals, the trailing digits of a second no smaller, and it."""
    decimals = draw(st.integers(2, 4))
    low = f"{draw(st.integers(1, 999))}.{draw(st.integers(0, 10**decimals - 1)):0{decimals}d}"
    length = draw(st.integers(2, decimals))
    least = max(int(low[-length:]), 1)  # "00 yen" is no amount
    tail = f"{draw(st.integers(least, 10**length - 1)):0{length}d}"
    return low, tail, Decimal(low[:-length] + tail)


@given(close_prices(), st.sampled_from(["-", " - ", "- "]))
def test_shorthand_replaces_the_trailing_digits(
    prices: tuple[str, str, Decimal], link: str
) -> None:
    low, tail, high = prices
    assert completed_high(low, link, tail) == high
    text = f"The dollar was quoted at {low}{link}{tail} yen in Tokyo."
    assert [money.value for money in found(text)] == [Decimal(low), high]


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        # a story that converts its dollars into US dollars writes its own dollars bare
        (
            "Senator Colston repaid almost 7,000 dollars (5,500 US) in Brisbane, "
            "Australian officials said.",
            ["AUD"],
        ),
        (
            "Telstra lost three cents to 4.20 dollars in Sydney, as the bid, worth 10.9 billion "
            "dollars (8.4 billion US dollars), was weighed.",
            ["AUD", "AUD", "AUD", "USD"],
        ),
        (
            "The court in Singapore fined him 9.25 million Singapore dollars (US$6.6 million) "
            "and seized 434,300 dollars of cigarettes.",
            ["SGD", "USD", "SGD"],
        ),
        # no conversion: US dollars, wherever the story is
        ("Telstra lost three cents to 4.20 dollars in Sydney.", ["USD", "USD"]),
        # a conversion, but no dollar country other than the US named: US dollars
        ("The fund paid 5 million dollars (3.1 million US) to the firm.", ["USD"]),
    ],
)
def test_a_story_converting_dollars_to_us_writes_its_own_dollars_bare(
    text: str, currencies: list[str]
) -> None:
    assert [money.currency for money in found(text)] == currencies


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Exports to Colombia totaled nearly 5. 5 billion dollars last year.",
            "5. 5 billion dollars",
            "5.5e9",
        ),
        (
            "The response costs about 2. 4 million US dollars a year.",
            "2. 4 million US dollars",
            "2.4e6",
        ),
        # a sentence ending on a number, then an amount with no scale: two numbers
        ("The vote was 52 to 48. 30 dollars was the fee.", "30 dollars", "30"),
    ],
)
def test_a_decimal_split_at_its_point(text: str, span: str, value: str) -> None:
    (money,) = found(text)
    assert text[money.span.start : money.span.end] == span
    assert money.value == Decimal(value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # exchange rates are quoted to three or more decimals: the guarded word is money
        ("The dollar was fixed lower at 1.8063 marks after 1.8231 on Friday.", ["1.8063"]),
        ("Sterling eased to 2.950 marks at the fixing.", ["2.950"]),
        # too coarse for a rate, or heading a column of a rate table: not money
        ("The parcel weighed 1.5 pounds.", []),
        ("us 6.3350 6.3500 dmk 348.20 348.65 ffr 104.55", []),
    ],
)
def test_a_guarded_word_after_a_quoted_rate(text: str, values: list[str]) -> None:
    assert [money.value for money in found(text)] == [Decimal(value) for value in values]


def test_a_shared_word_no_story_settles_keeps_the_amount_without_a_currency() -> None:
    assert currencies("The fine was 5 million rials.") == [None]


@given(st.sampled_from(sorted(w for w, c in SOLE_NAMERS.items() if c not in CURRENT_CODES)))
def test_a_word_only_a_former_currency_bore_is_that_currency(word: str) -> None:
    """Archive stories: "40 million kuna" is Croatia's kuna though the euro replaced it."""
    money = found(f"The ministry said it had spent 40 million {word} on the bridge.")
    head = data.HEAD_WORD_DEFAULTS.get(HEAD_SPELLINGS.get(word, word))
    assert [m.currency for m in money] == [head or SOLE_NAMERS[word]]
