"""Whether a seizure word tells a kidnapping: "snatched" and "hauled off" are said of people
seized by gunmen ("gunmen snatched dozens of businessmen", "25 aid workers were hauled off at
gunpoint") and of things or by accidents ("my wife and son were snatched from my arms" by a
wave, oil "hauled away" by tankers).

Such a word (:data:`~newsparse._data.casualty_words.SEIZED_ONLY_BY_FORCE`) is read as a
kidnapping only where its sentence tells of a force that seizes people
(:data:`~newsparse._data.casualty_words.SEIZERS`: gunmen, a raid, kidnappers, a ransom). The
verbs that name the act itself ("kidnapped", "abducted", "taken hostage") need no such word.

"taken" alone ("25 aid workers and an unknown number of visitors were taken") is a kidnapping
only where the clause ends with it (not "taken to hospital", "taken into account") and a
seizing force is told in its sentence or the one before ("Gunmen stormed the offices.").
"""

from __future__ import annotations

import re

from newsparse._data.casualty_words import SEIZED_ONLY_BY_FORCE, SEIZERS
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

_BY_FORCE_ONLY = frozenset(SEIZED_ONLY_BY_FORCE)
_SEIZER = compiled(rf"\b(?:{phrase_trie(SEIZERS)})", re.IGNORECASE)
# The seizure words a whole story may be read by: not those told of any shooting or robbery
# ("a gunman opened fire", "armed with a rifle", "robbed at gunpoint"), which tell a seizure
# only in the capture's own sentence.
_CRIME_WORDS = frozenset(("gunm", "gunpoint", "armed", "gang"))
_STORY_SEIZER = compiled(
    rf"\b(?:{phrase_trie([w for w in SEIZERS if w not in _CRIME_WORDS])})", re.IGNORECASE
)
# The end of a clause whose verb is the bare "taken", or who took them.
_TAKEN_ENDS = compiled(
    r"\s*(?:[,.;:!?\"”)]|--|[—–]|$)|\s+(?:by|at\s+gunpoint|in\s+the\s+(?:raid|attack))\b"
)
_SENTENCE_END = compiled(r"[.!?][\"”’)]?\s")
_BEFORE_REACH = 400  # characters: the sentence before


def by_force(harm: str, sentence: str) -> bool:
    """Whether the harm word ``harm`` (lower case, single-spaced) tells a harm in ``sentence``:
    any word but a seizure word of things too, and that one where a seizing force is told."""
    return harm not in _BY_FORCE_ONLY or _SEIZER.search(sentence) is not None


def capture_kind(sentence: str) -> str:
    """The kind of a capture told as a noun ("his capture", "Rahami's capture"): a kidnapping
    where the sentence tells a seizing force ("within a week of his capture by a Khmer Rouge
    faction"), else the arrest of a suspect ("said after Rahami's capture")."""
    return "kidnapped" if _SEIZER.search(sentence) is not None else "arrested"


def story_capture_kind(sentence: str, story: str) -> str:
    """The kind of a capture in ``sentence`` whose captor is not its subject, read by the
    sentence and the whole ``story``: a kidnapping where the sentence tells any seizing force
    ("Gunmen captured five aid workers") or the story tells hostages, kidnappers, militants or a
    raid anywhere, else the arrest of a suspect ("Marquez was eventually captured" in a story of
    a gunman who shot two deputies)."""
    told = _SEIZER.search(sentence) or _STORY_SEIZER.search(story)
    return "kidnapped" if told is not None else "arrested"


def taken_by_force(text: str, start: int, end: int) -> bool:
    """Whether the bare "taken" that ends at ``end`` in ``text`` (its sentence opening at
    ``start``) tells people seized: the clause ends there and a seizing force is told in the
    sentence or in the one before."""
    if _TAKEN_ENDS.match(text, end) is None:
        return False
    stop = _SENTENCE_END.search(text, end)
    before = text[max(0, start - _BEFORE_REACH) : start]
    opens = [m.end() for m in _SENTENCE_END.finditer(before.rstrip())]
    told = (
        before[opens[-1] if len(opens) > 0 else 0 :]
        + text[start : stop.start() if stop else len(text)]
    )
    return _SEIZER.search(told) is not None
