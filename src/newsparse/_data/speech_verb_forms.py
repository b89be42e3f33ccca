"""Written from WordNet 3.0 and lemminflect 0.2.3 by
``wordnet_speech.table_source()``: never edit.

The inflected forms of the verbs whose first sense is one of communication taking a
clause, less the cue tables' own (see
:mod:`newsparse.extractors.quotes.wordnet_speech`).
"""

SPEECH_VERB_FORMS = frozenset(
    """
accented accenting accents accentuated accentuates accentuating advertised advertises
advertising advocated advocates advocating agreed agreeing agrees answered answering answers
apologized apologizes apologizing apprised apprises apprising apprized apprizes apprizing
asseverated asseverates asseverating averred averring avers avowed avowing avows ballyhooed
ballyhooing ballyhoos barking barks beefed beefing beefs bellyached bellyaches bellyaching bet
bets betted betting bitched bitches bitching blurted blurting blurts boasting bragged bragging
brags cabled cables cabling cackled cackles cackling claims commenting comments concurred
concurring concurs connoted connotes connoting contested contesting contests counters crew
crowed crowing crows deliberated deliberates deliberating demands denies denying disclosed
discloses disclosing disregarded disregarding disregards dissembled dissembles dissembling
divulged divulges divulging echoed echoes echoing ejaculated ejaculates ejaculating exacted
exacting exacts explicated explicates explicating expostulated expostulates expostulating
extrapolated extrapolates extrapolating feigned feigning feigns forecast forecasted forecasting
forecasts generalized generalizes generalizing gloated gloating gloats gripes griping groaned
groaning groans grunted grunting grunts guaranteed guaranteeing guarantees hazarded hazarding
hazards hinting hints hollered hollering hollers ignored ignores ignoring implied implies
implying instructed instructing instructs interjected interjecting interjects intimated
intimates intimating iterated iterates iterating lilted lilting lilts minded minding minds
moaned moaning moans mooted mooting moots mumbled mumbles mumbling murmured murmuring murmurs
muttered muttering mutters notified notifies notifying objected objecting objects opines opining
ordered ordering orders overemphasised overemphasises overemphasising overemphasized
overemphasizes overemphasizing parroted parroting parrots particularised particularises
particularising particularized particularizes particularizing petitioned petitioning petitions
piped pipes piping pledges pledging pointed pointing points postulated postulates postulating
prayed praying prays predestined predestines predestining pretended pretending pretends
prognosticated prognosticates prognosticating promises promulgated promulgates promulgating
prophesied prophesies prophesying protested protesting protests publicized publicizes
publicizing questioned questioning questions reaffirmed reaffirming reaffirms reasserted
reasserting reasserts recommended recommending recommends recorded recording records remarking
remarks repeated repeating repeats reporting restated restates restating retorting retorts
rumored rumoring rumors rumoured rumouring rumours shouting shouts shrieked shrieking shrieks
snapping snaps snarled snarling snarls sniveled sniveling snivelled snivelling snivels snubbed
snubbing snubs specified specifies specifying states stating stipulated stipulates stipulating
stresses supposed supposes supposing suspected suspecting suspects swanned swanning swans taught
teaches teaching telegraphed telegraphing telegraphs underlined underlines underlining
underscored underscores underscoring vaunted vaunting vaunts volunteered volunteering volunteers
whispering whispers
""".split()
)
