"""The built-in ``casualties`` extractor: how many people were killed, injured, missing or taken.

It reads one sentence at a time and looks for a counted group of people tied to a harm word:
as the subject of a harm state ("12 people were killed", "a man was shot and killed", "the
victim died"), as the object of a harm verb ("killing five civilians", "left eight dead"), as a
harm noun ("three fatalities", "the death toll rose to 23"), or as nobody ("no one was hurt",
a count of zero). Counts only come from people tied to harm words, so votes, jobs, scores, ages,
dates and money never become casualties.

"shot" is a kind of its own: in crime news it says a person was hit, not whether they lived.
When the document shows more people shot than killed and says nothing more about the wounded,
the difference is reported once as an ``inferred`` injured count (see
:mod:`newsparse.extractors.casualty_totals`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse._data.casualty_words import (
    AUXILIARIES,
    BODY_PARTS,
    HARM_ACTIONS,
    HARM_NOUNS,
    HARM_STATES,
    LEFT_STATES,
    NOBODY,
    OBJECT_ENDS,
    SINGLE_DETERMINERS,
    SINGLE_PRONOUNS,
    VICTIMS_PLURAL,
    VICTIMS_SINGULAR,
)
from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.extractors.casualty_quantity import QUANTITY, alternation, read_quantity
from newsparse.extractors.casualty_totals import inferred_injured
from newsparse.findings import Casualty


def _kinds_of(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Phrase (single-spaced, lower case) -> kind."""
    return {" ".join(phrase.split()): kind for kind, phrases in table.items() for phrase in phrases}


_STATE_KIND = _kinds_of(HARM_STATES)
#: A quick test that a sentence may hold a casualty at all.
_HARM_WORD = re.compile(
    r"kill|dead|die|death|slain|slay|murder|perish|execut|massacr|assassin|wound|injur|hurt|"
    r"hospital|shot|shoot|gunfire|bullet|gunned|missing|unaccounted|kidnap|abduct|hostage|"
    r"captive|arrest|detain|custody|fatal|bodies|toll|lives|life|seiz|strik|struck",
    re.IGNORECASE,
)
_ACTION_KIND = _kinds_of(HARM_ACTIONS)
_NOUN_KIND = _kinds_of(HARM_NOUNS)
_LEFT_KIND = _kinds_of(LEFT_STATES)

# Words that may stand between a count and its noun ("two young Palestinian men"), but not
# words that end the noun phrase ("three days after the men ...").
_STOP = (
    "of after before since in on at and or but were was is are had has have with from to by for "
    "who that which when while the a an this these those days day hours hour weeks week months "
    "month years year minutes times shots rounds bullets dollars percent people"
)
_MODIFIER = rf"(?:(?!(?:{alternation(_STOP.split())})\b)[\w'’-]+\s+)"
_PLURAL = rf"(?:{alternation(VICTIMS_PLURAL)}|\d+-year-olds)\b"
_SINGULAR = rf"(?:{alternation(VICTIMS_SINGULAR)}|\d+-year-old)\b"

_COUNTED = rf"{QUANTITY}\s+{_MODIFIER}{{0,3}}(?:{_PLURAL}|{_SINGULAR})"
# A person named, with the age news puts after the name: "Gino Nicolas, 24,".
_NAMED = r"(?-i:\b[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2})(?:,\s*\d{1,3},)?"
_AGED = r"\b\d{1,3}-year-old\b"
_PART_OF = rf"{QUANTITY}\s+of\s+(?:them|those|whom|the\s+{_MODIFIER}{{0,2}}{_PLURAL})"
_SINGLE = rf"\b(?:{alternation(SINGLE_DETERMINERS)})\s+{_MODIFIER}{{0,3}}{_SINGULAR}"
_UNIT = rf"(?:{_PART_OF}|{_COUNTED}|{_SINGLE}|{_AGED}|{_NAMED})"
# Headlines drop the article: "Man shot and killed", "Lafayette teen wounded".
_HEADLINE_SINGLE = rf"^(?:[\w'’-]+\s+){{0,2}}{_SINGULAR}"
_SUBJECT_UNIT = rf"(?:{_UNIT}|\b(?:{alternation(SINGLE_PRONOUNS)})\b|{_HEADLINE_SINGLE})"
_OBJECT_UNIT = rf"(?:{_UNIT}|\b(?:him|her)\b)"
_JOIN = r"(?:\s*,\s*|\s*,?\s+and\s+)"


