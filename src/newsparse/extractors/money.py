"""The built-in ``money`` extractor: every way news writes an amount, as value and ISO currency.

Matches of :data:`~newsparse.extractors.money_grammar.AMOUNT` are kept only when they carry a
currency (a sign, a code or a currency word), so plain numbers, years and percentages never
become money. Each kept amount gets its full ``Decimal`` value (scale and sub-units multiplied
out), an ISO 4217 code (written, or inferred for a bare ``$``, "dollars", "pesos": see
``money_home``), and a ``phrase_span`` widened over its approximator, range and per-unit tail.
A range gives one finding per end, each with its full value, sharing one ``phrase_span``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from attrs import evolve, frozen

from newsparse._data import currencies as data
from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.extractors import money_grammar as grammar
from newsparse.extractors.money_home import HomeCurrency
from newsparse.extractors.money_lexicon import (
    CODES,
    HEAD_SPELLINGS,
    SYMBOLS,
    currency_of,
    is_single_user,
)
from newsparse.findings import Money
from newsparse.numbers import parse_number
from newsparse.span import Span

_LOOK_BEHIND = 40
_HALF = re.compile(r"half\s+an?\Z", re.IGNORECASE)
_YEAR = re.compile(r"(?:18|19|20)\d\d\Z")


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
    version = "0.1.0"
    produces = (Money,)

    def extract(self, document: Document) -> Iterator[Money]:
        text = document.text
        home = HomeCurrency(document)
        amounts = list(_amounts(text, home))
        amounts.extend(_vague(text, home, amounts))
        amounts.sort(key=lambda a: a.start)
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
    """Every amount in ``text``; after a match that is not money, look again one step on."""
    position = 0
    while (match := grammar.AMOUNT.search(text, position)) is not None:
        amount = _read(match, text, home)
        if amount is None:
            position = match.start() + 1
            continue
        yield amount
        position = match.end()


def _number(words: str) -> Decimal | None:
    lowered = words.lower()
    if lowered in ("a", "an"):
        return Decimal(1)
    if _HALF.match(lowered):
        return Decimal("0.5")
    return parse_number(words)


def _scale(match: re.Match[str]) -> Decimal | None:
    word = match["glued"] or match["scale"]
    return data.SCALE_WORDS[word.lower()] if word else None


def _read(match: re.Match[str], text: str, home: HomeCurrency) -> _Amount | None:
    """The amount a match of AMOUNT stands for, or None when it is not money."""
    number = _number(match["num"])
    scale = _scale(match)
    if match["pre"] and match["post"]:  # "$ 30 $": the second sign belongs to the next amount
        return None
    if number is None or (match["num"].lower() in ("a", "an") and scale is None):
        return None
    currency = _currency(match, text, home, scale)
    if currency is None or (match["head"] and _is_price_level(match, text, scale)):
        return None
    code, inferred, factor = currency
    extra = Decimal(0)
    if match["subunit"]:
        sub = parse_number(match["subnum"])
        if sub is None or _is_subunit(match["head"]):
            return None
        extra = sub * data.SUBUNITS[match["subunit"].lower()][1]
    return _Amount(
        start=match.start(),
        end=match.end(),
        number=number,
        scale=scale,
        factor=factor,
        extra=extra,
        currency=code,
        inferred=inferred,
        phrase_start=match.start(),
        phrase_end=match.end(),
    )


def _is_subunit(head: str | None) -> bool:
    return head is not None and head.lower() in data.SUBUNITS


def _is_price_level(match: re.Match[str], text: str, scale: Decimal | None) -> bool:
    """ "in 1987 dollars" names a price level, not an amount."""
    if scale is not None or match["pre"] or match["code"] or not _YEAR.match(match["num"]):
        return False
    return bool(grammar.PRICE_LEVEL_BEFORE.search(text, max(0, match.start() - 12), match.start()))


Reading = tuple[str | None, bool, Decimal]


def _currency(
    match: re.Match[str], text: str, home: HomeCurrency, scale: Decimal | None
) -> Reading | None:
    """(code, inferred, factor) of a match, or None when nothing in it names a currency."""
    signed = _signed(match, text, home)
    if not match["head"]:
        return (signed[0], signed[1], Decimal(1)) if signed is not None else None
    word: str = match["head"].lower()
    parent, factor = data.SUBUNITS.get(word, (word, Decimal(1)))
    head: str = HEAD_SPELLINGS.get(parent, parent)
    named = currency_of(match["nationality"], head)
    if named is not None:
        return named, False, factor
    if match["nationality"] is not None or head not in data.HEAD_WORD_DEFAULTS:
        return None
    guarded = HEAD_SPELLINGS.get(word, word) in data.GUARDED_HEAD_WORDS
    if guarded and not _clearly_money(match, scale):
        return None
    if signed is not None and not signed[1]:
        return signed[0], False, factor
    return home.resolve(head), not is_single_user(head), factor


def _clearly_money(match: re.Match[str], scale: Decimal | None) -> bool:
    """A guarded word ("marks", "pounds", "won") is money with a scale, sign or digit group."""
    return bool(
        scale is not None
        or match["pre"]
        or match["code"]
        or match["sterling"]
        or "," in match["num"]
    )


def _signed(match: re.Match[str], text: str, home: HomeCurrency) -> tuple[str | None, bool] | None:
    """(code, inferred) from a sign or ISO code around the number, or None without one."""
    code = match["code"] or (match["post"] if match["post"] and match["post"].isalpha() else None)
    if code is not None:
        return (code.upper(), False) if _plausible_code(code, match, text) else None
    sign = match["pre"] or match["post"]
    if not sign:
        return None
    key = "".join(sign.lower().split())
    if key in data.SYMBOL_HEAD_WORDS:
        return home.resolve(data.SYMBOL_HEAD_WORDS[key]), True
    if key.endswith("$") and key[:-1].upper() in CODES:
        return key[:-1].upper(), False
    return SYMBOLS.get(key), False


def _plausible_code(code: str, match: re.Match[str], text: str) -> bool:
    """Rare codes that are also words ("ALL", "TOP") count only outside all-capital headlines."""
    if code.lower() in data.LOWERCASE_SAFE_CODES:
        return True
    around = text[max(0, match.start() - 20) : match.end() + 20]
    return any(char.islower() for char in around)


def _vague(text: str, home: HomeCurrency, found: list[_Amount]) -> Iterator[_Amount]:
    """ "billions of dollars": money without a value, where no amount was read already."""
    for match in grammar.VAGUE.finditer(text):
        if any(a.start < match.end() and match.start() < a.end for a in found):
            continue
        word = match["head"].lower()
        if word in data.SUBUNITS:
            continue
        head = HEAD_SPELLINGS.get(word, word)
        code = currency_of(match["nationality"], head)
        inferred = False
        if code is None:
            if match["nationality"] is not None or head not in data.HEAD_WORD_DEFAULTS:
                continue
            code, inferred = home.resolve(head), not is_single_user(head)
        yield _Amount(
            start=match.start(),
            end=match.end(),
            number=None,
            scale=None,
            factor=Decimal(1),
            extra=Decimal(0),
            currency=code,
            inferred=inferred,
            phrase_start=match.start(),
            phrase_end=match.end(),
        )


def _ranges(text: str, amounts: list[_Amount]) -> Iterator[list[_Amount]]:
    """Amounts in groups: a range's two ends together, every other amount alone."""
    index = 0
    while index < len(amounts):
        amount = amounts[index]
        following = amounts[index + 1] if index + 1 < len(amounts) else None
        link = grammar.RANGE_AFTER.match(text, amount.end)
        if link and _link_allowed(text, amount, link["link"]):
            if following is not None and following.start == link.end():
                yield _pair(text, amount, following)
                index += 2
                continue
            second = _bare_second(text, amount, link.end())
            if second is not None and (following is None or following.start >= second.end):
                yield _pair(text, amount, second)
                index += 1
                continue
        first = _bare_first(text, amount, amounts[index - 1].end if index else 0)
        yield _pair(text, first, amount) if first is not None else [amount]
        index += 1


