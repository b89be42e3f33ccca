"""How many people a casualty phrase counts: the number, its hedge and the bounds they imply.

``QUANTITY`` is a regex fragment (compile it with ``re.IGNORECASE``) for "at least 12",
"twenty-seven", "a dozen", "dozens of", "more than 300,000"; :func:`read_quantity` turns the
matched words into an :class:`Amount`. Numbers themselves are read by
:func:`newsparse.numbers.parse_number`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from attrs import frozen

from newsparse._data.casualty_words import HEDGES, VAGUE_AMOUNTS
from newsparse.numbers import NUMBER_WORDS, parse_number
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

# An age after a number: "34-year-old", "24 year old", "5 years old", "7-month-old".
_AGE_AFTER = r"-y(?:ea)?r|-(?:month|week|day)s?-old\b|\s+(?:years?|months?|weeks?)[\s-]+old\b"
# A count in digits: not part of a longer token, an age ("34-year-old", "age 19"), a score or
# a rate.
# The digit is looked for first (here and in _SCALED): the rules try a count at every word of a
# subject, and the look-behinds cost more than the one look at a character that rejects most words.
_DIGITS = (
    r"(?=\d)(?<![\w$£€.,:/#-])(?<!\bage\s)(?<!\baged\s)(?<!\bages\s)(?:\d{1,3}(?:,\d{3})+|\d+)"
    rf"(?![\w%$£€]|[.,:/-]\d|{_AGE_AFTER})"
)
# A count in digits with a scale word: "1.5 million", "12 million", "40 thousand".
_SCALED = r"(?=\d)(?<![\w$£€.,:/#-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s+(?:hundred|thousand|million|billion)\b"
# A count in words, not the first half of a compound ("Four-year-old Ava", "two-story").
_WORDS = rf"\b(?:a\s+)?(?:{NUMBER_WORDS})(?:\s+dozen)?\b(?!-|{_AGE_AFTER})"
_HEDGE = rf"\b(?:{phrase_trie(HEDGES)})\s+"
_VAGUE = rf"\b(?:{phrase_trie(VAGUE_AMOUNTS)})\b"
# The set phrases among them that name an exact count ("a dozen", "half a dozen", "a couple of"):
# a hedge may stand before them as before a number ("more than a dozen", "nearly half a dozen").
_EXACT_AMOUNTS = {
    words: Decimal(count) for words, (count, _, _) in VAGUE_AMOUNTS.items() if count is not None
}
_EXACT = rf"\b(?:{phrase_trie(_EXACT_AMOUNTS)})\b"

#: A count of people, with any hedge before it.
QUANTITY = rf"(?:(?:{_HEDGE})?(?:{_SCALED}|{_DIGITS}|{_WORDS}|{_EXACT})|{_VAGUE})"

_HEDGE_AT_START = compiled(rf"^(?:{phrase_trie(HEDGES)})\s+", re.IGNORECASE)


@frozen
class Amount:
    """An exact count (``count``) or a vague one (``count`` None), with its bounds and hedge."""

    count: int | None
    lower: int | None = None
    upper: int | None = None
    qualifier: str | None = None


def read_quantity(words: str) -> Amount | None:
    """The amount in words matched by :data:`QUANTITY`, or None when they are not a count."""
    text = " ".join(words.lower().split())
    vague = VAGUE_AMOUNTS.get(text)
    if vague is not None:
        return Amount(*vague, qualifier=text if vague[0] is None else None)
    hedge = _HEDGE_AT_START.match(text)
    qualifier = " ".join(hedge.group().split()) if hedge else None
    rest = text[hedge.end() :] if hedge else text
    number = _EXACT_AMOUNTS.get(rest) or parse_number(rest)
    if number is None or number != number.to_integral_value() or number > 10**9:
        return None
    count = int(number)
    role = HEDGES.get(qualifier or "")
    lower = {"lower": count, "above": count + 1}.get(role or "")
    upper = {"upper": count, "below": count - 1}.get(role or "")
    if role is None:
        lower = upper = count
    return Amount(count, lower, upper, qualifier)


# The plural number words ("dozens", "hundreds", "tens of thousands", "millions") tell a crowd
# by themselves; "many", "several" and "a few" may count buildings or cars as well as people.
_FEWEST_IN_A_CROWD_WORD = VAGUE_AMOUNTS["dozens"][1] or 0


def is_crowd_word(amount: Amount) -> bool:
    """Whether ``amount`` is a plural number word with no number: a crowd of people when it
    stands alone as the people displaced or fleeing ("Hundreds were evacuated", "Millions have
    fled"), counted as the guidelines count any vague amount (count null)."""
    return (
        amount.count is None
        and amount.upper is None
        and (amount.lower or 0) >= _FEWEST_IN_A_CROWD_WORD
    )