def _group_of(unit: str) -> str:
    """Up to five people or groups joined by commas and "and"; a bare number only alone."""
    return rf"(?:{unit}(?:{_JOIN}{unit}){{0,4}}|{QUANTITY})"


_AUX = rf"(?:\s+(?:{alternation(AUXILIARIES)}))*"
_STATES = alternation(_STATE_KIND)
_FLAGS = re.IGNORECASE

#: "12 people were killed", "a man and a woman were shot", "the victim died".
_SUBJECT_HARM = re.compile(
    rf"(?<![\w-])(?P<who>{_group_of(_SUBJECT_UNIT)})(?P<aux>{_AUX})\s+(?P<harm>{_STATES})\b",
    _FLAGS,
)
_STATE_ALONE = re.compile(rf"\b(?:{_STATES})\b", _FLAGS)
_SUBJECT_REACH = 200  # characters: the longest subject the rule reads
_OBJECT_END = rf"(?=\s*(?:[,.;:!?)\"”—–]|-\s|$)|\s+(?:{alternation(OBJECT_ENDS)})\b|\s+(?-i:[A-Z]))"
#: "killing five civilians", "kidnapped 17 missionaries", "shot a man".
_HARM_OBJECT = re.compile(
    rf"\b(?P<harm>{alternation(_ACTION_KIND)})\s+(?P<who>{_group_of(_OBJECT_UNIT)}){_OBJECT_END}",
    _FLAGS,
)
#: "left eight dead", "leaving two people wounded".
_LEFT = re.compile(
    rf"\b(?:left|leaving|leaves)\s+(?P<who>{_group_of(_UNIT)})\s+(?P<harm>{alternation(_LEFT_KIND)})\b",
    _FLAGS,
)
#: "three fatalities", "112 bodies".
_HARM_NOUN = re.compile(
    rf"(?<![\w-])(?P<who>{QUANTITY})\s+{_MODIFIER}{{0,2}}(?P<harm>{alternation(_NOUN_KIND)})\b",
    _FLAGS,
)
#: "the death toll rose to 23", "a death toll of 18".
_TOLL = re.compile(
    rf"\bdeath\s+toll\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:to|at|of|is|was|reached|hit|now)\s+(?P<who>{QUANTITY})\b",
    _FLAGS,
)
#: "no one was hurt" (a count of zero).
_NOBODY_HARM = re.compile(
    rf"\b(?P<who>{alternation(NOBODY)})(?P<aux>{_AUX})\s+(?P<harm>{_STATES})\b", _FLAGS
)
_NO_HARM_NOUN = re.compile(
    r"\bno\s+(?:other\s+|further\s+|additional\s+|serious\s+)?(?P<harm>injuries|deaths|fatalities)"
    r"\s+(?:were|was|have\s+been|had\s+been)\s+reported\b",
    _FLAGS,
)
#: "including two children": a subset of the count before it.
_INCLUDING = re.compile(
    rf"\b(?:including|among\s+them|among\s+the\s+dead\s+were)\s+(?P<who>{_group_of(_UNIT)}){_OBJECT_END}",
    _FLAGS,
)

_UNIT_PARTS = re.compile(
    rf"{_PART_OF}|{_COUNTED}|{_SINGLE}|{_AGED}|{_NAMED}|\b(?:he|she|him|her)\b|"
    rf"{_HEADLINE_SINGLE}|{QUANTITY}",
    _FLAGS,
)
_QUANTITY_AT_START = re.compile(rf"^{QUANTITY}", _FLAGS)
_NOUN_IN_UNIT = re.compile(rf"(?:{_PLURAL}|{_SINGULAR})$", _FLAGS)

