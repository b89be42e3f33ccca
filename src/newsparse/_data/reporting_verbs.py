"""Word tables for quote attribution: cue verbs, speaker pronouns, and words around speaker names.

All entries are lower case; the quote modules compare against ``word.lower()``.
"""

from newsparse._data.verb_forms import OTHER_FORMS as _OTHER_FORMS

# Verbs (every form a news story uses) that attribute words to a speaker.
CUE_VERBS = frozenset(
    """
    say says said saying
    tell tells told telling
    add adds added adding
    write writes wrote writing written
    argue argues argued arguing
    explain explains explained explaining
    note notes noted noting
    stated
    declare declares declared declaring
    ask asks asked asking
    replied replies replying
    respond responds responded responding
    insist insists insisted insisting
    claimed claiming
    warn warns warned warning
    continued
    recall recalls recalled recalling
    acknowledge acknowledges acknowledged acknowledging
    admit admits admitted admitting
    suggest suggests suggested suggesting
    announce announces announced announcing
    tweeted tweeting
    posted
    joked joking
    quip quips quipped quipping
    countered countering
    concede concedes conceded conceding
    emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
    stressed stressing
    observe observes observed observing
    remarked
    commented
    predict predicts predicted predicting
    complain complains complained complaining
    contend contends contended contending
    maintain maintains maintained maintaining
    conclude concludes concluded concluding
    called calling
    describe describes described describing
    promised promising
    vowed vows vowing
    pledged
    urged urging
    demanded demanding
    charged charging
    allege alleges alleged alleging
    assert asserts asserted asserting
    boasted boasts
    mentioned
    reported reports
    read reads
    testify testifies testified testifying
    confirm confirms confirmed confirming
    denied
    reiterate reiterates reiterated reiterating
    shouted
    yelled
    exclaim exclaims exclaimed exclaiming
    lamented
    recounted
    cautioned
    chided
    scoffed
    mused
    whispered
    summarized
    fumed
    snapped
    griped
    sniped
    thundered
    retorted
    marveled marvelled
    conceded
    hinted
    opined
    blasted
    wondered
    barked
    surmised
    exhorted
    dismissed
    condemned
    accused accuses accusing
    decried decries
    slammed slams
    criticized criticised criticizes
    labeled labelled labels
    dubbed dubs
    branded brands
    touted touts
    hailed hails
    pleaded
    cited cites citing
    quoted quoting
        """.split()
)

# Forms of cue verbs that are far more often no cue, which an inflection table does not tell:
# 'regarding' is a preposition ('questions regarding the deal'), and 'continued' reports only
# after a quote ('"...," he continued'), its other forms saying that something goes on ('prices
# continue to rise'); 'requested' most often says what a source arranged with the reporter
# ('who requested anonymity to discuss the talks'), not what they said. Never mined either
# (benchmarks/cue_rates.py).
NOT_CUE_FORMS = frozenset("regarding continue continues continuing requested requesting".split())


def _inflected(word: str) -> list[str]:
    """The other forms of ``word``'s verb that are inflected (past, -s, -ing, participle), its
    base form left out: the one whose -s form is also among them ('deny' beside 'denies', 'cite'
    beside 'cites'), which stands after 'to' or a modal as often as it reports words ('declined
    to criticise the law', 'could cite their accounts')."""
    forms = {word, *_OTHER_FORMS.get(word, ())}
    return [
        form
        for form in forms - {word} - NOT_CUE_FORMS
        if not {form + "s", form + "es", form[:-1] + "ies"} & forms
    ]


# The inflected forms of the cue verbs that CUE_VERBS does not list, by construction rather than
# a form per miss: the other forms lemminflect gives each listed verb (past, -s, -ing,
# participle), those it also knows as a noun or an adjective left out ('claims', 'calls'), as
# are the forms NOT_CUE_FORMS names: 'shouting', 'stating', 'denies', 'pled'. Read in narrative
# they credit scare quotes ('slamming "CEOs"', 'hailing the fight against "sanctuary cities"'),
# so the quote cues take them only in an attribution's own shape (see
# :mod:`newsparse.extractors.quotes.cue_forms`). The forms come from the table shipped in
# :mod:`newsparse._data.verb_forms` (:mod:`newsparse.extractors.quotes.verb_forms`).
CUE_VERB_FORMS = frozenset(form for word in CUE_VERBS for form in _inflected(word)) - CUE_VERBS

# French cues an English story keeps around a French quote: '«...», a déclaré Anne Leclerc'.
FRENCH_CUES = frozenset(
    ("a déclaré", "a dit", "a ajouté", "a affirmé", "a expliqué", "a souligné", "a estimé")
)

