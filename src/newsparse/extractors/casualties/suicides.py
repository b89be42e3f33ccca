"""A person whose death the story tells as a suicide has no casualty for that death.

The annotation guidelines count no suicide; only a killer's suicide in the same incident is
`killed`. A story that tells a death as a suicide ("Epstein killed himself", "His death was
ruled a suicide by hanging", "Penny Easton ... committed suicide") tells the same death
elsewhere without its cause ("Epstein was found dead", "Epstein's death"), and each of those
is read for itself as a death. So the story is read as a whole: the people it says took their
own lives, and every death of one person that names one of them, or that is told in a
suicide's own sentence with no name ("ruled his death a suicide"), is taken back. The deaths
of others in the same story stay ("Whitey Bulger was murdered").

A suicide is read only where its sentence states it: not hedged ("may have been a suicide",
"whether the shooting was a suicide", "police believe"), not attempted, not an accident
("accidentally shot and killed himself", a child who "killed herself while playing with the
weapon"), and not a killer's: a sentence that tells another harm ("killed his wife and then
himself") or names a doer ("the gunman, who killed himself"), and a person the story tells as
a doer elsewhere ("Allen shot and killed a co-worker"), are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse.extractors.casualties.events import SENTENCE_BREAK
from newsparse.extractors.casualties.names import CAPITALISED, Names
from newsparse.findings import Casualty
from newsparse.regex_cache import compiled

# A death stated as the person's own doing. "shot himself" is left out: news tells accidents so
# far more often than suicides ("a 3-year-old accidentally shot himself").
_SUICIDE = compiled(
    r"\b(?:committed\s+suicide|died\s+(?:by|of)\s+suicide|took\s+(?:his|her)\s+own\s+life"
    r"|(?:killed|hanged)\s+(?:himself|herself)"
    r"|(?:ruled|classified|determined)\s+(?:(?:his|her)\s+death\s+)?(?:as\s+)?(?:an?\s+)?suicide"
    r"|(?P<of>suicide\s+of)\b)"
)
# Words of a sentence that make its suicide no stated one: a hedge, an attempt, an accident,
# another harm the person did, or a doer named.
_DOERS = r"gunm[ae]n|shooters?|attackers?|bombers?|killers?|assailants?|suspects?|hostages?"
_NOT_STATED = compiled(
    r"(?i)\b(?:may|might|could|possibl[ey]|whether|if|believ\w*|attempt\w*|tr(?:y|ied)"
    r"|accident\w*|playing|murder\w*|homicide|kill(?:s|ed|ing)?|shot|shoot\w*|stabb\w*|slay\w*|slew"
    rf"|slain|wound\w*|fir(?:ed|ing)|{_DOERS})\b"
)
# A story that tells a killer's suicide or an accident ("a murder-suicide", "accidentally shot
# and killed himself") is read as it is: the suicide's sentence alone may not say so.
_KILLER_OR_ACCIDENT = compiled(
    r"\b(?:murders?|homicides?)[-/\s]suicides?\b|\baccident|\bunintentional"
)
# A person told as a doer of harm, after their name in its sentence: "Allen shot and killed a
# co-worker", "Porche ... firing at police", "Bunn, the suspect"; not "was shot", "killed
# himself".
_DOER_AFTER = (
    r"\b{name}\b[^.;!?]{{0,60}}?(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b"
    r"(?:(?:shot|killed|stabbed|murdered|strangled|attacked)(?!\s+(?:himself|herself)\b)"
    rf"|fir(?:ed|ing)|opened\s+fire|{_DOERS})\b"
)
# A killing told in the active voice with its object ("A man shot his wife"): in a story with
# one, a suicide whose person the story does not name ("Police said he killed himself") may be
# the killer's, and is left as it is.
_ACTIVE_KILLING = compiled(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)"
    r"\b(?:shot|shoots|killed|kills|stabbed|murdered|strangled|slew)\s+"
    r"(?:(?:and\s+)?(?:killed|wounded)\s+)?(?:his|her|their|a|an|the|two|three|four|five|\d)\b"
)
_NAME_REACH = 60  # characters after "the suicide of" where the person is named
_SENTENCE_REACH = 400  # characters before a suicide where its sentence may open
_PRONOUN = compiled(r"(?i)\b(?:he|she|his|her|him|himself|herself)\b")


def tells_a_suicide(lower: str) -> bool:
    """Whether the story (``lower``, in lower case) tells a suicide anywhere, stated or not: a
    death its words own by a pronoun alone ("His death was ruled a suicide") may then be it."""
    return _SUICIDE.search(lower) is not None


class _Suicide:
    """A suicide a sentence states, read at ``text[start:end]``: its sentence and its person."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.opening = _sentence_opening(text, start)
        close = SENTENCE_BREAK.search(text, end)
        self.closing = close.start() + 1 if close else len(text)
        self.before = text[self.opening : start]
        self.words = f"{self.before} {text[end : self.closing]}"


