"""The story-wide keep step: one harm told twice is counted once.

A story retells its harm ("Barnett Slepian was killed ... Slepian was shot in the back", "a man
was killed ... he was shot in the chest") and sums its lists where it also writes the total.
These passes run over all of a story's findings after the sentences are read, so they live
apart from the rules that read a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import evolve

from newsparse._data.casualty_words import CORPSE_WORDS
from newsparse.extractors.casualties.events import DIED, death_without_cause, told_without_cause
from newsparse.extractors.casualties.in_custody import a_custody_death
from newsparse.extractors.casualties.names import CAPITALISED, FULL_NAME, POSSESSIVE_END, Names
from newsparse.findings import Casualty
from newsparse.regex_cache import compiled
from newsparse.span import Span

# A death told with no cause, of a person named or told by a pronoun ("Floyd's death", "her
# death", "his untimely death"): a killing only where the story says so. A word before "death"
# that tells a cause makes it none ("his violent death", "Floyd's shooting death").
_BARE_DEATH = compiled(r"(?:['’]s?|\b(?:his|her))\s+(?:(?P<how>[\w-]+)\s+)?death$", re.IGNORECASE)
# The same death told by "death of" ("the death of George Floyd"), or by the body it left ("the
# body of former President Gerald Ford will be flown to the capital"): as bare, unless its
# sentence tells the cause ("charged with murder in the death of", "the death of Chris Stevens
# in a terrorist attack", "the body of Kadeem Williams was found shot") or the deaths of others
# with it ("... and over the deaths of two soldiers").
_CORPSE = "|".join(CORPSE_WORDS)
_DEATH_OF = compiled(rf"(?:death|{_CORPSE})\s+of\s")
# A body tells a death but not its cause: a named person's bare body is a killing in a story that
# tells a killing ("Sunday's grenade attack killed 16 ... the body of Han Mony"), none in one that
# tells none (a state funeral's "body of former President Gerald Ford").
_BODY_OF = compiled(rf"(?:{_CORPSE})\s+of\s")
# A body come upon is a death the story's own event left, as "bodies of 14 miners" are: "found
# the body of Ann Cole in the river", "the remains of X were recovered".
_COME_UPON = compiled(
    r"\b(?:found|discovered|recovered|retrieved|pulled|dug|exhumed|unearthed|washed)\b"
)
_SENTENCE_REACH = 160  # characters read before and after the death
# A sentence ends at a stop before a capital ("Sept. 14" goes on) or at a semicolon.
_CLAUSE_BEFORE = compiled(r".*(?:[.!?][\"”’']?\s+(?=[A-Z\"“‘'(])|;)(.*)$", re.DOTALL)
_CLAUSE_AFTER = compiled(r".*?(?=[.!?][\"”’']?\s+[A-Z\"“‘'(]|[.!?][\"”’']?$|;)", re.DOTALL)
# What follows a death is not its cause: "riots over the death of George Floyd". Only words the
# cause test (told_without_cause) reads need taking out: "protests", "unrest" or "outrage" it
# never reads; "clashes" and "violence" it does, but they are as often the death's own cause.
_AFTERMATH = compiled(r"\briot\w*")
# A charge of a crime for a death, or a gun, tells a killing: "charged with manslaughter in
# the death of", "a 9mm handgun resulting in the death of" (not "begun").
CHARGED = compiled(
    r"\b(?:charged|charges|convicted|sentenced|manslaughter|(?:hand|shot)?guns?|gunfire|gunshots?)\b"
)
_DEATHS = compiled(r"\bdeaths\b")
# The people a killing lists: after a colon or "identified as" in its sentence, a full name first.
_LISTED_AFTER = compiled(
    r"(?:[^.;:!?()\n]|\.(?!\s+[A-Z])){0,80}?(?::|\b(?:identified|named)\s+as:?)[^\S\n]+[‘'\"“]?"
    r"(?P<names>[A-Z][\w’'-]+[^\S\n]+[A-Z][^.;!?()\n]*)"
)
_LIST_REACH = 400
_LIST_OPENS = 100  # characters after the killing where its list may open
# A killing or shooting named by a name before its noun ("the Scott shooting", read by
# :func:`.nouns.named_harms`): its person's when the story tells them killed, else none.
_NAMED_BEFORE = compiled(
    r"[Tt]he\s+[A-Z][a-z'’-]+\s+(?:shooting|killing|murder|slaying|assassination|execution|death)$"
)
_PRONOUN_OWNER = compiled(r"(?:his|her)\s", re.IGNORECASE)
# A lone pronoun for the one victim: "she was shot", "shot him".
_PRONOUN = compiled(r"^(?:he|she)\b|\b(?:him|her)$", re.IGNORECASE)
# A name owning another person: "Lewis' 14-year-old friend was shot", "a friend of Rohan's, was
# hit" is not Lewis nor Rohan; an owner of the harm's noun that ends the words is its victim
# ("Phillips' shooting", "Scott's fatal shooting", "Hale's murder").
_OWNER_NAME = compiled(
    r"\b(?-i:[A-Z])[\w-]*['’]s?(?![\w'’])(?!\s+(?:[\w-]+\s+)?(?:\w+ing|death|murder)$)"
)
# A death told with no cause ("Pinochet died", "Perot is dead"): it does not make a later "X's
# death" a killing, and is none itself where its clause tells no cause either.
_DIED = compiled(rf"(?:{DIED}|\b(?:is|was)\s+dead)$", re.IGNORECASE)


def named_dead(findings: list[Casualty], names: Names, text: str) -> list[Casualty]:
    """The findings with each named person shot or wounded counted as killed where the story
    tells them killed: "Barnett Slepian was killed ... Slepian was shot in the back" is one
    death told twice, not a death and a wound.

    A named person's death told with no cause, in its sentence (of the story ``text``)
    or by the story's harm for them, is no casualty: "His father, Kim Jong Il, died in 2011".
    """
    # whose death the story tells with its harm; read only where a finding names someone
    named_any = any(CAPITALISED.search(f.text) for f in findings)
    dead: set[str] = set(names.died_of_harm()) if named_any else set()
    harmed = set(dead)  # told hurt by a harm with a cause: "X was shot", not "X died"
    survivors: set[str] = set()  # named and told shot or wounded
    dead_given: dict[str, set[str]] = {}  # the given names of the dead, by surname
    causeless = [_causeless(f, text) for f in findings]  # "Floyd's death"
    for f, bare in zip(findings, causeless, strict=True):
        if f.kind not in ("killed", "shot", "injured") or bare:
            continue
        named = names.named_in(f.text)
        if named and f.kind == "killed":
            dead.update(named)
            for given, surname in _full_names(f.text):
                dead_given.setdefault(surname, set()).add(given)
        elif named:
            survivors.update(named)
        if named and not _DIED.search(f.text):
            harmed.update(named)
    for f in findings:  # "three citizens were killed ...: Samir Khan and Jude Mohammed"
        listed = _listed_after(f, text) if f.kind == "killed" else None
        if listed:
            named = names.named_in(listed)
            dead.update(named)
            harmed.update(named)
    # "Slepian was shot ... the death of Dr. Barnett Slepian": the harmed died of the harm
    told_dead = [
        f for f, bare in zip(findings, causeless, strict=True) if f.kind == "killed" and not bare
    ]
    if harmed and any(causeless):
        for f, bare in zip(findings, causeless, strict=True):
            owned = names.named_in(f.text) & harmed if bare and f.kind == "killed" else None
            if owned:
                told_dead.append(f)
                dead.update(owned)
                for given, surname in _full_names(f.text):
                    dead_given.setdefault(surname, set()).add(given)
    one_dead = bool(dead) and survivors <= dead and _one_person(findings, names)
    given_of_dead = set().union(
        *dead_given.values(), *(names.given_in(f.text) for f in told_dead)
    )  # "Emarjae died", "Daniel Anderl was killed"
    kept: list[Casualty] = []
    seen: set[tuple[Span, str]] = set()
    for finding, bare in zip(findings, causeless, strict=True):
        owners = names.named_in(_unmodified(finding.text))
        first = frozenset() if owners else names.given_in(finding.text)  # "Secoriea's death"
        if (
            _bare(finding, text, owners or first, bare)
            and _no_killing_told(finding.text, owners, first, dead & harmed, given_of_dead)
            and not (told_dead and _BODY_OF.match(finding.text))
        ):
            continue  # "Pinochet died ... Pinochet's death": a death, none told a killing
        hurt = (
            _OWNER_NAME.sub("", finding.text)
            if "'" in finding.text or "’" in finding.text
            else finding.text
        )
        if (
            finding.kind in ("shot", "injured")
            and finding.count == 1
            and (
                not dead.isdisjoint(names.named_in(hurt))
                or not names.given_in(hurt).isdisjoint(given_of_dead)
                or (one_dead and _PRONOUN.search(finding.text))
            )
            and not any(
                given not in dead_given.get(surname, {given})
                for given, surname in _full_names(finding.text)
            )  # "Daniel Anderl was killed ... Mark Anderl is in the hospital": two people
        ):
            finding = evolve(finding, kind="killed")
        if (finding.span, finding.kind) not in seen:
            seen.add((finding.span, finding.kind))
            kept.append(finding)
    return kept


def _causeless(finding: Casualty, text: str) -> bool:
    """Whether ``finding`` is a person's death told by a noun with no cause beside it:
    "Floyd's death", "her death", "the death of George Floyd" (not "the death of George Floyd
    in police custody"). Whether it is a killing is then the story's to tell."""
    if _NAMED_BEFORE.match(finding.text):
        return True  # "the Scott shooting": Scott's only if the story tells Scott killed
    if a_custody_death(text, finding.span.start, finding.span.end):
        return False  # "Floyd's death in police custody", "the police custody death of Floyd"
    bare = _BARE_DEATH.search(finding.text)
    if bare is not None:
        return not bare["how"] or told_without_cause(bare["how"].lower(), 0, len(bare["how"]))
    if finding.count != 1 or _DEATH_OF.match(finding.text) is None:
        return False  # "the shooting death of", "the deaths of two"
    start, end = finding.span.start, finding.span.end
    first = max(0, start - _SENTENCE_REACH)
    before = _CLAUSE_BEFORE.match(text, first, start)
    after = _CLAUSE_AFTER.match(text, end, end + _SENTENCE_REACH)
    told = " ".join(
        (
            before[1] if before else text[first:start],
            after.group() if after else text[end : end + _SENTENCE_REACH],
        )
    )
    told = _AFTERMATH.sub("", told.lower())
    return told_without_cause(told, 0, len(told)) and not (
        CHARGED.search(told)
        or _DEATHS.search(told)
        or (_BODY_OF.match(finding.text) is not None and _COME_UPON.search(told) is not None)
    )


def _listed_after(finding: Casualty, text: str) -> str | None:
    """The names a killing lists after a colon or "identified as" in its sentence: "three
    citizens have been killed over that period: Samir Khan, ... and Jude Kenan Mohammed", "the
    men killed were identified as George Chen, ...". None where no full name opens the list."""
    end = finding.span.end
    if text.find(":", end, end + _LIST_OPENS) < 0 and text.find(" as", end, end + _LIST_OPENS) < 0:
        return None  # the cheap test
    listed = _LISTED_AFTER.match(text, end, end + _LIST_REACH)
    return listed["names"] if listed else None


def _unmodified(words: str) -> str:
    """``words`` less the word between an owner and "death": "Cummings' untimely death" is
    Cummings' death (a word before the noun would make the owner another's, as "Thomas' co-actor"
    is not Thomas)."""
    bare = _BARE_DEATH.search(words) if words.endswith("death") else None
    return words if bare is None or not bare["how"] else words[: bare.start("how")] + "death"


def _bare(finding: Casualty, text: str, named: frozenset[str], causeless: bool) -> bool:
    """Whether ``finding`` is a death with no cause told: "Floyd's death" (see
    :func:`_causeless`: ``causeless``), or one person ``named`` told dead ("Pinochet died") where neither the
    sentence up to the end of the clause of "died" nor the story near another mention of the
    name tells a cause."""
    if causeless:
        return True
    return (
        bool(named)
        and finding.count == 1
        and not (finding.inferred or finding.subset)
        and _DIED.search(finding.text) is not None
        and death_without_cause(text, finding.span.start, finding.span.end, named)
    )


def _no_killing_told(
    death: str,
    owners: frozenset[str],
    given: frozenset[str],
    killed: set[str],
    given_of_dead: set[str],
) -> bool:
    """Whether a death told with no cause (``death``: "Floyd's death", "Secoriea's death", "her
    death") is of no one the story tells ``killed`` by a harm. A pronoun's is of the person the
    story tells killed, when it tells one: "Heather Heyer was killed ... Her death came amid
    rallies" is a killing, "Pinochet died ... his death" is not.
    """
    if owners:
        return killed.isdisjoint(owners)
    if given or not _PRONOUN_OWNER.match(death):
        return not given <= given_of_dead
    return not killed


def _full_names(words: str) -> Iterator[tuple[str, str]]:
    """The given name and surname of each full name in ``words`` ("Mark Anderl")."""
    for name in FULL_NAME.finditer(words):
        yield name.group().split()[0], POSSESSIVE_END.sub("", CAPITALISED.findall(name[1])[-1])


def _one_person(findings: list[Casualty], names: Names) -> bool:
    """Whether every named death the story tells is of one person ("Atatiana Jefferson" and
    "Jefferson" are one; "Brooks" and "Floyd" are two).
    """
    named = [names.named_in(f.text) for f in findings if f.kind == "killed"]
    named = [n for n in named if n]
    return all(not n.isdisjoint(m) for n in named for m in named[:1])


def without_the_dead_among_the_wounded(
    findings: list[Casualty], told_before: set[Casualty]
) -> list[Casualty]:
    """The findings less the wounded who are the dead told again.

    "A man was killed ... he was shot in the chest" is one person, killed. When a story counts
    its dead and every count of wounded is one person met before, those wounded are the dead.
    """
    if not any(f.kind == "killed" and f.count for f in findings):
        return findings
    wounded = [f for f in findings if f.kind == "injured" and f.count]
    if not wounded or not all(f.count == 1 and f in told_before for f in wounded):
        return findings
    return [f for f in findings if f not in wounded]


def without_sums_told(findings: list[Casualty]) -> list[Casualty]:
    """The findings less the sums the story's own counts already reach.

    A list of groups ("killed 20 children and six teachers") is one finding per group, plus,
    while the story's sums are worked out, their sum marked ``inferred`` (26). Where a written
    count of that kind is as large ("26 people were killed"), the sum adds nothing and is
    dropped.
    """
    written: dict[str, int] = {}
    for f in findings:
        if not f.inferred and f.count is not None:
            written[f.kind] = max(written.get(f.kind, -1), f.count)
    return [
        f
        for f in findings
        if not (f.inferred and f.count is not None and written.get(f.kind, -1) >= f.count)
    ]