# Bare plural nouns that name an unnamed source after a cue: '"...," said sources.'
SOURCE_NOUNS = frozenset(
    "sources officials police witnesses residents analysts experts insiders aides diplomats "
    "authorities".split()
)

# Cue verbs whose word after is their object ("told reporters"), never the speaker.
OBJECT_FIRST_VERBS = frozenset(
    "tell tells told telling called calling describe describes described describing "
    "urged urging ask asks asked asking".split()
)

# Words opening an indirect question, which is what a verb like 'asked' reports when one comes
# right after it ('asked whether the deal was legal', 'asked how the plan would work').
QUESTION_WORDS = frozenset("whether if how why what when where who which".split())

# Of those, the verbs whose object is what the words are about, reported with what they call
# it: 'called the plan a disaster', 'described themselves as liberals'.
DESCRIBING_VERBS = frozenset("called calling described describing describes describe".split())

# Of those, the verbs whose object is who heard the words, so that they may close the sentence
# they report: '..., a spokesman told reporters.' ('called Smith.' names whom, not what).
TELLING_VERBS = frozenset("tell tells told telling".split())

# Cue verbs that, as participles after a noun, name a thing rather than report words: "the
# tax loophole called an "inversion"", "items labeled "Made in the U.S.A."".
NAMING_PARTICIPLES = frozenset("called labeled labelled dubbed branded described".split())

# Pronouns that can be a speaker mention, by the grammatical number and gender they carry.
PRONOUN_GENDER = {
    "he": "m",
    "she": "f",
    "they": "p",
    "we": "p",
    "i": "s",
    "it": "n",
}

# Titles and role words that tell which pronoun ("he" or "she") refers to a speaker.
GENDERED_TITLES = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "prince": "m",
    "spokesman": "m",
    "congressman": "m",
    "chairman": "m",
    "businessman": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "queen": "f",
    "princess": "f",
    "spokeswoman": "f",
    "congresswoman": "f",
    "chairwoman": "f",
    "businesswoman": "f",
}

# Nouns for kin that tell a person's gender as a title does ("the father", "his wife"), so
# that a description by one never stands for a person of the other. English gives gender to
# few nouns, and kin is the closed class of them that news calls its speakers by; they are
# not titles ("the wife" may bring someone new in, where "the senator" is someone in view).
KIN_GENDER = {
    **dict.fromkeys(
        """father son husband brother uncle nephew grandfather grandson boyfriend fiance
        widower stepfather stepson dad""".split(),
        "m",
    ),
    **dict.fromkeys(
        """mother daughter wife sister aunt niece grandmother granddaughter girlfriend fiancee
        widow stepmother stepdaughter mom mum""".split(),
        "f",
    ),
}

# Plural nouns without a final -s that name a group of speakers ("they").
PLURAL_NOUNS = frozenset("people police men women children staff".split())

# Words that make a capitalised run an organisation or place, never a person a pronoun
# ("he", "she") can stand for: "the World Bank", "Acme Corp", "Leeds City Council".
ORGANISATION_WORDS = frozenset(
    """
    bank ministry department office party council union court committee commission agency
    corp corporation inc ltd plc group company association institute university college
    school hospital police army force government parliament assembly congress senate house
    league club federation foundation fund organisation organization news press times post
    street road city county state province republic kingdom united nations center centre
    bureau administration authority board
    """.split()
)

# Relative pronouns that stand for the speaker named just before them: "Trump, who has said".
RELATIVE_PRONOUNS = frozenset(("who", "which"))

# Words between a speaker and the cue verb: "he also said", "Smith has long argued".
CUE_MODIFIERS = frozenset(
    """
    also later then once has had have would will could might may should had did does do
    long previously repeatedly recently again further simply just earlier often privately
    publicly quickly flatly reportedly initially bluntly angrily quietly frequently even
    still ultimately only already never has since since then famously memorably sharply
    """.split()
)

# Words that end a speaker phrase walking back from its cue: clause links and verbs of being.
SPEAKER_STOPS = frozenset(
    """
    that which who whom whose and but or because when while if as although though since
    after before where so than whether is was were are be been being not no
    in on at by for from with into onto about over under during without against upon
    to of
    """.split()
)

# Prepositions whose phrase may stand between a speaker and the cue: "Trump at the time said",
# "officials in Washington said", "a spokesman for the campaign said".
PLACE_TIME_PREPOSITIONS = frozenset(
    "at in on during for from with over without within near".split()
)

