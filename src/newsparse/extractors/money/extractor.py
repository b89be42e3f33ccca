"""The built-in ``money`` extractor: every way news writes an amount, as value and ISO currency.

Matches of :data:`~newsparse.extractors.money.grammar.AMOUNT` are kept only when they carry a
currency (a sign, a code or a currency word), so plain numbers, years and percentages never
become money. Each kept amount gets its full ``Decimal`` value (scale and sub-units multiplied
out), an ISO 4217 code (written, or inferred for a bare ``$``, "dollars", "pesos": see
``home``), and a ``phrase_span`` widened over its approximator, range and per-unit tail.
A range gives one finding per end, each with its full value, sharing one ``phrase_span``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from attrs import evolve, frozen

from newsparse._data import currencies as data
from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.extractors.money import grammar
from newsparse.extractors.money.home import HomeCurrency
from newsparse.extractors.money.lexicon import (
    CODES,
    HEAD_SPELLINGS,
    LOCAL_SYMBOLS,
    SOLE_NAMERS,
    SYMBOLS,
    currency_of,
    is_shared,
    is_single_user,
)
from newsparse.extractors.money.scan import numbers_near_currency
from newsparse.extractors.money.shorthand import completed_high
from newsparse.findings import Money
from newsparse.numbers import parse_number
from newsparse.regex_cache import compiled
from newsparse.span import Span

_LOOK_BEHIND = 40
#: How far before a number its sign or code may start ("u.s.$ ").
_PREFIX_REACH = 8
#: "half a [million]", "a half[-billion]": one half of the scale after it.
_HALF = compiled(r"(?:half\s+an?|(?:an?\s+)?half)\Z", re.IGNORECASE)
_YEAR = compiled(r"(?:18|19|20)\d\d\Z")
_SCALES_ONLY = compiled(
    rf"(?:{grammar.SCALE_NUMBER_WORDS})(?:[\s-]+(?:{grammar.SCALE_NUMBER_WORDS}))*\Z", re.I
)


@frozen
class _Amount:
    """One amount before it becomes a finding: where, how much, in what, and how it was read."""

    start: int
    end: int
    number: Decimal | None
    scale: Decimal | None
    factor: Decimal
    extra: Decimal
    currency: str | None
    inferred: bool
    phrase_start: int
    phrase_end: int
    worded: bool = False
    qualifier: str | None = None
    unit: str | None = None
    range_role: str | None = None

    @property
    def value(self) -> Decimal | None:
        if self.number is None:
            return None
        return self.number * (self.scale or 1) * self.factor + self.extra


class MoneyExtractor(Extractor):
    name = "money"
    version = "0.2.0"
    produces = (Money,)
    #: A bare "$" or "pesos" takes the currency of the country in the story's dateline.
    requires = ("dateline",)

    def extract(self, document: Document) -> Iterator[Money]:
        text = document.text
        home = HomeCurrency(document)
        amounts = list(_amounts(text, home))
        for group in _ranges(text, amounts):
            for amount in _phrased(text, group):
                yield Money.at(
                    text,
                    amount.start,
                    amount.end,
                    value=amount.value,
                    currency=amount.currency,
                    currency_inferred=amount.inferred,
                    phrase_span=Span(amount.phrase_start, amount.phrase_end),
                    qualifier=amount.qualifier,
                    unit=amount.unit,
                    range_role=amount.range_role,
                )


def _amounts(text: str, home: HomeCurrency) -> Iterator[_Amount]:
    """Every amount in ``text``, read from each number that is not inside the last amount."""
    last_end = 0
    for number in numbers_near_currency(text):
        start = number.start("number")
        if start < last_end:
            continue
        prefix = (
            grammar.PREFIX_BEFORE.search(text, max(last_end, start - _PREFIX_REACH), start)
            if grammar.may_end_before(text, start, grammar.PREFIX_ENDS)
            else None
        )
        match = grammar.AMOUNT_AT.match(text, start)
        if match is None or not (prefix or match["word"] or match["post"] or match["pence"]):
            continue
        amount = _read(_parts(match, prefix), text, home)
        if amount is not None:
            last_end = amount.end
            yield amount


Parts = dict[str, Any]


def _parts(match: re.Match[str], prefix: re.Match[str] | None) -> Parts:
    """The named pieces of an amount, its prefix included, with where it starts and ends."""
    parts: Parts = match.groupdict()
    if match["post"]:  # "10 $ 30 $": a sign before belongs to the amount before
        prefix = None
    parts["code"] = prefix["code"] if prefix else None
    parts["capital"] = prefix["capital"] if prefix else None
    parts["pre"] = (prefix["pre"] or prefix["capital"]) if prefix else None
    parts["start"] = prefix.start() if prefix else match.start()
    parts["end"] = match.end()
    return parts


def _number(parts: Parts) -> Decimal | None:
    if parts["denominator"]:
        fraction = Decimal(parts["numerator"]) / Decimal(parts["denominator"])
        return Decimal(parts["whole"] or 0) + fraction
    lowered = parts["num"].lower()
    if lowered in ("a", "an"):
        return Decimal(1)
    if _HALF.match(lowered):
        return Decimal("0.5")
    return parse_number(parts["num"])


def _scale(parts: Parts | re.Match[str]) -> Decimal | None:
    word = parts["glued"] or parts["scale"]
    if not word:
        return None
    scale = data.SCALE_WORDS[word.lower()]
    if parts["scale2"]:  # "lakh crore"
        scale *= data.SCALE_WORDS[parts["scale2"].lower()]
    return scale


def _read(parts: Parts, text: str, home: HomeCurrency) -> _Amount | None:
    """The amount a match of AMOUNT_AT and its prefix stand for, or None when it is not money."""
    number = _number(parts)
    scale = _scale(parts)
    if number is None or number == 0 or (parts["num"].lower() in ("a", "an") and scale is None):
        return None
    currency = _currency(parts, text, home, scale)
    if currency is None or (parts["head"] and _is_price_level(parts, text, scale)):
        return None
    code, inferred, factor = currency
    if _vague_count(parts, text):  # "a few billion dollars" states no number
        return None
    start = parts["start"]
    split = _split_point(parts, text, scale)
    if split is not None:  # "5. 5 billion dollars": one number the wire split at its point
        start, number = split.start(), Decimal(f"{split['whole']}.{parts['num']}")
    fraction = _fraction_of(parts, text)
    if fraction is not None:  # "a quarter of a trillion dollars"
        start = fraction.start()
        number = data.FRACTIONS_OF[" ".join(fraction["fraction"].lower().split())]
    extra = Decimal(0)
    if parts["subunit"]:
        sub = parse_number(parts["subnum"])
        if sub is None or _is_subunit(parts["head"]):
            return None
        extra = sub * data.SUBUNITS[parts["subunit"].lower()][1]
    return _Amount(
        start=start,
        end=parts["end"],
        number=number,
        scale=scale,
        factor=factor,
        extra=extra,
        currency=code,
        inferred=inferred,
        phrase_start=start,
        phrase_end=parts["end"],
        worded=bool(parts["head"]),
    )


def _split_point(parts: Parts, text: str, scale: Decimal | None) -> re.Match[str] | None:
    """ "5. " before the "5 billion dollars" of "5. 5 billion dollars", written for 5.5 billion;
    only before one or two digits and a scale, as a sentence rarely ends on a bare number."""
    start = parts["start"]
    if scale is None or parts["pre"] or parts["code"] or text[start - 2 : start] != ". ":
        return None
    if not (parts["num"].isdigit() and len(parts["num"]) <= 2):
        return None
    return grammar.SPLIT_POINT_BEFORE.search(text, max(0, start - 6), start)


def _fraction_of(parts: Parts, text: str) -> re.Match[str] | None:
    """ "a quarter of" before "a" + scale: the amount is that part of the scale."""
    if parts["pre"] or parts["code"] or parts["num"].lower() not in ("a", "an"):
        return None
    start = parts["start"]
    return grammar.FRACTION_OF_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start)


def _vague_count(parts: Parts, text: str) -> bool:
    """ "a few", "several" or "multi-" before a number that is only scale words ("billion")."""
    if parts["pre"] or parts["code"] or not _SCALES_ONLY.match(parts["num"]):
        return False
    start = parts["start"]
    return bool(grammar.VAGUE_COUNT_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start))


def _is_currency_word(word: str) -> bool:
    return word in HEAD_SPELLINGS or word in data.SUBUNITS or word.upper() in CODES


def _is_subunit(head: str | None) -> bool:
    return head is not None and head.lower() in data.SUBUNITS


def _is_price_level(parts: Parts, text: str, scale: Decimal | None) -> bool:
    """ "in 1987 dollars" names a price level, not an amount."""
    if scale is not None or parts["pre"] or parts["code"]:
        return False
    return _year_led_by(grammar.PRICE_LEVEL_BEFORE, text, parts["num"], parts["start"])


def _year_led_by(words: re.Pattern[str], text: str, number: str, start: int) -> bool:
    """Whether ``number`` is a year that ``words`` lead into ("in 1987 dollars", "in 1995 to")."""
    return bool(_YEAR.match(number)) and bool(words.search(text, max(0, start - 12), start))


Reading = tuple[str | None, bool, Decimal]


def _currency(parts: Parts, text: str, home: HomeCurrency, scale: Decimal | None) -> Reading | None:
    """(code, inferred, factor) of a match, or None when nothing in it names a currency."""
    if parts["pence"]:
        return _pence(parts)
    if _doubtful_letters(parts, text, scale):
        return None
    signed = _signed(parts, text, home)
    if not parts["head"]:
        return (signed[0], signed[1], Decimal(1)) if signed is not None else None
    word: str = parts["head"].lower()
    parent, factor = data.SUBUNITS.get(word, (word, Decimal(1)))
    head: str = HEAD_SPELLINGS.get(parent, parent)
    named = currency_of(parts["nationality"], head)
    if named is not None:
        return named, False, factor
    sole = SOLE_NAMERS.get(word) if data.HEAD_WORD_DEFAULTS.get(head) is None else None
    if parts["nationality"] is not None or (
        sole is None and head not in data.HEAD_WORD_DEFAULTS and not is_shared(head)
    ):
        return None
    guarded = HEAD_SPELLINGS.get(word, word) in data.GUARDED_HEAD_WORDS
    if guarded and not _clearly_money(parts, scale) and not _quoted_rate(parts, text):
        return None
    if guarded and _measure_or_level(parts, text, scale):
        return None
    if sole is not None:
        return sole, False, factor
    if signed is not None and not signed[1]:
        return signed[0], False, factor
    return home.resolve(head), not is_single_user(head), factor


def _measure_or_level(parts: Parts, text: str, scale: Decimal | None) -> bool:
    """A guarded word that weighs ("1,300 pounds (600 kgs)") or names a level ("the 16,000
    mark"): a weight converted to metric units after it, or a singular word after "the" and a
    number other than one, as an amount would be plural."""
    if grammar.METRIC_AFTER.match(text, parts["end"]):
        return True
    if scale is not None or parts["pre"] or parts["code"]:
        return False
    singular = parts["head"].lower() in data.GUARDED_HEAD_WORDS
    start = parts["start"]
    return (
        singular
        and parse_number(parts["num"]) != 1
        and bool(grammar.THE_BEFORE.search(text, max(0, start - 8), start))
    )


def _doubtful_letters(parts: Parts, text: str, scale: Decimal | None) -> bool:
    """Letters before the digits that more likely name a model or a road than a currency.

    A glued capital ("R2-D2", "N95") or glued capitals ("RS6", "RM12") are money only with a
    scale or a digit group ("R3bn", "RM1,200"); CLDR's local symbols count only with their
    capital ("Rp 5", not "rp 5").
    """
    sign: str = parts["pre"] or ""
    if not sign.isalpha():
        return False
    if sign.islower() and sign in LOCAL_SYMBOLS.values():
        return True
    glued = text[parts["start"] + len(sign) : parts["start"] + len(sign) + 1].isdigit()
    return glued and sign.isupper() and scale is None and "," not in parts["num"]


def _pence(parts: Parts) -> Reading | None:
    """ "50p", "345p": pence glued to a plain number, unless it reads as a video resolution."""
    if parts["pre"] or parts["code"] or parts["glued"] or parts["scale"]:
        return None
    if parts["num"] in data.VIDEO_RESOLUTIONS:
        return None
    return "GBP", False, data.SUBUNITS["pence"][1]


def _clearly_money(parts: Parts, scale: Decimal | None) -> bool:
    """A guarded word ("marks", "pounds", "won") is money with a scale, sign or digit group."""
    return bool(
        scale is not None
        or parts["pre"]
        or parts["code"]
        or parts["sterling"]
        or "," in parts["num"]
    )


def _quoted_rate(parts: Parts, text: str) -> bool:
    """A guarded word after a number of three or more decimals is money, as exchange rates are
    quoted ("the dollar was fixed at 1.8063 marks"): weights and levels are not written so
    finely. Not when a number follows the word, which then heads a column of a rate table
    ("us 6.3350 6.3500 dmk 348.20")."""
    return bool(grammar.RATE_DECIMALS.search(parts["num"])) and not grammar.NUMBER_AFTER.match(
        text, parts["end"]
    )


def _signed(parts: Parts, text: str, home: HomeCurrency) -> tuple[str | None, bool] | None:
    """(code, inferred) from a sign or ISO code around the number, or None without one."""
    code = parts["code"] or (parts["post"] if parts["post"] and parts["post"].isalpha() else None)
    if code is not None:
        return (code.upper(), False) if _plausible_code(code, parts, text) else None
    if parts["capital"]:
        return data.GLUED_CAPITAL_SIGNS[parts["capital"]], False
    sign = parts["pre"] or parts["post"]
    if not sign:
        return None
    key = "".join(sign.lower().split())
    if key in data.SYMBOL_HEAD_WORDS:
        return home.resolve(data.SYMBOL_HEAD_WORDS[key]), True
    if key.endswith("$") and key[:-1].upper() in CODES:
        return key[:-1].upper(), False
    return SYMBOLS.get(key), False


def _plausible_code(code: str, parts: Parts, text: str) -> bool:
    """Rare codes that are also words ("ALL", "TOP") count only outside all-capital headlines."""
    if code.lower() in data.LOWERCASE_SAFE_CODES:
        return True
    around = text[max(0, parts["start"] - 20) : parts["end"] + 20]
    return any(char.islower() for char in around)


def _ranges(text: str, amounts: list[_Amount]) -> Iterator[list[_Amount]]:
    """Amounts in groups: a range's two ends together, every other amount alone."""
    index = 0
    while index < len(amounts):
        amount = amounts[index]
        following = amounts[index + 1] if index + 1 < len(amounts) else None
        link = grammar.RANGE_AFTER.match(text, amount.end)
        if link and _link_allowed(text, amount, link["link"]):
            if following is not None and following.start == link.end():
                pair = _pair(text, amount, following)
                if pair is not None:
                    yield pair
                    index += 2
                    continue
            second = None if amount.worded else _bare_second(text, amount, link.end())
            if second is not None and (following is None or following.start >= second.end):
                pair = _pair(text, amount, second)
                if pair is not None:
                    yield pair
                    index += 1
                    continue
        first = _bare_first(text, amount, amounts[index - 1].end if index else 0)
        pair = _pair(text, first, _shorthand(text, first, amount)) if first is not None else None
        yield pair or [amount]
        index += 1


def _link_allowed(text: str, first: _Amount, link: str) -> bool:
    """May ``link`` join ``first`` to a second end?

    "and" only after "between"; "to" not after a currency word or a change ("rose 18 cts to
    18.85 dlrs", "up by $2 million to $5 million" name a change and a new level).
    """
    word = link.lower()
    before = max(0, first.start - 12)
    if word == "and":
        return bool(grammar.BETWEEN_BEFORE.search(text, before, first.start))
    if word == "to":
        return not first.worded and not grammar.CHANGE_BEFORE.search(text, before, first.start)
    return True


def _bare_second(text: str, first: _Amount, start: int) -> _Amount | None:
    """The second end of "$2-3 million" or "$20 to 35": a number that takes the first's currency."""
    if first.number is None:
        return None
    match = grammar.SECOND_END.match(text, start)
    if match is None:
        return None
    scale = _scale(match)
    rest = text[match.end() : match.end() + 3].lstrip(" \t")
    if scale is None and rest[:1].isalnum() and not grammar.UNIT_AFTER.match(text, match.end()):
        return None
    number = parse_number(match["num"])
    if number is None:
        return None
    return evolve(
        first,
        start=match.start(),
        end=match.end(),
        number=number,
        scale=scale or first.scale,
        extra=Decimal(0),
        phrase_start=match.start(),
        phrase_end=match.end(),
    )


def _bare_first(text: str, second: _Amount, floor: int) -> _Amount | None:
    """The first end of "2-3 million dollars" or "between 20 and 35 dlrs", read backwards."""
    if second.number is None:
        return None
    if not grammar.may_end_before(text, second.start, grammar.RANGE_LINK_ENDS):
        return None
    lo = max(floor, second.start - _LOOK_BEHIND)
    match = grammar.RANGE_BEFORE.search(text, lo, second.start)
    if match is None or not _link_allowed(text, _at(second, match.start()), match["link"]):
        return None
    if _is_year_before(text, match):  # "in 1995 to 133 million ECUs" is a year, then an amount
        return None
    number = parse_number(match["num"])
    if number is None:
        return None
    end = max(match.end(group) for group in ("num", "glued", "scale", "scale2") if match[group])
    return evolve(
        second,
        start=match.start(),
        end=end,
        number=number,
        scale=_scale(match),
        extra=Decimal(0),
        phrase_start=match.start(),
        phrase_end=end,
        worded=False,
    )


def _shorthand(text: str, first: _Amount, second: _Amount) -> _Amount:
    """``second`` read as the trailing digits of ``first`` when it is dealers' shorthand for a
    close second price ("117.81-[83 yen]" is 117.83 yen); else ``second`` as it is."""
    if first.scale is not None or second.scale is not None:
        return second
    value = completed_high(
        text[first.start : first.end],
        text[first.end : second.start],
        text[second.start : second.end],
    )
    return second if value is None else evolve(second, number=value, extra=Decimal(0))


def _is_year_before(text: str, match: re.Match[str]) -> bool:
    if match["glued"] or match["scale"]:
        return False
    return _year_led_by(grammar.YEAR_LEAD_BEFORE, text, match["num"], match.start())


def _at(amount: _Amount, start: int) -> _Amount:
    """A bare first end standing at ``start``, for checking the link that follows it."""
    return evolve(amount, start=start, phrase_start=start, worded=False)


def _pair(text: str, low: _Amount, high: _Amount) -> list[_Amount] | None:
    """Two ends of a range, the low end with the high end's scale ("$2-3 million"); None when
    the first is larger than the second or in another currency, so they are no range."""
    if (
        low.scale is None
        and high.scale is not None
        and low.number is not None
        and high.number is not None
        and low.number <= high.number
    ):
        low = evolve(low, scale=high.scale)
    if low.currency != high.currency or (low.value or 0) > (high.value or 0):
        return None
    start, end = low.phrase_start, high.phrase_end
    qualifier = None
    between = grammar.BETWEEN_BEFORE.search(text, max(0, start - 12), start)
    if between is not None:
        start, qualifier = between.start(), "between"
    return [
        evolve(end_, range_role=role, phrase_start=start, phrase_end=end, qualifier=qualifier)
        for end_, role in ((low, "low"), (high, "high"))
    ]


def _phrased(text: str, group: list[_Amount]) -> list[_Amount]:
    """Widen a group's phrase over an approximator before it and a per-unit tail after it."""
    start, end = group[0].phrase_start, group[-1].phrase_end
    qualifier = group[0].qualifier
    if qualifier is None and grammar.may_end_before(text, start, grammar.QUALIFIER_ENDS):
        found = grammar.QUALIFIER_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start)
        if found is not None:
            said = " ".join(found["qualifier"].lower().split())
            start, qualifier = found.start(), data.QUALIFIERS[said]
    unit = None
    tail = grammar.UNIT_AFTER.match(text, end)
    if tail is not None:
        noun = tail["noun"].lower()
        if tail["count"]:  # "per 10 grams", but "per 1,000 dlrs" is an amount of its own
            per = tail["article"].lower() == "per" and not _is_currency_word(noun)
        else:
            per = tail["article"].lower() == "per" or noun in data.UNIT_NOUNS
        if per:
            end, unit = tail.end(), noun
    if (start, end, qualifier, unit) == (
        group[0].phrase_start,
        group[-1].phrase_end,
        group[0].qualifier,
        None,
    ):
        return group
    return [
        evolve(a, phrase_start=start, phrase_end=end, qualifier=qualifier, unit=unit) for a in group
    ]
