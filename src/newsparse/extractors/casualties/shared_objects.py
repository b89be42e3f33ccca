"""An arrest or a seizure whose object a second verb shares: "Police arrested and charged four
people", "deputies arrested and booked Diaz into the county jail", "gunmen abducted and robbed
two aid workers".

The object rule reads the people right after the harm verb; joined to a second verb, the verb's
object stands after that one, and the people are those the harm was done to as much as the
second verb's. Crime news tells most arrests this way when it names the charge in the same
breath ("have arrested and charged a 16-year-old boy with reckless manslaughter").

The second verb is any verb in the past (a participle in -ed, or an irregular past form), with at
most one adverb before it ("arrested and later charged"), but not a harm verb of another kind:
"captured and killed 20 rebels" tells the dead by its own rule, and the guidelines read prisoners
of war killed as killed only. Only the arrests and the seizures are read: after the harms of the
body a second verb more often tells a further harm of the same people ("shot and wounded",
"killed and injured 20", whose count is of both), which those kinds' own rules read.
"""

from __future__ import annotations

from newsparse._data.casualty_words import HARM_ACTIONS
from newsparse._data.past_form_words import PAST_FORMS
from newsparse.patterns import phrase_trie, word_trie

#: The kinds whose verbs may share their object with a second verb.
SHARING_KINDS = ("arrested", "kidnapped")
#: The harm verbs read here, in all their forms ("arrested", "abducting", "rounded up").
SHARING_VERBS = tuple(verb for kind in SHARING_KINDS for verb in HARM_ACTIONS[kind])
_OTHER_HARMS = sorted(
    {
        word
        for kind, verbs in HARM_ACTIONS.items()
        if kind not in SHARING_KINDS
        for verb in verbs
        for word in verb.split()[:1]
    }
)
#: The join and the second verb, up to the space before the shared object: " and charged",
#: " and later booked".
SECOND_VERB = (
    rf"\s+and\s+(?:(?:then|later|also|[a-z]+ly)\s+)?"
    rf"(?!(?:{word_trie(_OTHER_HARMS)})\b)(?:[a-z]+ed|{word_trie(PAST_FORMS)})\b"
)
#: The harm verb that opens the match, as a regex fragment.
SHARING_VERB = phrase_trie(SHARING_VERBS)