# Pronouns that open an attribution clause after a quote ('"..." He said.'); 'I', 'we' and 'it'
# opening a sentence after a quote are far more often the quoted speaker or writer going on.
ATTRIBUTION_PRONOUNS = frozenset(("he", "she", "they"))

# Words that may carry a short attribution clause set after a quote on past its verb: '"...?"
# Vitter demanded of the panel.', '"..." Smith wrote on Twitter.', '"..." he said as he left.'.
# After one, the quote and its attribution are one sentence; '"..." Smith said the vote ...'
# starts a new one.
ATTRIBUTION_LINKS = frozenset(
    "at in on during from with over within near of after before as while when".split()
)

#: The forms of 'be', which make a participle after them passive or progressive.
BE_FORMS = frozenset("am is are was were be been being".split())

#: The days of the week and the parts of a day, as attributions name when ('said Tuesday
#: night', 'Rice Monday condemned').
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
DAY_PARTS = frozenset(("morning", "afternoon", "evening", "night"))

# When-words an attribution clause may end on: '"..." Smith said Tuesday.' (but '"..." Hughes
# said yesterday that ...' is a sentence of its own).
ATTRIBUTION_TIMES = WEEKDAYS | frozenset(
    "today yesterday tonight later earlier afterward afterwards".split()
)

# Verbs of being, auxiliaries and clause-joining conjunctions: a phrase followed by one is the
# subject of a clause ("said the program is ...", "said Sanders has pushed ...", "said China
# and Russia have ..."), never a speaker named after the cue.
CLAUSE_CONTINUATIONS = frozenset(
    """
    is was were are be been being has have had will would can could should may might must
    does did do and or
    """.split()
)

# Words that end a speaker phrase reading forward from a verb-first cue ("said Smith in a ...").
FORWARD_STOPS = SPEAKER_STOPS - {"of"}

# Words that mark a sentence's opening phrase as an adverbial of time or sequence, not its
# subject: "Hours later, Trump ...", "Minutes after the vote, she ...", "Here, he ...".
OPENER_WORDS = frozenset(
    """
    later earlier ago afterward afterwards meanwhile then now here there first finally next
    shortly moments seconds minutes hours days weeks months years decades morning afternoon
    evening night early late last yesterday today tonight amid despite instead however
    separately similarly likewise indeed moreover still again once soon even
    monday tuesday wednesday thursday friday saturday sunday
    january february april june july august september october november december
    """.split()
)

# Determiners and quantifiers that open an unnamed source: "a senior official", "two aides".
DETERMINERS = frozenset(
    """
    a an the one two three four five several some many most other another his her their its
    our my your this these those both each few
    """.split()
)

# Titles and roles written before a name; stripped to get the person's name itself.
NAME_TITLES = frozenset(
    """
    mr mrs ms miss dr prof professor sir dame lord lady rev reverend father sister brother
    sen senator rep representative congressman congresswoman del delegate gov governor
    lt lieutenant mayor president vice gen general col colonel maj major capt captain sgt
    sergeant cmdr commander adm admiral judge justice secretary minister prime chancellor
    ambassador chief king queen prince princess sheikh pope hon honorable former late
    speaker leader chairman chairwoman chair spokesman spokeswoman spokesperson director
    deputy assistant attorney candidate nominee officer agent detective sheriff superintendent
    first lady counsel adviser advisor aide press state house senate majority minority whip
    republican democratic democrat independent gop us u.s. uk u.n. un white
    diplomat envoy constable inspector coach manager analyst economist lawyer
    activist councillor councilman councilwoman mp mla striker midfielder defender goalkeeper
    winger farmer teacher nurse neighbour neighbor resident
    """.split()
)

# Lower-case words allowed inside a capitalised name: "Charles de Gaulle", "Secretary of State".
NAME_PARTICLES = frozenset(
    "de del della di da dos du la le van von der den bin al el ibn of".split()
)

# Words that start a sentence or clause in capitals but never begin a speaker's name.
NOT_NAME_STARTS = frozenset(
    """
    but and or so yet still then now however meanwhile instead also later earlier asked
    in on at for from after before when while if as though although because since during
    the a an this that these those it its he she they we i his her their our my
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    january february march april may june july august september october november december
    """.split()
)

# Words written with a full stop that does not end a sentence inside a name: "Sen. Warren",
# "Martin Luther King Jr. said" (initials, "Andrew E. Lelling", are known by their length).
ABBREVIATED_WORDS = frozenset(
    """
    mr mrs ms messrs dr prof sen rep gov lt gen col maj capt sgt cmdr adm atty supt det insp
    hon rev st mt ft jr sr esq
    """.split()
)

