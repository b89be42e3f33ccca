"""One hostage is one person kidnapped: "a former hostage described him", "the threat to another
British hostage", "hostage James Foley"; hostages with no count are kidnapped, count unknown,
where a clause tells them taken or killed: "a gunman took hostages", "the murders of hostages",
"videos in which hostages were killed" (and killed as well, as the guidelines read a hostage
harmed: both harms).

The guidelines make a hostage a person seized ("kidnapped"), and the extractor reads a count
before "hostages"; one hostage has no count, so it is read here, by the word before the noun: a
determiner of one ("a", "another", "a second", or a headline's bare "second"; not "one", which
counts a toll's people whose harm is another: "killed two soldiers and one hostage"), with at
most two modifiers between ("a former", "a second British"); or the noun used as a role before a name
("hostage James Foley"). "The hostage" alone refers back to someone met before and is no
mention. The noun must end its phrase: "a hostage crisis", "a hostage-taker" and "a hostage to
fortune" name no captive, so the word after it is a mark, a capital (a name or a date), or one
that goes on a clause rather than a noun (a verb's ending, an auxiliary, a preposition of place
or time, a relative pronoun).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsparse.extractors.casualties.grammar import FLAGS, MODIFIER, NAMED
from newsparse.patterns import word_trie
from newsparse.regex_cache import compiled

_NOUNS = frozenset(("hostage", "captive"))
_ONE = r"(?:an?|another|(?:a\s+)?(?:second|third|fourth|fifth|sixth))"
_BEFORE = compiled(rf"(?<![\w'’-])(?P<one>{_ONE})\s+{MODIFIER}{{0,2}}$", FLAGS)
# A role before a name: the noun opens the sentence or follows a mark or a preposition
# ("before hostage James Foley", "Hostage Kenji Goto").
_ROLE_PLACE = compiled(
    r"(?:^|[,;:(\"“]\s*|\b(?:of|for|to|with|from|about|at|by|before|after)\s+)$", FLAGS
)
_NAME_AFTER = compiled(rf"\s+(?-i:(?=[A-Z]))(?P<who>{NAMED})(?![\w'’-])", FLAGS)
# Words that go on a clause after its subject or object ends: "a hostage who", "a former hostage
# described", "another hostage said", "a hostage held in Syria", "a hostage for four months"
# ("held" among the words, as the participle test reads only regular ones in -ed).
_CLAUSE_WORDS = (
    "who whom whose that which was were is are has had have will would could can may might "
    "did does and or but in inside at on from by for since during after before until "
    "with without near through said says told tells held"
).split()
_ENDS_PHRASE = compiled(
    rf"(?![\w'’-])(?:\s*(?:[^\w\s'’-]|$)|\s+(?-i:[A-Z\d])|\s+(?:{word_trie(_CLAUSE_WORDS)})\b"
    r"|\s+[a-z]+ed\b)",
    FLAGS,
)
# A hostage is a state of the person, told as a fact past a threat or an attempt on them ("he
# threatened to execute another British hostage"); only a denial or a mood of what may be takes
# it back ("he was never a hostage", "anyone could become a hostage").
_NOT_SO = compiled(
    r"(?:n['’]t|\b(?:no|not|never|without|could|would|might|may|if|whether|unless))\s+"
    r"(?:\w+\s+){0,2}$",
    FLAGS,
)
# A captor's verb before the one made captive gives the noun as its role ("took a pharmacist
# hostage"): the extractor's rule for that verb reads it, with its own gates for threats.
#: The captor's verbs, in all their forms ("took", "holding", "kept").
CAPTOR_VERBS = r"take|takes|took|taken|taking|hold|holds|held|holding|keep|keeps|kept|keeping"
_CAPTOR_BEFORE = compiled(rf"\b(?:{CAPTOR_VERBS})\s+$", FLAGS)
_REACH = 60  # characters before the noun that its determiner and modifiers may take
_NAME_REACH = 60  # characters after the noun through the name


def one_captive(sentence: str, cues: Iterable[tuple[int, str]]) -> Iterator[tuple[int, int]]:
    """The spans of ``sentence`` that tell one person held hostage or captive, read back from
    the cue words among ``cues`` (offsets in the sentence and words lower-cased)."""
    for at, word in cues:
        if word not in _NOUNS:
            continue
        end = at + len(word)
        before = _BEFORE.search(sentence, max(0, at - _REACH), at)
        if before is not None and _ENDS_PHRASE.match(sentence, end):
            begin = before.start()
            if _CAPTOR_BEFORE.search(sentence, max(0, begin - 12), begin):
                continue
        elif _ROLE_PLACE.search(sentence, max(0, at - 10), at):
            named = _NAME_AFTER.match(sentence[: end + _NAME_REACH], end)
            if named is None:
                continue
            begin, end = at, named.end()
        else:
            continue
        if not _NOT_SO.search(sentence, max(0, begin - _REACH), begin):
            yield begin, end


_PLURALS = frozenset(("hostages", "captives"))
# The act before uncounted hostages, and the people told with them: "took hostages", "beheaded
# hostages", "the murders of Americans and other hostages".
_TAKE = r"took|take|takes|taking|seized|seizing"
_KILL = (
    r"killed|killing|murdered|murdering|executed|executing|beheaded|beheading|"
    r"(?:murders?|killings?|executions?|beheadings?)\s+of"
)
_ACT_BEFORE = compiled(
    rf"(?<![\w'’-])(?:(?P<take>{_TAKE})|(?P<kill>{_KILL}))\s+"
    r"(?P<who>(?-i:[A-Z][a-z]+)\s+and\s+other\s+|other\s+)?$",
    FLAGS,
)
# Uncounted hostages as a clause's subject, after a word that opens the clause ("in which
# hostages were killed"), not after a determiner, a count or a modifier ("two Japanese hostages
# were", counted by the extractor; "the hostages were", people met before).
_CLAUSE_OPENS = compiled(
    r"(?:^|[,;:(\"“]\s*|\b(?:which|where|when|that|and|as|after|while|because|before)\s+)$", FLAGS
)
_KILLED_AFTER = compiled(
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:killed|executed|beheaded|murdered|slain)\b",
    FLAGS,
)
# An act only tried, planned or threatened is none done: "tried to take hostages".
_NOT_DONE = compiled(
    r"\b(?:tried|trying|attempt\w*|threat\w*|plot\w*|plan\w*|wanted)\s+to\s+$", FLAGS
)


def uncounted_captives(
    sentence: str, cues: Iterable[tuple[int, str]]
) -> Iterator[tuple[int, int, str]]:
    """The spans of ``sentence`` that tell hostages with no count taken or killed, each with its
    kind, read from the cue words among ``cues``: "took hostages" (kidnapped), "the murders of
    hostages" (killed, and "hostages" kidnapped), "hostages were killed" (killed, and kidnapped).
    """
    for at, word in cues:
        if word not in _PLURALS:
            continue
        end = at + len(word)
        act = _ACT_BEFORE.search(sentence, max(0, at - _REACH), at)
        if act is not None:
            if _NOT_SO.search(sentence, max(0, act.start() - _REACH), act.start()) or (
                _NOT_DONE.search(sentence, max(0, act.start() - 30), act.start())
            ):
                continue
            if act["take"]:
                yield act.start(), end, "kidnapped"
            else:
                yield act.start("who") if act["who"] else at, end, "kidnapped"
                yield act.start(), end, "killed"
            continue
        killed = _KILLED_AFTER.match(sentence, end)
        if (
            killed is not None
            and _CLAUSE_OPENS.search(sentence, max(0, at - 12), at)
            and not _NOT_SO.search(sentence, max(0, at - _REACH), at)
        ):
            yield at, end, "kidnapped"
            yield at, killed.end(), "killed"  # last: the harm a following "including" shares
