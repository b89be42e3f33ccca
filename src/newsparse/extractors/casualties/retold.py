"""One person's death told again: "the killing of Soleimani", "Floyd's death", "his death".

A story tells a killing once with its harm ("Qassem Soleimani was killed in a drone strike",
"he was gunned down", "Floyd, who died after an officer knelt on his neck") and names it
again by a noun of the death and whose it was. Such a noun is a killing of one only where the
story tells that very person killed: "Pinochet died ... Pinochet's death" is no killing, nor
is a death the story gives no violent cause. So the story's victims are read first, from the
killings of one already found and the deaths the story tells with their harm
(:meth:`Names.died_of_harm`), and each death noun is tied to one of them: by the name it
holds, by its pronoun's antecedent (the last known name of its sentence, or the one person
the sentence before names), or by the kin words the killing named ("killed his brother" ...
"his older brother's death", read as "his brother"), or, for a noun a description of a person
or kin no killing named owns ("the ex-spy's death", "the young boy's murder", "her husband's
death"), by the story counting someone killed with a cause at all: the guidelines read such a
noun as pointing back to a victim the story has counted. The death is one event wherever the
story tells its harm, so the noun counts before the killing is told as well as after ("the
death of George Floyd" in a lead, "Floyd ... died after an officer knelt on his neck" lower
down).

The same victims settle a wound told of one of them: "he was shot" of a victim is a killing,
and so is "Slepian, 52, was shot" where only a pronoun told Slepian killed ("Dr. Barnett
Slepian ... when he was gunned down"): one death told twice, not a death and a wound.

The words that follow a name do not matter: a name ends the person it names ("the killing of
Soleimani “at a time ...”", "the death of George Floyd grew"), so no end of phrase is asked of
it, as the extractor's rules ask of a common noun.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable

from attrs import evolve, frozen

from newsparse._data.adjective_words import ADJECTIVES
from newsparse._data.casualty_words import ACCUSED_OPENERS, CORPSE_WORDS
from newsparse._data.harm_act_nouns import HARM_ACT_NOUNS
from newsparse._data.manner_adverb_words import MANNER_ADVERBS
from newsparse._data.past_form_words import PAST_FORMS
from newsparse._data.reporting_verbs import CUE_VERBS
from newsparse.extractors.casualties.bodies import INSIDE, NOT_A_CORPSE
from newsparse.extractors.casualties.events import DIED, supposed
from newsparse.extractors.casualties.gates import NEGATION_REACH, PREVENTED
from newsparse.extractors.casualties.grammar import TITLE
from newsparse.extractors.casualties.names import Names
from newsparse.extractors.casualties.people import is_owned_person
from newsparse.extractors.casualties.suicides import tells_a_suicide
from newsparse.findings import Casualty
from newsparse.patterns import phrase_trie, word_trie
from newsparse.regex_cache import compiled

# The nouns of a death, and of what it leaves ("Howes' remains", "the remains of Christopher
# Howes"): a killing only of a person the story tells killed, as any death noun here.
_NOUN_WORDS = (
    "death",
    "killing",
    "murder",
    "slaying",
    "assassination",
    "execution",
    "shooting",
    "remains",
)
_NOUN = compiled(
    rf"\b(?:{'|'.join(_NOUN_WORDS)})"
    # a death noun that modifies another noun names a charge, a trial or a rule, not the death
    # ("shooting" in "the shooting death of" leaves the death to "death")
    r"(?![\w'’-]|\s+(?:rates?|convictions?|charges?|trials?|cases?|suspects?|investigations?|"
    r"counts?|warrants?|records?|sentences?|inquiry|probe|penalty|row|threats?|plots?|spree|"
    r"deaths?)\b)"
)
# A capitalised word with a small letter (not "U.S."), no possessive: "Floyd", "O'Brien".
_CAPITAL_WORD = r"(?:[A-Z]['’])?[A-Z][\w-]*[a-z][\w-]*"
_NAME = rf"{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{0,3}}"
# The death of a named person: "the killing of Soleimani", "the slaying of Dr. Barnett Slepian",
# the name after the kin or role that tells whose they were ("the death of their mother Diana");
# not of one who is another's ("the death of Floyd's brother").
_OF_NAME = compiled(
    rf"\s+of\s+(?:(?:his|her|their)\s+(?:[a-z-]+\s+){{1,2}})?(?:{TITLE})?(?P<name>{_NAME})"
    r"(?![\w'’-])"
)
# A description of the named after the death noun that tells the death itself, the words the
# finding then spans: "the death of [George Floyd, a black man who died] after ...".
_WHO_DIED = compiled(r",\s+(?:a|an)\s+[^,.;:!?]{1,60}?\bwho\s+(?:died|was\s+killed)\b")
# Whose death, read back from the noun: "George Floyd's death", "Slepian's shooting", "his
# death", "his brother's death"; the death may close a pair of things of theirs ("his trial and
# execution").
_OWNER = compiled(
    rf"(?:\b(?P<name>{_NAME})(?:['’]s|(?<=s)['’])|\b(?P<pronoun>(?i:his|her))"
    rf"|\b(?P<kin>(?i:his|her|their)\s+(?:[a-z]+\s+)?[a-z]+)['’]s"
    rf"|\b[Tt]he\s+(?:[\w-]+\s+){{0,3}}?(?P<description>[a-z][\w-]*)['’]s)(?:\s+[a-z]+\s+and)?\s+$"
)
# A death told again by a bare singular noun after "the" ("this", "that", or a possessive
# pronoun: "his death") and at most two adjectives ("the killing", "the brutal murder", "the
# fatal shooting"), then a stop, a verb in -ed, a preposition, an auxiliary or an article ("the
# killing, saying", "the death was ruled", "the murder shocked", "the killing in Gaza", "ruled
# her death a homicide"); not a noun it modifies ("the murder weapon") nor an "of" that names whose it was,
# which the rules of the owned nouns read. Not "the body": as often the living body a wound is
# in ("shot in the upper body"), or another's found after the killing told, as its victim's.
# The nouns are WordNet's acts of the killing verbs that have a plural (so a count noun, not a
# gerund: "the execution", "the lynching", "the strangulation"; see :mod:`.wordnet_acts`), less
# those whose first sense kills no one person (WordNet: a massacre is "the killing of many
# people", a slaughter "the killing of animals"), and the nouns of a killing no killing verb
# derives ("homicide", "assassination", "beheading").
_ACTS_OF_KILLING = HARM_ACT_NOUNS["killed"]
_OF_NO_ONE_PERSON = frozenset({"massacre", "slaughter"})
_DEATH_NOUNS = (
    *(
        noun
        for noun in _ACTS_OF_KILLING
        if f"{noun}s" in _ACTS_OF_KILLING and noun not in _OF_NO_ONE_PERSON
    ),
    "assassination",
    "beheading",
    "homicide",
)
# Read only where the story tells no one shot or wounded: a shooting that wounded others is no
# one victim's death.
_WOUNDING_NOUNS = ("shooting", "stabbing", "beating")
# The nouns of each harm that may point back to its one victim: of one wounded only where no
# one is killed, and not "the shooting", whose wounded are "shot".
_BACK_WORDS = {
    "killed": _DEATH_NOUNS + _WOUNDING_NOUNS,
    "arrested": ("arrest",),
    "kidnapped": ("kidnapping", "abduction"),
    "injured": _WOUNDING_NOUNS[1:],
}
# The nouns read after "latest" where a harm is a toll of several: not the wounding nouns (a
# latest shooting may be of many); a harm not listed keeps all of its nouns.
_SERIES = {"killed": _DEATH_NOUNS}
_LATEST = "latest"
# A killing of one told as another's than one told before: "A second guard was killed".
_ANOTHER = compiled(r"\b(?:another|second|third|other)\b", re.IGNORECASE)
_BARE_REACH = 40  # characters before the noun: "the" and its adjectives
_BARE_BEFORE = compiled(
    r"(?<![\w'’-])(?:the|this|that|(?P<owner>his|her))\s+"
    r"(?P<words>(?:(?!(?:th(?:e|is|at)|his|her)\s)[a-z-]+\s+){0,2})$"
)
_BARE_AFTER = compiled(
    r"(?:\s*[,.;:!?\"”’)—–]|\s+--|\s+(?:[a-z]+ed|was|is|has|had|have|will|would|could|came|comes|took|"
    r"happened|in|on|at|as|and|but|that|which|with|by|from|for|to|near|outside|inside|after|"
    r"before|during|late|last|earlier|along|alongside|into|under|behind|beside|back|"
    # an article opens the next phrase: no compound noun holds one ("ruled his death a homicide")
    r"an?)\b)"
)
_NEXT_WORD = compiled(r"\s+([a-z]+)\b")
_PREPOSITION_REACH = 12  # characters before "the"
_PREPOSITION_BEFORE = compiled(
    r"\b(?:after|before|since|in|of|to|for|over|at|on|by|with|from|during|following|about|"
    r"into|until|behind|against)\s+$"
)
_WOUNDS = ("shot", "injured")
_OWNER_REACH = 80  # characters before the noun
_OWNED = compiled(r"(?:['’]s?|\bhis|\bher|\band)\s+$")  # in the lower-cased text
# Findings that tell a death with no cause, which makes no one a victim ("Pinochet died",
# "Floyd's death", "his brother dying"); not "stabbed to death".
_NO_CAUSE = compiled(rf"(?:{DIED}|\bdying|(?:['’]s?|\bhis|\bher)\s+death)$", re.IGNORECASE)
# A body or remains tells a death but not its cause ("the body of former President Gerald Ford
# will be flown to the capital"): it makes no one a victim.
_CORPSE = compiled(rf"\b(?:{'|'.join(CORPSE_WORDS)})\b", re.IGNORECASE)
# A pronoun as the subject of the harm: "he was shot". Not an object ("Glenn opened fire,
# striking him"): the name before it in the sentence is as often the shooter's.
_PRONOUN = compiled(r"^(?:he|she)\b", re.IGNORECASE)
# A kin or role word a killing names after a possessive: "killed his brother" -> "his brother".
_KIN_AT_END = compiled(r"\b(?:his|her|their)\s+(?:[a-z]+\s+)?[a-z]+$", re.IGNORECASE)
_END_REACH = 40  # characters: the words a finding ends in, read for its kin or its lack of cause
_CAPITAL = compiled(r"(?<![\w'’-])[A-Z][\w'’-]*")
_GIVEN_BEFORE = compiled(r"(?<![\w'’-])[A-Z][a-z'’-]+\s+$")  # "Barnett " before "Slepian"
_WORD_CHAR = compiled(r"[\w'’-]")
_SENTENCE_REACH = 400  # characters read back for the opening of a sentence
_SENTENCE_END = compiled(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.!?]['’\"”]?\s+(?=[\"“‘'A-Z])|\n")


def told_again(
    text: str,
    lower: str,
    findings: list[Casualty],
    names: Names,
    past: list[Casualty],
) -> list[Casualty]:
    """``findings`` (of ``text``, lower-cased in ``lower``) with each victim's death told again
    added as a killing of one, and a shot or wounded victim counted killed (see the module).

    The ``past`` findings, of background sentences, tell victims too, and their words are not
    read again. A death told prevented, wished or only tried in the words just before it
    ("praying for his death", "foiled an attempt on Vos's murder") is none.
    """
    kept = _owned_told_again(text, lower, findings, names, past)
    return _ones_pointed_back(text, lower, _pointed_back(text, lower, kept, names, past), past)


def _owned_told_again(
    text: str,
    lower: str,
    findings: list[Casualty],
    names: Names,
    past: Iterable[Casualty],
) -> list[Casualty]:
    """``findings`` with each death noun whose owner is a victim added (see :func:`told_again`)."""
    killings = [f for f in (*findings, *past) if f.kind == "killed" and f.count == 1]
    # with no killing of one, the victims can only be those whose death the story tells with
    # its harm, and their deaths told again are read only where a death noun stands
    deaths = None if killings else _deaths_told(text, lower)
    if deaths == []:
        return findings
    story = _Story(text, names)
    named, by_pronoun, kin, counted = _victims(story, killings)
    if not named and not by_pronoun and not kin and not counted:
        return findings
    if deaths is None:
        deaths = _deaths_told(text, lower)
    dead = named | by_pronoun
    kept = [_as_killed(story, f, dead, by_pronoun) for f in findings]
    taken = sorted((f.span.start, f.span.end) for f in (*kept, *past))
    longest = max((end - start for start, end in taken), default=0)
    for death in deaths:
        start, end = death.start, death.end
        if not _of_a_victim(story, death, dead, kin, counted=counted) or _overlaps(
            taken, start, end, longest
        ):
            continue
        if PREVENTED.search(text, max(0, start - NEGATION_REACH), start):
            continue
        if not supposed(lower, _sentence_start(text, start)):
            insort(taken, (start, end))
            longest = max(longest, end - start)
            kept.append(Casualty.at(text, start, end, count=1, kind="killed"))
    return kept


# The victims' names, or kin words.
_Victims = set[str]


def _victims(
    story: _Story, killings: Iterable[Casualty]
) -> tuple[_Victims, _Victims, _Victims, bool]:
    """Who the story tells killed with a cause: the names its ``killings`` of one hold and those
    whose death it tells with its harm, the names in full their pronouns stand for, the kin
    words they end in ("his brother"), and whether it counts any one person killed with a cause
    at all ("One militant was killed"), whom a description may point back to."""
    named: _Victims = set(story.names.died_of_harm())
    by_pronoun: _Victims = set()
    kin: _Victims = set()
    counted = False
    for f in killings:
        if not _with_a_cause(f):
            continue
        counted = True
        held = story.names.named_in(f.text) if _CAPITAL.search(f.text) else frozenset()
        if held:
            told = named
        elif _PRONOUN.match(f.text):
            held = story.antecedent(f.span.start, in_full=True)
            told = by_pronoun
        elif (owner := _KIN_AT_END.search(f.text, max(0, len(f.text) - _END_REACH))) is not None:
            held = frozenset([_kin(owner.group())])
            told = kin
        else:
            continue
        told.update(held)
    return named, by_pronoun - named, kin, counted


def _with_a_cause(killing: Casualty) -> bool:
    """Whether ``killing`` tells a death with its cause: not "Pinochet died", not a body."""
    text = killing.text
    return not (_NO_CAUSE.search(text, max(0, len(text) - _END_REACH)) or _CORPSE.search(text))


def _pointed_back(
    text: str, lower: str, findings: list[Casualty], names: Names, past: list[Casualty]
) -> list[Casualty]:
    """``findings`` with each bare singular harm noun after the story's one victim of that harm
    ("the killing", "the brutal murder", "the arrest", "the kidnapping") added as that harm
    told again, and each "latest" one ("the latest killing") as one more victim of a toll.

    The guidelines read such a noun as a mention of the victim it points back to, and a
    singular one as a count of one; so it counts only where the story, up to the noun, has
    counted one person harmed so and no other of its own (background harms, ``past``, are
    another event's): a noun after several deaths, a toll, two named victims or "another" one
    killed has no one victim to point to, and one after anyone told shot or wounded leaves "the
    shooting", "the stabbing" or "the beating" none of its dead; where the story tells no one
    killed, these are its one wounded person's ("the beating" of "he was beaten up"). What the
    story tells only after the noun (a background killing lower down) is not what it points
    back to; but where its first telling of the harm is of its one victim, a noun before it
    points ahead to that victim ("Details of the slaying emerged ... he was declared dead").
    "The latest" tells a single one of a series whatever the toll. A possessive pronoun points
    back as "the" does ("resulting in her death"), whoever its antecedent is read to be, as
    the story has one victim; not in a story that tells a suicide ("His death was ruled a
    suicide"), and of a killing only ("his arrest" is as often one of a suspect's record). A
    noun of several ("the double homicide", "the mass shooting") is none. The noun is the
    harm's own,
    not a thing's of it ("the murder weapon", "the arrest warrant"): the words after it are a
    stop, a verb, a preposition, an article or an adverb of manner, and the words before it,
    after "the", only adjectives or capitalised words of the place, day or person ("the Hebron
    killing", "the Wednesday slaying").
    """
    if not findings:
        return findings
    taken = sorted((f.span.start, f.span.end) for f in (*findings, *past))  # past words too
    longest = max(end - start for start, end in taken)
    added: list[Casualty] = []
    # "his death" is no one victim's beside a suicide; "his arrest" as often a record's
    owned = not tells_a_suicide(lower)
    for harm in _told_harms(text, findings, names):
        for word in harm.words:
            at = lower.find(word, 0 if harm.told_ahead else harm.first)
            while at >= 0:
                end = at + len(word)
                latest_only = harm.latest_only(word, at)
                the = (
                    None
                    if latest_only is None
                    else _BARE_BEFORE.search(lower, max(0, at - _BARE_REACH), at)
                )
                if (
                    the is not None
                    and text[at].islower()  # not a name's word ("the HPD Homicide Division")
                    and (not the["owner"] or (owned and harm.kind == "killed" and not latest_only))
                    and (not latest_only or _LATEST in the["words"])
                    and _modifiers(text, the)
                    and _followed(lower, the.start(), end)
                    and not _overlaps(taken, the.start(), end, longest)
                    and not PREVENTED.search(text, max(0, the.start() - NEGATION_REACH), at)
                    and not supposed(lower, _sentence_start(text, at))
                ):
                    added.append(Casualty.at(text, the.start(), end, count=1, kind=harm.kind))
                at = lower.find(word, end)
    return [*findings, *added] if added else findings


# A body pointed back to is a dead person's: after "the", no word or only its state ("the body",
# "the charred body", "the bullet-riddled body"), not an institution's adjective ("the world
# body", "the electoral body") nor "this body" (a legislature's own); not a body's own thing
# ("the body's"), nor a body that speaks ("The body urged electors to ...").
_BODY = "body"
_THE_BEFORE = compiled(r"(?<![\w'’-])the\s+(?P<words>(?:[a-z-]+\s+){0,2})$")
_SPOKEN = compiled(rf"\s+(?:{word_trie(CUE_VERBS)})\b")
_BODY_STATE = compiled(r"(?:[a-z]+(?:ed|en)|[a-z]+-[a-z]+|lifeless|naked|dead)$")
_OWNS = compiled(r"['’]s\b")
_INSIDE_REACH = 60  # characters before "the": "in", "into" and what the body is of
# The singular nouns for one person held, pointing back to a kidnapping told.
_HELD = ("hostage", "captive")


#: Each singular noun for one person harmed that points back to its harm, and the kind of harm
#: the story must tell before it.
_ONE_NOUNS = {_BODY: "killed", **dict.fromkeys(_HELD, "kidnapped")}


def _ones_pointed_back(
    text: str, lower: str, findings: list[Casualty], past: list[Casualty]
) -> list[Casualty]:
    """``findings`` with each singular noun for one person harmed that the story points back
    to after it tells that harm added as one person so harmed: "the body" after a killing
    ("police found the body in the river"), "the hostage" after a kidnapping.

    The guidelines read a singular noun for the dead as fixing its own count: "the body" is one
    killed, whether the story counts one victim or a toll it is part of; a person described by
    a harm the story tells is a mention of one. So any harm of the kind told before the noun
    will do (a killing with a cause); with none, "the body" is a living one's or an
    institution's, and "the hostage" a word of another story. A place in the body ("shot in the
    body") is a living one's, as :mod:`.bodies` reads it.
    """
    told = (*findings, *past)
    firsts: dict[str, int] = {}
    for f in told:
        if f.count != 0 and (f.kind != "killed" or _with_a_cause(f)):
            firsts[f.kind] = min(f.span.start, firsts.get(f.kind, f.span.start))
    nouns = [(word, kind) for word, kind in _ONE_NOUNS.items() if kind in firsts]
    if not nouns:
        return findings
    taken = sorted((f.span.start, f.span.end) for f in told)
    longest = max(end - start for start, end in taken)
    added: list[Casualty] = []
    for word, kind in nouns:
        at = lower.find(word, firsts[kind])
        while at >= 0:
            end = at + len(word)
            the = _THE_BEFORE.search(lower, max(0, at - _BARE_REACH), at)
            if (
                the is not None
                and text[at].islower()
                and not _OWNS.match(lower, end)
                and (_a_body(lower, the, end) if word == _BODY else not the["words"])
                and _followed(lower, the.start(), end)
                and not _overlaps(taken, the.start(), end, longest)
                and not PREVENTED.search(text, max(0, the.start() - NEGATION_REACH), at)
                and not supposed(lower, _sentence_start(text, at))
            ):
                added.append(Casualty.at(text, the.start(), end, count=1, kind=kind))
            at = lower.find(word, end)
    return [*findings, *added] if added else findings


def _a_body(lower: str, the: re.Match[str], end: int) -> bool:
    """Whether "body" after ``the`` up to ``end`` is a dead person's: only its state between
    (see :data:`_BODY_STATE`), no institution speaking, no thing of a body, no place in one."""
    return (
        all(_BODY_STATE.match(word) for word in the["words"].split())
        and not _SPOKEN.match(lower, end)
        and not NOT_A_CORPSE.match(lower, end)
        and not INSIDE.search(lower, max(0, the.start() - _INSIDE_REACH), the.start())
    )


_NEVER = 1 << 62  # an offset past any text's end


@frozen
class _ToldHarm:
    """One harm as the story tells it in order, for the nouns that point back to it: where it is
    ``first`` told, where one victim of it is first counted (``one_from``; for a killing, one
    told with a cause), where a telling of several or of another victim first stands
    (``one_until``), and, for a killing, where anyone is first told shot or wounded
    (``wounded_from``)."""

    kind: str
    words: tuple[str, ...]
    series: tuple[str, ...]
    first: int
    one_from: int
    one_until: int
    wounded_from: int

    @property
    def told_ahead(self) -> bool:
        """Whether the harm's first telling is of its one victim: then a noun before it points
        ahead to that victim ("Details of the slaying emerged ... he was declared dead"), as
        the guidelines read a victim's harm over the whole article."""
        return self.one_from == self.first

    def latest_only(self, word: str, at: int) -> bool | None:
        """Whether the noun ``word`` at ``at`` points back to one victim only as "the latest"
        of a series (True), to the one victim told before or, told ahead, after it (False), or
        to none (None)."""
        if at < self.first and self.told_ahead:
            # "the shooting" then: only where the story tells no one shot or hurt beside its dead
            wounded = word in _WOUNDING_NOUNS and self.wounded_from < self.one_until
            return None if wounded else False
        if at <= self.first:
            return None
        if self.one_from < at < self.one_until:
            if at > self.wounded_from and word in _WOUNDING_NOUNS:
                return None
            return False
        return None if word not in self.series else True


def _told_harms(text: str, findings: list[Casualty], names: Names) -> Iterable[_ToldHarm]:
    """Each harm the story ``text`` tells, read in text order (see :class:`_ToldHarm`): of a
    killing, one victim is one of count 1, not a subset, with at most one name held over all its
    tellings and none "another"; one wounded only where no one is killed. A crime someone is
    accused of that counts no one victim is another event's and ends no one victim."""
    ordered = sorted(findings, key=lambda f: f.span.start)
    for kind, words in _BACK_WORDS.items():
        told = [f for f in ordered if f.kind == kind and f.count != 0]
        if not told or (
            kind == "injured" and any(f.kind == "killed" and f.count for f in findings)
        ):
            continue
        one_from = one_until = wounded_from = _NEVER
        held: set[str] = set()
        for f in told:
            if _unread_death(f):
                continue  # "Slepian, a 52-year-old ... clinic, was shot to death": whose, unread
            if f.count != 1 and _charged_crime(text, f):
                continue  # "Lee, convicted of killing an Arkansas family, was executed"
            if f.count != 1 or f.subset:
                one_until = f.span.start
                break
            if kind == "killed":
                if _CAPITAL.search(f.text):
                    held.update(_people_named(names, f.text))
                if len(held) > 1 or _ANOTHER.search(f.text):
                    one_until = f.span.start
                    break
                if one_from == _NEVER and _with_a_cause(f):
                    one_from = f.span.start
            elif one_from == _NEVER:
                one_from = f.span.start
        if kind == "killed":
            wounded_from = next(
                (f.span.start for f in ordered if f.kind in _WOUNDS and f.count != 0), _NEVER
            )
        yield _ToldHarm(
            kind,
            words,
            _SERIES.get(kind, words),
            told[0].span.start,
            one_from,
            one_until,
            wounded_from,
        )


# What a person is told accused or convicted of: "convicted of killing an Arkansas family".
_ACCUSED_BEFORE = compiled(rf"\b(?:{phrase_trie(ACCUSED_OPENERS)})\s+$", re.IGNORECASE)
_ACCUSED_REACH = 20  # characters before a finding


def _charged_crime(text: str, finding: Casualty) -> bool:
    """Whether ``finding`` is a crime someone is told accused of: a harm of an earlier event,
    the trial's or the sentence's ground, so a group it counts is no second victim of the
    harm the story tells ("Lee, convicted of killing an Arkansas family, was executed" ...
    "this execution" is Lee's)."""
    start = finding.span.start
    return _ACCUSED_BEFORE.search(text, max(0, start - _ACCUSED_REACH), start) is not None


_NAME_RUN = compiled(_NAME)


def _people_named(names: Names, words: str) -> set[str]:
    """One known surname per person ``words`` name: the last of each run of capitalised words
    ("Daniel Lewis Lee" is Lee, though the story knows "Lewis" as a surname too), so a middle
    name is no second victim."""
    people = set()
    for run in _NAME_RUN.finditer(words):
        held = names.named_in(run.group())
        if held:
            people.add(max(held, key=run.group().rfind))
    return people


def _unread_death(finding: Casualty) -> bool:
    """Whether ``finding`` is a death whose people went unread, held at one or more: it tells
    no other victim than the story's one, so the nouns pointing back to that one still count."""
    return finding.count is None and finding.lower == 1 and finding.upper is None


def _followed(lower: str, start: int, end: int) -> bool:
    """Whether the words after a harm noun from ``start`` ("the") to ``end`` close it as the
    harm's own: a stop, a verb in "-ed", a preposition or auxiliary, an adverb of manner that
    tells how it was judged or done ("condemned the execution harshly"; no compound noun ends
    in one), or an irregular past of which the noun is the subject ("the murder drew"), not the
    object of a preposition ("after the shooting found", where the verb is another subject's)."""
    if _BARE_AFTER.match(lower, end):
        return True
    word = _NEXT_WORD.match(lower, end)
    if word is None:
        return False
    return word[1] in MANNER_ADVERBS or (
        word[1] in PAST_FORMS
        and not _PREPOSITION_BEFORE.search(lower, max(0, start - _PREPOSITION_REACH), start)
    )


# The adjectives that tell a harm of several ("the double homicide", "the mass shooting"): no one
# victim's.
_OF_MANY = frozenset({"double", "triple", "quadruple", "mass", "multiple", "serial"})


def _modifiers(text: str, the: re.Match[str]) -> bool:
    """Whether the words between "the" and the noun only modify it: each an adjective (not one
    of :data:`_OF_MANY`) or a capitalised word (a place, a day, a name: "the Hebron killing")."""
    return all(
        w[0].isupper() or (w.lower() in ADJECTIVES and w.lower() not in _OF_MANY)
        for w in text[the.start("words") : the.end("words")].split()
    )


def _as_killed(story: _Story, finding: Casualty, dead: _Victims, by_pronoun: set[str]) -> Casualty:
    """``finding`` as a killing where it tells shot or wounded one of the ``dead``: a pronoun
    whose name is one of them ("Brooks ... was running away when he was shot"), or a name
    whose killing only a pronoun told ("he was gunned down ... Slepian, 52, was shot").
    """
    if finding.kind not in _WOUNDS or finding.count != 1:
        return finding
    if not by_pronoun and not _PRONOUN.match(finding.text):
        return finding  # the cheap test first: no name can be one of ``by_pronoun``
    held = story.names.named_in(finding.text)
    if held:
        killed = held <= by_pronoun
    elif _PRONOUN.match(finding.text):
        whose = story.antecedent(finding.span.start)
        killed = bool(whose) and whose <= dead
    else:
        killed = False
    return evolve(finding, kind="killed") if killed else finding


@frozen
class _Death:
    """A death noun and whose it is: ``who`` is a name, a pronoun or kin words (``whose``
    says which)."""

    start: int
    end: int
    whose: str
    who: str


def _deaths_told(text: str, lower: str) -> list[_Death]:
    """Each death noun told with whose it is: "the killing of Soleimani", "Floyd's death", "his
    death", "his brother's death"."""
    found = []
    for noun in _nouns(lower):
        after = _OF_NAME.match(text, noun.end()) if lower.startswith(" of ", noun.end()) else None
        if after is not None:
            told = _WHO_DIED.match(text, after.end()) if text.startswith(",", after.end()) else None
            start, end = (after.start("name"), told.end()) if told else (noun.start(), after.end())
            found.append(_Death(start, end, "name", after["name"]))
            continue
        if _OWNED.search(lower, max(0, noun.start() - 6), noun.start()) is None:
            continue  # the cheap test before _OWNER
        owner = _OWNER.search(text, max(0, noun.start() - _OWNER_REACH), noun.start())
        if owner is not None:
            whose = next(k for k in ("name", "pronoun", "kin", "description") if owner[k])
            if whose == "description" and not _modifiers_only(text, owner):
                continue
            found.append(_Death(owner.start(), noun.end(), whose, owner[whose]))
    return found


def _modifiers_only(text: str, owner: re.Match[str]) -> bool:
    """Whether the words between "the" and a description's head only modify it ("the young
    boy's", "the al Qaeda militant's"), and hold no phrase of their own ("the time of the
    child's", "the suspect in his father's"): each a capitalised word, a word with a hyphen or
    a digit, an adjective, or a particle before a capitalised word ("al Qaeda")."""
    words = text[owner.start() : owner.start("description")].split()[1:]
    return all(
        word[0].isupper()
        or "-" in word
        or word[0].isdigit()
        or word in ADJECTIVES
        or following[:1].isupper()
        # each word with the one after it; "the ex-spy's" has no word between, so no pair
        for word, following in zip(
            words, [*words[1:], owner["description"]][: len(words)], strict=True
        )
    )


def _of_a_victim(
    story: _Story, death: _Death, dead: _Victims, kin: _Victims, *, counted: bool
) -> bool:
    """Whether ``death`` is of one of the ``dead`` or of the ``kin``, or, told of a person by a
    description ("the ex-spy's death", "her husband's death"), of the one killed the story has
    ``counted``."""
    if death.whose == "description":
        return counted and is_owned_person(death.who)
    if death.whose == "kin":
        head = death.who.split()[-1].lower()
        return _kin(death.who) in kin or (counted and is_owned_person(head))
    if death.whose == "pronoun":
        whose = story.antecedent(death.start)
    else:
        whose = story.names.named_in(death.who)
    return not dead.isdisjoint(whose)


def _nouns(lower: str) -> list[re.Match[str]]:
    """The death nouns of the lower-cased text, in order: each word found by a plain search
    (several times faster than the pattern over the whole text), then read there."""
    found = []
    for word in _NOUN_WORDS:
        at = lower.find(word)
        while at >= 0:
            if (noun := _NOUN.match(lower, at)) is not None:
                found.append(noun)
            at = lower.find(word, at + len(word))
    return sorted(found, key=lambda m: m.start())


class _Story:
    """The story's text and names, and the pronouns' antecedents. A word the story also writes
    in lower case is no antecedent ("The" of a title-case headline, "Police The wounded");
    each is looked up when first asked."""

    def __init__(self, text: str, names: Names) -> None:
        self.text = text
        self.names = names
        self._lower_case: dict[str, bool] = {}

    def antecedent(self, at: int, *, in_full: bool = False) -> frozenset[str]:
        """The known name a pronoun at ``at`` stands for, written ``in_full`` ("Barnett
        Slepian") where asked: the last one before it in its sentence or, for a pronoun that
        opens its sentence, the one person the sentence before names ("Police shot Mary Cole in
        her home. She was shot through a window"; not "Ana Ruiz and Ben Cole ... He").

        Read no further back: farther off a "he" as often stands for another person of the
        story (the gunman, a witness), and the name kept is then the wrong one.
        """
        text = self.text
        start = _sentence_start(text, at)
        if start < at or start == 0:
            words = reversed(list(_CAPITAL.finditer(text, start, at)))
            first = next((w for w in words if self._named_in(w.group())), None)
            chosen = [first] if first else []
        else:
            before = _CAPITAL.finditer(text, _sentence_start(text, start - 1), start)
            people = {named: w for w in before if (named := self._named_in(w.group()))}
            chosen = list(people.values())
        if len(chosen) != 1:
            return frozenset()
        word = chosen[0]
        if in_full and not _GIVEN_BEFORE.search(text, max(0, word.start() - 40), word.start()):
            return frozenset()
        return self._named_in(word.group())

    def _named_in(self, words: str) -> frozenset[str]:
        """The known names among ``words``, less those the story also writes in lower case."""
        found = self.names.named_in(words)
        if found:
            found = frozenset(n for n in found if not self._in_lower_case(n))
        return found

    def _in_lower_case(self, name: str) -> bool:
        """Whether the story writes ``name`` as a word in lower case somewhere ("the")."""
        if name not in self._lower_case:
            text, word = self.text, name.lower()
            at = text.find(word)
            while at >= 0 and (
                (at > 0 and _WORD_CHAR.match(text, at - 1))
                or _WORD_CHAR.match(text, at + len(word))
            ):  # inside a longer word ("arose" for "Rose"): look on
                at = text.find(word, at + 1)
            self._lower_case[name] = at >= 0
        return self._lower_case[name]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens, read back to the last sentence end (not the
    point of a title or an initial: "Dr. Slepian", "J. Smith")."""
    start = max(0, at - _SENTENCE_REACH)
    # one character past ``at``: the end's look at the capital that opens the next sentence
    for end in _SENTENCE_END.finditer(text, start, at + 1):
        if end.end() <= at:
            start = end.end()
    return start


def _overlaps(taken: list[tuple[int, int]], start: int, end: int, longest: int) -> bool:
    """Whether a span of ``taken`` (in order, none longer than ``longest``) overlaps ``start`` to
    ``end``. Only the spans that open before ``end`` and within ``longest`` before ``start`` can,
    and only they are looked at: a story may tell thousands of deaths."""
    at = bisect_left(taken, (end,))  # the spans before ``at`` open before ``end``
    while at > 0:
        at -= 1
        opens, closes = taken[at]
        if opens <= start - longest:
            return False  # it, and every span before it, closes by ``start``
        if closes > start:
            return True
    return False


def _kin(words: str) -> str:
    """Kin words by their possessive and their head: "his older brother" is "his brother"."""
    parts = words.lower().split()
    return f"{parts[0]} {parts[-1]}"
