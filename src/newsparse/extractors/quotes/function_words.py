"""Words of English's closed classes, which a speaker's place may hold but which name no one.

A cue read on scraped or opinion text sometimes takes a sentence's first word for its speaker:
'What's new: Graham released a statement saying "..."' gives 'What', 'Given his past comments on
... "rapists"' gives 'Given', 'dismissed those reports as "..."' gives 'those'. A name or a
description of someone ('the senator', 'officials', 'one', 'some', 'another') is a speaker; a
determiner that owns or points at a noun ('his', 'those'), an object or second-person pronoun
('her', 'you'), a question word ('what', 'why') or a subordinating conjunction ('unless',
'whereas') never is, and no person's name is spelt as one. These classes are closed: a grammar
lists them in full, so the table below is the classes, not words seen in any text. Subject
pronouns ('he', 'it', 'they') are left to the tracker that resolves them, and words for how
many ('some', 'most', 'four in 10') are descriptions of people.
"""

from __future__ import annotations

#: Articles, demonstratives ('such') and possessive determiners; object, reflexive and second-person
#: pronouns; question and relative words; subordinating conjunctions.
FUNCTION_WORDS = frozenset(
    """
    a an the this that these those such his her hers its our ours my mine your yours their theirs
    me him us them you yourself yourselves myself himself herself itself ourselves themselves
    what whatever which whichever why how however whenever wherever whether where when
    unless whereas although though because if while whilst lest until
    """.split()
)
#: English's simple prepositions of place, time, cause and manner: a sentence opening on one opens
#: on a phrase before its subject ('Atop her mural, Alexa planned', 'Amid the protests, Li said').
#: The class is closed, so it is listed in full; the ones that are as often adverbs or verb
#: particles opening a clause ('Up', 'Down', 'Off', 'Past') are not.
PREPOSITIONS = frozenset(
    """
    aboard above across after against along alongside amid amidst among amongst around as at
    atop before behind below beneath beside besides between beyond by concerning despite
    during for from in inside into like near of on onto outside over per regarding since
    through throughout toward towards under underneath unlike until upon via with within without
    """.split()
)
#: A contraction's tail that a word read from the text may keep ("What's", 'I’m', "That's").
_CONTRACTIONS = ("'s", "’s", "'m", "’m", "'re", "’re", "'ll", "’ll", "'d", "’d")


def is_function_word(name: str) -> bool:
    """Whether a speaker's name is one word of a closed class that names no one ('What',
    "What's", 'those', 'Unless'), in any case; a word with a space is never one."""
    if " " in name or len(name) > 12:
        return False
    return without_contraction(name.lower()) in FUNCTION_WORDS


def without_contraction(word: str) -> str:
    """A word without the contracted verb it may end in ("what's" -> 'what', 'he’s' -> 'he').
    Every tail opens on the word's last apostrophe, so one look finds whether to cut and where:
    the tracker asks this of every mention it resolves."""
    if not word.endswith(_CONTRACTIONS):
        return word
    return word[: max(word.rfind("'"), word.rfind("’"))]
