"""Whether a cue after 'and', 'but' or 'yet' inside a report is a second verb of its speaker.

'Sanders denies any wrongdoing and points out that ...', 'She said she admires his
determination and highlighted their shared commitment': a cue joined on by a conjunction in
the same inflection as the first cue (past in -ed after a past cue, present in -s after a
present one, a participle in -ing after a participle: 'criticizing the fact-checkers and
refusing to ...') is the speaker's second predicate, so the first report ends before the
conjunction and the second cue reports on its own. A word of that inflection between the
report's start and the conjunction makes the conjunction the report's own ('said police
arrested him and charged him', 'says voters want lower taxes and expects ...'): it may join
the reported clause's verbs, so it does not cut. Verbs of speaking are cut at whatever their
inflection (the caller's rule); this is for the other cues, whose inflection is what tells.
"""

from __future__ import annotations

from newsparse.regex_cache import compiled

# the past forms of the two speaking verbs whose past is not in -ed ('said', 'told')
_IRREGULAR_PAST = frozenset(("said", "told"))
_WORD = compiled(r"[^\W\d_][\w’'-]*")


def _inflection(word: str) -> str | None:
    """'past' for a form in -ed (or 'said', 'told'), 'present' for one in -s, 'participle' for
    one in -ing, else None."""
    if word.endswith("ed") or word in _IRREGULAR_PAST:
        return "past"
    if word.endswith("s") and not word.endswith(("ss", "'s", "’s")):
        return "present"
    if word.endswith("ing"):
        return "participle"
    return None


def second_predicate(first: str, second: str, between: str) -> bool:
    """Whether the cue ``second`` (lower case), joined on by a conjunction after the words
    ``between`` it and the report's start, shares the subject of the cue ``first``."""
    inflection = _inflection(first)
    if inflection is None or _inflection(second) != inflection or second.endswith("ss"):
        return False
    if inflection == "past":
        return not any(word.endswith("ed") for word in _WORD.findall(between.lower()))
    return not any(_inflection(word) == inflection for word in _WORD.findall(between.lower()))
