"""Written from lemminflect 0.2.3 by ``non_names.table_source()``: never edit.

Every lower-case word lemminflect reads only as the past form of a verb or an adverb (see
:mod:`newsparse.extractors.quotes.non_names`).
"""

NON_NAME_WORDS = frozenset(
    """
aback abandoned abased abashed abated abbreviated abdicated abducted abetted abhorred abided
abjectly abjured ably abnegated abnormally aboard abolished abominably abominated aborted
abounded abraded abreast abridged abroad abrogated abrupted abruptly absconded absented
absolutely absolved abstained abstractly absurdly abundantly abused abusively abutted abysmally
academically acceded accelerated accentuated acceptably accessed accessibly accessioned
accidentally acclaimed acclimated acclimatised acclimatized accommodated accompanied accorded
accordingly accosted accounted accrued accumulated accurately accustomed aced ached achieved
acidified acidly acknowledged acoustically acquainted acquiesced acquitted across acted actioned
activated actively actualised actualized actually actuated acupunctured acutely adamantly added
addicted additionally addled addressed adduced adeptly adequated adequately adhered adjacently
adjectivally adjoined adjourned adjudged adjudicated adjured administered administrated
administratively admirably admired admittedly admonished adopted adored adorned adroitly
adulated adulterated adumbrated advantaged advantageously adventured adversely adverted
advertised advertized advisedly advocated aerated aerodynamically affectionately affiliated
affirmatively affirmed affixed afflicted afforded afforested affronted afield afresh aft
afterward afterwards again agglomerated agglutinated aggrandised aggrandized aggravated
aggregated aggressively aggrieved agonizingly agreeably agreed aided ailed aimed aimlessly
airbrushed aired airlifted airmailed alarmed alarmingly alarumed alerted alertly algebraically
aliased alienated alighted aligned alined alit allayed alleged allegedly alleviated allocated
allotted allowed alloyed alluded allured allusively almost aloft along alongside aloud
alphabetically alphabetised alphabetized already also alternated alternately alternatively
altogether altruistically always amalgamated amassed amazed amazingly ambiguously ambitiously
ambivalently ambled ambushed ameliorated amended amicably amok amorphously amortised amortized
amounted amplified amply amputated amuck amused amusingly analogously analysed analytically
analyzed anarchically anatomically anchored anew angelically angered angioplastied angled
angrily animated annealed annexed annihilated annotated announced annoyed annoyingly annually
annulled anointed anonymously answered antagonised antagonistically antagonized anted antedated
anticipated antiseptically antithetically anxiously anyhow anymore anytime anyway anywhere apace
apathetically aped apiece apologetically apologised apologized appaled appalled appallingly
appareled apparelled apparently appealed appeared appeased appended appertained applauded
appointed apportioned appositely appraised appreciably appreciated appreciatively apprehended
apprehensively apprenticed apprised apprized approached appropriated appropriately approved
approvingly approximated approximately aptly aquaplaned arbitrarily arbitrated arced archaically
arched architecturally archived arcked ardently arduously arguably argued aright arisen
arithmetically arose around aroused arraigned arranged arrayed arrested arrived arrogantly
arrogated artfully articled articulated articulately artificially artistically as ascended
ascertained ascribed asexually ashed ashore asked aslant asphalted asphyxiated aspirated aspired
assailed assassinated assaulted assayed assembled assented asserted assertively assessed
asseverated assiduously assigned assimilated assisted associated assuaged assumed assuredly
asterisked astonished astonishingly astounded astoundingly astride astronomically astutely
asymmetrically asymptotically asynchronously ate athletically atmospherically atoned atrociously
atrophied attacked attained attended attentively attenuated attested attired attitudinised
attitudinized attracted attractively attributed attuned atypically auctioned audaciously audibly
audited auditioned augmented augured aurally auspiciously austerely authentically authenticated
authored authorised authoritatively authorized autocratically autographed automatically
autonomously autopsied availed avalanched avenged averaged averred averted avidly avoidably
avoided avowedly awaited awakened awarded awed awesomely awfully awhile awkwardly awoke awoken
axed axiomatically babbled babied babysat backbit backbitten backboarded backdated backdropped
backed backfired backgrounded backlogged backpedaled backpedalled backslid backslidden
backspaced backstopped backtracked backwashed bade badged badgered badly baffled bagged bailed
baited baked baldly baled balefully balked ballasted balled ballooned balloted ballyhooed
bamboozled bandaged banded bandied banged banished banked bankrupted banned banqueted bantered
baptised baptized barbecued barbered barded bared barely bargained barged barked barned
barnstormed barracked barraged barred barreled barrelled barricaded bartered basely bashed
bashfully basically basked basketed bastardised bastardized basted batched bathed batted
battened battered battled baulked bawled bayed bayoneted bayonetted beached beamed beaten
beatified beautified beautifully beavered became beckoned becomingly bedazzled bedecked
bedeviled bedevilled beefed been beeped beetled befallen befell befitted before beforehand
befouled befriended befuddled began beggared begged begot begotten begrudged begrudgingly
beguiled beguilingly begun behaved beheaded beheld behooved behoved belabored belaboured
belatedly belayed belched beleaguered believed belittled belled belligerently bellowed
bellyached belonged below belted bemoaned benchmarked bended beneficed beneficently beneficially
benefited benefitted benevolently benignly benumbed bequeathed berated bereft berried berthed
beseeched besides besieged besmirched besought bespoke bespoken bested bestirred bestowed
bestrid bestridden bestrode betokened betrayed betrode betted bettered between beveled bevelled
bewailed bewildered beyond biannually biassed bibbed bickered bicycled bidden bided biennially
bifurcated biked bilaterally bilked billed billeted billowed binged binned biologically biopsied
birched bisected bitched bitten bitterly bivalved bivouacked bizarrely blabbed blackballed
blacked blackened blacklisted blackmailed blamed blanched blanked blanketed blankly blared
blasphemed blasted blatantly blazed bleached bleated bled blemished blenched blended blent blest
blew blighted blindingly blindly blinked blissfully blistered blithely blitzed blobbed blockaded
bloodied bloodlessly bloomed blossomed blotted blown blubbered bludgeoned blued bluffed
blundered blunted bluntly blurred blurted blushed blustered boarded boasted boated bobbed
bobsledded boded bogarted bogged boggled boiled boldly bolled bolstered bolted bombarded bombed
boned boobed booed booked bookmarked boomed boomeranged boosted boostered bootlegged
bootstrapped boozed bopped bordered bored borne borrowed bossed botched bothered bottled
bottlenecked bottomed bought bounced bountifully bowed bowled boxed boycotted braced bracketed
bragged braided brained brainstormed brainwashed braised braked branched branded brandished
brashly braved bravely brawled brayed brazened brazenly breached breakfasted breasted breathed
breathlessly breathtakingly bred breezed breezily brewed bribed bricked bridged bridled briefed
briefly brightened brightly brilliantly brimmed brined briskly bristled broached broadcasted
broadened broadly broadsided brocaded broiled bronzed brooded brooked brought browbeaten browned
browsed bruised brushed bruskly brusquely brutalised brutalized brutally bubbled bucked bucketed
buckled budded buddied budged budgeted buffed buffered buffeted bugged buggered built bulged
bulked bulldozed bulled bullied bumbled bummed bumped bunched bundled bunged bungled bunglinged
bunked bunkered buoyantly buoyed burdened bureaucratically burgeoned burglarized burgled
burlesqued burned burnished burnt burped burred burrowed bused busied busily bussed busted
bustled butchered butted buttered buttoned buttonholed buttressed buzzed by bypassed cabled
cached cackled cadged caged cajoled caked calcified calcined calculated calendared calibrated
calipered calked called callipered callously calmed calmly calumniated calved cambered came
camouflaged campaigned camped canaled canalled canceled cancelled candidated candidly candied
candled caned cankered cannibalised cannibalized canoed canonised canonized canopied canted
cantered cantilevered canvased canvassed capably capered capitalised capitalized capitulated
capped capriciously capsuled captained captioned captivated captured caravaned caravanned carded
cared careened careered carefully carelessly caressed caricatured carjacked caroled carolled
caroused carped carpeted carried carted cartooned cartwheeled carved cascaded cased cashed
cashiered castigated castled castrated casually cataloged catalogued catalysed catalyzed
catapulted catastrophically catcalled catechized categorically categorised categorized catered
catted caucused caught caulked causally caused caustically cauterised cauterized cautioned
cautiously caved caviled cavilled cawed ceased ceaselessly ceded celebrated cemented censored
censured censused centralised centralized centrally centrifuged ceremonially certainly chafed
chaffed chagrined chained chaired chalked challenged champed championed chanced changed
channeled channelled chanted chaotically chaperoned chapped characterised characteristically
characterized charbroiled charitably charmed charmingly charred charted chartered chased
chastened chastised chatted chattered chauffeured cheapened cheaply cheated checked checkmated
cheeked cheered cheerfully cheerlessly chemically cherished chewed chickened chid chidded
chidden chided chiefly childishly chilled chimed chinked chipped chirped chirruped chlorinated
chloroformed chocked choked chomped chopped choreographed chorused chose chosen christened
chronically chronicled chronologically chucked chuckled chummed chunked churlishly churned
chuted cinched ciphered circled circuitously circularised circularized circulated circumcised
circumflexed circumnavigated circumscribed circumstantially circumvented cited civilised
civilized civilly clacked cladded claimed clambered clammed clamored clamoured clamped
clandestinely clanged clanked clapped clarified clashed clasped classed classically clattered
cleaned cleansed cleared clearly cleaved clenched clerked cleverly clewed clicked climaxed
climbed clinched clinically clinked clipped cloaked clobbered clocked clogged cloistered cloned
closely closeted closured clothed clotted clouded clouted cloven clowned clownishly cloyed
clubbed clucked clued clumped clumsily clung clunked clustered clutched cluttered coached
coagulated coalesced coarsely coarsened coasted coated coauthored coaxed cobbled cobwebbed
cocked cocooned coddled coded codified coerced coexisted cogently cogitated cogwheeled cohabited
cohered coherently cohesively cohorted coiled coincided coincidentally coined coked coldly
collaborated collapsed collared collated collectively collectivised collectivized collided
colloquially colluded colonised colonized colonoscopied colorfully colourfully combated
combatted combed combined comfortably comforted comfortingly commanded commandeered commemorated
commenced commendably commended commentated commented commercialised commercialized commercially
commiserated commissioned commonly communally communed communicated commuted compacted compactly
companioned comparably comparatively compared compartmentalised compartmentalized compartmented
compassed compassionately compatibly compelled compellingly compensated competed competently
competitively compiled complacently complained complemented completely complexed complied
complimented comported composited composted compounded comprehended comprehensively compressed
compulsively compulsorily computationally computed computerised computerized concatenated
concealed conceded conceivably conceived concentrically conceptualised conceptualized
conceptually conciliated concisely concluded conclusively concocted concorded concreted
concretely concurred concurrently condemned condensed condescended condescendingly conditionally
condoled condoned conduced conducted coned confederated conferred confessed confided
confidentially confidently configured confirmed confiscated conflicted conformed confounded
confronted confusedly confusingly confuted congealed congenially congenitally congested
conglomerated congratulated congregated congressed conjectured conjoined conjured conked conned
connived connoted conquered conscientiously consciously conscripted consecrated consecutively
consented consequently conservatively conserved considerably considerately consigned consisted
consisteded consistently consoled consolidated consorted conspicuously conspired constantly
constipated constituted constitutionally constructed constructively construed consulted consumed
consummated contacted contaminated contemplated contemporaneously contemptuously contended
contentedly contentiously contested continually continued continuously contorted contracted
contractually contradicted contrarily contrariwise contrasted contravened contributed controled
controversially controverted contused convalesced convened conveniently conventionally converged
conversationally conversed conversely converted conveyed convicted convincingly convoked
convoyed convulsed convulsively cooed cooked cooled cooped cooperated cooperatively coordinated
coped copied copiously coppered coppiced copulated copyrighted corded cordially cordoned cored
corked corkscrewed corned cornered corraled corralled corrected correctlier correctliest
correctly corresponded correspondingly corroborated corroded corrupted corseted coruscated
cosigned cosmetically cosmically cosponsored costarred costed costumed couched coughed could
counseled counselled countably counted countenanced counteracted counterattacked counterbalanced
counterclaimed countered counterfeited countermanded countersank countersigned countersunk
counterweighted coupled courageously coursed courted courteously covenanted covered covertly
coveted cowed cowered cozened crabbed cracked crackled cradled crafted crammed craned cranked
crankshafted craped crashed crated cratered craved crawled crayoned crazed crazily creaked
creamed creased created creatively credentialled credibly creditably credited cremated creosoted
creped crept crewed cricked cried criminally crimped crimsoned cringed crinkled crippled crisped
crisply crisscrossed critically criticised criticized critiqued croaked crocheted crocked
crookedly crooned cropped crosschecked crossed crossly crossways crosswise crouched crowed
crowned crucially crucified crudely cruelly cruised crumbled crumpled crunched crusaded crushed
crusted crutched cryptically cubed cuckolded cuckooed cuddled cudgeled cudgelled cued cuffed
culled culminated culturally cumulatively cunningly cupped curated curbed curdled cured
curiously curled currently curried cursorily curtailed curtained curtly curtseyed curtsied
cushioned customarily customised customized cycled cyclically cynically cyphered dabbed dabbled
dadoed dallied damaged damasked dammed damnably damped dampened danced dangerously dangled
dappled darkened darkly darned darted dashed daubed daunted dawdled dawned daydreamed daylighted
daylit dazed dazzled deactivated deadened deadlocked deafened dealt deaned dearly debarked
debarred debased debated debauched debilitated debited debriefed debugged debunked debuted
decaffeinated decamped decanted decapitated decayed deceitfully deceived decelerated decently
decentralised decentralized deceptively decided decidedly decimated deciphered decisively decked
declaimed declared declassified declined decoded decolonised decolonized decommissioned
decomposed decompressed decontaminated decorated decorously decoyed decreased decreed decried
decriminalised decriminalized deduced deducted deemed deepened deeply deescalated defaced
defaecated defamed defaulted defeated defecated defected defended defensively deferred defiantly
defied defiled defined definitely definitively deflated deflected defoliated deforested
defrauded defrayed defrosted deftly defused degenerated degraded dehumanised dehumanized
dehumidified deiced deified deigned delayed delegated deleted deliberated deliberately
delicately delighted delightfully delimited delineated deliriously delivered deluded deluged
delved demagnetised demagnetized demanded demarcated demeaned demerited demilitarised
demilitarized demised demobilised demobilized democratically democratised democratized
demographically demolished demonstrably demonstrated demonstratively demoralised demoralized
demoted demounted demurely demurred denatured denied denigrated denned denominated denoted
denounced densely dented denuded deodorised deodorized departed departmentalised
departmentalized dependably depended depicted depleted deplorably deplored deployed
depoliticised depoliticized depopulated deported deposed deposited deprecated depreciated
depressingly deprived deprogrammed deputed deputised deputized derailed deregulated derided
derisively derived derogated derricked desalinated descented described descried descriptively
desecrated desegregated deserted deservedly desiccated designated designed desirably desired
desisted desolated despaired despairingly despatched desperately despised despoiled despondently
destabilised destabilized destroyed destructed destructively detained detected deteriorated
determinated deterred detested dethroned detonated detoured detoxed detoxified detracted
devalued devastated developed deviated deviled devilishly devilled devised devolved devotedly
devoured devoutly dexterously dextrously diabolically diademed diagnosed diagonally diagramed
diagrammed dialed dialled dialoged dialogued diametrically diapered diaphragmed dibbled diced
dickered dictated did died dieted differed differently diffused diffusely digested digitally
digitised digitized digressed diked dilated diligently diluted diminished dimly dimmed dimpled
dined dinned diplomatically dipped dipsticked directly dirtied disabused disadvantaged
disadvantageously disagreeably disagreed disallowed disambiguated disappeared disappointingly
disapproved disapprovingly disarmed disarranged disarrayed disassembled disassociated
disastrously disavowed disbanded disbarred disbelieved disbursed discarded disced discerned
discharged disciplined disclaimed disclosed discoed discolored discoloured discomfited
discommoded discomposed disconcerted disconnectedly discontinued discorded discounted
discountenanced discouraged discouragingly discoursed discovered discredited discreetly
discriminated discussed disdained disdainfully disembarked disemboweled disembowelled
disenchanted disencumbered disenfranchised disengaged disentangled disestablished disfavored
disfavoured disfigured disfranchised disgorged disgraced disgracefully disguised disgustedly
disheartened dished dishonestly dishonored dishonoured disinclined disinfected disinherited
disintegrated disinterred disked disliked dislocated dislodged dismally dismantled dismayed
dismembered dismissed dismounted disobeyed disobliged disorganised disorganized disoriented
disowned disparaged dispassionately dispatched dispelled dispensed dispersed dispirited
displaced displayed displeased disposed dispossessed disproportionated disproportionately
disproved disproven disputed disqualified disquieted disregarded disrespected disrespectfully
disrobed disrupted dissatisfied dissected dissed dissembled disseminated dissented dissimulated
dissolved dissuaded distanced distantly distempered distilled distinctively distinctly distorted
distressed distressingly distributed distrusted distrustfully disturbed disturbingly disunited
ditched dithered diurnally dived diverged diversely diversified diverted divested divined
divinely divisively divulged divvied docked docketed doctored documented doddered dodged doffed
doggedly dogmatically doled dolefully dolled dollied domestically domesticated domiciled
dominantly dominated domineered donated donned doodled doomed doped dopplered dosaged dosed
doted dotted doubled doubly doubted doubtfully doubtlessly douched doused dovetailed doweled
dowelled downed downgraded downloaded downplayed downsized downstaged downwards dowsed dozed
drafted dragged dragooned drained dramatically dramatised dramatized drank draped drastically
drawled dreaded dreadfully dreamed dreamt dredged drenched dressed drew dribbled drifted drilled
drily dripped driveled drivelled drizzled droned drooled drooped dropped drowned drowsed drudged
drummed dryly dubbed dubiously ducked dueled duelled dug dulled dully duly dumbfounded
dumfounded dumped dunked dunned duped duplexed duplicated durably dusted dutifully dwarfed
dwelled dwelt dwindled dyed dyked dynamically dynamited eagerly eared earmarked earned earnestly
earthed earwigged eased easily eastwards eaten eavesdropped ebbed eccentrically echoed
eclectically eclipsed ecologically economically economised economized ecstatically eddied edged
edgeways edified edited editorialised editorialized editorially educationally eerily effaced
effected effectively effectually effectuated effeminated effervesced efficaciously efficiently
effortlessly effusively egged egotistically egregiously egressed either ejaculated ejected eked
elaborated elaborately elapsed elbowed elected electioneered electrically electrified
electrocuted electronically electroplated elegantly elevated elicited elided eliminated
elliptically elongated eloped eloquently else elsewhere elucidated eluded elusively emailed
emanated emancipated emasculated embargoed embarked embarrassed embarrassingly embellished
embezzled embittered emblazoned embodied emboldened embossed embraced embroidered embroiled
emended emerged emigrated eminently emitted emoted emotionally empaneled empanelled empathised
empathized emphasised emphasized emphatically empirically employed empowered emptied emulated
emulsified emulsioned enabled enacted enameled enamelled enamored enamoured encamped
encapsulated encased encircled enclosed encoded encompassed encored encountered encouraged
encouragingly encroached encrusted encrypted encumbered endangered endeared endeavored
endeavoured ended endlessly endorsed endowed endued endured energetically energised energized
enervated enfeebled enfolded enforced enfranchised engendered engineered engraved engrossed
engulfed enigmatically enjoined enjoyed enlarged enlisted enlivened enmeshed ennobled enormously
enquired enraged enriched enroled enrolled ensconced ensembled enshrined enshrouded enslaved
ensnared ensued ensured entailed entangled entered entertained enthraled enthralled enthroned
enthusiastically enticed entirely entitled entombed entrapped entreated entrenched entrusted
entwined enumerated enunciated enveloped envelopped envied enviously environmentally envisaged
envisioned epitomised epitomized equaled equalised equalized equalled equally equated equipped
equitably equivalently equivocally equivocated eradicated erased erected erectly ergo eroded
erotically erratically erred erroneously erupted escalated escaped eschewed escorted
esoterically especially espied espoused esquired essayed essentially established esteemed
estimated estranged etched eternally ethereally ethically ethnically eulogized euphemistically
evacuated evaded evaluated evangelized evaporated evasively evened evenly eventfully eventually
eventuated ever everywhere evicted evidenced evidently evilly evinced eviscerated evoked evolved
exacerbated exacted exactly exaggerated examined exasperated excavated exceeded exceedingly
excelled excellently excepted exceptionally excerpted excessively exchanged excised excitedly
excitingly excized exclaimed excluded exclusively excommunicated excoriated excreted
excruciatingly exculpated excused execrated executed exemplified exempted exercised exercized
exerted exhaled exhausted exhaustively exhibited exhilarated exhorted exhumed exiled existed
existentially exited exonerated exorbitantly exorcised exorcized exotically expanded expansively
expatiated expatriated expectantly expectorated expediently expedited expeditiously expelled
expended expensively experimentally experimented expertised expertized expertly expiated expired
explained explicated explicitly exploded exploited explored explosively exponentially exported
exposed expostulated expounded expressed expressively expressly expropriated expunged expurgated
exquisitely extemporaneously extemporized extensively extenuated exterminated externally
extinguished extirpated extolled extorted extracted extradited extraneously extraordinarily
extrapolated extravagantly extremely extricated extrinsically extruded exuberantly exuded
exultantly exulted eyed eyewitnessed fabricated facetiously facially facilitated factored
factorised factorized factually faded fagged faggoted fagoted failed fainted faintly faired
fairly faithfully faithlessly faked fallaciously fallibly fallowed falsely falsified faltered
falteringly famed familiarised familiarized familiarly famished famously fanatically fancied
fancifully fanned fantasised fantasized fantastically fared farmed farrowed farted fascinated
fashionably fashioned fasted fastened fastidiously fatally fatefully fathered fathomed fatigued
fatted fattened faulted faultily faultlessly favorably favourably favoured fawned faxed fazed
feared fearfully fearlessly feasibly feasted feathered featured fed federally federated feebly
feelingly feigned feinted felled fenced fended fermented ferociously ferreted ferried ferruled
fertilised fertilized fervently festered festooned fetched fettered fettled feuded fevered
feverishly fibbed fictionalised fictionalized fiddled fidgeted fielded fiercely figuratively
figured filched filed filibustered filled filleted filliped filmed filtered filtrated finalised
finalized finally financed financially fined finely finessed fingered fingerprinted finished
finitely finked finned fired fireproofed firmed firmly firstly fiscally fished fishtailed
fissioned fissured fitfully fitly fittingly fixated fixedly fizzed fizzled flabbergasted
flagellated flagged flagrantly flailed flaked flamed flanged flanked flapped flared flashed
flasked flatly flattened flattered flaunted flawlessly flayed flecked fled fleeced fleetingly
fleshed flew flexed flexibly flicked flickered flied flinched flippantly flipped flirted flitted
floated flocked flogged flooded floodlighted floodlit floored flopped floridly flossed flounced
floundered floured flourished flouted flowed flowered flown fluctuated fluently fluffed fluidly
flummoxed flung flunked fluoresced fluoridated fluoroscoped flurried flushed flustered fluted
fluttered foaled foamed fobbed focused focussed fogged foiled foisted folded followed fomented
fondled fondly fooled foolishly footnoted footprinted fopped foraged forayed forbad forbade
forbiddingly forbore forborne forceably forced forcefully forcibly forded forecasted foreclosed
foregathered foregone foregrounded foreordained foresaw foreseen foreshadowed foreshortened
forestalled foreswore foresworn foretasted foretold forever forewarned forewent forfeited
forgathered forgave forged forgiven forgone forgot forgotten forked formalised formalized
formally formatted formerly formidably formulated fornicated forsook forswore forsworn forth
forthrightly fortified fortuitously fortunately forwarded forwent fossilised fossilized fostered
fought fouled found founded foundered fourthly fowled foxed fractionally fractioned fractiously
fractured fragmented framed franchised franked frankly frantically fraternised fraternized
fraudulently frayed freaked freckled freebased freed freelanced freely freewheeled freighted
frenetically frenziedly frequented frequently frescoed freshened freshly fretfully fretted
fricasseed fried frightened frighteningly frightfully frilled fringed frisked frittered
frivolously frizzed frizzled fro frogged frolicked frontally fronted frosted frothed frowned
froze fructified frugally fruited fruitfully fuddled fudged fueled fuelled fulfilled fulled
fully fulminated fumbled fumed fumigated functionally functioned fundamentally funded funked
funneled funnelled furbished furiously furled furloughed furnished furred furrowed furthered
furthermore furtively fused fussed futilely fuzzed fuzzily gabbed gabbled gadded gaged gagged
gaily gained gainfully gainsaid gaited galled galloped galvanised galvanized gambled gamboled
gambolled gamed gamely ganged gangrened gaoled gaped gapped garaged garbed garbled gardened
gargled garlanded garnered garnished garnisheed garoted garotted garrisoned garroted garrotted
gashed gasped gassed gathered gauged gauzed gave gawked gayly gazed gazetted geared gelded
gelled gendered generalised generalized generally generated generically generously genetically
genially gentled gently gentrified genuflected genuinely geographically geologically
geometrically germinated gerrymandered gestated gesticulated gestured ghettoed ghosted
ghostwritten ghostwrote gibbered gibed giggled gilded gingered gingerly ginned girded girdled
girt glacially gladdened gladly glamorised glamorized glamourised glamourized glanced glared
glaringly glassed glazed gleamed gleaned gleefully glibly glided glimmered glimpsed glinted
glistened glittered gloated globally gloried glorified glossed gloved glowed glowered glowingly
glued glutted gluttonously gnashed gnawed goaded gobbled godfathered goggled golfed gone goofed
googled goosed gored gorged gossiped gossipped got gotten gouged governed gowned grabbed graced
gracefully graciously gradually graduated grafted grained grammatically grandfathered grandly
grandparented granted granulated graphed graphically grappled grasped grassed grated gratefully
gratified gratuitously graveled gravelled gravely gravitated grayed grazed greased greatly
greedily greened greeted gregariously grew greyed grieved grievously grilled grimaced grimed
grimly grinded grinned griped gripped gritted groaned grommeted groomed grooved groped grossed
grossly grotesquely grouched groundlessly grouped groused groveled grovelled growled grown
grubbed grudged grudgingly grumbled grunted guaranteed guardedly guessed guested guffawed guided
guillotined guised gulled gulped gummed gunned gurgled gushed gusseted gusted gutted guttered
guyed guzzled gybed gypped gyrated habitually habituated hacked hackled had haemorrhaged hafted
haggled hailed hallmarked hallowed hallucinated haloed halted haltered haltingly halved hammed
hammered hammocked hampered hamstrung handcrafted handcuffed handed handily handled handpicked
handsomely hanged hankered haphazardly happened happily harangued harassed harbingered harbored
harboured hardened hardly hared harked harkened harmed harmfully harmlessly harmonically
harmoniously harmonised harmonized harnessed harped harpooned harried harrowed harshly harvested
hashed hasped hassled hastened hastily hatched hated hatefully hauled haunted hauntingly hawed
hawked hayed hazarded hazed hazily headlined headquartered healed healthfully healthily heaped
heard hearkened heartened heartily heated heatedly heaved heavily heckled hectically hectored
hedged heeded heedlessly heeled hefted heightened held helicoptered hellenised hellenized helmed
helped helpfully helplessly hemmed hemorrhaged hence henceforth henceforward heralded herded
here hereby herein hereof hereto heretofore herewith hermetically heroically hesitantly
hesitated hesitatingly hewed hewn hexed hibernated hiccoughed hiccuped hiccupped hid hidden hied
hierarchically highballed highjacked highlighted highly hijacked hiked hindered hinged hinted
hired hissed historically hitched hitchhiked hither hitherto hived hoarded hoaxed hobbled hoboed
hocked hoed hogged hoisted holed holidayed hollered hollowed holographed holstered homed
homewards homogenised homogenized honed honestly honeycombed honeymooned honked honorably
honored honoured hoodwinked hooked hooped hooted hoped hopefully hopelessly hopped hopscotched
horizontally horrendously horribly horrified horsed hosed hospitably hospitalised hospitalized
hosted hostilely hotly hotted hounded hourly housebreaked housed hove hovered however howled
huckstered huddled huffed hugely hugged hulled humanely humanised humanized humanly humbled
humbly humidified humiliated hummed humored humorously humoured humped hunched hung hungered
hunkered hunted hurdled hurled hurried hurriedly hurtled husbanded hushed husked hustled
hybridised hybridized hydrated hydraulically hydrogenated hydroplaned hygienically hymned hyped
hyperlinked hyperventilated hyphenated hypnotically hypnotised hypnotized hypocritically
hypothesised hypothesized hypothetically hysterically iced idealised idealistically idealized
ideally identically identified idiomatically idiotically idled idolised idolized ignited
ignominiously ignorantly ignored illegally illegitimately illicitly illogically illumined
illustrated imaged imaginatively imagined imbedded imbibed imbued imitated immaturely
immeasurably immediately immensely immersed immigrated imminently immobilised immobilized
immoderately immodestly immolated immorally immortalised immortalized immortally immovably
immunised immunized immured immutably impaired impaled impaneled impanelled imparted impartially
impassively impatiently impeached impeccably impeded impelled impended imperatively
imperceptibly imperfectly imperially imperiled imperilled imperiously impersonally impersonated
impetuously impinged implacably implanted implausibly implemented implicated implicitly implied
imploded implored importantly imported importuned imposed imposingly impossibly impostured
impounded impoverished impracticably imprecisely impregnated impressed impressively imprinted
imprisoned improbably improperly improved improvised impudently impugned impulsed impulsively
imputed in inaccurately inadequately inadvertently inanely inappropriately inaudibly inaugurated
incalculably incapacitated incarcerated incarnated incased incessantly inched incidentally
incinerated incised incisively incited inclined inclosed inclusively incoherently incommunicado
incomparably incompatibly incompetently incompletely incomprehensibly inconclusively
incongruously inconsequentially inconsiderately inconsistently inconspicuously incontestably
incontrovertibly inconvenienced inconveniently incorrectly incorrigibly increasingly incredibly
incremented incriminated incrusted incubated inculcated inculpated incurably incurred indecently
indeed indefatigably indefinitely indelibly indemnified indented indentured independently
indescribably indeterminately indexed indicated indicted indifferently indirectly
indiscriminately indispensably indisputably indistinctly individualised individualized
individually indivisibly indoctrinated indolently indoors indorsed indubitably induced inducted
indued indulged indulgently industrialised industrialized industrially industriously inebriated
ineffectively ineffectually inefficiently inelegantly ineluctably ineptly inertly inescapably
inestimably inevitably inexcusably inexorably inexpensively inexplicably inextricably infallibly
infectiously inferred infested infiltrated infinitely infinitesimally infirmed infixed inflected
inflexibly inflicted influenced influentially influxed informally infrequently infringed
infuriated infused ingeniously ingenuously ingested ingratiated ingressed inhabited inhaled
inhered inherently inherited inhumanely initialed initialised initialized initialled initially
initiated inked inlayed innately inned innocently innocuously innovated inoculated inordinately
inputted inquired inquiringly inscribed insecurely inseminated insensitively inseparably
inserted insetted insidiously insignificantly insincerely insinuated insisted insistently
insofar inspected inspired installed instanced instantaneously instantly instead instigated
instilled instinctively instituted institutionalised institutionalized instructed instructively
instrumented insufferably insufficiently insulated insulted intellectualised intellectualized
intellectually intelligently intelligibly intensely intensified intensively intentionally
intently interacted interactively interbred interceded intercepted interchangeably interchanged
interdicted interestingly interfaced interfered interjected interlaced interlarded interleaved
interlinked interlocked intermarried intermediated interminably intermingled intermittently
internalised internalized internally internationalised internationalized internationally
interned interpolated interposed interpositioned interpreted interred interrogated interrupted
intersected interspersed intertwined intervened interviewed interweaved interwove intimated
intimately intimidated intolerably intoned intoxicated intransitively intravenously intrenched
intricated intricately intrigued intriguingly intrinsically introduced intruded intrusted
intuited intuitively inundated inured invaded invalidated invalided invariably inveighed
inveigled invented inventoried inversed inversely inverted invested investigated invigorated
invincibly invisibly invited invoiced invoked involuntarily involved inwardly inwards iodised
iodized ionised ionized irked ironed ironically irradiated irrationally irregardless irregularly
irrelevantly irremediably irreparably irresistibly irresolutely irresponsibly irretrievably
irreverently irreversibly irrevocably irrigated irritably irritated irritatingly issued
italicised italicized itched itemised itemized iterated jabbed jabbered jacked jacketed
jackknifed jailed jammed jangled janitored jarred jaunted jawed jaywalked jazzed jealously
jeered jelled jeopardised jeopardized jerked jerkily jested jetted jettisoned jibbed jibed
jigged jiggered jiggled jilted jimmied jingled jinxed jobbed jockeyed jogged joined jointly
joked jokingly jolted jostled jotted journaled journeyed jousted joyfully joyriding judged
judicially judiciously jugged juggled juiced jumbled jumped junctioned junked justifiably justly
jutted juxtaposed juxtapositioned kaleidoscoped kayaked keeled keened keenly kenned kenneled
kennelled kept kerneled kernelled keyboarded keyed keypunched keystroked kibitzed kicked kidded
kidnaped kidnapped killed kilned kindled kinged kinked kissed kited kittened knapped kneaded
kneed kneeled knelt knew knifed knighted knobbed knocked knotted knowingly knuckled kowtowed
labeled labelled labored laboriously laboured laced lacerated lacked laconically lacquered
lactated laddered laded ladened ladled lagered lagged lagooned laid laked lambasted lambed lamed
lamely lamentably lamented lammed lampooned lanced landed landmarked landscaped landslid
landslided languaged languidly languished languorously lapped lapsed larded largely lariated
larked lasciviously lasered lashed lassoed lassooed lasted lastingly lastly latched lately
laterally lathed lathered latterly lauded laughed laughingly launched laundered lavished
lavishly lawfully laxed laxly layered leached leafed leafleted leafletted leagued leaked leaned
leant leapfrogged leapt learned learnt leased leashed leastwise leathered leavened lectured led
ledged leeched leered legalised legalized legally legated legibly legislated legitimated
legitimately legitimised legitimized lengthened lengthily leniently lensed lent lesioned
lessened lethally lettered leveled levelled levered levied levitated liaised libeled libelled
liberalised liberalized liberally licked lidded lied lifted ligatured lighted lightened lightly
lightninged liked likened likewise lilted limbed limbered limed limned limped limply lineally
linearly lined lingered linked linted lionized liposuctioned lipped lipread liquefied liquidated
liquidised liquidized liquified lisped listed listened lit literally lithographed litigated
littered lived livened loaded loafed loaned loathed lobbed lobbied localised localized locally
located locked lodged lofted logged logically logistically loitered lolled longed longingly
longitudinally looked loomed looped loosed loosely loosened looted loped lopped lopsidedly
lorded lost loudly lounged louted loved lovingly lowed lowered loyally lubricated lucidly lucked
luckily lugged lulled lumbered lumped lunched lunged lurched lured lurked lusted luted
luxuriantly luxuriated luxuriously lynched lyrically machined maddened maddeningly made madly
magically magnetically magnetised magnetized magnificently magnified mailed maimed mainlined
mainly mainstreamed maintained majestically majored majorly malevolently malfunctioned
maliciously malignantly maligned malingered malleted malted maltreated manacled mandated
maneuvered manfully mangled manhandled manicured manifested manifestly manipulated manned
manoeuvered manoeuvred mantled manually manufactured manumitted manured mapped marathonned
marauded marched marginally marinaded marinated markedly marketed marooned marred marshaled
marshalled martyred marveled marvelled marvelously mashed masqued masqueraded massacred massaged
massed massively masted mastered masterfully masterminded masticated masturbated matched
materialised materialistically materialized materially maternally mathematically matriculated
matted mattered mattressed matured maturely mauled maximally maximised maximized maybe mazed
meagerly mealed meandered meaningfully meanly meant meanwhile measurably mechanically mechanised
mechanized meddled mediated medically medicated medicinally meditated meditatively meekly melded
mellowed melodically melted memoed memorably memorialized memorised memorized menaced menacingly
mended menstruated mentally mentioned mentored mercerised mercerized merchandised merchandized
mercifully mercilessly merely merged merited merrily meshed mesmerised mesmerized messaged
messed met metabolised metabolized metaled metalled metamorphosed metaphorically metastasised
metastasized meted metered methodically meticulously metred metrically mewed microscoped
microscopically microwaved middled midwifed midwived might migrated miked mildewed mildly
militantly militarily militarised militarized militated milked milled mimed mimeographed mimiced
mimicked minced mindbogglingly minded mindfully mindlessly mined mingled miniaturised
miniaturized minimally minimised minimized ministered minored minted minuted minutely
miraculously mired mirrored mirthfully misapplied misapprehended misappropriated misbehaved
miscalculated miscalled miscarried mischievously misconceived misconducted misconstrued
miscounted miscued misdealt misdiagnosed misdid misdirected misdone miserably misfired misfitted
misgoverned misguidedly mishandled misidentified misinformed misinterpreted misjudged mislaid
misled mismanaged mismatched misplaced misprinted mispronounced misquoted misrepresented
misruled missed misspelled misspelt misspent misstated mistakenly misted mistimed mistook
mistreated mistrusted mistyped misunderstood misused mitered mitigated mitred moaned mobbed
mobilised mobilized mocked modeled modelled moderated moderately modernised modernized modestly
modified modulated moired moistened moisturised moisturized molded moldered molested mollified
mollycoddled molted momentarily monetarily monetised monetized monitored monkeyed monographed
monopolised monopolized monotonically monotonously monstrously montaged mooed mooned moonlighted
moored mooted mopped moralised moralized morally morbidly mordanted moreover morosely mortally
mortared mortgaged morticed mortified mortised mostly mothered motioned motivated motorcycled
motored motorised motorized moulded mouldered moulted mounted mourned mouthed moved movingly
mowed mown mucked muckraked muddied muffed muffled mugged mulched mulishly mulled multiplied
mumbled mummied mummified munched municipally murdered murderously murkily murmured muscled
mused mushroomed musically mussed mustered mutated muted mutely mutilated mutinied mutinously
muttered mutually muzzled mysteriously mystically mystified nabbed nadired nagged nailed naively
nakedly named namely napped narked narrated narrowed narrowly nasalised nasalized nasally
nationalised nationalized nationally naturalised naturalized naturally nauseated nauseatingly
navigated neared nearly neatly necessarily necessitated necked needed needled needlessly negated
negatived negatively neglected neglectfully negligently negligibly negotiated neighbored
neighboured neighed nerved nervously nestled netted nettled networked neurotically neutered
neutralised neutralized neutrally never nevertheless newly nibbed nibbled nicely niched nicked
nickeled nickelled nicknamed niggled nimbly nipped nippled nitpicked nixed no nocturnally nodded
noised noiselessly noisily nominally nominated nonchalantly noncommittally nonetheless
nonplussed noosed normalised normalized normally normed northwards nosed nosedived noshed
nostalgically not notably notarized notched noticeably noticed notified notionally notoriously
notwithstanding nourished nowadays nowhere nowise nuanced nubbed nudged nulled nullified numbed
numbered numerated numerically nursed nurtured nutritionally nutted nuzzled obdurated obdurately
obelisked obeyed obfuscated objected objectionably objectively oblated obligated obliged
obligingly obliquely obliterated obnoxiously obscured obscurely obsequiously observably observed
obsessed obsessively obstinately obstructed obstructively obtained obtruded obtrusively obtusely
obviated obviously occasionally occasioned occluded occulted occupied occured occurred oddly
offended offensively offered officially officiated officiously offloaded offsetted oft
oftentimes ogled oiled okayed ominously omitted on onwards oozed opaqued opaquely opened openly
operated operationally opined oppressed oppressively opted optically optimised optimistically
optimized optionally optioned orally orated orbited orchestrated ordained ordinarily organically
organised organized orientated originally originated ornamented ornately orphaned oscillated
ossified ostensibly ostentatiously ostracised ostracized otherwise ousted outbade outbalanced
outbidden outbroke outbroken outclassed outcroped outdid outdistanced outdone outfitted
outflanked outfoxed outgone outgrew outgrown outlaid outlasted outlawed outlined outlived
outmaneuvered outmanoeuvred outnumbered outperformed outplayed outputted outraged outrageously
outran outranked outreached outshone outsmarted outsourced outspokenly outspreaded outstandingly
outstayed outstripped outvoted outwardly outwards outweighed outwent outwitted outwore outworn
ovaled ovalled overachieved overacted overate overawed overbalanced overboard overbooked
overbore overborne overburdened overcame overcasted overcharged overcoated overcome overcooked
overcrowded overdid overdone overdosed overdrawn overdressed overdrew overdriven overdrove
overeaten overed overemphasised overemphasized overestimated overexposed overextended overflowed
overgrew overhanded overhauled overheard overheated overhung overindulged overlaid overlain
overlapped overlayed overloaded overlooked overly overpaid overpassed overplayed overpopulated
overpowered overprinted overproduced overran overrated overreached overreacted overridden
overrode overruled oversaw overseen overshadowed overshot oversimplified overslept oversold
overspecialised overspecialized overspended overstated overstayed overstepped overstocked
overtaken overtaxed overthrew overthrown overtly overtook overtured overturned overused
overviewed overweighted overwhelmed overwhelmingly overworked overwritten overwrote ovulated
owed owned oxidised oxidized oxygenated pa paced pacified packaged packed packeted padded
paddled padlocked paged paginated paid pailed pained painfully painlessly painstakingly painted
palated paled palisaded palled palliated palmed palpably palpated palpitated pampered
pamphleteered pancaked pandered panelled panged panhandled panicked panned panted pantomimed
papered parachuted paraded paradoxically paragraphed paralleled parallelled paralysed paralyzed
paraphrased parasited parasoled parboiled parceled parcelled parched pardoned pared
parenthesized parenthetically parked parlayed parleyed parodied paroled parried parroted parsed
partaken parted partially participated particularised particularized particularly particulated
partied partitioned partly partnered partook passably passed passionately passively pasted
pasteurised pasteurized pastored pastured patched patented patently paternally pathetically
pathologically patiently patriotically patrolled patronised patronized patted pattered patterned
pauperised pauperized paused pawned payed peaceably peacefully pealed pearled pebbled pecked
peculiarly pedaled pedalled pedantically peddled pedestrianised pedestrianized peed peeked
peeled peeped peered peevishly pegged pelleted pelted penalised penalized penciled pencilled
penetrated penned pensioned peopled pepped peppered perambulated perceived perceptibly
perceptively perchance perched percolated peremptorily perennially perfected perfectly perforce
performed perfumed perfunctorily perhaps perilously periodically perished perjured perked
permanently permeated permed permissibly permissively permitted permuted perniciously peroxided
perpetrated perpetually perpetuated persecuted persevered persisted persistently personalised
personalized personally personified perspired persuaded persuasively pertained pertly perturbed
perused pervaded perversely perverted pessimistically pestered pestled petered petitioned
petrified petted phased phenomenally phenotyped philandered philanthropically philosophically
philosophised philosophized phoned phonetically phonically photocopied photographed
photographically phrased physically physicked picked picketed pickled picnicked pictorially
pictured pieced pierced pigeonholed piggybacked pigmented piled pilfered pillaged pillared
pilled pillowed piloted pimped pinched pined pinged pinioned pinked pinned pinpointed pioneered
piped pipped piqued pirated pirouetted pissed pistoned pitched pitchforked pithed pitied
pitifully pitted pivoted placated placered plagiarised plagiarized plagued plainly plaintively
plaited planed planked planned planted plaqued plastered plateaued plated plausibly played
playfully pleaded pleasantly pleasingly pleasured pleated pled pledged plentifully plied plodded
plopped plotted ploughed plowed plucked plugged plumbed plumed plummeted plumped plundered
plunged pluralised pluralized pneumatically poached pocketed podded poetically poignantly
pointedly pointlessly poisoned poisonously poked polarised polarized poled policed politely
politically politicised politicized pollinated polluted pomaded pommeled pommelled ponded
pondered ponderously poniarded pontificated pooched pooled pooped popped popularised popularized
popularly populated pored porpoised ported portended portioned portrayed posited positioned
positively possibly postdated posted posthaste posthumously postmarked postponed postulated
postured potentially potted pottered poulticed pounced pounded poured pouted powered powerfully
powwowed practicably practically practiced practised pragmatically praised pranced prated
prattled prawned prayed preached precariously precautioned preceded precepted preceptored
preciously precipitated precipitately precipitously precised precisely precluded precociously
preconceived preconditioned predated predeceased predestined predetermined predicated
predictably predicted predominantly predominated preeminently preempted preemptively preened
preexisted prefabricated prefaced preferably preferentially prefermented prefigured prefixed
preheated prejudged prejudiced preluded prematurely premeditated premiered premised premissed
preoccupied preordained prepaid preponderated prepossessed preposterously prerecorded
preregistered presaged prescribed presented presently preserved presided pressed pressured
presumably presumed presumptuously presupposed pretended pretensioned prettified prettily
prevailed prevaricated prevented previewed previously preyed priced pricked prickled prided
pried primarily primed primitively primped principally printed prioritised prioritized prised
privately privatised privatized prized probably probated probed problematically proceeded
processed proclaimed procrastinated procreated proctored procured prodded prodigiously produced
producted productively profaned professed professionally proffered proficiently profiled
profitably profited profiteered profoundly profusely prognosticated programed programmed
progressed progressively prohibited prohibitively projected proliferated promenaded prominently
promiscuously promised promisingly promoted prompted promptly promulgated pronged proofed
proofread propagandised propagandized propagated propelled properly prophesied prophetically
propitiated proportionally proportionated proportionately proposed propositioned propounded
propped prorated prosaically proscribed prosecuted proselytised proselytized prospected
prospered prosperously prostituted prostrated protectively protested protocoled protocolled
prototyped protracted protruded proudly provably proved proverbially provided providently
provisionally provisioned provocatively provoked prowled prudently pruned psyched psychically
psychoanalysed psychoanalyzed psychologically publicised publicized publicly published puckered
puddled puffed puked pulled pulped pulsated pulsed pulverised pulverized pumiced pummeled
pummelled pumped punched punctiliously punctually punctuated punctured pungently punished punned
punted pupped purchased pureed purely purged purified purled purloined purported purportedly
purposed purposefully purposely purred pursed pursued purveyed puréed pushed pussyfooted
putrefied putrified putted puttered puttied puzzled quacked quadded quadrupled quadruplicated
quaffed quailed quaked qualitatively quantified quarantined quarked quarreled quarrelled
quarried quarterbacked quartered quashed quavered queened queered quelled quenched queried
quested questionably questioned questionnaired queued quibbled quickened quickly quidded quieted
quietly quilted quintupled quipped quite quitted quivered quizzed quoted rabbitted raced
racially racked radially radiantly radiated radically radioed radiused raffled rafted raged
raggedly raided railed railroaded rained raised raked rakishly rallied rambled ramified rammed
rampaged rampantly ramped ran ranched randomised randomized randomly rang ranged ranked rankled
ransacked ransomed ranted raped rapidly rapped rarefied rarely rarified rashly rasped ratcheted
ratchetted rated rather ratified ratioed rationalised rationalized rationally rationed ratted
rattled ravaged raved raveled ravelled ravished rayed razed razored reached reacted reactivated
readied readily readjusted readmitted reaffirmed realigned realised realistically realized
reallocated really reamed reanimated reaped reappeared reapplied reappointed reapportioned
reappraised reared rearmed rearranged reasonably reasoned reassembled reasserted reassessed
reassigned reassured reassuringly reawakened rebated rebelled rebounded rebroadcasted rebuffed
rebuilt rebuked rebutted recalled recanted recapitulated recapped recaptured recasted receded
receipted received recentered recently receptively recessed recharged rechecked reciprocally
reciprocated recited recklessly reckoned reclaimed reclassified reclined recognisably recognised
recognizably recognized recoiled recollected recombined recommenced recommended recompensed
recompiled reconciled reconditioned reconfigured reconnected reconnoitered reconnoitred
reconquered reconsidered reconstituted reconstructed reconvened recopied recorded recounted
recouped recovered recreated recriminated recruited recuperated recurred recursively recycled
reddened redecorated rededicated redeemed redefined redeployed redeveloped redevelopped redid
redirected rediscovered redistributed redistricted redone redoubled redounded redrafted
redressed redrew reduced redundantly reeducated reefed reeked reelected reeled reemerged
reemphasised reemphasized reenacted reenforced reenlisted reentered reestablished reevaluated
reeved reexamined refashioned refered refereed referenced referred reffed refiled refilled
refinanced refinished refitted reflexively refocused refocussed reforested reformatted reformed
reformulated refracted refrained refreshed refreshingly refrigerated refueled refuelled refunded
refurbished refurnished refused refuted regained regaled regarded regenerated regimented
regionally regressed regretfully regrettably regretted regrouped regularised regularized
regularly regulated regurgitated rehabilitated rehashed rehearsed reheated rehired reigned
reimbursed reimposed reincarnated reined reinforced reinserted reinstalled reinstated
reinterpreted reinvented reinvested reissued reiterated rejected rejoiced rejoined rejuvenated
rekindled relabeled relabelled relaid relapsed relatively relayed relearned released relegated
relented relentlessly relevantly reliably relied relieved religiously relinquished relished
relived reloaded relocated reluctantly remade remaindered remained remanded remarkably remarked
remarried rematched remedied remembered reminded reminisced remissed remitted remodeled
remodelled remonstrated remorsefully remorselessly remotely remounted removed remunerated
renamed rendered rendezvoused reneged renegotiated renegued renewed renneted renounced renovated
rented renumbered reoccupied reoccurred reopened reordered reorganised reorganized repackaged
repaid repainted repaired repatriated repealed repeatedly repelled repented rephrased replaced
replayed replenished repleted replicated replied reported reportedly reposed repossessed
reprehended represented reprieved reprimanded reprinted reprised reproached reproachfully
reprobated reprocessed reproduced reprogramed reprogrammed reproofed reproved republished
repudiated repulsed repulsively reputably reputedly requested required requisitioned requited
reran reread rerouted rescheduled rescinded rescued researched resembled resent resented
resentfully reservedly reset resettled reshuffled resided resignedly resisted resold resolutely
resolved resonantly resonated resorted resounded resoundingly resourced resourcefully
respectably respected respectfully respectively respelled respelt respired responded responsibly
responsively restarted restated restfully restlessly restocked restored restrictively
restructured restudied resubmitted resulted resumed resupplied resurfaced resurrected
resuscitated retailed retained retaken retaliated retched rethought retold retook retooled
retorted retouched retraced retracted retrained retreaded retreated retrenched retried retrieved
retroactively retrofitted retrograded retrogressed retrospected retrospectively returned retyped
reunified reunited reupholstered reused revalued revamped revealed reveled revelled revenged
reverberated revered reversed reverted reviewed reviled revisited revitalised revitalized
revived revivified revoked revolted revolutionised revolutionized revolved revved rewarded
rewired reworded reworked rewound rewounded rewritten rewrote rhapsodised rhapsodized
rhetorically rhymed rhythmically ribbed richly ricked ricocheted ricochetted ridded ridden
riddled ridged ridiculed ridiculously riffed riffled rifled rigged righted rightfully rightly
rigidly rigored rigorously rigoured rigourously riled rilled rimed rimmed rinsed rioted ripened
riposted ripped rippled risen risked ritually rivaled rivalled riveted roamed roared roasted
robbed robed robustly rocked rocketed rodded rode roguishly roiled roistered rolled romantically
romanticised romanticized romped roofed rooked roomed roosted roped rosetted rosined rostered
rotated rotted rouged roughed roughened roughhoused roughly roughshod roundly roused routed
routinely routinised routinized roved rowed roweled rowelled roystered rubbed rubberised
rubberized rubbernecked rudely rued ruefully ruffed ruffled ruggedly ruined ruled rumbled
ruminated rummaged rumored rumoured rumpled ruptured rushed rusked rusted rustically rustled
ruthlessly rutted sabered sabotaged sabred sacked sacrificed saddened saddled sadistically sadly
safed safeguarded safely sagged said sailboarded sailed salaamed salivated sallied sallowed
salted saluted salvaged salved sambaed sampled sanctified sanctioned sandbagged sandblasted
sanded sandpapered sandwiched sang sanitised sanitized sank sapped sarcastically sardonically
sat satanically sated satiated satined satirically satirised satirized satisfactorily satisfied
sauntered savaged savagely saved savored savoured savvied sawed sawn scabbed scaffolded scalded
scaled scalloped scalped scammed scamped scampered scandalised scandalized scandalously scanned
scanted scantily scapegoated scarcely scared scarified scarred scathingly scatted scavenged
scavengered scenically sceptically scheduled schematically schemed schlepped scholastically
schooled schussed scientifically scintillated scissored scoffed scolded scolloped scooped
scooted scoped scorched scorned scornfully scotched scoured scourged scouted scowled scrabbled
scrambled scrammed scraped scrapped scratched scrawled screamed screeched screened screwed
scribbled scribed scrimmaged scrimped scrimshawed scrolled scrounged scrubbed scruffed scrunched
scrupled scrupulously scrutinised scrutinized scudded scuffed scuffled sculled sculpted
sculptured scuppered scurfed scurried scuttled scythed sealed seamed searched searchingly seared
seasonally seasoned seated seceded secondarily seconded secondly secreted secretively secretly
sectioned sectored secured securely sedated sedimented seduced seductively seeded seemed
seemingly seen seeped seesawed seethed segmented segued seismically seized seldom selected
selectively selfed selfishly selflessly selvaged selvedged semantically semaphored sensationally
sensed senselessly sensibly sensitively sensuously sent sentenced sentimentalised
sentimentalized sentimentally separated separately sequenced sequentially sequestered serenaded
serenely serialised serialized serially seriously sermonized served serviced severally severed
severely sewed sewn sexed sexually shabbily shacked shackled shaded shadowboxed shadowed shafted
shaken shakily shallowed shambled shamed shamefully shamelessly shammed shampooed shanghaied
shaped shared sharpened sharply shat shattered shaved sheared sheathed sheepishly sheered
sheeted shellacked shelled shelved shepherded shied shielded shifted shimmed shimmered shimmied
shined shingled shinned shipped shipwrecked shirked shitted shivered shocked shockingly shod
shoddily shoed shoehorned shone shooed shook shoplifted shopped shored shorn shortchanged
shorted shortened shortlisted shortly shortsightedly should shouldered shouted shoved shoveled
shovelled showcased showed showered shown shrank shredded shrewdly shrieked shrined shriveled
shrivelled shriven shrouded shrove shrugged shrunk shrunken shucked shuddered shuffled shunned
shunted shushed shuttered shuttled sicced sickened sickled sidelined sidestepped sideswiped
sidetracked sidled sieved sifted sighed signaled signalised signalized signalled signally signed
significantly signified signposted silaged silenced silently silhouetted silicated silted
silvered similarly simmered simpered simplified simply simultaneously since sincerely sinfully
singed singled singly singularly sinned siphoned sipped sired sited sized sizzled skateboarded
skated skedaddled skeined skeptically sketched skewered skidded skied skilfully skillfully
skimmed skimped skinned skipped skippered skirmished skirted skulked skulled skylarked
skyrocketed slacked slackened slackly slain slaked slalomed slammed slandered slanged slanted
slapped slashed slated slatted slaughtered slaved slavered slavishly sleazily sledded sledged
sleepwalked sleeted sleighed slenderised slenderized slept sleuthed slew sliced slid slighted
slightly slimmed slipped slithered slivered slobbered slogged sloped slopped sloppily sloshed
slotted slouched sloughed slowed slowly sludged slugged sluggishly sluiced slumbered slummed
slumped slung slunk slurped slurred slushed slyly smacked smarted smartened smartly smashed
smeared smelled smelted smiled smilingly smirched smirked smitten smocked smoked smoldered
smoothed smoothly smote smothered smouldered smudged smuggled smutted snacked snaffled snagged
snaked snapped snared snarled snatched sneaked sneered sneezed snickered sniffed sniffled
sniggered sniped snipped snitched sniveled snivelled snookered snooped snoozed snored snorkeled
snorkelled snorted snowballed snowboarded snowed snowshoed snubbed snuffed snuffled snugged
snuggled snugly soaked soaped soared sobbed sobered soberly sociably socialised socialized
socially socked sodded softened softly soiled sojourned solaced sold soldered soldiered soled
solely solemnised solemnized solemnly solicited solidified solidly soliloquised soliloquized
soloed solved somberly sombrely someday somehow someplace somersaulted sometimes somewhat
somewhere soon sooner soonest sooted soothed soothingly sopped sorely sorrowed sorrowfully
sorted soughed sought sounded soundlessly soundly soundproofed souped sourced soured soused
southwards sowed sown spaced spaciously spaded spammed spangled spanked spanned spared sparely
sparingly sparked sparkled sparred sparsely spasmed spasmodically spated spattered spawned
spayed speared spearheaded specialised specialized specially specifically specified
spectacularly speculated sped speedily spelled spent spewed spiced spied spiked spilled spilt
spindled spiraled spiralled spirally spiritually spited spitefully spitted splashed splattered
splayed splendidly spliced splinted splintered splotched splurged spluttered spoiled spoilt
spoken sponged sponsored spontaneously spoofed spooked spooled spooned sporadically sported
spotlessly spotlighted spouted sprained sprang sprawled sprayed sprinkled sprinted spritzed
sprouted spruced sprung spudded spun spuriously spurned spurred sputtered squabbled squalled
squandered squared squarely squashed squatted squawked squeaked squealed squeegeed squeezed
squelched squinted squired squirmed squirted stabbed stabilised stabilized stabled stacked
staffed staged stagged staggered staggeringly stagnated stained staked staled stalemated stalked
stalled stammered stamped stampeded stanched stanchioned standardised standardized stank stapled
starched stared starkly starred started startled startlingly starved stashed stated stationed
statistically staunched staved stayed steadfastly steadied steadily stealthily steamed
steamrollered steeled steeped steeply steered stemmed stenciled stencilled stented stepped
stereotyped sterilised sterilized sternly stewarded stewed stiffed stiffened stiffly stifled
stigmatised stigmatized stilled stimulated stinted stippled stipulated stirred stitched
stockaded stocked stockpiled stoically stoked stole stolen stolidly stomached stomped stoned
stonewalled stood stooled stooped stopped stoppered stored stormed stormily stoutly stowed
straddled strafed straggled straightened straightforwardly straitjacketed strangely strangled
strapped strategically stratified strayed streaked streamed strengthened strenuously stressed
stretched strewed strewn strictly strictured stridden stridently strikingly stringently stripped
strived striven strobed strode stroked strolled strongly stropped strove struck structurally
struggled strummed strung strutted strychnined stubbed stubbornly studded studiously stuffed
stultified stumbled stumped stung stunk stunned stunningly stupefied stupendously sturdily
stuttered styled stylised stylistically stylized stymied subbed subconsciously subcontracted
subcultured subdivided subdued subgrouped subjected subjectively subjoined subjugated subleased
subletted sublimated sublimed sublimely subliminally submerged submitted subordinated suborned
subpoenaed subscribed subsequently subsided subsidised subsidized subsisted substantially
substantiated substituted substructured subsumed subtitled subtlely subtly subtracted subverted
succeeded successfully successively succinctly succored succoured succumbed sucked suckled
suctioned suddenly sued suffered sufficed sufficiently suffixed suffocated suffused sugared
suggested suggestively suicided suitably suited sulfated sulked sulkily sullenly sullied
sulphated summarily summarised summarized summed summered summoned sunbathed sundered sung sunk
sunned superannuated superbly supercharged superficially superimposed superintended
superlatively superstitiously supervened supervised supervized supped supplanted supplemented
suppley supplicated supplied supported supposedly suppressed suppurated supremely surceased
surcharged surely surfaced surfed surfeited surged surgically surmised surmounted surpassed
surprised surprisingly surprized surprizingly surrendered surreptitiously surrogated surrounded
surveyed survived suspected suspiciously sutured swabbed swaddled swaggered swallowed swam
swamped swanned swapped swarmed swashed swathed swatted swayed sweated sweetened sweetly swelled
sweltered swept swerved swiftly swigged swilled swindled swiped swirled swished switched
swiveled swivelled swobbed swooned swooped swopped swore sworn swum swung syllabified
symbolically symbolised symbolized symmetrically sympathetically sympathised sympathized
synapsed synchronised synchronized synchronously syncopated syndicated syntactically synthesised
synthesized synthetically syphoned syringed systematically systematised systematized tabled
tableted tabletted tabooed tabued tabulated tacitly tacked tackled tactfully tactically
tactlessly tagged tailed tailgated tailored taken talced talcked talked tallied tamed tamped
tampered tamponed tangibly tangoed tanked tanned tantalised tantalisingly tantalized
tantalizingly taped tapped tardily tared targeted targetted tarmacked tarnished tarried tasked
tasselled tasted tastefully tastelessly tattled taught taunted tautly taxed taxied teamed teared
tearfully teased teaseled teaselled technically technologically tediously teed teemed teetered
teethed telecasted telecommuted teleconferenced telegraphed telepathically telephoned telescoped
televised tellingly temped temperamentally templated temporally temporarily temporised
temporized tempted temptingly tenaciously tenanted tended tendentiously tendered tenderised
tenderized tenderly tenoned tensely tensioned tentatively tented tenuously tenured termed
terminally terminated terraced terribly terrified terrorised terrorized testated tested
testified tethered textually thanked thankfully thatched thawed theatrically thematically thence
theoretically theorised theorized therapeutically thereabouts thereafter thereby therefore
therefrom therein thereof thereon thereto thereupon therewith thermally thermostated
thermostatted thickened thickly thieved thinly thinned thirded thirdly thirsted thorned
thoroughly though thoughtfully thoughtlessly thrashed threaded threatened threateningly threshed
thresholded threw thrice thriftily thrilled thrived throbbed throed throned thronged throttled
through throughout throve thrown thrummed thudded thumbed thumped thundered thus thwacked
thwarted ticked ticketed tickled tided tidied tied tiered tightened tightly tiled tilled
tillered tilted timbered timed timetabled timidly tinctured tined tinged tingled tinkered
tinkled tinned tinted tipped tippled tiptoed tirelessly tithed titillated tittered to toadied
toasted tobogganed toddled toed together togged toggled toiled told tolerably tolerantly
tolerated tolled toned tonsured too took tooled tooted topically topologically topped toppled
tore tormented torn torpedoed torqued tortuously tortured tossed totaled totalled totally toted
tottered touched toughed toughened toughly toured tousled touted towed toweled towelled towered
toyed traced tracked traded trademarked traditionally traduced trafficked tragically trailed
trained trammeled trammelled tramped trampled transacted transcended transcribed transcripted
transferred transfigured transfixed transformed transgressed transited transitioned transitively
translated transliterated transmigrated transmitted transmuted transparently transpired
transplanted transported transposed transversed transversely trapped trashed traumatised
traumatized traveled travelled traversed travestied trawled treadled treadmilled treasured
treated trebled treed trekked trellised trembled tremendously trenchantly trenched trended
trespassed triaged trialed tricked trickled trifled triggered trilled trimmed tripled
triplicated triply tripoded tripped trisected tritely triumphantly triumphed trivialised
trivialized trivially trod trodden trolled trooped trotted troubleshooted troughed trounced
trucked truckled trudged trued truly trumped trumpeted truncated trundled trussed trusted
trustfully truthfully tucked tugged tumbled tuned tunneled tunnelled turbulently turfed turned
tussled tutored twanged tweaked tweeted twice twiddled twined twinged twinkled twinned twirled
twitched twitted twittered typically typified typographically tyrannically tyrannised tyrannized
ubiquitously ulcerated ulcered ultimately ultrasonically ultrasounded umpired unacceptably
unaccountably unalterably unambiguously unanimously unashamedly unavoidably unawares unbarred
unbearably unbelievably unbended unbent unblocked unbosomed unbuckled unburdened unbuttoned
uncannily unceasingly unceremoniously uncertainly uncharacteristically unclasped uncoiled
uncomfortably uncommonly uncompromisingly unconcernedly unconditionally unconscionably
unconsciously uncontrollably unconventionally unconvincingly uncorked uncoupled uncovered
undeceived undeniably underachieved underacted undercharged undercoated underestimated
underexposed underfed undergone underlain underlayed underlined undermined underpaid underpinned
underplayed underrated underscored undershot undersold understandably understated understood
understudied undertaken undertook undervalued underwent underwritten underwrote undeservedly
undid undoubtedly undressed undulated unduly unearthed uneasily unequally unequivocally
unerringly unevenly uneventfully unexpectedly unfailingly unfairly unfaithfully unfastened
unfavorably unfavourably unfitted unflinchingly unforgettably unfortunately unfrocked unfurled
unhanded unhappily unhesitatingly unhinged unhooked unhorsed unified uniformly unilaterally
unintelligibly unintentionally uniquely universally unjustly unknowingly unlaced unlawfully
unlearnt unleashed unloaded unlocked unloosed unluckily unmaked unmanned unmasked unmercifully
unmistakably unnaturally unnecessarily unnerved unobtrusively unofficially unpacked unpicked
unpinned unpleasantly unplugged unquestionably unquestioningly unraveled unravelled
unrealistically unreasonably unrelentingly unreservedly unrolled unscrambled unscrewed
unscrupulously unseasonably unseated unselfishly unsheathed unsnarled unsteadily unsuccessfully
unsuitably untangled unthinkingly untied untiringly untruthfully untwisted unusually unveiled
unwillingly unwisely unwittingly unwound unwrapped unzipped upbraided updated upgraded upheld
upholstered uplifted uploaded upped upraised uproariously upscaled upstaged upstarted uptaked
upwardly urbanised urbanized urged urgently urinated usefully uselessly ushered usually usurped
utilised utilized uttered utterly vacated vacationed vaccinated vacillated vacuumed vaguely
vainly valeted valiantly validated validly vamoosed vamped vandalised vandalized vanished
vanquished vapored vaporised vaporized vapoured vapourised vapourized variably variegated
variously varnished vastly vaulted vaunted vealed vectored veered vegetated vehemently veiled
vended veneered venerated vengefully vented ventilated ventured verbalised verbalized verbally
verged verified verily veritably versified versioned vertically vested vetoed vetted vibrantly
vibrated vicariously viciously victimised victimized victoriously victualed victualled videoed
videotaped vied viewed vigilantly vignetted vigorously vilely vilified vindicated vindictively
vined violated violently virtually virtuously virulently visaed vised visibly visioned visited
visualised visualized visually vitalised vitalized vitally vitiated vituperated vivaciously
vividly vivified vocalised vocalized vocally vociferated vociferously vogued voided volleyed
volubly volumed voluminously voluntarily volunteered voluptuously vomited voraciously vortexed
voted vouched vouchered vouchsafed vowed voyaged vulcanised vulcanized vulgarised vulgarized
vulnerably wadded waddled waded wafered waffled wafted waged wagered wagged waggled wailed
waited waived waked wakened waled walked walled walloped wallowed wallpapered waltzed wanded
wandered waned wangled wanned wantonly warbled warded wardened wared warehoused warily warmed
warmly warned warped warranted warred was washed wasted wastefully watched watchfully watered
watermarked waterproofed waved wavered waxed waylaid weakened weakly weaned wearied weaseled
weathered weatherized weaved wedged weeded weekended weighed weighted weired welched welcomed
welded welled welshed weltered wenched wended went wept were westernised westernized westwards
wetted whacked whealed wheedled wheeled wheezed whelped when whence whenever whereat whereby
wherefore wherein whereof whereupon wherever whetted wheyed whiled whimpered whimsically whined
whinnied whipped whirled whirred whisked whispered whistled whited whitened whitewashed whither
whittled whized whizzed wholeheartedly wholely wholesaled wholly whooped widely widened wielded
wigged wiggled wildly wiled wilfully willfully willingly wilted winced winched winked winnowed
wintered winterised winterized wiped wired wisecracked wised wisely wished wishfully wistfully
withdrew withered withheld within without withstood witnessed wittingly wobbled woefully woke
woken wolfed womanised womanized won wondered wonderfully wondrously wooed worded wore worked
wormed worn worsed worsened worshiped worshipped worthily would wounded wove woven wowed wracked
wrangled wrapped wrathfully wreaked wreathed wrecked wrenched wrested wrestled wretchedly
wriggled writhed written wronged wrongfully wrongly wrote wrung wryly xeroxed yakked yammered
yanked yapped yarded yarned yawed yawned yearned yeasted yelled yellowed yelped yep yet yielded
yipped yodeled yodelled yoked youthfully yowled yup zapped zealously zeroed zestfully zigzagged
zinced zincked zinged zinked zipped zippered zoned zoomed
""".split()
)