# Documents and posts, whose words are their issuer's ('the statement said', 'the report noted').
DOCUMENT_NOUNS = frozenset(
    """
    statement report memo release letter website document abstract study survey paper lawsuit
    suit filing ruling bill resolution text tweet post note complaint indictment order
    communique communiqué declaration message circular opinion proposal article editorial
    """.split()
)
# Forms of 'say' and 'add', after which 'to' names who heard the words or how they were met
# ('said to reporters', 'said to cheers'), or gives 'add' another sense ('added to her lead'),
# and 'by' how they were said ('said by telephone'): what follows is never the reported clause,
# which may still come after 'that' ('said to cheers that the race was over').
ADDRESSED_FORMS = frozenset("say says said saying add adds added adding".split())
# Cue verbs of writing: whoever 'wrote' words last is the author of the document the story
# credits next ('wrote Judge Ann Ray. ... the opinion read').
WRITING_VERBS = frozenset("wrote write writes writing penned".split())
# Things that speak, documents and the bodies behind them, which 'it' refers to.
THING_NOUNS = DOCUMENT_NOUNS | frozenset(
    "thinktank military regime administration campaign network newspaper channel site firm".split()
)

# Who words were told to, after 'told' or 'asked' and before the reported clause: 'told
# reporters the plan would fail' (a capitalised audience, 'told CNN', is known by its capital).
REPORTED_OBJECTS = frozenset(
    """
    reporters journalists lawmakers legislators senators members supporters audience crowd
    voters students workers officials investigators police congress parliament committee
    panel court jury judge me him her them us you
    """.split()
)

# Cues of reported speech and stance only: verbs that report what someone thinks, wants or
# backs in the writer's words ('Smith believes the plan will fail', 'Jones called for a
# recount', 'a poll shows ...'). Kept out of CUE_VERBS, so direct quotes are attributed as before;
# forms that are as often nouns ('support', 'claims', 'fears') are left out. The extractor adds
# STANCE_VERB_CLASSES below.
REPORTED_ONLY_CUES = frozenset(
    """
    believe believes believed
    think thinks thought
    hopes hoped
    feared
    expects
    wants wanted
    knows knew
    feels felt
    worries worried
    doubted
    mocks mocked
    deny denies
    argues
    praise praises praised
    criticize criticizes criticise criticises
    endorse endorses endorsed
    supports supported
    oppose opposes opposed
    reject rejects rejected
    defend defends defended
    propose proposes proposed
    seeks sought
    reveal reveals revealed
    agree agrees agreed
    show shows showed
    finds found
    indicate indicates indicated
    questioned
    blames blamed
    learned
    declined refused
    estimated
    """.split()
) | frozenset(
    (
        "call for, calls for, called for, call on, calls on, called on, "
        "point to, points to, pointed to, pointed out, points out, "
        "refer to, refers to, referred to, referring to"
    ).split(", ")
)

