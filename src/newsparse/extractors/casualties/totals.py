"""Document-level casualty figures: one number per kind from the mentions of a whole story.

News repeats its figures (headline, lead, body) and updates them ("the toll rose to 23 from an
earlier 18"); every mention is a claim about the same event, so the figure per kind is the
largest exact count that is not the detail of another ("including two children"). A part of a
group hurt in another way is a toll of its own: "seven people were shot; two of the victims
died" is two killed. Where a story counts
people shot and people killed but never the wounded, the wounded are the difference; where it
tells of a death but never counts the dead, one died (a murder-suicide, two).

Two rules add people up instead of taking the largest count:

* Counts written side by side in one sentence, joined by "and" or a comma, are different
  people: "a man was shot in the leg and a woman was grazed" is two injured, "two women were
  killed, and a boy died later" three killed. The second count must open a new group (a
  number, "a", "an", "another", "one", or a full name after "and"); "... and both were hurt"
  or "the man" points back at people already counted, a name after a bare comma is the same
  person again, the same number in the same words is the toll told again (a headline run
  into its lead), and a semicolon or a colon opens the detail of a group already counted. A
  bare number after a group that names its people tells how some of them are doing: "four
  people were hurt and one was left in critical condition" is four.
  The groups of one list ("his mother, stepfather and eight others drowned"), each a mention
  of its own, are added up whatever their words, when nothing but the list's join stands
  between them and neither is a clause of its own. A count of "others", "people" or "victims"
  spelled out after a comma by a list that adds up to it ("three others, an 18-year-old woman
  and two men, were treated") is that count, not the count and its list.
* An attacker who kills himself right after the count of those he killed is one more death:
  "shot and killed his wife and two children, then turned the gun on himself" is four killed,
  as tolls count the gunman (an inferred count, so document scores see it too). Not when the
  count already holds him ("three dead, including the gunman, who then killed himself").

One person told hurt within the words that tell one death ("A woman who was wounded in the
shooting has died") is the dead, not a wounded one besides.

A whole group told again in hospital or wounded ("All four victims were taken to a hospital",
"both are in stable condition") holds the story's dead, as a count of people shot does: its
count less the dead is the wounded. So does a count of people taken to hospital that is the
wounded and the dead together ("one dead and three injured ... Four men were rushed to the
hospital").

A trip to hospital with no word of a wound ("The boy was taken to a hospital") stays a wound in
the figures, though the one carried there sometimes died: of the SemEval-2018 and GVDB
documents whose wounded change when such trips are dropped, keeping them is right in 211 and
dropping them in 44 (session 20, both halves).

:func:`document_figures` is the one rule for a story's figures: ``Document.casualty_totals``
calls it on the document's findings, and ``newsparse evaluate`` calls it on the predicted items
of each document-level record, so what users read and what is scored cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import pairwise

from attrs import evolve

from newsparse._data.casualty_words import (
    HARM_ACTIONS,
    HARM_STATES,
    HOSPITAL_NOUNS,
    LEFT_STATES,
    WOUND_NOUNS,
)
from newsparse.document import Document
from newsparse.extractors.casualties.coordination import apart
from newsparse.extractors.casualties.roundups import over_several_incidents
from newsparse.findings import Casualty
from newsparse.numbers import CARDINAL_WORDS, NUMBER_DIGITS, NUMBER_WORDS
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

_OTHERS = compiled(r"\b(?:else|other|others|further|additional)\b", re.IGNORECASE)
# What may stand between two counts of different people in one clause: a short phrase ("in
# the thigh", "at the scene") and then "and" or a comma (not a semicolon or a colon, which
# open the detail of a group already counted), all on one line.
_JOINED = compiled(
    r"[^.;:!?\n]{0,40}?(?:,[^\S\n]*(?:and|while)?|[^\S\n]+and)[^\S\n]+$", re.IGNORECASE
)
_AND = compiled(r"\band\s+$", re.IGNORECASE)
_WORD = compiled(r"\w+")
# A count that opens a new group of people rather than pointing back at one.
_NEW_GROUP = compiled(
    rf"(?:an?|one|another|\d[\d,]*|{'|'.join(sorted(CARDINAL_WORDS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
# A bare number standing for some of a group already counted: "one was left in critical
# condition", "one in stable condition" (no people of its own: no noun, no "other").
_SOME_OF_THEM = compiled(
    rf"(?:{NUMBER_WORDS}|{NUMBER_DIGITS})\s+"
    r"(?:was|were|is|are|remains?|remained|in|listed|left|had|has|suffered)\b",
    re.IGNORECASE,
)
# A full name opens a new group after "and"; after a bare comma it is the same person again.
_FULL_NAME = compiled(r"[A-Z][a-z'’-]+\s+[A-Z][a-z]")
# The attacker's own death, told right after the count of the people he killed.
_THEN_HIMSELF = compiled(
    r"[^.;!?\n]{0,60}?\b(?:before|then|and)\s+(?:then\s+)?"
    r"(?:(?:killing|killed|kills?|fatally\s+(?:shooting|shot|shoots?))\s+(?:himself|herself)"
    r"|turn(?:ed|ing|s)?\s+the\s+\w+\s+on\s+(?:himself|herself)"
    r"|(?:taking|took|takes)\s+(?:his|her)\s+own\s+life)\b",
    re.IGNORECASE,
)
#: A death the attacker dealt himself, told as its own mention ("before killing himself").
SELF = compiled(r"\b(?:himself|herself)\b", re.IGNORECASE)
# The attacker is among those counted: "including the gunman", "a man who shot them".
_HOLDS_HIM = compiled(r"\b(?:who|including|among)\b", re.IGNORECASE)
# A part that details the count before it: "five were hurt, including two children".
_DETAIL = compiled(r"\W*(?:including|among)\b", re.IGNORECASE)


def _not_subset(finding: Casualty) -> bool:
    return not finding.subset


def _a_toll_of_its_own(finding: Casualty) -> bool:
    """Whether a count stands for all the people of its kind it tells of: any count but a
    detail of the one before ("including two children"). "Two of the victims were killed"
    counts the dead among people hurt in another way (seven shot), so it is the toll of the
    dead, though written as a part."""
    return not finding.subset or _DETAIL.match(finding.text) is None


def _largest(
    findings: Iterable[Casualty], kind: str, whole: Callable[[Casualty], bool] = _not_subset
) -> Casualty | None:
    """The largest exact count of ``kind`` among the ``whole`` ones (by default those not
    marked subset); a part ("one of them died") only when there is nothing else."""
    counted = [f for f in findings if f.kind == kind and f.count is not None]
    whole_counts = [f for f in counted if whole(f)] or counted
    return max(whole_counts, key=lambda f: (f.count or 0, -f.span.start), default=None)


# A killing and the killer's own death told as one deed: two dead at the least, or the victims
# a "double" or "triple" one tells and the killer.
_MURDER_SUICIDE = compiled(r"\bmurders?[-\s]suicides?\b", re.IGNORECASE)
_VICTIMS = {"double": 2, "triple": 3, "quadruple": 4}
_SO_MANY = compiled(rf"\b({'|'.join(_VICTIMS)})\s+$", re.IGNORECASE)
_SO_MANY_REACH = max(map(len, _VICTIMS)) + 2  # the word and the space before "murder-suicide"


def inferred_killed(findings: Iterable[Casualty], text: str) -> Casualty | None:
    """One killed, when the story tells of a death ("a fatal shooting") but never counts the dead;
    when the death it tells is a murder-suicide, its victims and the killer, if the story counts
    fewer dead than that: two ("a murder-suicide ... the daughter died"), three of a "double"
    one.

    The finding sits on the first uncounted death (the murder-suicide) and is marked
    ``inferred``.
    """
    mentions = [f for f in findings if f.kind == "killed"]
    both = next((f for f in mentions if f.count is None and _MURDER_SUICIDE.search(f.text)), None)
    if both is not None:
        victims = _SO_MANY.search(text, max(0, both.span.start - _SO_MANY_REACH), both.span.start)
        dead = 1 + (_VICTIMS[victims.group(1).lower()] if victims else 1)
        if (document_figures(mentions, text).get("killed") or 0) < dead:
            return Casualty(
                span=both.span, text=both.text, count=dead, kind="killed", inferred=True
            )
    if any(f.count is not None for f in mentions):
        return None
    uncounted = next((f for f in mentions if f.lower == 1 and f.upper is None), None)
    if uncounted is None:
        return None
    return Casualty(span=uncounted.span, text=uncounted.text, count=1, kind="killed", inferred=True)


def inferred_injured(findings: Iterable[Casualty], text: str) -> Casualty | None:
    """People shot but not killed, when the story gives no count of the wounded itself.

    The dead are the story's figure of them (:func:`document_figures`), not its largest single
    count: "Ann Roe was killed along with Jim Doe ... Both were shot" leaves no one wounded.
    People shot besides those told dead before them ("one man was killed and three others were
    shot", "a woman was also shot") hold only the dead told after them, and people told shot as
    one more ("another man was shot", "a second officer was shot") are none of the dead. The
    finding sits on the largest "shot" mention and is marked ``inferred``.
    """
    mentions = list(findings)
    shot = _largest(mentions, "shot")
    if shot is None:
        return None
    injured = _largest(mentions, "injured")
    dead = document_figures(mentions, text).get("killed") or 0
    shot_count = shot.count or 0
    if any(_besides(f) or _ALONG_WITH.match(f.text) for f in mentions if f.kind == "shot"):
        sums = [
            added for kind, added in _side_by_side(apart(mentions, text), text) if kind == "shot"
        ]
        shot_count = max((shot_count, *sums))
    if _besides_the_dead(shot, mentions):
        first = min(
            f.span.start for f in mentions if f.kind == "shot" and f.span.end == shot.span.end
        )
        dead -= _dead_just_before(mentions, first)
    if any(
        f.kind == "injured" and f.count == 0 and not (f.subset or _OTHERS.search(f.text))
        for f in mentions
    ):
        return None  # the story says outright that no one was hurt (not "no one else", not
        # "none of the children")
    remainder = max(shot_count - max(0, dead), _one_more_shot(mentions))
    if remainder <= (injured.count or 0 if injured else 0):
        return None
    return Casualty(
        span=shot.span,
        text=shot.text,
        count=remainder,
        kind="injured",
        victims=shot.victims,
        inferred=True,
    )


#: One person more besides those told before: "another man", "a second officer".
ONE_MORE = compiled(r"(?:another|an?\s+(?:second|third|fourth|fifth))\b", re.IGNORECASE)


def _one_more_shot(mentions: Iterable[Casualty]) -> int:
    """The largest count of people told shot as more besides those before them ("another man
    was shot", "a second officer was shot"): none of them is among the story's dead."""
    return max(
        (
            f.count or 0
            for f in mentions
            if f.kind == "shot" and not f.subset and ONE_MORE.match(f.text) is not None
        ),
        default=0,
    )


# People told besides others already counted: "three others were shot", "a woman was also shot".
_ALSO = compiled(r"\balso\b", re.IGNORECASE)
# How far before people told "besides" the dead they are besides are told: the sentence before.
_BESIDES_REACH = 250


def _besides(finding: Casualty) -> bool:
    """Whether ``finding`` opens a group of people besides those told before it: "three others",
    "two other men", "a woman ... also" (not "the other woman", "he was also shot")."""
    return _NEW_GROUP.match(finding.text) is not None and (
        _OTHERS.search(finding.text) is not None or _ALSO.search(finding.text) is not None
    )


def _besides_the_dead(shot: Casualty, mentions: Iterable[Casualty]) -> bool:
    """Whether the count of people ``shot`` is of people besides those told before it: its own
    words say so, or, for the sum of a list, the list is told "also" ("a woman and two other
    men were also shot"); a list without it holds the people it names ("Garcia and three other
    people had been shot", Garcia among the dead)."""
    if not shot.inferred:
        return _besides(shot)
    members = [
        f for f in mentions if f.kind == "shot" and f.span.end == shot.span.end and not f.inferred
    ]
    return any(_besides(f) and _ALSO.search(f.text) for f in members)


def _dead_just_before(findings: Iterable[Casualty], at: int) -> int:
    """The largest number of dead told just before offset ``at`` (an uncounted death is one)."""
    return max(
        (
            f.count if f.count is not None else f.lower or 0
            for f in findings
            if f.kind == "killed" and at - _BESIDES_REACH <= f.span.end <= at and not f.past
        ),
        default=0,
    )


def with_the_attacker(findings: Iterable[Casualty], text: str) -> Casualty | None:
    """The largest count of the dead plus one, when the attacker then killed himself.

    His death is told right after a count of the dead: the whole toll, or the last group of a
    list ("killed his wife and two children, then ..."), whose sum is the toll. The finding sits
    on the toll's mention and is marked ``inferred``.
    """
    dead = [f for f in findings if f.kind == "killed" and not f.past]
    if any(SELF.search(f.text) for f in dead):
        return None  # "before killing himself" was read as a death of its own, in the toll
    if any(f.inferred and _MURDER_SUICIDE.search(f.text) for f in dead):
        return None  # the dead of a murder-suicide (inferred_killed) count him already
    last = next((f for f in reversed(dead) if _THEN_HIMSELF.match(text, f.span.end)), None)
    if last is None:
        return None
    then = _THEN_HIMSELF.match(text, last.span.end)
    if then is None or _HOLDS_HIM.search(then.group()) or _HOLDS_HIM.search(last.text):
        return None
    killed = _largest(dead, "killed")
    if killed is None or killed.subset or killed.count == 0:
        return None
    return Casualty(
        span=killed.span,
        text=killed.text,
        count=(killed.count or 0) + 1,
        kind="killed",
        victims=killed.victims,
        inferred=True,
    )


def _opens_a_group(finding: Casualty, text: str) -> bool:
    """Whether ``finding`` counts people not met before: "a woman", "two others", "Ann Cole"
    after "and" (a name after a bare comma is the one before told again)."""
    if _NEW_GROUP.match(finding.text):
        return True
    return _FULL_NAME.match(finding.text) is not None and (
        _AND.search(text, max(0, finding.span.start - 6), finding.span.start) is not None
    )


# People counted with those before them: "was killed along with Jane Roe", "as well as his wife".
_ALONG_WITH = compiled(r"(?:(?:along|together)\s+with|as\s+well\s+as)\s", re.IGNORECASE)
# What may stand between a count and the people "along with" it: a short phrase on one line,
# not a clause of its own ("was killed and, along with his brother, was buried").
_NEAR = compiled(r"(?:(?!\band\b)[^.;:!?\n]){0,40}?,?[^\S\n]*$", re.IGNORECASE)


def _joined_by(before: Casualty, after: Casualty, text: str) -> bool:
    """Whether ``after`` is written as people besides ``before``: a new group after "and" or a
    comma ("a man was shot in the leg and a woman was grazed"), or anyone "along with" them."""
    if _ALONG_WITH.match(after.text):
        return _NEAR.fullmatch(text, before.span.end, after.span.start) is not None
    return _JOINED.fullmatch(
        text, before.span.end, after.span.start
    ) is not None and _opens_a_group(after, text)


def _told_again(before: Casualty, after: Casualty) -> bool:
    """Whether ``after`` repeats ``before``: the same number in the same words, give or take
    a verb, as when a headline runs into the lead that tells it again ("two women shot,
    family saysOn Sunday, two women were shot ...")."""
    if after.count != before.count:
        return False
    first, second = set(_WORD.findall(before.text.lower())), set(_WORD.findall(after.text.lower()))
    return first <= second or second <= first


def _a_part_of(before: Casualty, after: Casualty, so_far: int) -> bool:
    """Whether ``after`` tells how some of the ``so_far`` people counted up to ``before`` are
    doing: "four people were hurt and one was left in critical condition", "all seven were
    taken to a hospital, one in critical condition", "of the ten men and two women who were
    wounded, five were taken to a hospital". A bare number after parts told alike adds up ("one is
    in critical condition and one in stable condition"), so ``before`` must name its people."""
    return (
        (after.count or 0) < so_far
        and _SOME_OF_THEM.match(after.text) is not None
        and _SOME_OF_THEM.match(before.text) is None
    )


# Nothing but the join of a list between two counts: "a woman and five of her children", "his
# mother, stepfather and eight others".
_LIST_JOIN = compiled(r"(?:\s*,\s*|\s*,?\s+and\s+)(?:then\s+)?", re.IGNORECASE)
# A count told in a clause of its own rather than as a group of a list: it opens with its harm
# verb ("... and injured five others") or closes with its harm ("Tracey Morgan was murdered and
# ...").
_OPENS_WITH_HARM = compiled(
    rf"(?:{phrase_trie((*(p for ps in HARM_ACTIONS.values() for p in ps), 'left', 'leaving'))})\b",
    re.IGNORECASE,
)
_CLOSES_WITH_HARM = compiled(
    rf"\b(?:{phrase_trie((*(p for t in (HARM_STATES, LEFT_STATES) for ps in t.values() for p in ps), *HOSPITAL_NOUNS, *WOUND_NOUNS, 'condition'))})$",
    re.IGNORECASE,
)


def _one_list(before: Casualty, after: Casualty, text: str) -> bool:
    """Whether ``before`` and ``after`` are groups of one list: only a list's join stands
    between them, and neither is a clause of its own."""
    return (
        _LIST_JOIN.fullmatch(text, before.span.end, after.span.start) is not None
        and _OPENS_WITH_HARM.match(after.text) is None
        and _CLOSES_WITH_HARM.search(before.text) is None
    )


def _side_by_side(findings: Iterable[Casualty], text: str) -> Iterator[tuple[str, int]]:
    """Each run of counts of one kind written side by side, as its kind and sum.

    The groups of one list ("killed his wife and son", "a man, a woman and a boy were hurt")
    are the extractor's own reading of different people, so there the second need not open a
    new group by its words. A list is read within its kind, across the findings of another kind
    read from the same words ("the deaths of a pastor, his wife and their three children").
    """
    counted = sorted(
        (f for f in findings if f.count is not None and not (f.subset or f.inferred)),
        key=lambda f: f.span.start,
    )

    def joined(before: Casualty, after: Casualty, run: int) -> bool:
        return (
            before.kind == after.kind
            and before.span.end <= after.span.start
            and _joined_by(before, after, text)
            and not _told_again(before, after)
            and not _a_part_of(before, after, run or before.count or 0)
        )

    yield from _runs(counted, joined, text)
    groups = [f for f in findings if f.count is not None and not f.inferred]
    groups = sorted(filter(_a_toll_of_its_own, groups), key=lambda f: f.span.start)
    for kind in dict.fromkeys(f.kind for f in groups):
        # a part of a group ("a man and four of his seven children") is a group of the list too
        yield from _runs(
            [f for f in groups if f.kind == kind],
            lambda before, after, _: (
                before.span.end <= after.span.start and _one_list(before, after, text)
            ),
            text,
        )


def _runs(
    counted: list[Casualty], joined: Callable[[Casualty, Casualty, int], bool], text: str
) -> Iterator[tuple[str, int]]:
    """The kind and sum of each run of ``counted`` findings whose neighbours are ``joined``
    (told the running sum so far); a run that opens on a count its other groups spell out is
    that count (see :func:`_spelled_out`)."""
    run: list[Casualty] = []
    for before, after in pairwise(counted):
        if joined(before, after, sum(f.count or 0 for f in run)):
            run = [*(run or [before]), after]
        elif run:
            yield before.kind, _sum(run, text)
            run = []
    if run:
        yield counted[-1].kind, _sum(run, text)


# Nothing but a comma between a count and the groups that spell it out.
_APPOSITION = compiled(r"\s*,\s*")
# A list's join inside one group: single people listed as one item ("a man and a woman").
_JOIN_INSIDE = compiled(r",|\band\b", re.IGNORECASE)
# A count of people told by a word that covers any of them, as a count spelled out next is:
# "three others", "two other gunshot victims", "five people" (not "four men, one woman and
# three children", a list of three groups).
_ANYONE = compiled(r"\b(?:others?|people|persons|victims|individuals)\b", re.IGNORECASE)


def _sum(run: list[Casualty], text: str) -> int:
    """The number of people in ``run``: the sum of its counts, or its first count when the others
    only spell it out."""
    total = sum(f.count or 0 for f in run)
    return run[0].count or 0 if _spelled_out(run, text) else total


def _spelled_out(run: list[Casualty], text: str) -> bool:
    """Whether the groups after a count are its people told again in apposition: "Three others,
    an 18-year-old woman and two men, were treated for wounds" is three, not six. Only a comma
    stands between the count and the groups, the count's people are told by a word that covers
    anyone ("others", "people", "victims"), the groups are a list (one group after a comma is a
    group besides: "2 adults, 2 children killed", unless it is single people listed as one item:
    "two others, a man and a woman, were hurt"), and they add up to the count."""
    first, second = run[0], run[1]
    return (
        (len(run) > 2 or _JOIN_INSIDE.search(text, second.span.start, second.span.end) is not None)
        and _APPOSITION.fullmatch(text, first.span.end, second.span.start) is not None
        and _ANYONE.search(text, first.span.start, first.span.end) is not None
        and sum(f.count or 0 for f in run[1:]) == first.count
    )


# A whole group told again ("All four victims were taken to a hospital", "both suffered gunshot
# wounds"), in words that tell of wounds or care, not of surviving.
_WHOLE_GROUP = compiled(r"(?:all|both|each)\b", re.IGNORECASE)
_CARED_FOR = compiled(
    r"\b(?:hospitals?|medical\s+cent(?:er|re)|condition|wounds?|injury|injuries)\b", re.IGNORECASE
)


def _less_the_dead(findings: list[Casualty], dead: int) -> list[Casualty]:
    """The findings with each whole group's wounds or hospital trip counted less the story's
    ``dead``.

    "Two were killed ... All four victims were taken to a hospital" tells of two wounded: the
    group told again holds its dead, as a count of people shot does. So does a count of people
    taken to hospital that is the story's count of the wounded and its dead together: "One man
    died and three others were injured ... Four men were rushed to the hospital" (the dead died
    there), unless told as people besides ("four others were hospitalized").
    """
    if not dead:
        return findings
    wounded = max(
        (
            f.count
            for f in findings
            if f.kind == "injured" and f.count and not f.subset and _HURT.search(f.text)
        ),
        default=0,
    )
    return [
        evolve(f, count=max(0, f.count - dead))
        if f.kind == "injured"
        and f.count
        and (
            (_WHOLE_GROUP.match(f.text) and _CARED_FOR.search(f.text))
            or (wounded and f.count == wounded + dead and _taken_to_hospital(f))
        )
        else f
        for f in findings
    ]


# The words of a wound, and of a trip to hospital.
_HURT = compiled(r"\b(?:injur\w*|wound\w*|hurt|grazed?)\b", re.IGNORECASE)
_HOSPITAL = compiled(r"\b(?:hospitali[sz]ed|hospitals?|medical\s+cent(?:er|re))\b", re.IGNORECASE)
_BESIDES = compiled(r"\b(?:other|others|another|else|more)\b", re.IGNORECASE)


def _taken_to_hospital(finding: Casualty) -> bool:
    """Whether ``finding`` counts people by their trip to hospital alone, not by a wound and not
    as people besides others ("Four men were rushed to the hospital", "sends seven to hospital")."""
    text = finding.text
    return (
        _HOSPITAL.search(text) is not None
        and _HURT.search(text) is None
        and _BESIDES.search(text) is None
    )


# A part that names the group it is of ("one of them", "two of the victims"), not a part of the
# dead ("one of the dead", "one of those killed"), whose death is counted already.
_PART_OF_A_GROUP = compiled(
    r"\S+\s+of\s+(?!(?:the\s+|those\s+)?(?:dead|killed|deceased|slain|fatalities)\b)",
    re.IGNORECASE,
)


def _died_among_the_wounded(findings: list[Casualty], figures: dict[str, int | None]) -> int:
    """How many of the story's wounded it tells died: "Four people were injured ... One of the
    men later died" is three wounded and one dead.

    Each part of a group told dead ("one of them died", "one of the victims was killed") whose
    nearest count before it is of the wounded is of those wounded, when no death is counted
    before it ("1 killed, 3 wounded ... one of the victims died at the hospital" tells the dead
    again), such parts are all the story's dead, and the story does not tell its count of the
    wounded again after them (then it counts the dead among the hurt).
    """
    parts = [
        f
        for f in findings
        if f.kind == "killed"
        and f.subset
        and f.count
        and _DETAIL.match(f.text) is None
        and _PART_OF_A_GROUP.match(f.text) is not None
    ]
    if not parts:
        return 0
    counted = sorted(
        (
            f
            for f in findings
            if f.count is not None
            and not (f.subset or f.inferred)
            and f.kind in ("killed", "shot", "injured")
            and not SELF.search(f.text)
        ),
        key=lambda f: f.span.start,
    )
    died = 0
    for part in parts:
        before = [f for f in counted if f.span.end <= part.span.start]
        if before and before[-1].kind == "injured" and all(f.kind != "killed" for f in before):
            died += part.count or 0
    wounded = figures.get("injured") or 0
    if not died or died != figures.get("killed") or died >= wounded:
        return 0
    if any(
        f.kind == "injured" and f.count == wounded and f.span.start >= parts[-1].span.end
        for f in counted
    ):
        return 0  # "... four of them died overnight. Nine people were hurt": told again after
    return died


def _less_the_hurt_told_dead(mentions: list[Casualty]) -> list[Casualty]:
    """The mentions less each one person told hurt within the words that tell one death: "A
    woman who was wounded in the shooting has died", "The injured person was declared deceased
    at the hospital" tell one death and no wound."""
    dead = [f.span for f in mentions if f.kind == "killed" and f.count == 1 and not f.inferred]
    if not dead:
        return mentions
    return [
        f
        for f in mentions
        if not (
            f.kind == "injured"
            and f.count == 1
            and not f.inferred
            and any(d.start <= f.span.start and f.span.end <= d.end for d in dead)
        )
    ]


def story_mentions(findings: Iterable[Casualty], text: str) -> list[Casualty]:
    """The mentions of ``text`` that tell of the story's own event: those not marked ``past``,
    or all of them when every one is past (the story is about that earlier event); and of
    those, not the ones summed over several incidents (a city's roundup, see
    :mod:`.roundups`), unless they are all the story counts."""
    every = list(findings)
    own = [f for f in every if not f.past] or every
    return [f for f in own if not over_several_incidents(f, text)] or own


def document_figures(findings: Iterable[Casualty], text: str) -> dict[str, int | None]:
    """Per kind among ``findings`` (the casualty mentions of ``text``), the story's figure: an
    exact count, or None when the kind is only told vaguely ("dozens were hurt").

    The figure is the largest count, or the sum of counts written side by side when that is
    larger (see the module notes). Mentions marked ``past`` (background: "three were injured
    last year") are not the story's event and count only when every mention is past, that is
    when the story is about them; so are tallies over several incidents ("seven were wounded in
    shootings from Sunday to Monday"). This is the one rule for a story's figures: both
    ``Document.casualty_totals`` and the document-level scores of ``newsparse evaluate`` use it.
    """
    mentions = _less_the_hurt_told_dead(story_mentions(apart(findings, text), text))
    dead = _figures(mentions, text).get("killed")
    figures = _figures(_less_the_dead(mentions, dead or 0), text)
    died = _died_among_the_wounded(mentions, figures)
    if died:
        figures["injured"] = (figures["injured"] or 0) - died
    return figures


def _figures(mentions: list[Casualty], text: str) -> dict[str, int | None]:
    """Per kind, the largest count or the larger sum of counts side by side."""
    totals: dict[str, int | None] = {}
    for kind in dict.fromkeys(f.kind for f in mentions):  # each kind once, in story order
        largest = _largest(mentions, kind, _a_toll_of_its_own)
        totals[kind] = largest.count if largest is not None else None
    for kind, added in _side_by_side(mentions, text):
        totals[kind] = max(added, totals.get(kind) or 0)
    return totals


def casualty_totals(document: Document) -> Mapping[str, int | None]:
    """Per kind found in ``document``, its figure (see :func:`document_figures`)."""
    return document_figures(document.casualties, document.text)
