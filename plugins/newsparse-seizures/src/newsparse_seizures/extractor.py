"""Drug and weapons seizures: "2 tonnes of cocaine", "more than 1,200 firearms".

A quantity counts only in a sentence that speaks of a seizure (seized, confiscated, haul...), so
"Colombia produces 1,700 tonnes of cocaine a year" is not one. The money a seizure is worth comes
from the ``money`` findings, which run first: this extractor links them, it never reads amounts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal

import attrs
from attrs import frozen
from newsparse import Document, Extractor, Finding, Money, Span
from newsparse.numbers import CARDINAL_WORDS, NUMBER_DIGITS, parse_number

from newsparse_seizures import vocabulary as words
from newsparse_seizures.quantities import normalized


@frozen(kw_only=True)
class Seizure(Finding):
    """A seized quantity of a drug or a weapon, normalized, with what it is worth when said.

    ``quantity`` is in ``unit``: ``"kg"`` or ``"l"`` for what is weighed or measured, ``"count"``
    for what is counted. ``value``, ``currency`` and ``value_span`` come from the money finding
    linked to it ("worth $30 million").
    """

    category = "seizures"

    item: str
    kind: str
    quantity: Decimal | None = None
    unit: str | None = None
    qualifier: str | None = None
    value: Decimal | None = None
    currency: str | None = None
    value_span: Span | None = None


def _alternatives(spellings: Iterable[str]) -> str:
    """A regex alternation, longest spelling first so "crystal meth" wins over "meth"."""
    ordered = sorted(spellings, key=len, reverse=True)
    return "|".join(re.escape(spelling).replace(r"\ ", r"\s+") for spelling in ordered)


_CARDINAL = "|".join(CARDINAL_WORDS)
# At most seven number words, so a long run of them is not rescanned from every word.
_IN_WORDS = rf"(?:{_CARDINAL})(?:[\s-]+(?:and\s+)?(?:{_CARDINAL})){{0,6}}"
_SCALE = r"(?:\s+(?:thousand|million|billion)\b)?"
_NUMBER = rf"(?P<number>(?:(?:{NUMBER_DIGITS})(?!\d)|(?:{_IN_WORDS})\b){_SCALE})"
_ARTICLE = r"(?P<article>half\s+an?|an?)"
_QUALIFIER = rf"(?:(?P<qualifier>{_alternatives(words.QUALIFIERS)})\s+)?"
_DESCRIPTOR = rf"(?:(?:{_alternatives(words.DESCRIPTORS)})\s+)?"
_START = r"(?<![\w.,$£€-])"
_END = r"(?![\w-])"
_WEIGHED = {**words.DRUGS, **words.WEIGHED_WEAPONS}

#: "2 tonnes of cocaine", "a kilo of heroin", "500kg of pure fentanyl".
WEIGHED = re.compile(
    rf"{_START}{_QUALIFIER}(?:{_NUMBER}|{_ARTICLE})\s*"
    rf"(?P<unit>{_alternatives(words.UNITS)})\.?\s+(?:of\s+)?{_DESCRIPTOR}"
    rf"(?P<item>{_alternatives(_WEIGHED)}){_END}",
    re.IGNORECASE,
)
#: "more than 1,200 firearms", "45 assault rifles", "300,000 rounds of ammunition"; not "a 22
#: handgun", where the number after an article is a calibre or a model.
COUNTED = re.compile(
    rf"{_START}(?<!\ba\s)(?<!\ban\s){_QUALIFIER}{_NUMBER}\s+{_DESCRIPTOR}(?P<item>{_alternatives(words.WEAPONS)}){_END}"
    rf"(?!\s+(?:{_alternatives(words.MODIFIED_NOUNS)})\b)",
    re.IGNORECASE,
)
#: "2 million fentanyl pills", "300,000 tablets of ecstasy".
PILLS = re.compile(
    rf"{_START}{_QUALIFIER}{_NUMBER}\s+(?:(?P<item>{_alternatives(words.DRUGS)})\s+)?"
    rf"(?:{_alternatives(words.PILLS)})(?:\s+of\s+(?P<item_after>{_alternatives(words.DRUGS)}))?"
    rf"{_END}",
    re.IGNORECASE,
)
CUE = re.compile(rf"\b(?:{_alternatives(words.CUES)})\b", re.IGNORECASE)
#: What may stand between a seizure and the money it is worth.
VALUE_LINK = re.compile(
    rf"[\s,(]*(?:{_alternatives(words.VALUE_LINKS)})\s+"
    rf"(?:(?:{_alternatives(words.VALUE_QUALIFIERS)})\s+)?",
    re.IGNORECASE,
)
#: "two guns were fired", "weapons used in the attack": weapons used, not seized.
USED = re.compile(
    rf"\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?(?:{_alternatives(words.USE_VERBS)})\b",
    re.IGNORECASE,
)
_MAX_LINK = 60
#: How far (in characters) a seizure word may stand before or after the quantity.
_CUE_BEFORE = 60
_CUE_AFTER = 40


class SeizureExtractor(Extractor):
    """Finds seized drugs and weapons, their normalized quantity and the value given for them."""

    name = "seizures"
    version = "0.1.0"
    produces = (Seizure,)
    requires = ("money",)

    def extract(self, document: Document) -> Iterator[Seizure]:
        text = document.text
        money = [finding for finding in document.of("money") if isinstance(finding, Money)]
        for sentence, cues in _seizure_sentences(document).items():
            for match in _non_overlapping(text, sentence):
                if not _seized(match, cues, text, sentence):
                    continue
                seizure = _seizure(match, text)
                if seizure is None:
                    continue
                worth = _worth(seizure, money, text, sentence)
                if worth is not None:
                    seizure = attrs.evolve(
                        seizure, value=worth.value, currency=worth.currency, value_span=worth.span
                    )
                yield seizure


def _seizure_sentences(document: Document) -> dict[Span, list[Span]]:
    """The sentences with a seizure word, each with those words' spans (found in one pass)."""
    sentences = document.sentences
    starts = [sentence.start for sentence in sentences]
    found: dict[Span, list[Span]] = {}
    for cue in CUE.finditer(document.text):
        index = bisect_right(starts, cue.start()) - 1
        if index >= 0 and cue.end() <= sentences[index].end:
            found.setdefault(sentences[index], []).append(Span(cue.start(), cue.end()))
    return found