def _link_allowed(text: str, first: _Amount, link: str) -> bool:
    """ "and" joins two ends only after "between"; the other links always may."""
    if link.lower() != "and":
        return True
    return bool(grammar.BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start))


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
    lo = max(floor, second.start - _LOOK_BEHIND)
    match = grammar.RANGE_BEFORE.search(text, lo, second.start)
    if match is None or not _link_allowed(text, _at(second, match.start()), match["link"]):
        return None
    number = parse_number(match["num"])
    if number is None:
        return None
    end = (
        match.end("glued")
        if match["glued"]
        else match.end("scale")
        if match["scale"]
        else match.end("num")
    )
    return evolve(
        second,
        start=match.start(),
        end=end,
        number=number,
        scale=_scale(match),
        extra=Decimal(0),
        phrase_start=match.start(),
        phrase_end=end,
    )


def _at(amount: _Amount, start: int) -> _Amount:
    return evolve(amount, start=start, phrase_start=start)


def _pair(text: str, low: _Amount, high: _Amount) -> list[_Amount]:
    """Two ends of a range: the low end takes the high end's scale ("$2-3 million")."""
    if (
        low.scale is None
        and high.scale is not None
        and low.number is not None
        and high.number is not None
        and low.number <= high.number
    ):
        low = evolve(low, scale=high.scale)
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
    if qualifier is None:
        found = grammar.QUALIFIER_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start)
        if found is not None:
            start, qualifier = found.start(), data.QUALIFIERS[found["qualifier"].lower()]
    unit = None
    tail = grammar.UNIT_AFTER.match(text, end)
    if tail is not None:
        noun = tail["noun"].lower()
        if tail["article"].lower() in ("per", "each") or noun in data.UNIT_NOUNS:
            end, unit = tail.end(), noun
    return [
        evolve(a, phrase_start=start, phrase_end=end, qualifier=qualifier, unit=unit) for a in group
    ]