def without_suicides(
    findings: list[Casualty], text: str, lower: str, names: Names
) -> list[Casualty]:
    """``findings`` less the deaths of the people ``text`` (``lower`` in lower case) says took
    their own lives."""
    if not findings or not any(w in lower for w in ("suicide", "mself", "rself", "own life")):
        return findings  # a quick look in C spares most stories the scan
    stated: list[_Suicide] = []
    people: set[str] = set()
    for told in _SUICIDE.finditer(lower):
        suicide = _Suicide(text, told.start(), told.end())
        if _NOT_STATED.search(suicide.words) is not None:
            continue
        whose = _whose(text, names, suicide, told.end() if told["of"] else None)
        if any(_a_doer(text, name) for name in whose):
            continue
        if whose or _ACTIVE_KILLING.search(lower) is None:
            stated.append(suicide)
            people.update(whose)
    if not stated or _KILLER_OR_ACCIDENT.search(lower) is not None:
        return findings
    return [f for f in findings if not _of_a_suicide(f, names, people, stated)]


def _whose(text: str, names: Names, suicide: _Suicide, after: int | None) -> frozenset[str]:
    """The person of a stated suicide: named ``after`` "the suicide of", else the last name the
    story knows before it in its sentence ("Penny Easton, who was named in the petition,
    committed suicide"), else the one person the sentence before names ("Epstein ... was found
    dead. His death was ruled a suicide")."""
    if after is not None:
        return names.named_in(text[after : after + _NAME_REACH])
    last = next(_names_back(suicide.before, names), None)
    if last is not None:
        return last
    previous = _sentence_opening(text, suicide.opening - 1) if suicide.opening else 0
    people = set(_names_back(text[previous : suicide.opening], names))
    return people.pop() if len(people) == 1 else frozenset()


def _a_doer(text: str, name: str) -> bool:
    """Whether the story tells the person ``name`` harmed others (see :data:`_DOER_AFTER`)."""
    return re.search(_DOER_AFTER.format(name=re.escape(name)), text, re.IGNORECASE) is not None


def _names_back(words: str, names: Names) -> Iterator[frozenset[str]]:
    """The known names among ``words``, the last first."""
    for word in reversed(CAPITALISED.findall(words)):
        named = names.named_in(word)
        if named:
            yield named


def _of_a_suicide(
    finding: Casualty, names: Names, people: set[str], stated: list[_Suicide]
) -> bool:
    """Whether ``finding`` is the death of one person of ``people``: it names them, or it is
    told in a ``stated`` suicide's sentence and names no one ("ruled his death a suicide")."""
    if finding.kind != "killed" or finding.count != 1 or finding.subset:
        return False
    named = names.named_in(finding.text)
    if named:
        return named <= people
    start, end = finding.span.start, finding.span.end
    return any(s.opening <= start and end <= s.closing for s in stated) and (
        _PRONOUN.search(finding.text) is not None
    )


def _sentence_opening(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens."""
    first = max(0, at - _SENTENCE_REACH)
    return max((m.end() for m in SENTENCE_BREAK.finditer(text, first, at)), default=first)