def _seized(match: re.Match[str], cues: list[Span], text: str, sentence: Span) -> bool:
    """Whether a seizure word stands close to the quantity, and no word of use follows it.

    "police found three guns" and "two guns were found" are seizures; in "casings found at the
    scene show that two guns were fired" the guns were used, not seized.
    """
    near = any(
        0 <= match.start() - cue.end <= _CUE_BEFORE or 0 <= cue.start - match.end() <= _CUE_AFTER
        for cue in cues
    )
    return near and not USED.match(text, match.end(), sentence.end)


def _non_overlapping(text: str, sentence: Span) -> list[re.Match[str]]:
    """The matches in a sentence, leftmost first and longest at one start, none overlapping."""
    found = [
        match
        for pattern in READERS
        for match in pattern.finditer(text, sentence.start, sentence.end)
    ]
    found.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[re.Match[str]] = []
    for match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


#: What a match says: item, kind, quantity and unit, from its groups and its amount.
Reading = tuple[str, str, Decimal, str]


def _weighed(groups: Mapping[str, str | None], amount: Decimal) -> Reading:
    item = _canonical(_WEIGHED, groups["item"])
    quantity, unit = normalized(amount, " ".join(str(groups["unit"]).split()))
    return item, "weapon" if item in words.WEIGHED_WEAPONS.values() else "drug", quantity, unit


def _counted(groups: Mapping[str, str | None], amount: Decimal) -> Reading:
    return _canonical(words.WEAPONS, groups["item"]), "weapon", amount, "count"


def _pills(groups: Mapping[str, str | None], amount: Decimal) -> Reading:
    named = groups["item"] or groups["item_after"]
    return _canonical(words.DRUGS, named) if named else "pills", "drug", amount, "count"


READERS: dict[re.Pattern[str], Callable[[Mapping[str, str | None], Decimal], Reading]] = {
    WEIGHED: _weighed,
    COUNTED: _counted,
    PILLS: _pills,
}


def _seizure(match: re.Match[str], text: str) -> Seizure | None:
    groups = match.groupdict()
    amount = _amount(groups)
    if amount is None:
        return None
    item, kind, quantity, unit = READERS[match.re](groups, amount)
    qualifier = groups["qualifier"]
    return Seizure.at(
        text,
        match.start(),
        match.end(),
        item=item,
        kind=kind,
        quantity=quantity,
        unit=unit,
        qualifier=" ".join(qualifier.lower().split()) if qualifier else None,
    )


def _amount(groups: Mapping[str, str | None]) -> Decimal | None:
    article = groups.get("article")
    if article:
        return Decimal("0.5") if article.lower().startswith("half") else Decimal(1)
    number = groups["number"]
    return parse_number(number) if number else None


def _canonical(table: Mapping[str, str], spelling: str | None) -> str:
    return table[" ".join(str(spelling).lower().split())]


def _worth(seizure: Seizure, money: list[Money], text: str, sentence: Span) -> Money | None:
    """The money finding that says what ``seizure`` is worth: right after it, linked by "worth"."""
    end = seizure.span.end
    for amount in money:
        start = (amount.phrase_span or amount.span).start
        if (
            end <= start <= min(end + _MAX_LINK, sentence.end)
            and amount.value is not None
            and VALUE_LINK.fullmatch(text, end, start)
        ):
            return amount
    return None
