"""Written from lemminflect 0.2.3 by ``cue_forms.table_source()``: never edit.

The inflected forms of the quote cue verbs that lemminflect also knows as nouns or
adjectives, read as cues only in an attribution's shape (see
:mod:`newsparse.extractors.quotes.cue_forms`).
"""

CUE_NOUN_FORMS = frozenset(
    """
barks blasts calls cautions charges claims comments counters demands fumes gripes hints jokes
labeling labelling laments marvels mentions muses musing pleading pledges posting posts promises
quotes reading recounts remarks reporting retorts scoffs shouts snaps snipes states stresses
surmises thunders tweets urges whispers wonders yells
""".split()
)
