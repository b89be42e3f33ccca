"""Where the object of a harm verb ends before a participle or an adverb: "a mortar attack that
killed four children playing football", "police arrested four people believed to have sold the
drugs", "a shooting that killed one and injured three others entered pleas", "a gunman shot four
people shortly before 9 p.m.".

The object rule ends the people at a mark, a preposition, a capital or a finite verb it knows.
After the noun of a counted group a word in -ing or -ed opens a phrase that tells more of the
people (a reduced relative clause) or the verb of the clause the harm is told inside; a word in
-ly is an adverb of the harm. Either way the people have ended. Not after a bare number ("1
killed 3 injured" is two headline counts, not three people killed), and not a harm word of its
own ("killing two people wounded ...") or a grade of the harm ("shot two men fatally" is no
shot of two men) that the rules read themselves.
"""

from __future__ import annotations

from newsparse._data.casualty_words import HARM_ACTIONS, HARM_STATES
from newsparse.extractors.casualties.grammar import phrase_trie
from newsparse.numbers import CARDINAL_WORDS

# Harm words and the grades of a harm: read by the rules themselves, never a plain participle.
_HARM_WORDS = phrase_trie(
    {
        *(p for phrases in (*HARM_STATES.values(), *HARM_ACTIONS.values()) for p in phrases),
        *"fatally mortally critically seriously badly severely slightly gravely".split(),
    }
)
# The group must close on a word that is no number: one lookbehind a word (each of fixed width).
_NOT_A_NUMBER = "(?<!\\d)" + "".join(f"(?<!\\b{word})" for word in (*CARDINAL_WORDS, "dozen"))
#: The end of an object before a participle or an adverb, for the object rule's pattern.
PARTICIPLE_AFTER = (
    rf"(?<=[a-z]){_NOT_A_NUMBER}(?=\s+(?!(?:{_HARM_WORDS})\b)(?-i:[a-z]+(?:ing|ed|ly))\b)"
)