# What follows a harm word and changes its meaning.
_BODY_WOUND = re.compile(
    r"(?:\s+(?:once|twice|(?:multiple|several|two|three|four|five|many|\d+)\s+times))?"
    rf"\s+in\s+(?:the|his|her|their)\s+(?:(?:left|right|upper|lower)\s+)?(?:{alternation(BODY_PARTS)})\b",
    _FLAGS,
)
_LATER_DIED = re.compile(
    r"[^.;]{0,80}?\b(?:and|but|before|where)\s+(?:he\s+|she\s+)?(?:later\s+|then\s+|eventually\s+|"
    r"subsequently\s+)?(?:died|was\s+pronounced\s+dead|succumbed)\b",
    _FLAGS,
)
_AIMED_AT = re.compile(r"\s+at\b", _FLAGS)
_ACTIVE_OBJECT = re.compile(
    r"\s+(?:a|an|the|his|her|him|them|their|its|one|two|three|\d)\b|\s+[A-Z][a-z]", 0
)
_ACTIVE_AUX = re.compile(r"\b(?:has|have|had)\b(?!\s+been)", _FLAGS)
_NEGATED = re.compile(
    r"\b(?:no|not|never|n't|could|would|might|may|if|whether|feared|threatened|"
    r"until|unless|trying|tried|plot|plotted|attempted)\s+(?:\w+\s+){0,2}$",
    _FLAGS,
)
# "fired one shot", "heard two shots": shots, not people.
_SHOTS_FIRED = re.compile(
    r"\b(?:fired|firing|fire|fires|heard|hear|returned|returning|let\s+off|squeezed\s+off)\s+$",
    _FLAGS,
)
_INTRANSITIVE = frozenset({"died", "dead", "perished", "missing", "unaccounted for"})
_TRANSITIVE_STATES = frozenset(_STATE_KIND) - _INTRANSITIVE
_PRONOUN_VICTIMS = {"he": "man", "she": "woman", "him": "man", "her": "woman"}


def _normal(words: str) -> str:
    return " ".join(words.lower().split())


class CasualtyExtractor(Extractor):
    """Counts of people killed, injured, shot, missing, kidnapped or arrested, per mention."""

    name = "casualties"
    version = "0.1.0"
    produces = (Casualty,)

    def extract(self, document: Document) -> Iterator[Casualty]:
        found: list[Casualty] = []
        text = document.text
        for sentence in document.sentences:
            found.extend(_in_sentence(text, sentence.start, sentence.end))
        yield from found
        extra = inferred_injured(found)
        if extra is not None:
            yield extra


def _in_sentence(text: str, start: int, end: int) -> list[Casualty]:
    sentence = text[start:end]
    if not _HARM_WORD.search(sentence) or _STATISTICS.search(sentence):
        return []
    kept: dict[tuple[int, int, str], Casualty] = {}

    def keep(finding: Casualty | None) -> None:
        if finding is None:
            return
        key = (finding.span.start, finding.span.end, finding.kind)
        overlapping = any(k[2] == finding.kind and k[0] < key[1] and key[0] < k[1] for k in kept)
        if not overlapping:
            kept[key] = finding

    states = [m.span() for m in _STATE_ALONE.finditer(sentence)]
    # The subject rule is the costly one: scan only the stretch that ends in a harm word.
    reach = max(0, states[0][0] - _SUBJECT_REACH) if states else 0
    ends = states[-1][1] if states else 0
    for match in _SUBJECT_HARM.finditer(sentence, reach, ends):
        if not _NEGATED.search(sentence, 0, match.start()):
            keep(_subject_harm(text, start, sentence, match))
    for match in _NOBODY_HARM.finditer(sentence):
        kind = _STATE_KIND[_normal(match["harm"])]
        keep(Casualty.at(text, start + match.start(), start + match.end(), count=0, kind=kind))
    for match in _NO_HARM_NOUN.finditer(sentence):
        kind = "injured" if match["harm"].lower() == "injuries" else "killed"
        keep(Casualty.at(text, start + match.start(), start + match.end(), count=0, kind=kind))
    for match in _HARM_OBJECT.finditer(sentence):
        if _NEGATED.search(sentence, 0, match.start()):
            continue
        kind = _ACTION_KIND[_normal(match["harm"])]
        if kind == "shot" and _BODY_WOUND.match(sentence, match.end()):
            kind = "injured"
        keep(_counted(text, start, match, kind))
    for match in _LEFT.finditer(sentence):
        keep(_counted(text, start, match, _LEFT_KIND[_normal(match["harm"])]))
    for match in _HARM_NOUN.finditer(sentence):
        keep(_counted(text, start, match, _NOUN_KIND[_normal(match["harm"])]))
    for match in _TOLL.finditer(sentence):
        keep(_counted(text, start, match, "killed"))
    findings = sorted(kept.values(), key=lambda f: f.span.start)
    for match in _INCLUDING.finditer(sentence):
        before = [f for f in findings if f.span.end <= start + match.start()]
        if before:
            found = _counted(text, start, match, before[-1].kind, subset=True)
            if found is not None and found.victims is not None:
                findings.append(found)
    return findings


