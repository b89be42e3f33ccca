"""Written from lemminflect 0.2.3 by ``noun_verbs.table_source()``: never edit.

The present forms of the cue verbs that lemminflect also reads as nouns or adjectives (see
:mod:`newsparse.extractors.quotes.noun_verbs`).
"""

NOUN_VERB_FORMS = frozenset(
    """
aim aims anger answer answers articulate attack attacks attribute attributes back backs balk
balks bark barks blame blast blasts boast boasts brag brand brands call calls caution cautions
challenge challenges champion champions chant chants charge charges claim claims comment
comments contrast contrasts counter counters credit credits debate debates decline declines
demand demands detail details dislike dislikes display displays dispute disputes distance
distances document documents doubt doubts e-mail e-mails echo echoes email emails embrace
embraces estimate estimates express expresses fault faults favor favors fear fears figure
figures find finds fume fumes gripe gripes grumble grumbles guess guesses hail hate highlight
highlights hint hints hope hopes impress impresses issue issues joke jokes judge judges knock
knocks label labels lament laments lash lashes lay lays lecture list lists love loves marvel
marvels mention mentions mock muse muses name names note notes object objects offer offers order
orders outline outlines pass passes pivot pivots plan plans pledge pledges post posts praise
present presents press presses project projects promise promises protest protests push pushes
question questions quip quips quote quotes rail rails rattle rattles read reads rebuke rebukes
recall recalls recount recounts reference references refuse regard reject rejects relay relays
remark remarks repeat repeats replies reply report reports respect respects retort retorts
ridicule rule rules say scoff scoffs scold scolds shout shouts show shows signal signals single
singles slam slams snap snaps snipe snipes sound sounds state states stress stresses support
supports surmise surmises suspect suspects talk talks think thunder thunders tout touts tweet
tweets underscore underscores urge urges view views vow vows want welcome welcomes whisper
whispers wish wishes wonder wonders worries worry yell yells
""".split()
)
