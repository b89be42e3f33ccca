"""A person held told by where they are, with no verb of arrest: "the death of George Floyd in
Minneapolis police custody", "Freddie Gray, who died while in police custody", "Roger Rayson died
in ICE custody", "George Floyd's death in police custody", "the police custody death of George
Floyd".

Custody by any state authority is an arrest (the guidelines: "died in police custody" is a
killing and an arrest), but here no verb holds the person: the custody is a phrase after them,
alone or after their death ("died"), so the rules that read a subject before "was arrested" or
"was in custody" find no state to read. One person is read, a name or a determiner's noun (a
surname alone only where the story has named them in full), right before "in" and the custody,
which may name its holder by capitalised words ("Minneapolis", "ICE", "U.S.") and a word for a
state's force ("police", "federal"). A custody denied is none ("police do not have a suspect in
custody", "No One In Custody", "the second person of interest was not in custody"). Custody of a child between parents is no state's
("in joint custody", "in protective custody", "a custody battle") and is left out. The same
custody beside a named death tells :mod:`.dedupe` that the death has a cause (a killing).
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.extractors.casualties.gates import negated_before
from newsparse.extractors.casualties.grammar import FLAGS, NAMED, SINGLE, SURNAME
from newsparse.extractors.casualties.names import Names
from newsparse.regex_cache import compiled

#: Words that make a sentence worth reading for this rule (cue words of the extractor).
CUSTODY_CUES = ("custody",)

# The holder of the custody: capitalised words ("Minneapolis", "ICE", "U.S.") and a word for a
# state's force.
_FORCE = r"(?:police|federal|state|military|army|government|immigration|border)\s+"
_HOLDER = rf"(?:(?-i:[A-Z][\w.'’-]*)\s+){{0,3}}(?:{_FORCE})?"
_NOT_A_STATE_CUSTODY = r"(?!\s+(?:battles?|fights?|disputes?|cases?|hearings?|orders?)\b)"
_IN_CUSTODY = compiled(
    rf"(?<!\bno\s)(?P<who>{NAMED}|{SINGLE}|(?P<alone>{SURNAME}))"
    r"(?:,?\s+(?:who\s+)?(?:had\s+)?died)?\s+(?:while\s+)?in\s+"
    rf"{_HOLDER}custody\b{_NOT_A_STATE_CUSTODY}",
    FLAGS,
)
# A named person's death in custody, or the custody before the name, as a death's modifier or
# a state force's hold: "George Floyd's death in police custody", "the police custody death of
# George Floyd", "the in-custody death of", "Minneapolis police custody of George Floyd" (a
# force named: "custody of her children" is a parent's).
_NAMED_IN_CUSTODY = compiled(
    rf"(?P<who>{NAMED})['’]s\s+death\s+in\s+{_HOLDER}custody\b{_NOT_A_STATE_CUSTODY}"
    rf"|(?:\bin-custody\s+death|\b{_HOLDER}custody\s+death|\b{_HOLDER}{_FORCE}custody)"
    rf"\s+of\s+{NAMED}",
    FLAGS,
)
# Words that, inside the person's words, tell a clause of its own or a denial: "the person of
# interest was not", "no one".
_NOT_A_PERSON = frozenset("no not never nobody was were is are has have had".split())
_CHEAP = compiled(r"\bin[\s-]+(?:[\w.'’-]+\s+){0,4}custody\b|\bcustody\s+(?:death|of)\b", FLAGS)


_CUSTODY_REACH = 60  # characters around a death where its custody is read


def a_custody_death(text: str, start: int, end: int) -> bool:
    """Whether the death told in ``text[start:end]`` ("George Floyd's death", "death of George
    Floyd") is one in a state's custody, told beside it: the guidelines count a death in police
    custody as a killing (and an arrest), so it is no death without a cause."""
    first = max(0, start - _CUSTODY_REACH)
    if "custody" not in text[first : end + _CUSTODY_REACH]:
        return False  # the cheap test
    return any(
        told.start() < end and start < told.end()
        for told in _NAMED_IN_CUSTODY.finditer(text, first, end + _CUSTODY_REACH)
    )


def in_custody(sentence: str, low: str, names: Names) -> Iterator[tuple[int, int]]:
    """The spans of ``sentence`` (``low`` in lower case) from one person through the custody
    told after them, or from the custody told before a name through the name."""
    if "custody" not in low or _CHEAP.search(sentence) is None:
        return
    for named in _NAMED_IN_CUSTODY.finditer(sentence):
        if not negated_before(sentence, named.start()):
            yield named.start(), named.end()
    at = 0
    while (match := _IN_CUSTODY.search(sentence, at)) is not None:
        if match["alone"] is not None and not names.named_in(match["alone"]):
            at = match.start("who") + 1  # a capitalised word that names no one: look past it
            continue
        at = match.end()
        if _NOT_A_PERSON.isdisjoint(match["who"].lower().split()) and not negated_before(
            sentence, match.start("who")
        ):
            yield match.start("who"), match.end()