def _subject_harm(text: str, offset: int, sentence: str, match: re.Match[str]) -> Casualty | None:
    harm = _normal(match["harm"])
    kind = _STATE_KIND[harm]
    aux = match["aux"]
    if harm in _TRANSITIVE_STATES and (
        (not aux.strip() and _ACTIVE_OBJECT.match(sentence, match.end())) or _ACTIVE_AUX.search(aux)
    ):
        return None  # "two men shot a clerk", "he had killed": the count is of attackers
    if kind == "shot":
        if _SHOTS_FIRED.search(sentence, 0, match.start()):
            return None
        if _AIMED_AT.match(sentence, match.end()):
            return None  # "was shot at": fired on, not hit
        if _BODY_WOUND.match(sentence, match.end()):
            kind = "injured"
    if kind in ("shot", "injured") and _LATER_DIED.match(sentence, match.end()):
        kind = "killed"
    return _counted(text, offset, match, kind)


_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", _FLAGS
)
# Figures about a city or a year, not about the event reported: "the 19th child shot this year".
_STATISTICS = re.compile(
    r"\b(?:so\s+far\s+this|this|last|each|every|per|a)\s+year\b|\bannually\b|"
    r"\bsince\s+(?:19|20)\d\d\b|\bnationwide\b|\bnationally\b",
    _FLAGS,
)


def _counted(
    text: str, offset: int, match: re.Match[str], kind: str, *, subset: bool = False
) -> Casualty | None:
    """The finding for a matched group of people (``who``) tied to a harm word of ``kind``."""
    total: int | None = 0
    lower: int | None = 0
    upper: int | None = 0
    qualifier = None
    victims = None
    who = match["who"]
    if _MONTH_BEFORE.search(match.string, 0, match.start("who")):
        return None  # "May 11 fatal shooting"
    for part in _UNIT_PARTS.finditer(who):
        words = part.group()
        quantity = _QUANTITY_AT_START.match(words)
        amount = read_quantity(quantity.group()) if quantity else None
        count: int | None
        low: int | None
        high: int | None
        if amount is None:
            count, low, high = 1, 1, 1  # "a man", "the victim", "he"
        else:
            count, low, high = amount.count, amount.lower, amount.upper
            qualifier = qualifier or amount.qualifier
        if " of " in f" {_normal(words)} ":
            subset = True
        noun = _NOUN_IN_UNIT.search(words)
        if noun:
            victims = victims or noun.group().lower()
        elif words.lower() in _PRONOUN_VICTIMS:
            victims = victims or _PRONOUN_VICTIMS[words.lower()]
        total = None if total is None or count is None else total + count
        lower = None if lower is None or low is None else lower + low
        upper = None if upper is None or high is None else upper + high
    if (total is None and lower is None) or not who.strip():
        return None
    return Casualty.at(
        text,
        offset + match.start(),
        offset + match.end(),
        count=total,
        kind=kind,
        lower=lower,
        upper=upper,
        qualifier=qualifier,
        victims=victims,
        subset=subset,
    )
