"""How a matched group of people becomes a finding: its parts ("a man and his two sons"),
their count, the sum of a list, and the bare numbers that are ages or years, not counts.

Every rule of the extractor ends here once it has matched a group (``who``) tied to a harm,
so the counting is one piece, apart from the rules that find the groups.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import pairwise

from attrs import evolve, frozen

from newsparse._data.casualty_words import HOUSEHOLDS, SINGLE_DETERMINERS, THE_ORDINALS
from newsparse.extractors.casualties.grammar import (
    AFTER_NOUN_WORDS,
    AND_THEN,
    FLAGS,
    GENERATION,
    PLURAL_NOUN,
    PRONOUN_VICTIMS,
    QUANTITY_AT_START,
    SINGULAR_NOUN,
    bare_plural,
    compiled_rule,
    normal_phrase,
    unit_parts,
)
from newsparse.extractors.casualties.names import is_full_name
from newsparse.extractors.casualties.people import is_only_singular, is_victim
from newsparse.extractors.casualties.periods import MONTH
from newsparse.extractors.casualties.quantity import Amount, is_crowd_word, read_quantity
from newsparse.findings import Casualty
from newsparse.patterns import word_trie
from newsparse.regex_cache import compiled
from newsparse.span import Span

_AGE_NOUN = compiled(r"\d+-year-olds?")
_AGE_NOUN_SINGULAR = compiled(r"\d+-year-old")
_AFTER_NOUN_AT_END = compiled(rf"{AFTER_NOUN_WORDS}$", FLAGS)


# Kinds told of buildings and firms as often as of people: taken only with a victim noun.
_PEOPLE_NAMED_ONLY = frozenset({"evacuated", "displaced"})


#: The fewest people a bare count of the displaced or evacuated tells: a figure of thousands
#: moved is of people, after the verb ("displaced around 300,000", "India evacuated some
#: 650,000", "leaving three million homeless") or before it ("About 3,000 were evacuated").
#: A plural number word is a crowd of its own, whatever its bound ("Hundreds were evacuated",
#: "left 3 dead and hundreds homeless"): it is not said of a building.
_CROWD = 1000


def _crowd_moved(match: re.Match[str], total: int | None, lower: int | None) -> bool:
    """Whether the people are a bare count of a crowd, no noun with it."""
    amount = read_quantity(match["who"])
    if amount is None or _amount_of_things(match):
        return False
    return max(total or 0, lower or 0) >= _CROWD or is_crowd_word(amount)


_OF_AT_END = compiled(r"\bof\s*$", FLAGS)
_OF_AT_START = compiled(r"\s+of\b", FLAGS)


def _amount_of_things(match: re.Match[str]) -> bool:
    """Whether the bare amount ``who`` is of the things its "of" names ("Thousands of homes were
    evacuated"), the rule having read the amount without them."""
    return bool(
        _OF_AT_END.search(match["who"]) or _OF_AT_START.match(match.string, match.end("who"))
    )


# "Apprehended" tells of suspects and fugitives caught one by one; a crowd of thousands
# apprehended is an enforcement figure over a period ("100,000 migrants were apprehended at the
# southern border in March"), no event's arrests.
_CAUGHT_ONE_BY_ONE = frozenset({"apprehended", "apprehending"})


def _enforcement_figure(match: re.Match[str], total: int | None, lower: int | None) -> bool:
    """Whether the group is a crowd said to be apprehended (see :data:`_CAUGHT_ONE_BY_ONE`)."""
    return (
        max(total or 0, lower or 0) >= _CROWD
        and "harm" in match.re.groupindex
        and (match["harm"] or "").lower() in _CAUGHT_ONE_BY_ONE
    )


def only_singular(word: str) -> bool:
    return word == "year-old" or is_only_singular(word)


_BARE_DIGITS = compiled(r"\d+")
# A bare number that is an age: "a woman, 29, who was shot", "a boy younger than 12 was shot",
# "Terry Robinson Jr., 28, was", "the victims, ages 24, 25, and 41, were wounded" (any age
# after the first of a list of ages).
_AGE_APPOSITION = rf"(?:\b(?-i:[A-Z][\w'’-]*){GENERATION}?|{SINGULAR_NOUN}|{PLURAL_NOUN}),\s*$"
_AGE_BOUND = compiled(
    r"\b(?:younger|older)\s+than\s+$|\bunder\s+$"
    r"|\bage[sd]\s+(?:of\s+)?(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+|to\s+))+$",
    FLAGS,
)
_SPACED_AND = compiled(r"\sand\s", FLAGS)
# The last age of a list: "two men, 19 and 20 were shot", "Ann Cole, 25, and Bo Li, 32 died".
_AGE_LIST = (
    rf"(?:\b(?-i:[A-Z][\w'’-]*)|{SINGULAR_NOUN}|{PLURAL_NOUN}),\s*\d{{1,3}}\s*[,;]?\s+and\s+"
    rf"(?:(?-i:[A-Z][\w'’-]*\s+){{0,3}}(?-i:[A-Z][\w'’-]*),\s*)?$"
)


def _age_or_year(match: re.Match[str]) -> bool:
    """Whether the bare number ``who`` is an age or a year ("Shooting 2016: ..."), not a count."""
    number, start, end = match["who"], match.start("who"), match.end("who")
    if len(number) == 4 and number.startswith(("19", "20")):
        return True
    before, listed = max(0, start - 40), max(0, start - 80)
    if _AGE_BOUND.search(match.string, listed, start):
        return True
    # the cheap test first: a list of ages holds an "and"
    if _SPACED_AND.search(match.string, listed, start) and compiled_rule(_AGE_LIST).search(
        match.string, listed, start
    ):
        return True
    return match.string.startswith(",", end) and bool(
        compiled_rule(_AGE_APPOSITION).search(match.string, before, start)
    )


_MONTH_BEFORE = compiled(rf"\b{MONTH}\.?\s+$", FLAGS)


@frozen
class _Part:
    """One counted person or group of a matched group, at ``start``:``end`` of the sentence."""

    start: int
    end: int
    count: int | None
    lower: int | None
    upper: int | None
    qualifier: str | None
    victims: str | None
    partitive: bool  # "five of her children", "the fourth": a part of a group
    single: bool  # one person with no number written: "a farmer", "his son", "Khan"


# A bare plural of people counts no one, unless a capital opens it and a singular verb follows
# or the story names one person by it: then the word is a surname of the same shape ("Davis
# was shot", "Fellows was hurt", "John Davis ... killed Davis").
_SINGULAR_VERB = compiled(r"\s+(?:was|is|has)\b")


def _no_one(words: str) -> bool:
    """The story names no one by ``words``: the default of the rules that ask no story."""
    return False


# A person's noun with no article or owner before it, as a headline writes it ("Woman",
# "Toddler", "pregnant woman"): a member of its own, as "a woman" is ("Sanders' son" is one
# named by an owner, read as the subject rule reads it).
_DETERMINER = word_trie((*SINGLE_DETERMINERS, "our", "my", "your", "this", "that"))
_BARE_NOUN = compiled(
    rf"(?:(?!(?:{_DETERMINER})\b|[\w-]+['’]s?\s)[\w'’-]+\s+){{0,2}}{SINGULAR_NOUN}", FLAGS
)


_COMMA = compiled(r"\s*,\s*")
_OF = compiled(r"\s+of\s+", FLAGS)


def _headline_list(who: str, members: tuple[tuple[int, int], ...]) -> bool:
    """Whether the ``members`` of ``who`` are a headline's list: each a count of its own (not
    a part, "one of the teens") or a bare noun (not a name, "Cedric Ginger"), with a comma alone
    between them ("Woman, child", "4 Women, Man")."""
    return all(
        _OF.search(who, start, end) is None
        and not is_full_name(who[start:end])
        and (QUANTITY_AT_START.match(who[start:end]) or _BARE_NOUN.fullmatch(who, start, end))
        for start, end in members
    ) and all(_COMMA.fullmatch(who, a[1], b[0]) for a, b in pairwise(members))


@lru_cache(maxsize=4)
def _parts(
    match: re.Match[str], names_one: Callable[[str], bool] = _no_one
) -> tuple[_Part, ...] | None:
    """The people or groups of the matched ``who``, or None when one of them is no count;
    ``names_one`` tells a capitalised word shaped like a people's plural that the story gives
    one person ("Davis") from a people ("Afghans").

    Cached for the match just read: a list is read once for its sum and again for its groups.
    """
    who = match["who"]
    at = match.start("who")
    # not the label of a headline: "Police: Woman shot", "Homecoming Shooting 2019: Teen wounded"
    found = unit_parts(who, who.rfind(":") + 1, harm_told_first(match))
    if (
        len(found) > 1
        and not AND_THEN.search(who, found[-2][1], found[-1][0])
        and not all(QUANTITY_AT_START.match(who[start:end]) for start, end in found)
        and not all(_AGE_AFTER.search(who, start, end) for start, end in found)
        and not _headline_list(who, found)
    ):
        # a list without "and" before its last member is counts only ("2 Boys, 3 Women Shot"),
        # names each with an age ("Ann Cole, 20, Bo Li, 22") or a headline's bare nouns
        # ("Woman, child injured", "4 Women, Man Shot"); else it is one person named twice
        # ("his friend, 63-year-old Daniel Caron") or a name before a group ("the Observatory
        # for Human Rights, 26 fighters")
        found = found[:1] if harm_told_first(match) else found[-1:]
    parts = []
    for start, end in found:
        words = who[start:end]
        quantity = QUANTITY_AT_START.match(words)
        amount = read_quantity(quantity["quantity"]) if quantity else None
        if amount is None:
            if bare_plural(words) and not (
                words[:1].isupper()
                and (_SINGULAR_VERB.match(match.string, match.end("who")) or names_one(words))
            ):
                return None  # "Americans who were killed": people with no count, not one
            amount = Amount(1, 1, 1)  # "a man", "the victim", "he"
        # the noun after the count, not a vague amount's own word ("thousands" of "thousands
        # of people"); the whole words where nothing follows the count ("five of her children")
        rest = words[quantity.end() :] if quantity else ""
        after = _AFTER_NOUN_AT_END.sub("", rest).split()
        if not after and rest.lower().split(maxsplit=1)[:1] == ["of"]:
            after = rest.split()  # a part is of its group's noun: "one of his bodyguards"
        noun = (after or _AFTER_NOUN_AT_END.sub("", words).split())[-1].lower()
        singular = only_singular(noun) or _AGE_NOUN_SINGULAR.fullmatch(noun)
        if amount.count != 1 and singular:
            return None  # "2017 Man dead": a count must agree with its noun
        victims = None
        if noun in HOUSEHOLDS:  # "5,000 families": households, no count of people
            victims, amount = noun, Amount(None, None, None)
        elif is_victim(noun) or _AGE_NOUN.fullmatch(noun):
            victims = noun
        elif words.lower() in PRONOUN_VICTIMS:
            victims = PRONOUN_VICTIMS[words.lower()]
        parts.append(
            _Part(
                at + start,
                at + end,
                amount.count,
                amount.lower,
                amount.upper,
                amount.qualifier,
                victims,
                _partitive(words, quantity, rest),
                quantity is None and amount.count == 1,
            )
        )
    return tuple(parts)


# A vague amount's own "of" takes no part ("dozens of people", "a couple of men"); one before a
# whole does ("dozens of the protesters", "a handful of them").
_VAGUE_OF = compiled(r"\bof\s*$", FLAGS)
_A_WHOLE = compiled(r"\s*(?:the|those|these|them|whom|his|her|their|its|our)\b", FLAGS)


def _partitive(words: str, quantity: re.Match[str] | None, rest: str) -> bool:
    """Whether the person or group ``words`` is a part of a group: "five of her children", "the
    fourth" (an ordinal ranks one in a group told before). An amount's own "of" takes no part:
    a crowd ("tens of thousands", "scores of people") is no part of a larger group."""
    if quantity is None:
        return " of " in f" {normal_phrase(words)} " or normal_phrase(words) in THE_ORDINALS
    if _VAGUE_OF.search(quantity.group()) and _A_WHOLE.match(rest):
        return True
    return " of " in f" {normal_phrase(rest)} "


def _sum(values: Iterable[int | None]) -> int | None:
    total = 0
    for value in values:
        if value is None:
            return None
        total += value
    return total


# A part taken from a whole that a participle right after it tells harmed: "Thirteen of the 30
# men snatched in Sunday's raid were released" tells 30 snatched, not 13. With an auxiliary the
# verb is the part's own ("Thirteen of the 30 men were snatched"), and so is a death word that
# is no participle ("Two of the 12 men died").
_PART_OF_THE = compiled(r"\s+of\s+(?:the|those|these)\s+", FLAGS)
_PARTICIPLE = compiled(r"(?!died\b)[a-z]+(?:ed|en)\b", FLAGS)


def _whole_harmed(match: re.Match[str]) -> tuple[int, Amount] | None:
    """Where the whole opens in the sentence and its amount, where the harm is a participle
    told of the whole a part is taken from."""
    if "aux" not in match.re.groupindex or match["aux"].strip():
        return None
    if not _PARTICIPLE.match(match["harm"]):
        return None
    part_of = _PART_OF_THE.search(match["who"])
    whole = QUANTITY_AT_START.match(match["who"][part_of.end() :]) if part_of else None
    amount = read_quantity(whole["quantity"]) if whole else None
    if part_of is None or amount is None:
        return None
    return match.start("who") + part_of.end(), amount


def counted(
    text: str,
    offset: int,
    match: re.Match[str],
    kind: str,
    *,
    subset: bool = False,
    names_one: Callable[[str], bool] = _no_one,
) -> Casualty | None:
    """The finding for a matched group of people (``who``) tied to a harm word of ``kind``;
    ``names_one`` as :func:`_parts` reads it."""
    who = match["who"]
    if _MONTH_BEFORE.search(match.string, max(0, match.start("who") - 20), match.start("who")):
        return None  # "May 11 fatal shooting"
    if _BARE_DIGITS.fullmatch(who) and _age_or_year(match):
        return None
    parts = _parts(match, names_one)
    if not parts or not who.strip():
        return None
    if len(parts) == 1:  # the common case, read without sums
        one = parts[0]
        total, lower, upper, victims = one.count, one.lower, one.upper, one.victims
    else:
        total = _sum(p.count for p in parts)
        lower = _sum(p.lower for p in parts)
        upper = _sum(p.upper for p in parts)
        victims = next((p.victims for p in parts if p.victims), None)
    if total is None and lower is None and victims not in HOUSEHOLDS:
        return None
    if kind in _PEOPLE_NAMED_ONLY and victims is None and not _crowd_moved(match, total, lower):
        return None  # "the school was evacuated", "Norfolk Southern have been evacuated"
    if kind == "arrested" and _enforcement_figure(match, total, lower):
        return None
    # a subject opens at its first group read: not at a name or label left out of it
    begin = match.start() if harm_told_first(match) else max(match.start(), parts[0].start)
    partitive = any(p.partitive for p in parts)
    whole = _whole_harmed(match) if partitive and len(parts) == 1 else None
    if whole is not None:  # "Thirteen of the 30 men snatched": the harm is the 30's
        begin, amount = whole
        total, lower, upper, partitive = amount.count, amount.lower, amount.upper, False
    return Casualty.at(
        text,
        offset + begin,
        offset + match.end(),
        count=total,
        kind=kind,
        lower=lower,
        upper=upper,
        qualifier=next((p.qualifier for p in parts if p.qualifier), None),
        victims=victims,
        subset=subset or partitive,
    )


def sum_of_list(text: str, offset: int, match: re.Match[str], whole: Casualty) -> Casualty:
    """The sum of a list's groups, marked ``inferred``: it sits on the harm words the groups
    share ("killed" in "killed 20 children and six teachers"). It is read while the story's
    other sums are worked out (people shot less the dead, an attacker's own death) and then left
    out: each group is its own mention, and the story's figure adds them up again (see
    :func:`~newsparse.extractors.casualties.totals.document_figures`).
    """
    if "harm" not in match.re.groupindex:
        return evolve(whole, inferred=True)
    span = Span(offset + match.start("harm"), offset + match.end("harm"))
    return evolve(whole, span=span, text=text[span.start : span.end], inferred=True)


def harm_told_first(match: re.Match[str]) -> bool:
    """Whether the harm words come before the people ("killing five", "the toll rose to 12"),
    not after ("five died"); rules without a ``harm`` group open with theirs.
    """
    return "harm" not in match.re.groupindex or match.start("harm") < match.start("who")


# An age given after a name: "Natalie Pearman, 16,", "Marlon Eason (10)".
_AGE_AFTER = compiled(r"(?:,\s*\d{1,3}|\s*\(\d{1,3}\))[\s,]*$")


def _groups(parts: tuple[_Part, ...]) -> list[tuple[_Part, ...]]:
    """The items a list's ``parts`` make: single people side by side are one item, whose count
    is how many they are (the annotation guidelines: "his brother A and nephew B", "Awlaki, his
    16-year-old son and Khan"); a part with a number of its own ("five of her children") or a
    group noun is an item of its own."""
    groups: list[tuple[_Part, ...]] = []
    for part in parts:
        if groups and part.single and groups[-1][-1].single:
            groups[-1] = (*groups[-1], part)
        else:
            groups.append((part,))
    return groups


def _item(
    text: str, offset: int, span: tuple[int, int], group: tuple[_Part, ...], kind: str, subset: bool
) -> Casualty:
    """The finding for one item of a list over ``span`` of the sentence: a part with its own
    count, or single people side by side, counted one each."""
    first = group[0]
    one = len(group) == 1
    return Casualty.at(
        text,
        offset + span[0],
        offset + span[1],
        count=first.count if one else len(group),
        kind=kind,
        lower=first.lower if one else None,
        upper=first.upper if one else None,
        qualifier=first.qualifier if one else None,
        victims=first.victims if one else None,
        subset=subset,
    )


def each_counted(
    text: str,
    offset: int,
    match: re.Match[str],
    whole: Casualty,
    names_one: Callable[[str], bool] = _no_one,
) -> list[Casualty]:
    """One finding per item written in a list ("killed 20 children and six teachers" is 20 and
    6, "killed Awlaki, his 16-year-old son and Khan" one item of 3); the harm words stay with
    the item next to them while the story is read, and each item is spanned through them when
    handed out (see :mod:`~newsparse.extractors.casualties.coordination`). A group of one is
    ``[whole]``.
    """
    if "," not in match["who"] and AND_THEN.search(match["who"]) is None:
        return [whole]  # the cheap test: no join, one group
    parts = _parts(match, names_one)
    if parts is None or len(parts) < 2:
        return [whole]
    harm_first = harm_told_first(match)
    groups = _groups(parts)
    if len(groups) == 1:
        if not harm_first and _SINGULAR_VERB.match(match.string, match.end("who")):
            # single people before a singular verb: "A newspaper boss and lawmaker was killed"
            # is one person, "identified him as the shooter, and he was taken into custody" a
            # clause of its own; the verb is the last's ("one man and one woman was shot",
            # groups with their own numbers, counts both)
            span = (parts[-1].start, match.end())
            return [_item(text, offset, span, parts[-1:], whole.kind, whole.subset)]
        # "Gracie Anne Muehlberger, 15, and Dominic Blackwell, 14, were killed": one item of 2
        return [evolve(whole, count=len(parts), lower=None, upper=None, victims=None)]
    partitive = any(p.partitive for p in parts)
    found = []
    for i, group in enumerate(groups):
        begin = match.start() if i == 0 and harm_first else group[0].start
        end = match.end() if i == len(groups) - 1 and not harm_first else group[-1].end
        subset = whole.subset and (any(p.partitive for p in group) or not partitive)
        found.append(_item(text, offset, (begin, end), group, whole.kind, subset))
    return found


# A clause of its own between a harm and "including": "Thirteen of the 30 men snatched in the raid
# have been released, including three guards" lists the released, a part of the 30, and gives no
# subset of the harm. A verb in the passive or the perfect after the harm opens that clause,
# unless a relative pronoun ties it to a noun ("an attack that was claimed by ...").
_OTHER_PREDICATE = compiled(
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b(?:has|have|had|was|were|is|are)\s+"
    r"(?:(?:later|since|then|also|all|[a-z]+ly)\s+)?(?:been\s+|being\s+)?[a-z]+(?:ed|en)\b",
    FLAGS,
)


def told_of_another_verb(sentence: str, harm_end: int, including: int) -> bool:
    """Whether a clause with another verb stands between a harm ending at ``harm_end`` and the
    "including" at ``including``."""
    return _OTHER_PREDICATE.search(sentence, harm_end, including) is not None