# More stance verbs, by the VerbNet class (Levin's verb classes as extended in VerbNet 3) they
# belong to: a class names the attitude the verb reports, so a verb is added with its class,
# never for one sentence. Only the forms that follow a subject ('voters want', 'she hoped')
# are listed; forms as often nouns or prepositions ('view', 'back', 'like', 'need', 'fear',
# 'favor', 'doubt', 'promise', 'pledge', 'blame') are left out, and the passive reading ('is
# expected') is refused by the extractor.
STANCE_VERB_CLASSES = {
    "conjecture-29.5": """
        suppose supposes supposed assume assumes assumed suspect suspects suspected guess
        guessed imagine imagines imagined understand understands understood
        figured reckon reckons presume presumes presumed expect expected expecting
        know feel
        """,
    "want-32.1": "want prefer prefers preferred wish wishes wished",
    "long-32.2": "hope hoping",
    "admire-31.2": """
        loves loved hate hates hated dislike dislikes disliked admire admires admired
        appreciate appreciates appreciated fearing respects respected welcomes welcomed
        """,
    "characterize-29.2": """
        regard regards regarded portray portrays portrayed characterize characterizes
        characterized depict depicts depicted viewed
        """,
    "see-30.1": "see sees saw seeing",
    "judgment-33": """
        praising criticizing blaming condemn condemns condemning denounce
        denounces denounced denouncing ridicule ridicules ridiculed mock mocking attacked
        attacking applaud applauds applauded commend commended faulted scold scolded
        chastise chastised
        """,
    "promise-37.13": "pledging vow",
    "advise-37.9": """
        remind reminds reminded reminding assure assures assured assuring advise advises
        advised
        """,
    "inquire-37.1.2": "inquire inquired wonder wonders wondering",
    "wish-62": "intend intends intended plans planned planning decide decides decided",
    "approve-31.3": "backs backed backing favored approve approves approved",
    "discover-84": "discover discovers discovered learns",
    "talk-37.5": "talked talking spoke speaking",
    "lecture-37.11": "commented commenting lectured lecturing remarking",
    "complain-37.8": "complaining objected objecting protested protesting grumbled",
    "declare-29.4": "consider considers considered considering deem deems deemed",
    "estimate-34.2": "estimates estimating projected calculated",
    "order-60": "ordered ordering instructed instructs",
    "say-37.7": """
        expressed expressing disclosed disclosing echoed echoing clarified clarifying
        outlined outlining repeated repeating relayed conveyed affirmed articulated
        unveiled unveiling
        """,
    "chit_chat-37.6": "discuss discusses discussed discussing debated debating",
    "lecture-37.11 (more)": "moralize moralized bragged bragging",
    "inquire-37.1.2 (other forms)": "questioning",
    "declare-29.4 (more)": "ruled judged proclaimed pronounced",
    "judgment-33 (more)": """
        lambasted lambasting berated assailed excoriated rebuked castigated railed
        disputed
        """,
    "urge-58.1": "urges implored imploring encouraged encouraging",
    "liken (a comparison that judges)": "likened likens likening",
    # forms missing above of verbs of REPORTED_ONLY_CUES and CUE_VERBS, completed by class
    "approve-31.3 (other forms)": "supporting endorsing opposing rejecting seeking",
    "conjecture-29.5 (other forms)": "believing thinking knowing",
    "judgment-33 (other forms)": "dismisses dismissing blasts blasting slamming",
    "say-37.7 (other forms)": "stating hints hinting",
    # the forms that follow a subject or an auxiliary ('did not mention', 'is thanking'); the
    # nouns 'mentions' and 'thanks' ('thanks to') are left out
    "say-37.7 (mention)": "mention",
    "judgment-33 (thanks and congratulations)": """
        thank thanked thanking congratulate congratulates congratulated congratulating
        """,
    "instr_communication-37.4 (and a retweet)": "emailed e-mailed emailing retweeted retweeting",
    "advise-37.9 (more)": "informed informing informs",
    # advice and regret spoken by the subject ('requested' is left out: 'requested anonymity'
    # is the reporter's arrangement with a source, not what was said)
    "advising (recommend)": "recommend recommends recommended recommending",
    "regretting (bemoan)": "bemoan bemoans bemoaned bemoaning",
}
#: Every word the reported-speech tables list beside the quote cues.
LISTED_STANCE_WORDS = REPORTED_ONLY_CUES.union(
    *(words.split() for words in STANCE_VERB_CLASSES.values())
)


# What reports its findings through 'in' ('In a new CNN poll, 50 percent chose Clinton.',
# '..., in the latest Quinnipiac survey.'): the phrase naming one is the source.
FINDINGS_NOUNS = frozenset("poll polls survey surveys study studies".split())

# Nouns that report what their owner said, thought or decided, when a clause or topic follows
# them ("Trump's claim that ...", "Clinton's decision to ...", "Reid's comments on ..."): the
# nouns of the cue and stance verbs above, in the singular and plural news writes them in
# ('request' is left out: "Smith's request for comment" is the reporter's).
CUE_NOUNS = frozenset(
    """
    claim claims assertion assertions argument arguments contention insistence statement
    statements comment comments remark remarks view views belief beliefs position promise
    promises pledge pledges call calls plan plans proposal proposals demand demands warning
    warnings allegation allegations accusation accusations suggestion suggestions
    announcement admission acknowledgment acknowledgement determination assessment
    conclusion expectation expectations hope hopes fear fears concern concerns idea ideas
    theory advice criticism criticisms decision decisions vow vows threat threats denial
    prediction predictions estimate opinion complaint complaints message rhetoric praise
    endorsement support opposition rejection refusal defense defence insinuation charge
    """.split()
)

# What links such a noun to what it reports: a clause ('that'), an aim ('to'), or a topic.
CUE_NOUN_LINKS = frozenset("that to about on over for against of".split())

# Conjunctions that open a subordinate clause ahead of the main one: 'While Smith said the plan
# was sound, Jones called it ...' (the first attribution ends at the comma).
SUBORDINATORS = frozenset(
    "while although though as after when if because since whereas once".split()
)
