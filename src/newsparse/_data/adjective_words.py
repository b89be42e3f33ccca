"""Written from lemminflect 0.2.3 by ``adjectives.table_source()``: never edit.

Every lower-case word lemminflect reads as an adjective (see
:mod:`newsparse.extractors.quotes.adjectives`).
"""

ADJECTIVES = frozenset(
    """
abdominal abed aberrant abhorrent abiding abject ablative ablaze able abler ablest abnormal
abominable aboriginal abortive about above above-board aboveboard abrasive abrupt abrupter
abruptest abscessed absent absolute absorbed absorbent abstemious abstinent abstract abstracted
abstruse absurd abundant abusive abuzz abysmal abyssinian academic academical accented
acceptable accepted accessory accidental accomplished accountable accredited accumulative
accurate accursed accurst accusative accusatory acerbic acetic achaean achier achiest achievable
achromatic achy acid acidic acidulous acoustic acoustical acquiescent acquirable acquired
acquisitive acrid acrimonious acrobatic acrostic acrylic acting actionable active actual
actuarial acute acuter acutest adagio adamant adaptable adapted adaptive addictive additional
additive addressable adenoid adenoidal adept adequate adherent adhesive adiabatic adipose
adjacent adjectival adjustable adjusted administrative admirable admitted admonitory adolescent
adoptive adorable adrenal adrift adroit adult adulterous advanced advantageous adventist
adventitious adventuresome adventurous adverbial adversarial adverse advisable advised advisible
advisory aegean aerial aero-dynamic aero-space aerobic aerodynamic aeronautical aerospace
aesthetic aethereal aetherial affable affected affecting affectionate affirmative affluent
affordable afghan afghani afire aflame afloat afoot afore-mentioned afore-said aforementioned
aforesaid afraid african afro after afternoon agape aged ageing ageless agglomerate aggregate
aggressive aghast agile aging agitated aglow agnostic ago agog agonised agonized agonizing
agrarian agreeable agricultural aground ahead aimless air-borne air-sick air-tight airborne
airhead airier airiest airless airsick airtight airworthy airy ajar akimbo akin alabaman
alabamian alarmist alaskan albanian alcoholic alert aleut aleutian alfresco algebraic algerian
algorithmic alien alienable alight alike alimentary alive alkaline alkaloid all-over allegorical
allegro allergenic allergic allied alliterative allover allowable allusive alluvial almighty
alone aloof alpha-numeric alphabetic alphabetical alphanumeric alpine alright altaic alterable
altered alternate alternative alto altruistic amateur amateurish amatory amazing ambassadorial
amber ambidextrous ambient ambiguous ambitious ambivalent ambulatory amebic amenable amendable
amerasian american amerind amerindian amharic amiable amicable amino amish amiss amnesiac
amoebic amoral amorous amorphous amphibious ample ampler amplest amusing anabaptist
anachronistic anaemic anaesthetic anal analgesic analogous analytic analytical anarchic
anarchistic anatolian anatomic anatomical ancestral ancient ancillary andalusian andante andean
androgynous android anecdotal anemic anesthetic angelic anglican anglo angolan angrier angriest
angry anguished angular animal animate animistic annual annular anodyne anomalous anonymous
anorexic answerable antacid antagonistic antarctic ante-bellum antebellum antecedent
antediluvian anterior anteriour anthropocentric anthropoid anthropological anthropomorphic anti
anti-abortion anti-aircraft anti-biotic anti-clockwise anti-depressant anti-knock anti-personnel
anti-septic anti-social anti-trust anti-viral anti-war antiabortion antiaircraft antibiotic
antic anticipatory anticlimactic anticlockwise antidepressant antiknock antipathetic
antipersonnel antiperspirant antiphonal antiquarian antiquated antique antiseptic antisocial
antithetical antitrust antiviral antiwar antlered anxious apache apart apathetic aphasic
aphoristic aphrodisiac apocalyptic apocryphal apolitical apologetic apoplectic apostolic
appalachian appalling apparent appealing appellant appellate appetising appetizing applicable
applied appointive apposite appositive appreciable appreciative apprehensive approachable
appropriate approximate apropos apt apter aptest aquamarine aquatic aqueous aquiline arab
arabian arable araucanian arbitrary arboreal arcadian arcane arch archaean archaeological
archaic archean archeological archetypal architectural arctic ardent arduous argentine arguable
argumentative arid aristocratic aristotelian arithmetic arithmetical arizonan arkansan armed
armored armoured army aromatic arrant arresting arrogant arterial artful arthritic arthropod
articulate artificial artistic artless ascendant ascendent ascertainable ascetic ascribable
aseptic asexual ashamed ashen ashier ashiest ashy asian asiatic asinine askew asleep asocial
aspirant assailable assamese assertive assiduous assignable associative assorted assuming
assured assyrian asteroid asthmatic astigmatic astonishing astrakhan astral astray astringent
astrological astronomic astronomical astute asymmetric asymmetrical asymptotic asynchronous
atavistic athabascan athabaskan atheistic athenian athletic atlantic atmospheric atomic atonal
atonaler atonalest atrocious attached attainable attempted attendant attending attentive
attractive attributable attributive atypical auburn audacious audible audio audio-visual
audiovisual auditory august augustan aural auspicious austere australian australoid austrian
austronesian authentic authoritarian authoritative autistic auto-immune autobiographical
autocratic autoimmune automated automatic automotive autonomous autumnal auxiliary auxilliary
available avaricious average averse avian avid avoidable avowed avuncular awake aware awash away
awesome awful awkward awry axial axiomatic azerbaijani aztecan azure babyish babylonian
baccalaureate back back-breaking backbreaking backhand backhanded backless backstage backward
backwards bacterial bacteriological bad baggier baggiest baggy bahamian bail-out bailout
balanced bald balder baldest balding balearic baleful balkan balkier balkiest balky ball-park
ballistic ballpark balmier balmiest balmy baltic banal bandy baneful bangladeshi bankrupt bantu
baptismal baptist barbadian barbarian barbaric barbarous barbed bare bare-back bare-foot
bare-handed bareback barefaced barefoot barefooted barehanded bareheaded barer barest baritone
barnyard barometric baronial baroque barren basal base based baseless baser basest bashful basic
basque bastard bated battier battiest batty bavarian bawdier bawdiest bawdy bay bayesian bbb
beaded beadier beadiest beady beaked bearable bearded bearish beastly beat beatific beauteous
beautiful becalmed becoming bed-ridden bed-side bedded bedraggled bedridden bedrock bedside
beefier beefiest beefy beggarly beguiling behavioral behavioural behemoth beige being belated
belgian believable bellicose bellied belligerent beloved bemused beneficent beneficial benelux
benevolent bengali benighted benign bent berber bereaved berserk besetting besotted best bestial
betrothed better bewildering bewitched bewitching bi-annual bi-directional bi-focal bi-lateral
bi-lingual bi-monthly bi-partite bi-pedal bi-plane bi-polar bi-racial bi-sexual bi-valve
bi-weekly biannual biased biblical bibliographic bibliographical bibulous bicameral bicentennial
bicuspid bidirectional biennial bifocal bifurcate big big-hearted bigamous bigger biggest
bighearted bigoted bilateral bilbao bilingual bilious bimonthly binary binding binocular
binomial bio-chemical bio-degradable bio-degradeable bio-medical biochemical biodegradable
biodegradeable biographical biological biomedical bionic bipartisan bipartite biped bipedal
biplane bipolar biracial birthright bisexual bitchier bitchiest bitchy bitter bitter-sweet
bitterer bitterest bittersweet bituminous bivalve biweekly bizarre black blacker blackest
blackish blameless blameworthy bland blander blandest blank blasphemous blatant blazing bleak
bleaker bleakest blearier bleariest bleary blessed blind blind-folded blinded blinder blindest
blindfold blindfolded blinkered blissful blistering blithe bloated blocked blond blonde blonder
blondest blood-stained blooded bloodier bloodiest bloodless bloodshot bloodstained bloodthirsty
bloody blotched blotchier blotchiest blotchy bloused blue blueer blueest blueish bluff bluish
blunt blunter bluntest blurrier blurriest blurry blustery boastful bodily boer boggier boggiest
boggy bogus bohemian bohr boisterous bold bolder boldest bolivian bolshevik bombastic bonded
boneless boney boneyer boneyest bonier boniest bony boolean boorish booted bootless border-line
borderline boring born bossier bossiest bossy bostonian botanical bothersome bottleneck
bottomless bouncier bounciest bouncy bound bounded boundless bountiful bourgeois bovine
bow-legged bowlegged boyish brackish brainier brainiest brainless brainy brash brasher brashest
brassier brassiest brassy brattier brattiest bratty brave braver bravest brawnier brawniest
brawny brazen brazilian breakable breakneck breath-taking breathable breatheable breathier
breathiest breathless breathtaking breathy breezier breeziest breezy breton bridal brief briefer
briefest bright brighter brightest brilliant brimful brimfull brindled brinier briniest briny
brisk brisker briskest bristlier bristliest bristly britannic british briton brittle brittler
brittlest broad broad-band broadband broadcast broader broadest broadside broke broken
broken-hearted brokenhearted brokered bronchial brood brotherly brown browner brownest brownian
brownish brunet brunette brusk brusker bruskest brusque brusqueer brusqueest brutal brute
brutish bubblier bubbliest bubbly buckingham bucolic buddhist budgetary buff buggier buggiest
buggy built-in builtin bulbous bulgarian bulgier bulgiest bulgy bulimic bulkier bulkiest bulky
bullet-proof bulletproof bullheaded bullish bully bum bumpier bumpiest bumpy buoyant burden-some
burdensome bureaucratic burgundian buried burlier burliest burly burmese bushier bushiest bushy
busier busiest business-like businesslike bust busy butch butterier butteriest buttery buxom
buxomer buxomest bygone byzantine cacophonous cadaverous caddish caerulean caesarean caesarian
caffeinated cajun calamitous calculable calculating californian calisthenic callable callous
calloused callow callused calm calmer calmest caloric calorific calvinist calvinistic cambodian
cambrian camp canadian canberra cancerous candid canine cannibalistic cannier canniest canny
canonical cantankerous cantonese capable capacious capillary capital capitalist capitalistic
capri capricious captious captive car-sick carbonated carcinogenic cardiac cardinal cardio
cardio-pulmonary cardio-vascular cardiopulmonary cardiovascular carefree careful careless
caribbean carmine carnal carnelian carnivorous carolinian carotid carpal carpathian carpentered
carsick cartesian carthaginian caspian castrate casual cataclysmic catalan cataleptic catalytic
catastrophic catatonic catchier catchiest catchy categorical cathartic catholic caucasian
caucasoid caudal causal causative causeless caustic cautionary cautious cavalier cavernous
ceaseless celebratory celestial cellular celsius celtic censorious centenarian centenary
centennial centered centigrade central centred centrifugal centripetal centrist cephalic ceramic
cereal cerebral ceremonial ceremonious cerise certain certifiable certificated certified
cerulean cervical cesarean cesarian cetacean chaldean chalkier chalkiest chalky champion chance
chancier chanciest chancy changeable chaotic characteristic chargeable charged charismatic
charitable chartreuse chary chaste chattier chattiest chatty chauvinistic cheap cheaper cheapest
chechen checkered cheerful cheerless cheery cheesier cheesiest cheesy chemical chequered cherry
cherubic chewier chewiest chewy chic chicana chicano chichi chief child-bearing child-like
child-proof child-proofer child-proofest childbearing childish childless childlike childproof
childproofer childproofest chilean chill chillier chilliest chilly chimaerical chimerical
chinese chinned chiseled chiselled chivalrous chocolate choice choicer choicest choleric choosy
choppier choppiest choppy choral choreographic christian chromatic chronic chronological
chubbier chubbiest chubby chunkier chunkiest chunky churlish chuvash cinematic circadian
circuitous circular circulatory circumflex circumspect circumstantial citric civic civil
civilian civiller civillest clad clairvoyant clammier clammiest clammy clamorous clandestine
clarion clarioner clarionest classic classical classier classiest classifiable classified
classless classy claustrophobic clawed clayey clean cleaner cleanest cleanly clear clearer
clearest cleft clement clerical clever cleverer cleverest clickable climactic climatic clingier
clingiest clingy clinical cliqueish cliquish clitoral clock-wise clockwise close closed closer
closest closet cloth cloudier cloudiest cloudless cloudy clownish cloying clueless clumsier
clumsiest clumsy clunkier clunkiest clunky co-dependent co-educational co-incident co-incidental
co-operative co-ordinate coagulant coarse coarser coarsest coastal cock-eyed cockeyed cockier
cockiest cocky codependent coeducational coequal coercive coeval cogent cognate cognisant
cognitive cognizant cognoscent coherent cohesive coincident coincidental coital cold colder
coldest colic colicky collaborative collapsible collateral collect collectable collected
collectible collective collectivist collegiate colloquial collusive colonial colonialist
color-blind color-fast colorblind colored colorfast colorful colorless colossal colour-blind
colour-fast colourblind coloured colourfast colourful colourless comatose combatant combative
combustible comedic comely comestible comfier comfiest comfortable comfy comic comical
commemorative commendable commensurable commensurate commercial committed commodious common
common-place commoner commonest commonplace communal communicable communicant communicative
communist communistic commutative compact companionable comparable comparative compassionate
compelling compensatory competent competitive complacent complainant complaisant complected
complementary completed complex complexioned compliant complicated complimentary composed
composite compound comprehensible comprehensive comprised comprized compromised compromized
compulsive compulsory computational concatenate concave conceited conceivable concentrated
concentric conceptual concerned concerted conciliatory concise conclusive concomitant
concommitant concordant concrete concurrent condemnatory conditional conditioned conducive
conductive confederate conferencing confessional confident confidential confiding configurable
confined confirmatory confluent conformist confrontational confucian confused congenial
congenital congestive congolese congratulatory congregational congregationalist congruent
congruous conic conical coniferous conjectural conjoint conjugal conjugate conjugated
conjunctive connected connective connotative connubial conscientious conscious consecutive
consensual consequent consequential conservative conservatory considerable considerate
considered consistent consonant conspicuous conspiratorial constabulary constant constituent
constitutional constrained constricted constrictive constructive consular consultative
consumable consummate consumptive contactable contagious contained contemplative contemporaneous
contemporary contemptible contemptuous content contented contentious contestant contextual
contiguous continent continental contingent continual continuous contour contoured contouring
contraceptive contractile contractual contradictory contrapuntal contrary contributory contrite
contrived controllable controlled controlling controversial contumacious convalescent convenient
conventional convergent conversant conversational converse convertible convex convinced
convincing convivial convoluted convulsive cool cooler coolest cooperative coordinate copious
copper coppery coptic coquettish coral cordial cordless corinthian cork-screw corkscrew corneal
corner cornier corniest cornish corny corollary coronary corporal corporate corporeal corpulent
correct correctable correctible correctional corrective correlated correlative corroborative
corrosive corrugated corrupt corruptible corsican cortical cosier cosiest cosmetic cosmic
cosmological cosmopolitan costlier costliest costly cosy council countable counter
counter-clockwise counter-productive counter-revolutionary counterclockwise counterfeit
counterproductive counterrevolutionary countless countrified country countryfied courageous
courteous courtlier courtliest courtly covert covetous cowardly coy coyer coyest cozier coziest
cozy crabbier crabbiest crabby crack crackers cracklier crackliest crackly craftier craftiest
crafty craggier craggiest craggy cramped cranial crankier crankiest cranky crappier crappiest
crappy crash crass crasser crassest craven crazier craziest crazy creakier creakiest creaky
cream creamier creamiest creamy creative credible creditable credulous creepier creepiest creepy
crescendo crescent crested cretaceous cretan cretinous crimean criminal crimson crinklier
crinkliest crinkly criollo cripple crisp crisper crispest crispier crispiest crispy criss-cross
crisscross critical croatian crooked cross cross-bred cross-over crossbred crosser crossest
crossover crotchety croupy crowded crucial cruciform crude cruder crudest cruel crueler cruelest
crueller cruellest crumblier crumbliest crumbly crunchier crunchiest crunchy crustacean crustier
crustiest crusty cryptic crystalline crystallographic cub cuban cubic cubical cuckoo cuddlier
cuddliest cuddly culinary culpable cultivated cultural cultured cumbersome cumulative cuneiform
cunning curable curative curious curlier curliest curly current cursed cursive cursory curst
curt curter curtest curvaceous curved curvier curviest curvy cushier cushiest cushy cuspid
custodial custom customary cut-throat cute cuter cutest cutthroat cybernetic cyclic cyclical
cyclonic cylindrical cynical cypriot cyrillic cystic czech czechoslovakian dactylic daemonic
daft daily daintier daintiest dainty dakotan damaging damask damn damndest damned damneder
damnedest damp damper dampest dandier dandiest dandy dangerous danish dank danker dankest
danubian dapper daredevil dark darker darkest darling darn darwinian dastardly dated dative
daughter daunting dauntless dead deadbeat deader deadest deadlier deadliest deadly deadpan deaf
deafer deafest dear dearer dearest death-like deathless deathlike deathly debatable debateable
decadent deceased deceitful decent deceptive deciduous decimal decipherable decisive declamatory
declarative decongestant decorative decorous decrepit dedicated deducible deductible deductive
deep deeper deepest defamatory defective defenceless defenseless defensible defensive
deferential defiant deficient definable defineable definite definitive defoliant deformed deft
defter deftest defunct degenerate degenerative dehydrated dejected delawarean delectable
deleterious deliberate delicate delicious delightful delinquent deliquescent delirious delphic
delta delusive deluxe demagogic demanding demented democratic demographic demoniac demoniacal
demonic demonstrable demonstrative demure denominational dense denser densest dental deodorant
departmental dependable dependant dependent depilatory deplorable depository depraved
deprecatory depressant depressed depressive deranged derelict derisive derisory derivable
derivative derogatory descendant descended descendent describable descriptive desensitised
desensitized deserved deserving designate designer designing desirable desireable desirous
desk-top desktop desolate desperate despicable despondent despotic destined destitute
destructible destructive desultory detachable detached detailed detectable detectible detective
detergent determinable determinant determinate determined deterministic deterrent detestable
detrimental developmental deviant devilish devious devoid devonian devoted devotional devout
dewier dewiest dewy dexterous dextrous diabetic diabolic diabolical diacritic diacritical
diagnostic diagonal diagrammatic dialectal dialectic diametrical diaphanous diastolic dicey
dicier diciest dictatorial didactic diesel dietary dietetic different differential
differentiated difficult diffident diffuse digestive digital dignified digressive dilapidated
dilatory diligent dilute dim dimensional dimensionless diminutive dimmer dimmest dingier
dingiest dingy diocesan dionysian diophantine diplomatic dire direct directed directional
directive directorial direr direst dirigible dirtier dirtiest dirty disabled disadvantageous
disaffected disagreeable disappointed disappointing disarming disastrous discerning
disciplinarian disciplinary discomforting disconnected disconsolate discontent discontented
discontinuous discordant discording discourteous discreditable discreet discrete discretionary
discriminant discriminate discriminating discriminatory discursive disdainful diseased
disembodied disgraceful disgruntled disgusted disgusting disharmonious disheartening disheveled
dishevelled dishonest dishonorable dishonourable disillusioned disinfectant disingenuous
disinterested disjoint disjointed disloyal dismal dismissive disobedient disordered disorderly
disparate dispassionate dispensable dispensible disperse displayable disposable disproportionate
disputable disputant disputanter disputantest disputatious disquieting disreputable
disrespectful disruptive dissident dissimilar dissipated dissociated dissolute dissonant distaff
distant distasteful distended distinct distincter distinctest distinctive distinguishable
distinguished distracted distraught distressful distressing distributive distrustful disturbing
disused diuretic diurnal divergent diverse diversionary diverting divided divine divisible
divisional divisive divorced dizzier dizziest dizzy dizzying do-able doable docent docile
doctoral doctrinaire doctrinal documentary dogged doggier doggiest doggy dogmatic dogwood
doleful dolorous doltish domed domestic dominant domineering dominican done dopey dopeyer
dopeyest dopier dopiest dopy dormant dorsal dottier dottiest dotty double doubtful doubtless
doughier doughiest doughtier doughtiest doughty doughy dour dourer dourest dowdier dowdiest
dowdy down-hill down-state down-stream down-town down-ward downcast downhearted downhill downier
downiest downloadable downright downstairs downstate downstream downtown downtrodden downward
downwind downy drab drabber drabbest draconian draft draftier draftiest drafty dramatic drastic
draught draughtier draughtiest draughty dravidian drawing drawn dread dreadful dream-like
dreamier dreamiest dreamless dreamlike dreamy drearier dreariest dreary dress dried drier driest
drinkable driven driving droll droopier droopiest droopy drowsier drowsiest drowsy drugged drunk
drunken drunker drunkest dry dual dubious ducal ductile ductless due dulcet dull duller dullest
dumb dumber dumbest dumpier dumpiest dumpy dun duodenal duplex duplicate durable duskier
duskiest dusky dustier dustiest dustless dusty dutch dutiful dwarf dwarfer dwarfest dwarfish
dying dynamic dynamical dynastic dyslexic dyspeptic eager earlier earliest early earnest
earth-shaking earthen earthier earthiest earthly earthshaking earthy easier easiest east-bound
eastbound easterly eastern eastern-most easternmost eastward easy easy-going easygoing eatable
ebony ebullient eccentric ecclesiastic ecclesiastical eclectic ecological econometric economic
economical economy ecstatic ecumenical edgewise edgy edible editable editorial educable educated
educational edwardian eerie eerieer eerieest eerier eeriest eery effective effectual effeminate
effervescent effete efficacious efficient effortless effulgent effusive egalitarian ego-centric
egocentric egoistic egotistic egotistical egregious egyptian eighty elaborate elastic elated
elder elderly eldest elect elective electoral electric electrical electro-magnetic electrolytic
electromagnetic electronic electrostatic elegant elemental elementary elephantine eleventh elfin
elfish eligible elite elitist elizabethan elliptic elliptical eloquent elusive elysian emaciated
embalmed embarrassing embattled embedded emblematic embryonic emerald emergent emeritus emetic
emigrant eminent emissarier emissariest emissary emollient emotional emotive empathetic emphatic
empirical employable emptier emptiest empty enabling enchanted encyclical encyclopaedic
encyclopedic end-wise endemic endless endocrine endurable enduring endwise energetic enforceable
engaged english engorged enhanced enigmatic enjoyable enlightened enormous enough enraptured
ensuing enterprising entertaining enthused enthusiastic entire entomological entranced
entrepreneurial enumerable enviable envious environmental eocene ephemeral epic epicurean
epidemic epidermal epigrammatic epileptic episcopal episcopalian episodic epistolary epochal
epoxy equable equal equatorial equestrian equidistant equilateral equine equinoctial equitable
equivalent equivocal erect erectile ergonomic erogenous erosive erotic errant erratic erroneous
ersatz erstwhile erudite eskimo esoteric especial essential esthetic estimable estonian eternal
ethereal etherial ethical ethiopian ethnic ethnological etruscan etymological eucharistic
euclidean euclidian eulogistic euphemistic euphoric eurasian european eustachian eutectic
evanescent evangelical evangelistic evasive even even-handed evenhanded eventful eventual
evergreen everlasting every-day everyday evident evil evocative evolutionary exact exacter
exactest exacting exalted excellent excentric exceptional excessive excitable excited exciting
exclamatory exclusive excretory excruciating excusable execrable executable executive exemplary
exempt exhaustible exhaustive exhilarating exigent exiguous existent existential existentialist
existing exorbitant exotic expandable expandible expansionist expansive expectant expected
expectorant expedient expeditionary expeditious expendable expendible expensive experienced
experimental expert explanatory expletive explicable explicit exploitative exploratory explosive
exponential expository express expressionist expressionless expressive exquisite extant
extemporaneous extendable extended extendible extensional extensive exterior external extinct
extinguishable extra extra-curricular extra-marital extra-ordinary extra-terrestrial
extracurricular extramarital extraneous extraordinary extrasensory extraterrestrial extravagant
extravert extraverted extreme extremist extrinsic extrovert extroverted exuberant fabian fabled
fabulous faced faceless faceted facetious facetted facial facile facing factional factitious
factual faddish faecal fahrenheit fain fainer fainest faint faint-hearted fainter faintest
fainthearted fair fairer fairest faithful faithless fake fallacious fallen fallible fallopian
fallow false falsifiable familial familiar famous fanatic fanatical fancier fanciest fanciful
fancy fantasied fantastic far far-away far-sighted faraway farcical farinaceous farsighted
farther farthest fascinating fascist fashionable fast faster fastest fastidious fat fatal
fatalistic fated fateful fatherless fatherly fathomable fathomless fatter fattest fattier
fattiest fatty fatuous faultier faultiest faultless faulty faustian favorable favored favorite
favourable favourite fearful fearless fearsome featherweight feathery featureless febrile fecal
feckless fecund federal feeble feebler feeblest feeling feistier feistiest feisty felicitous
feline fell fellow felonious felted female feminine feminist femoral feral ferocious ferreous
ferric ferrous fertile fervent fervid festal festive fetal fetid feudal feudalistic feverish few
fewer fewest fey fibonacci fibroid fickle fictional fictitious fiddlier fiddliest fiddly fidgety
fiduciary fiendish fierce fiercer fiercest fierier fieriest fiery figurative fijian filamentous
filial filling filmier filmiest filmy filterable filthier filthiest filthy filtrable final
finalist financial fine finer finest finger-tip fingertip finicky finite finn finnish fire-proof
fireproof firm firmer firmest first first-born first-hand firstborn firsthand fiscal fishier
fishiest fishy fit fitful fitted fitter fittest fitting fixable fixed fizzier fizziest fizzy
flabbier flabbiest flabby flaccid flagellate flagrant flakey flakeyer flakeyest flakier flakiest
flaky flamboyant flammable flash flashier flashiest flashy flat flat-bed flat-footed flatbed
flatfooted flatted flatter flattest flatulent flavored flavorful flavorless flavoured
flavourless flawed flawless flaxen fleecier fleeciest fleecy fleet fleeting flemish fleshier
fleshiest fleshly fleshy flexible flightier flightiest flightless flighty flimsier flimsiest
flimsy flintier flintiest flinty flip flippant flipper flippest flirtatious floppier floppiest
floppy floral florentine florid floridan floury flowering flowery fluent fluffier fluffiest
fluffy fluid flukey flukier flukiest fluky fluorescent flush flying foamier foamiest foamy focal
foetal foetid foggier foggiest foggy foldaway folk folksier folksiest folksy fond fonder fondest
fool fool-proof foolhardy foolish foolproof footed footloose footsore foppish forbidden
forbidding forceable forceful forcible fore foregoing forehand foreign foremost forensic
forested forfeit forgetful forgettable forgivable fork forlorn formal formative formed former
formidable formless formosan formula formulaic fornicate forsaken forte forth-coming forthcoming
forthright fortnightly fortuitous fortunate forward fossil foster foul fouler foulest four-fold
fourfold foxier foxiest foxy fractal fractional fractious fragile fragmentary fragrant frail
frailer frailest franciscan frank franker frankest frantic fraternal fraudulent fraught frazzled
freak freakier freakiest freakish freaky free free-base free-hand free-lance free-standing
free-style free-wheeling freebase freeer freeest freehand freelance freestanding freestyle
freewheeling freezing french frenetic frenzied frequent fresh fresh-water fresher freshest
freshwater fretful freudian friable friendless friendlier friendliest friendly friesian
frightening frightful frigid frillier frilliest frilly frisian frisky frivolous frizzier
frizziest frizzy frolicsome front frontal frost-bitten frostbitten frostier frostiest frosty
frothier frothiest frothy frowsier frowsiest frowsy frowzier frowziest frowzy frozen frugal
fruitful fruitier fruitiest fruitless fruity frumpier frumpiest frumpy frustrated fugitive full
fuller fullest fulsome fumbling fun functional fundamental funereal fungal fungicidal fungous
funicular funkier funkiest funky funnier funniest funny furious furrier furriest furry further
furthermost furthest furtive fussier fussiest fussy futile future futuristic fuzzier fuzziest
fuzzy gaelic gainful gala galactic galilean gallant gallic galore galvanic game gamer gamest
gamma gandhian gangrenous garish garlicky garrulous gaseous gassier gassiest gassy gastric
gastro-intestinal gastrointestinal gastronomic gated gauche gaucher gauchest gaudier gaudiest
gaudy gaunt gaunter gauntest gaussian gawkier gawkiest gawky gay gayer gayest ge gelatinous
genealogical general generative generic generous genetic genial genital genitive genteel gentile
gentle gentlemanly gentler gentlest genuine geo-political geo-thermal geocentric geodesic
geographic geographical geologic geological geometric geometrical geophysical geopolitical
georgian geostationary geothermal geriatric german germane germanic germicidal germinal ghanian
ghastlier ghastliest ghastly ghostly ghoulish giant giddier giddiest giddy gifted gigantic gilt
gimmicky ginger girlish given glacial glad gladder gladdest gladiatorial glamorous glamourous
glandular glassier glassiest glassy glaswegian gleeful glib glibber glibbest glistening
glittering glitzier glitziest glitzy global globular gloomier gloomiest gloomy glorious glossy
gluey glueyer glueyest gluier gluiest glum glummer glummest glutinous gluttonous gnarled gnarly
gnomish god-like godless godlike godly going golden goldener goldenest golgi good goodlier
goodliest goodly gooey gooier gooiest gordian gorgeous gorier goriest gory gossipy goth gothic
gourmet goutier goutiest gouty governable governmental graceful graceless gracious graded
gradient gradual grainier grainiest grainy grammatical grand grander grandest grandiloquent
grandiose granular graphic graphical grassier grassiest grassy grateful gratifying grating
gratis gratuitous grave gravelly graven graver gravest gravitational gray grayer grayest grayish
greasier greasiest greasy great greater greatest grecian greedier greediest greedy greek green
greener greenest greenish gregarious gregorian grey greyer greyest greyish grievous grim grimier
grimiest grimmer grimmest grimy grisly gristly grittier grittiest gritty grizzled grizzly
groggier groggiest groggy groovier grooviest groovy gross grosser grossest grotesque grouchier
grouchiest grouchy ground-breaking groundbreaking grounded groundless grown-up grownup grubbier
grubbiest grubby grudging grueling gruelling gruesome gruff gruffer gruffest grumpier grumpiest
grumpy guarded guatemalan gubernatorial guerilla guerrilla guessable guileful guileless guiltier
guiltiest guiltless guilty guinean gullible gummier gummiest gummy gustatory gustier gustiest
gusty gut gutless gutsier gutsiest gutsy guttural guyanese gymnastic gynaecological
gynecological habitable habitual hackneyed haggard hair-pin haired hairier hairiest hairless
hairpin hairy haitian halcyon hale half-hearted half-way halfhearted halfway hallucinatory
hallucinogenic halting hamiltonian hamitic hand-held hand-made hand-written handheld handicapped
handier handiest handmade handsome handsomer handsomest handwritten handy hangdog hanoverian
haphazard hapless happier happiest happy hard hard-headed hardback harder hardest hardheaded
hardier hardiest hardy harebrained harmful harmless harmonic harmonious harrowing harsh harsher
harshest hastier hastiest hasty hateful haughtier haughtiest haughty hausa hawaiian hawkish
haywire hazardous hazel hazier haziest hazy head head-first head-strong headed headfirst headier
headiest headless headlong headstrong heady healthful healthier healthiest healthy heart-rending
heartbreaking heartbroken heartening heartfelt heartier heartiest heartless heartrending
heartsick heartwarming hearty heathen heathenish heavenly heavenward heavier heaviest heavy
heavy-set heavyset hebraic hebrew hectic hedonistic heedful heedless heftier heftiest hefty
hegelian heirloom helical heliotrope hellenic hellish helpful helpless hemispheric hemispherical
hempen hepatic heraldic herbaceous herbal herbivorous hereditary heretic heretical hermaphrodite
hermaphroditic hermetic heroic herring-bone herringbone hesitant hessian hetero-sexual heterodox
heterogeneous heterosexual heuristic hexadecimal hexagonal hide-bound hidebound hideous
hierarchical hieroglyphic high highbrow higher highest highland hilarious hillbilly hillier
hilliest hilly hind hindi hindu hindustani hip hipped hipper hippest hippier hippiest
hippocratic hippy hirsute hispanic historic historical histrionic hoarier hoariest hoarse
hoarser hoarsest hoary hoggish holier holiest holistic hollow hollower hollowest holocene
holographic holy home home-grown home-made homegrown homeless homelier homeliest homely homemade
homeopathic homeric homesick homeward homey homeyer homeyest homicidal homier homiest homing
homoeopathic homogeneous homophobic homosexual homy honduran honest honeyed honied honorable
honorary honorific honourable hooded hoofed hoosier hooved hopeful hopeless horizontal hormonal
horned hornier horniest hornless horny horrendous horrible horrid horrific horsey horsier
horsiest horsy horticultural hospitable hostile hot hot-headed hotheaded hotter hottest house
house-bound housebound howling huge huger hugest hulking human humane humanist humanistic
humanitarian humanoid humble humbler humblest humdrum humid humongous humorless humorous
humourless humourous hump-backed humpbacked humungous hunchbacked hundred hundred-fold
hundredfold hungrier hungriest hungry hurt hurtful huskier huskiest husky hybrid hydraulic
hydro-electric hydroelectric hydroponic hygienic hyper hyper-sensitive hyperactive hyperbolic
hypercritical hypersensitive hypnotic hypo-allergenic hypoallergenic hypochondriac hypocritical
hypodermic hypoglycaemic hypoglycemic hypothetical hysteric hysterical iambic iberian icelandic
icier iciest iconoclastic icy ideal idealistic identical identifiable idiomatic idiosyncratic
idiotic idle idler idlest idolatrous idyllic iffier iffiest iffy igneous ignoble ignominious
ignorant ill illegal illegible illegitimate iller illest illiberal illicit illiterate illogical
illuminated illusive illusory illustrative illustrious imaginable imaginary imaginative
imbalanced imbecile imbecilic imbecilicer imbecilicest imitative immaculate immanent immaterial
immature immeasurable immediate immemorial immense immersive immigrant imminent immobile
immoderate immodest immoral immortal immovable immune immutable impacted impalpable impartial
impassable impassible impassioned impassive impatient impeccable impecunious impending
impenetrable impenitent imperative imperceptible imperfect imperialistic imperious imperishable
impermanent impermeable impermissible impersonal impertinent imperturbable impervious impetuous
impish implacable implausible implementable implicit impolite imponderable important importunate
imposing impossible impotent impracticable impractical imprecise impregnable impressionable
impressionistic impressive improbable impromptu improper improvable improvident imprudent
impudent impulsive impure impurer impurest in-active in-born in-bred in-built in-coming in-door
in-grown in-line in-operable in-shore inaccurate inactive inadequate inadvertent inadvisable
inalienable inane inanimate inapplicable inappropriate inapt inapter inaptest inarticulate
inattentive inaudible inaugural inauspicious inboard inborn inbound inbred inbuilt incalculable
incandescent incapable incarnate incautious incendiary incensed incessant incestuous inchoate
incident incidental incipient incisive incisor inclement included inclusive incognito incoherent
incombustible incoming incommensurate incomparable incompetent incomplete incomprehensible
inconceivable inconclusive incongruous inconsequential inconsiderable inconsiderate inconsistent
inconsolable inconspicuous inconstant incontestable incontestible incontinent incontrovertible
inconvenient incorporated incorporeal incorrect incorrigible incorruptible increased increasing
incredible incredulous incremental incriminatory incumbent incurable indebted indecent
indecipherable indecisive indecorous indefatigable indefensible indefinable indefinite indelible
indelicate independent indescribable indestructible indeterminable indeterminate indian
indicative indictable indifferent indigenous indigent indigestible indignant indirect indiscreet
indiscriminate indispensable indispensible indisposed indisputable indissoluble indistinct
indistinguishable individual individualist individualistic indivisible indo-chinese indochinese
indolent indomitable indonesian indoor indubitable inductive indulgent industrial industrious
inedible ineducable ineffable ineffective ineffectual inefficient inelastic inelegant ineligible
ineluctable inept inequitable inert inertial inescapable inessential inestimable inevitable
inexact inexcusable inexorable inexpedient inexpensive inexperienced inexpert inexplicable
inexpressible inextinguishable inextricable infallible infamous infantile infatuated infeasible
infected infectious infectuous infelicitous infelicitouser infelicitousest inferential inferior
infernal infertile infidel infinite infinitesimal infinitive infirm inflamed inflammable
inflammatory inflatable inflated inflationary inflectional inflexible influential informal
informational informative informed infra-red infrared infrequent ingenious ingenuous inglorious
ingrain ingratiating ingrown inhabitable inhalant inhalent inherent inhibited inhospitable
inhuman inhumane inimical inimitable iniquitous initial initiative injected injudicious injured
injurious inky inlaid inland inline inmost innate inner inner-most innermost innocent innocuous
innovative innumerable inoffensive inoperable inoperative inopportune inordinate inorganic
inquisitive insane insatiable inscrutable insectivorous insecure insensate insensible
insensitive insentient inseparable inshore inside insidious insightful insignificant insincere
insipid insistent insolent insoluble insolvable insolvent insomniac insouciant inspirational
instant instantaneous instinctive institutional instructional instructive instrumental
insubordinate insubstantial insufferable insufficient insular insuperable insupportable
insurgent insurmountable intact intangible integral integrated intellectual intelligent
intelligible intemperate intended intense intenser intensest intensive intent intentional
inter-breed inter-connected inter-continental inter-departmental inter-dependent
inter-disciplinary inter-faith inter-galactic inter-office inter-personal inter-racial
inter-related inter-ring inter-state inter-urban interactive interbreed intercollegiate
interconnected intercontinental interdenominational interdepartmental interdependent
interdisciplinary interested interesting interfaith intergalactic interior interlocutory
intermediary intermediate interminable intermittent internal international internecine
interoffice interpersonal interplanetary interpretative interpretive interracial interrelated
interring interrogative interrogatory interscholastic interstate interstellar interurban
interwoven intestate intestinal intimate intolerable intolerant intoxicant intra-mural
intra-venous intractable intractible intramural intransigent intransitive intravenous intrepid
intricate intrinsic introductory introspective introverted intrusive intuitive inuit invalid
invaluable invariable invariant invasive inventive inverse invertebrate investigative inveterate
invidious invincible inviolable inviolate invisible invitational inviting involuntary
invulnerable inward ionian iowan iranian iraqi irascible irate iridescent irish irksome
iron-clad ironclad ironic ironical iroquoian irrational irreconcilable irreconciliable
irrecoverable irredeemable irrefutable irregular irrelevant irreligious irremediable irreparable
irreplaceable irrepressible irreproachable irresolute irrespective irresponsible irretrievable
irreverent irreversible irrevocable irritable irritant islamic islamist isolated isometric
isomorphic isosceles isotopic isotropic israeli italian italic itchy iterative itinerant
jacksonian jacobean jacobin jaded jagged jamaican janitorial japanese jaundiced jauntier
jauntiest jaunty javanese jealous jeffersonian jejune jellied jerkier jerkiest jerky jeweled
jewelled jewish jingoistic jitterier jitteriest jittery jobless jocose jocular joint jointed
jollier jolliest jolly jordanian journalistic jovial joyful joyless joyous jubilant jubilee
judaic judgemental judgmental judicial judicious jugular juicier juiciest juicy julian jumbo
jumpier jumpiest jumpy jungian junior jurassic juridical jurisdictional just justifiable
justified juvenile kafkaesque kaleidoscopic kansan kantian kazakh keen keener keenest kemerovo
kentuckian kenyan key-hole keyhole keynesian khaki kin kind kinder kindest kindhearted kindly
kindred kinematic kinetic kinglier kingliest kingly kinkier kinkiest kinky kippered kittenish
klunkier klunkiest klunky knavish knobbier knobbiest knobby knottier knottiest knotty knowable
korean kosher kurdish kuwaiti kwakiutl labial laborious labourious labyrinthine lachrymal
lachrymose lacier laciest lackadaisical lackluster lacklustre laconic lacrimal lactic lacy laden
ladylike laggard lagrangian lama lamaze lambent lame lamentable lamer lamest laminate laminated
land-locked landlocked languid languorous lank lankier lankiest lanky lao laotian lapland
larcenous large larger largest largo larval lascivious last lasting late latent later lateral
latest latin latina latino latitudinal latter latticed latvian laudable laudatory laughable
laureate lavender lavish lawful lawless lax laxative laxer laxest lay lazier laziest lazy leaded
leaden leafier leafiest leafless leafy leakier leakiest leaky lean leaner leanest least leathery
leaved lebanese lecherous lee leeward left left-over leftist leftmost leftover leftwards legal
legalistic legato legendary legged legible legislative legitimate legless leguminous leisurely
length-wise lengthier lengthiest lengthways lengthwise lengthy lenient leninist lenten leonine
leprous lesbian less lesser lethal lethargic level leveraged leviathan lewd lewder lewdest
lexical liable libellous libelous liberal liberated liberian libertarian libertine libidinous
libyan licenced licensed licentious licit life-like life-long life-saving lifeless lifelike
lifelong lifesaving light light-headed light-hearted light-weight lighter lightest lightheaded
lighthearted lightweight likable like likeable likelier likeliest likely lilac lilliputian
lilliputianer lilliputianest limber limbless limier limiest limited limiting limitless limp
limper limpest limpid limy lineal linear lingering lingual linguistic liquid lissom lissome
listless lite literal literary literate lithe lithographic lithuanian litigant litigious little
littler littlest littoral liturgical livable live liveable livelier liveliest lively livid
living loadable loamier loamiest loamy loath loathsome lobed local lockable loco locomotive
loftier loftiest lofty logarithmic logical logistic logistical lone lonelier loneliest lonely
lonesome long long-time longer longest longhorn longish longitudinal longtime look-alike
lookalike loopier loopiest loopy loose looser loosest lopsided loquacious lorn loth loud louder
loudest louisianian lousier lousiest lousy loutish louvered louvred lovable loveable loveless
lovelier loveliest lovelorn lovely lovesick loving low lower lower-case lowercase lowest lowish
lowland lowlier lowliest lowly loyal loyaller loyallest lubavitcher lubricant lucid luckier
luckiest luckless lucky lucrative luddite ludicrous lugubrious luke-warm lukewarm lumbar
luminary luminescent luminous lump lumpier lumpiest lumpish lumpy lunar lunatic lupine lurid
luscious lush lusher lushest lustful lustrous lutheran luxuriant luxurious lymphatic lyric
lyrical macabre macedonian macerated machiavellian macho macro macrobiotic macroscopic mad
madagascan maddening madder maddest madeira magellanic magic magical magisterial magnanimous
magnetic magnificent magnum magyar maiden main main-stream mainland mainstream maintainable
majestic major majority makeshift malabar maladjusted maladroit malarial malay malayan malaysian
malcontent maldivian male malevolent malformed malian malicious malign malignant malleable
malnourished malodorous malodourous maltese malthusian mammalian mammary mammoth manageable
managed managerial manchurian mandatory mandingo maneuverable manful mangier mangiest mangy
maniac maniacal manic manichaean manichean manifest manifold manipulative manlier manliest manly
mannered mannerly manoeuverable manoeuvrable manorial manual manx maoist maori marathon marbled
marginal marine marital maritime marked marketable markov maroon marriageable married marshier
marshiest marshy marsupial martial martian marvellous marvelous marxist masai mascaraed
masculine masked masking masochistic masonic mass massive master masterful masterly mastoid mat
matching matchless mated material materialistic maternal mathematical matriarchal matrimonial
matt matte mature maturer maturest maudlin mauve maverick mawkish maxillary maximal maximum
mayan mayoral meager meagre mealier mealiest mealy mean meaner meanest meaningful meaningless
measly measurable measureable measured measureless meatier meatiest meaty mechanic mechanical
mechanistic meddlesome mediaeval medial median mediate medical medicinal medieval mediocre
meditative mediterranean medium meek meeker meekest meh melancholic melancholy melanesian
mellifluous mellifluouser mellifluousest mellow mellower mellowest melodic melodious
melodramatic melting membraneous membranous memorable memorial mendacious mendelian mendicant
mendicanter mendicantest menial mennonite menopausal menstrual mental mentholated mercantile
mercenary merciful merciless mercurial mercuric mere merer merest meretricious meritorious
merovingian merrier merriest merry messier messiest messy metabolic metacarpal metallurgical
metamorphic metaphorical metaphysical metatarsal meteoric meteorological methodical methodist
methodological meticulous metric metrical metropolitan mettlesome mettlesomer mettlesomest
mexican micronesian microscopic mid mid-stream mid-way mid-western mid-year middle middle-weight
middleweight midland midstream midway midwestern midyear miffed mightier mightiest mighty
migraine migrant migratory milch mild milder mildest militant militaristic military milkier
milkiest milky millennial miltonic mimetic mimic minatorier minatoriest minatory mindful
mindless mineral ming mini miniature minim minimal minimalist minimum miniscule ministerial
minnesotan minoan minor mintier mintiest minty minus minuscule minute minuter minutest miocene
miraculous mirthful mirthless mis-shapen misanthropic misanthropist misbegotten miscellaneous
mischievous miscreant miserable miserly misguided misleading misogynist misogynistic misshapen
missing mississippian missourian mistaken mistier mistiest mistrustful misty mixed mnemonic
mobile mock modal moderate modern moderner modernest modernistic modest modifiable modish
modular mohammedan moist moister moistest molar moldier moldiest moldy molecular moll molten
momentary momentous monarchic monarchical monastic monaural monetary moneyed mongol mongolian
mongrel monitoring mono mono-syllabic monochromatic monochrome monogamous monolingual monolithic
monomaniac monophonic monopolistic monorail monosyllabic monotheistic monotonic monotonous
monstrous monstruous montanan monthly monumental moodier moodiest moody moonlit moonstruck
moorish moot moral moralistic moravian morbid mordant more moribund mormon moroccan moronic
morose morphological mortal mortuary mosaic moslem mossier mossiest mossy most motherless
motherly motile motionless motivational motive motley motor mottled mouldier mouldiest mouldy
mountainous mournful mousey mouseyer mouseyest mousier mousiest mousy movable moveable moving
mozambican much mucky mucous muddier muddiest muddled muddy muggy mulish multi multi-colored
multi-coloured multi-cultural multi-dimensional multi-faceted multi-lateral multi-lingual
multi-media multi-national multi-player multi-purpose multi-racial multi-variate multicolored
multicoloured multicultural multidimensional multifaceted multifarious multilateral multilingual
multimedia multinational multiplayer multiple multiplex multiplexed multiplicative multipurpose
multiracial multitudinous multivariate mum mundane municipal munificent mural murderous murkier
murkiest murky muscovite muscular mushier mushiest mushy musical musky muslem muslim mussier
mussiest mussy mustier mustiest musty mutable mutant mute mutual myopic myriad mysterious mystic
mystical mythic mythical mythological naive naked nameless namibian napoleonic nappier nappiest
nappy narcissistic narcotic narrative narrow narrower narrowest nary nasal nascent nastier
nastiest nasty natal nation-wide national nationalist nationalistic nationwide native nattier
nattiest natty natural naturalistic naught naughtier naughtiest naughty nauseous nautical navaho
navajo naval navigable navigational nazi neapolitan near near-by near-sighted nearby nearer
nearest nearsighted neat neater neatest nebraskan nebular nebulous necessary needful needier
neediest needless needy nefarious negative neglectful negligent negotiable negroid neighboring
neighborly neighbouring neighbourly nematode neo-classic neo-classical neo-conservative
neo-natal neoclassic neoclassical neoconservative neonatal nepalese nepali nerdier nerdiest
nerdy nerveless nervous nervy nested net nether nethermost nett nettlesome neural neuralgic
neurological neurotic neuter neutral nevadan new new-born new-fangled newborn newer newest
newfangled newlywed newsier newsiest newsworthy newsy newtonian next nicaraguan nice nicer
nicest niftier niftiest nifty nigerian niggardly niggling nigh nightly nightmarish nihilist
nihilistic nimble nineteenth ninth nipping nippy nit-picking nitpicking nitrated nitrogenous
noble nobler noblest nocturnal nodal nodular noiseless noisier noisiest noisome noisy nomadic
nominal nominate nominative non-abrasive non-absorbent non-alcoholic non-aligned non-combatant
non-commercial non-committal non-competitive non-conformist non-contagious non-dairy
non-denominational non-descript non-empty non-essential non-exempt non-existent non-fat
non-fatal non-flammable non-governmental non-hazardous non-human non-industrial non-judgmental
non-living non-malignant non-negotiable non-objective non-partisan non-physical non-poisonous
non-political non-polluting non-prescription non-productive non-professional non-profit
non-refillable non-refundable non-renewable non-representational non-resident non-restrictive
non-returnable non-rigid non-scheduled non-seasonal non-sectarian non-sexist non-skid
non-smoking non-standard non-stick non-stop non-technical non-toxic non-transferable non-trivial
non-verbal non-violent non-voting non-zero nonabrasive nonabsorbent nonagenarian nonalcoholic
nonaligned nonbreakable nonce nonchalant noncombatant noncommercial noncommittal noncompetitive
nonconformist noncontagious nondairy nondeductible nondenominational nondescript nonempty
nonessential nonesuch nonexempt nonexistent nonfat nonfatal nonflammable nongovernmental
nonhazardous nonhuman nonindustrial nonjudgmental nonliving nonmalignant nonnegotiable
nonobjective nonpartisan nonphysical nonpoisonous nonpolitical nonpolluting nonprescription
nonproductive nonprofessional nonprofit nonrefillable nonrefundable nonrenewable
nonrepresentational nonresident nonrestrictive nonreturnable nonrigid nonscheduled nonseasonal
nonsectarian nonsensical nonsexist nonskid nonsmoking nonstandard nonstick nonstop nontechnical
nontoxic nontransferable nontrivial nonverbal nonviolent nonvoting nonwhite nonzero nordic
normal norman normative norse north north-east north-west northeast northeasterly northerly
northern-most northernmost northward northwest northwesterly norwegian nosey noseyer noseyest
nosier nosiest nostalgic nosy notable note-worthy noted noteworthy notional notorious nought
nourishing novel noxious nth nubian nubile nuclear nucleic nude nuder nudest null numb number
numberless numbest numerate numeric numerical numerous numismatic nuptial nutrient nutritional
nutritious nutritive nuts nutty oafish oaken oared oaten obdurate obedient obese objectionable
objective oblate obligate obligatory obliging oblique oblivious oblong obnoxious obscene obscure
obsequious observable observant observational obsessive obsolescent obsolete obstetric
obstetrical obstinate obstreperous obstructive obtainable obtrusive obtuse obtuser obtusest
obverse obvious occasional occidental occlusive occult occupational ocean-going oceangoing
oceanic oceanographic ocher ochre octagonal octal octogenarian ocular odd odd-ball oddball odder
oddest odious odoriferous odorless odorous odouriferous odourless odourous oecological oedipal
off off-beat off-shore offbeat offensive offhand official officious offshore offstage often
oftener oftenest ohioan oilier oiliest oily ok okay okhotsk oklahoman old olden older oldest
oleaginous olfactory oligarchic oligocene olive olmec olympian olympic ominous omnipotent
omnipresent omniscient omnivorous on-coming on-going on-line on-shore on-ward oncoming one
one-time onerous onetime ongoing online only onomatopoeic onshore onward opalescent opaque open
opening operable operatic operational operative ophthalmic opiate opinionated opportune
opportunistic opposed opposite oppressive opprobrious optic optical optimal optimistic optimum
optional opulent oracular oral orange oratorical orbital orchestral ordered orderly ordinal
ordinary ordovician oregonian organic organisational organizational orgasmic orgiastic orient
oriental oriented original ornamental ornate ornery orphic orthodontic orthodox orthogonal
orthographic orthopaedic orthopedic orwellian osmotic ostensible ostentatious otiose ottoman out
out-dated out-door out-going out-moded out-stretched outbound outcast outdated outdoor outer
outer-most outermost outgoing outlandish outlying outmoded outrageous outreaching outright
outside outsize outsized outspoken outspread outstanding outstretched outstretching outward oval
ovarian over over-abundant over-active over-aged over-all over-ambitious over-anxious
over-cautious over-compensated over-confident over-eager over-enthusiastic over-generous
over-long over-night over-priced over-protective over-reaching over-riding over-sensitive
over-sized over-weight over-whelming over-zealous overabundant overactive overage overaged
overall overambitious overanxious overbearing overblown overcast overcasting overcautious
overcompensated overconfident overdue overeager overenthusiastic overfull overgenerous overgrown
overhand overhead overland overlong overnight overpowering overpriced overprotective
overqualified overreaching overriding overripe overriper overripest overseas oversensitive
oversize oversized overstuffed overt overweening overweight overwhelming overzealous oviparous
ovoid ovulate owlish own oxidising oxidizing oxy-acetylene oxyacetylene pa pacific paedagogic
paediatric pagan painful painless painstaking pair-wise paired pairwise pakistani palaeocene
palaeolithic palaeozoic palatable palatal palatial palatialer palatialest pale paleocene
paleolithic paleozoic paler palest palestinian palindromic palliative pallid palmier palmiest
palmy palpable palsied paltry panamanian panchromatic pancreatic pandemic panic panicky
panoramic pantheistic papal paperback papery para-medical para-professional parabolic
paradigmatic paradoxical paraguayan paralegal parallel paralytic paramedical paramilitary
paramount paranoid paranormal paraplegic paraprofessional parasitic pardonable parental
parenthetical parisian parliamentarian parliamentary parmesan parochial parsimonious part
partial participating participatory participial particular particulate partisan partizan party
passable passing passionate passionless passive past pastier pastiest pastoral pasty pat
patagonian patchier patchiest patchy pate patee patent paternal paternalistic pathetic
pathogenic pathological patient patriarchal patrician patrimonial patriotic patronizing pattee
paunchier paunchiest paunchy paved pavlovian pawed payable peace-keeping peaceable peaceful
peacekeeping peak peaked pearlier pearliest pearly pebblier pebbliest pebbly pectoral peculiar
pecuniary pedagogic pedagogical pedal pedantic pedestrian pediatric pedigreed peerless peevish
pejorative pelagic pellucid pelvic penal pendant pendent pending pendulous penetrable
penetrative penile peninsular penitent penitential penitentiary penniless pennsylvanian pensive
pentagonal pentecostal penultimate penurious peppery peppier peppiest peppy peptic perceivable
perceptive perceptual peremptory perennial perfect perfectible perfectionist perfidious
perforate perforated performing perfunctory perilous period periodic periodical periodontal
peripatetic peripheral perishable perkier perkiest perky permanent permeable permian permissive
pernicious perpendicular perpetual perplexed perplexing persian persimmon persistent personable
personal perspicacious perspicuous persuasive pert pertinacious pertinent peruvian pervasive
perverse peskier peskiest pesky pessimistic pestilent petite petro-chemical petrochemical
pettier pettiest pettifogging petty petulant phallic phantastic pharmaceutical pharyngeal
phenomenal philanthropic philatelic philharmonic philippine philistine philly philological
philosophic philosophical phlegmatic phobic phonemic phonetic phonic phonological phony
phosphorescent phosphoric photo-electric photo-sensitive photoelectric photogenic photographic
photosensitive phrasal phrenetic physical physiological pianissimo piano picaresque picaresqueer
picaresqueest pick-up pickier pickiest pickup picky pictorial picturesque piebald piece-meal
piecemeal pied piercing pig-headed piggier piggiest piggish piggy piggyback pigheaded pillion
pilot pink pinker pinkest pinkish pinnate pious piquant piratical piscatorial pistillate piteous
pithier pithiest pithy pitiable pitiful pitiless pituitary pivotal placed placental placid plain
plainer plainest plaintive planar plane planetary plangent plastic platitudinous platonic
playable playful pleasant pleasanter pleasantest pleased pleasing pleasurable pleasureable
pleistocene plenary plenipotentiary plenteous plentiful pliable pliant pliocene pluckier
pluckiest plucky plumb plump plumper plumpest pluperfect plural pluralistic plus plush plusher
plushest pneumatic pock-marked pocked pockmarked poetic poetical poignant pointed pointier
pointiest pointless pointy poised poisonous pokier pokiest poky polar polemic polemical polish
polished polite politic political polled poly-morphic poly-unsaturated polygamous polyglot
polygonal polymeric polymorphic polynesian polynomial polyphonic polysyllabic polytechnic
polytheistic polyunsaturated pomeranian pompous ponderous pontifical poor poorer poorest poorly
popular populous porcine pornographic porous portable portal portentous portlier portliest
portly portuguese posed posh posher poshest positional positive possessed possessive possible
post-date post-doc post-doctoral post-graduate post-modern post-mortem post-natal post-operative
post-partum post-war postal postdate postdoc postdoctoral posterior postgraduate posthumous
postmodern postmortem postnatal postoperative postpartum postwar pot-bellied potable potbellied
potent potential pottier pottiest potty pouched powdered powdery powerful powerless practicable
practical pragmatic praiseworthy pre-arranged pre-cambrian pre-conception pre-disposed
pre-dominant pre-eminent pre-emptive pre-existing pre-fab pre-historic pre-marital pre-mature
pre-menstrual pre-natal pre-packaged pre-requisite pre-school pre-teen pre-war preachier
preachiest preachy prearranged precambrian precarious precautionary precious precipitant
precipitate precipitious precipitous precise precision precocious preconception predatory
predicative predictable predictive predisposed predominant preeminent preemptive preexisting
prefab prefatory preferable preferential preferred preferring pregnant prehensile prehistoric
prejudicial preliminary premarital premature premenstrual premier premiere prenatal prepackage
prepackaged preparatory prepared preponderant prepositional preposterous preppier preppiest
preppy prerequisite prerogative presbyterian preschool prescient prescriptive present
presentable preservative presidential pressurised pressurized prestigious presumable presumptive
presumptuous preteen pretend pretentious preterite preternatural prettier prettiest pretty
prevailing prevalent preventable preventative preventible preventive previous prewar priceless
pricey pricier priciest pricklier prickliest prickly priestly priggish prim primaeval primal
primary prime primeval primitive primmer primmest primordial princelier princeliest princely
principal principled printable prior prismatic prissier prissiest prissy pristine private
privileged privy prize pro-active pro-forma pro-tuberant proactive probabilistic probable
probationary problematic problematical procedural processional procreative procrustean prodigal
prodigious productive profane professional professorial proficient profitable profligate
proforma profound profounder profoundest profuse prognostic progressive prohibitive prohibitory
projectile proletarian prolific prolix prolonged promethean prominent promiscuous promissory
promotional prompt prompter promptest prone proner pronest pronounceable pronounced pronto proof
propellant propellent proper prophetic prophylactic propitiatory propitious proportional
proportionate proportioned propositional proprietary propulsive prosaic prospective prosperous
prosthetic prostrate protean protected protective protestant protoplasmic protozoan protozoon
protuberant proud prouder proudest provable proverbial provident providential provincial
provisional provocative provoking prudent prudential prudish prurient prussian pseudo
psychedelic psychiatric psychic psychical psycho psycho-somatic psychodelic psychogenic
psychological psychopathic psychosomatic psychotic ptolemaic pubescent pubic public publishable
puckish pueblo puerile puffier puffiest puffy pugilistic pugnacious pulmonary pulpier pulpiest
pulpy punchier punchiest punchy punctilious punctual pungent punishable punitive pupal
purchasable purchaseable pure pure-bred purebred purer purest purgative purist puritan
puritanical purple purpler purplest purplish purposeful purposeless pursuant purulent pushy
pusillanimous pussy putative putrescent putrid pyramidal pyrotechnic pyrrhic pythagorean quad
quadrangular quadratic quadrennial quadrilateral quadriplegic quadruped quadruple quadruplicate
quaint quainter quaintest qualified qualitative quantitative quantum quarrelsome quarterly quasi
quaternary queasier queasiest queasy queer queerer queerest querulous questionable quick quicker
quickest quiescent quiet quieter quietest quintessential quintuple quirkier quirkiest quirky
quixotic quizzical quotable quotidian rabat rabbinical rabelaisian rabid racial racier raciest
racist racy radial radiant radiate radical radio-active radioactive raffish ragged rainier
rainiest rainy rakish rambling rambunctious rampant ramshackle rancid rancorous rancourous
randier randiest random randy rank rapacious rapid rapider rapidest rapt rapturous rare rarer
rarest raring rash raspier raspiest raspy rastafarian rational rationalistic rattling raucous
rave ravenous raw re-designed re-usable re-useable reachable reactionary reactive readable
readier readiest reading ready real realer realest realisable realistic realizable rearmost
rearward reasonable reassuring rebellious reborn recalcitrant receivable recent receptive
recessional recessive reciprocal reckless reclusive recognisable recognizable reconcilable
recondite record recoverable recreational rectal rectangular rectifiable rectified rectilinear
recumbent recuperative recurrent recursive recyclable red red-headed redder reddest reddish
redeemable redesigned redheaded redolent redoubtable redrawn redundant reedy referential
refillable refined reflected reflective reflexive reformatory refreshing refrigerant refulgent
refundable regal regardless regenerate regenerative regimental regional registered regressive
regretful regular regulatory reincarnate related relational relative relativistic relaxant
relaxed releasable releaseable releasible relentless relevant reliable reliant religious
relocatable reluctant remarkable remediable remedial reminiscent remiss remorseful remorseless
remote remoter remotest removable removeable remunerative renal renascent renewable renowned
repairable repayable repeatable repeated repellant repellent repentant repetitious repetitive
replete replicate reposeful reprehensible representational representative repressed repressive
reproachful reprobate reproductive reptilian republican repugnant repulsive reputable reputed
resentful reserved resident residential residual resigned resilient resinous resistant resistent
resolute resonant resourceful respectable respectful respective respiratory resplendent
respondent responsive rested restful restive restless restorative restrained restricted
restrictive resultant resurgent retaliatory retardant retarded retentive reticent retinal
retired retractable retractible retributive retrievable retro-grade retroactive retrograde
retrogressive retrospective returnable reusable reuseable revealing revengeful reverend reverent
reverential reverse revised revocable revokable revolutionary rewarding rhapsodic rhenish
rhetorical rheumatic rhomboid rhythmic rhythmical ribald rich richer richest rickety ridiculous
rife right right-most righteous righter rightest rightful rightist rightmost rigid rigorous
rigourous ringside riotous ripe riper ripest risible riskier riskiest risky ritual ritualistic
rival roadworthy roan roast robotic robust rockier rockiest rocky rococo rogue roguish roman
romanesque romanian romantic romanticist roomier roomiest roomy root rooted rootless roseate
rosicrucian rosier rosiest rosy rotary rotational rotten rotund rough rougher roughest roumanian
round roundabout rounded rounder roundest roundish routine rowdier rowdiest rowdy royal rubbery
rubric ruby ruddier ruddiest ruddy rude ruder rudest rudimentary rueful rugged ruinous rumanian
ruminant run-away run-down runaway rundown runnier runniest runny rural russet russian
rust-proof rustic rustier rustiest rustproof rusty ruthless rwandan sabbatical sable saccharine
sacerdotal sacramental sacred sacrilegious sacrosanct sad sadder saddest sadistic safe safer
safest sagacious sage saintlier saintliest saintly salable salacious salaried saleable salient
saline salivary sallow salt saltier saltiest salty salubrious salutary salvadoran salvageable
same samoan samoyed sanctimonious sandier sandiest sandy sane saner sanest sanguinary sanguine
sanitary sap sapient sappier sappiest sappy sarcastic sardonic sartorial sassanian sassier
sassiest sassy satanic satellite satellited satin satiny satirical satisfactory satisfying
saturated saturnine saucier sauciest saucy saudi savage savory savoury savvier savviest savvy
saxon scabbier scabbiest scabby scabrous scalar scalene scaley scalier scaliest scaly scandalous
scandinavian scant scanter scantest scantier scantiest scanty scarce scarcer scarcest scare
scarier scariest scarlet scary scathing scattered scenic scented sceptical schematic schismatic
schizoid schizophrenic scholarly scholastic sciatic scientific sclerotic scorching scored
scornful scotch scots scottish scraggly scrappier scrappiest scrappy scratchier scratchiest
scratchy scrawnier scrawniest scrawny scripted scriptural scrubbier scrubbiest scrubby scruffier
scruffiest scruffy scrupulous sculptural scurfier scurfiest scurfy scurrilous scurvier scurviest
scurvy scythian sea-going sea-sick seafaring seagoing seamier seamiest seamless seamy sear
seasick seasonable seasonal seaward seaworthy sebaceous secluded seclusive second second-hand
secondary secondhand secret secretarial secretive sectarian sectional secular secularised
secularized secure securer securest sedate sedater sedatest sedative sedentary sedimentary
seditious seductive sedulous sedulouser sedulousest seed seedier seediest seedless seedy seeming
seemly segregated seismic seismographic selective self-same selfish selfless selfsame semantic
semi-annual semi-automatic semi-circular semi-conscious semi-final semi-monthly semi-permeable
semi-precious semi-private semi-professional semi-retired semi-skilled semi-tropical semi-weekly
semiannual semiautomatic semicircular semiconscious semifinal semimonthly seminal semipermeable
semiprecious semiprivate semiprofessional semiretired semiskilled semitic semitropical
semiweekly senatorial senegalese senile senior sensational senseless sensitised sensitive
sensitized sensory sensual sensuous sententious sententiouser sententiousest sentient
sentimental separable separate separatist septic sepulchral sequential serbian sere
serendipitous serene serial serious serous serpentine serrated serried serum serviceable servile
servo set settable settled seventeenth seventh seventy several severe severer severest
sexagenarian sexier sexiest sexist sexless sexual sexy shabbier shabbiest shabby shadier
shadiest shadow shadowy shady shag shaggier shaggiest shaggy shakier shakiest shaky shallow
shallower shallowest shamefaced shameful shameless shapeless shapelier shapeliest shapely
sharable shareable sharp sharper sharpest shatterproof sheepish sheer sheerer sheerest sheltered
shiftier shiftiest shiftless shifty shinier shiniest shiny shirt-sleeve shirtsleeve shoddier
shoddiest shoddy short short-sighted shorter shortest shortish shortsighted shot showier
showiest showy shrewd shrewder shrewdest shrewish shrill shriller shrillest shrinkable shrubbier
shrubbiest shrubby shy shyer shyest siamese siberian sibilant sicilian sick sicker sickest
sickle sicklier sickliest sickly side sided sidereal sideways sidewise sighted sightless signal
signatory significant sikh silent siliceous silicious silken silkier silkiest silky sillier
silliest silly silurian silvan silver silvery simian similar simple simpler simplest simplex
simplistic simulated simultaneous sincere sincerer sincerest sinful single singular sinister
sinuous sinusoidal sioux sissy sisterly sisyphean sisyphian situated sizable sizeable skeletal
skeptical sketchier sketchiest sketchy skew skewed skilful skilled skillful skimpier skimpiest
skimpy skin-tight skinless skinnier skinniest skinny skintight skittish slack slacker slackest
slanderous slangier slangiest slangy slantwise slav slavic slavish slavonic sleazier sleaziest
sleazy sleek sleeker sleekest sleepier sleepiest sleepless sleepy sleeveless slender slenderer
slenderest slick slicker slickest slier sliest slight slighter slightest slim slimier slimiest
slimmer slimmest slimy slinkier slinkiest slinky slip-shod slippery slipshod sloppier sloppiest
sloppy slothful slovak slovakian slovenian slovenly slow slower slowest sludge sluggish slushier
slushiest slushy sluttish sly small smaller smallest smallish smart smarter smartest smellier
smelliest smelly smoggier smoggiest smoggy smokeless smokey smokeyer smokeyest smokier smokiest
smoky smooth smoother smoothest smudgy smug smugger smuggest smuttier smuttiest smutty snafu
snakier snakiest snaky snap snappier snappiest snappish snappy sneakier sneakiest sneaky
snobbish snobby snootier snootiest snooty snottier snottiest snotty snowier snowiest snowy snub
snug snugger snuggest so soapier soapiest soapy sober soberer soberest sociable social
socialistic societal socio-economic socioeconomic sociological socratic sodden soft soft-hearted
softer softest softhearted soggier soggiest soggy solar soldierly sole solemn solicitous solid
solitary solo soluble solvable solvent somali somalian somber sombre sometime somnolent sonic
sonorous soothing sootier sootiest sooty sophisticated sophomoric soporific soprano sordid sore
sorer sorest sorrier sorriest sorrowful sorry sottish soudanese soul soulful soulless sound
sound-proof sounder soundest soundless soundproof soupier soupiest soupy sour sourer sourest
south-bound south-eastern south-west south-western southbound southeasterly southeastern
southerly southern southern-most southernmost southward southwest southwesterly southwestern
sovereign soviet spacey spacial spacier spaciest spacious spacy span spanish spare sparer
sparest sparing sparse sparser sparsest spartan spasmodic spastic spatial special specialist
specifiable specific specious speckled spectacular spectral spectroscopic speculative speechless
speeded speedier speediest speedy spellbound spencerian spend-thrift spendthrift spherical
spheroid spheroidal spicier spiciest spicy spidery spikier spikiest spiky spinal spindlier
spindliest spindly spineless spinier spiniest spiny spiral spirited spiritless spiritual
spiritualistic spirituous spiteful splendid splenetic split splitting splotchier splotchiest
splotchy spongier spongiest spongy spontaneous spookier spookiest spooky sporadic spored sporing
sportier sportiest sportive sportsmanlike sporty spotless spotted spottier spottiest spotty
sprier spriest sprightlier sprightliest sprightly springfield springy spruce sprucer sprucest
spry spryer spryest spurious squalid square squarer squarest squashier squashiest squashy squat
squeakier squeakiest squeaky squeamish squigglier squiggliest squiggly squishier squishiest
squishy stable stabler stablest staccato stagnant staid stainless stale staler stalest stalinist
stanch stancher stanchest standard standing standoff starboard starchier starchiest starchy
stark starker starkest starless starrier starriest starry startling state-wide stateless
statelier stateliest stately statesmanlike statewide static stationary statistical statuary
statutory staunch stauncher staunchest steadfast steadier steadiest steady stealthier
stealthiest stealthy steamier steamiest steamy steelier steeliest steely steep steeper steepest
stellar stenographic stentorian stereo stereophonic stereotypical sterile sterling stern sterner
sternest steroid stickier stickiest sticky stiff stiffer stiffest still still-born stillborn
stiller stillest stilted stimulant stingier stingiest stingy stochastic stock stockier stockiest
stocky stodgier stodgiest stodgy stoic stoical stolid stoney stonier stoniest stony stop-gap
stopgap stoppable storied stormier stormiest stormy stout stouter stoutest stove-pipe stovepipe
stragglier straggliest straggly straight straight-forward straighter straightest straightforward
strained straitened stranded strange stranger strangest strangulated strapless strategic
strategical stray streakier streakiest streaky stream-lined streamlined street-wise streetwise
strenuous streptococcal stressful stretchier stretchiest stretchy stricken strict stricter
strictest strident striking stringed stringent stringier stringiest stringy striped strong
stronger strongest structural structuralist structured stubbier stubbiest stubblier stubbliest
stubbly stubborn stubby stuck studied studious stuffier stuffiest stuffy stumpier stumpiest
stumpy stunning stunted stupendous stupid stupider stupidest sturdier sturdiest sturdy stylish
stylistic styptic suave sub-atomic sub-cutaneous sub-human sub-normal sub-standard sub-total
sub-tropical sub-urban subatomic subconscious subcutaneous subhuman subject subjective
subjunctive sublime subliminal submarine submerse submersed submersible submissive subnormal
suborbital subordinate subsequent subservient subsidiary subsonic substandard substantial
substantive subterranean subtle subtler subtlest subtotal subtropical suburban subversive
successful successive succinct succulent suckered sudanese sudden sufficient sugar-coated
sugarcoated sugarier sugariest sugarless sugary suggestible suggestive suicidal suitable sulfur
sulfured sulfuric sulfurous sulkier sulkiest sulky sullen sulphur sulphured sulphuric sulphurous
sultry summary summer-time summertime sumptuous sun-lit sunburned sunburnt sundanese sundry
sunken sunless sunlit sunni sunnier sunniest sunny super super-abundant super-numerary
super-size super-sized superabundant superb supercilious superficial superfluous superhuman
superior superlative supernatural supernumerary superscript supersize supersized supersonic
superstitious supervisory supine supple supplemental supplementary suppliant supplicant
supportable supportive supposed supra-national supranational supreme sure sure-fire surefire
surefooted surer surest surgical surinam surly surmountable surprising surreal surrealistic
surreptitious surrogate susceptible suspect suspended suspenseful suspicious sustainable
sustained swampier swampiest swampy sweatier sweatiest sweaty swedish sweet sweeter sweetest
sweetish swell swift swifter swiftest swinish swirlier swirliest swirly swish swiss switchable
swollen sybaritic sycophantic syllabic syllogistic sylvan symbiotic symbolic symmetric
symmetrical sympathetic symphonic symptomatic synchronous synergistic synonymous syntactic
syntactical synthetic syphilitic syriac syrian syrupy systematic systemic systolic tabby taboo
tabu tabular tacit taciturn tacky tactful tactic tactical tactile tactless tahitian tail-less
tailless tainted taiwanese talented talkative tall taller tallest talmudic tamable tame tameable
tamer tamest tan tandem tangent tangential tangerine tangible tangier tangiest tangled tangy
tanner tannest tantalising tantalizing tantamount tanzanian taoist tapered tardier tardiest
tardy tarmac tart tarter tartest tasmanian tasseled tasteful tasteless tastier tastiest tasty
tatar tattered taut tauter tautest tautological tawdrier tawdriest tawdry tawnier tawniest tawny
taxable taxonomic teachable teal teaming tearful tearier teariest teary technical technological
tedious teen teen-age teen-aged teenage teenaged teenier teeniest teeny teetotal telegraphic
telepathic telephonic telephoto telescopic tell-tale telltale temperamental temperate tempered
tempestuous temporal temporary ten-fold tenable tenacious tendentious tender tender-hearted
tenderer tenderest tenderhearted tenfold tenible tenor tense tensed tenser tensest tensile
tentative tenuous tepid tercentenary terminable terminal terminological termly terrestrial
terrible terrific territorial terse terser tersest tertiary testable testamentary testate
testier testiest testy teutonic texan textual textural textured thai thankful thankless
theatrical theistic thematic then theocratic theological theoretic theoretical therapeutic there
thermal thermionic thermo-dynamic thermodynamic thermonuclear thermoplastic thermoplasticer
thermoplasticest thermostatic thespian thick thick-set thicker thickest thickset thin thinner
thinnest thirstier thirstiest thirsty thomistic thoracic thornier thorniest thorny thorough
thoroughbred thoroughgoing thoughtful thoughtless thracian threadbare threadbarer threadbarest
three-fold threefold thriftier thriftiest thrifty throatier throatiest throaty throbbing
throw-away throwaway thunderous thyroid ti tibetan ticklish tidal tidier tidiest tidy tight
tight-fisted tighter tightest tightfisted tillable timeless timelier timeliest timely timid
timorous tingly tinier tiniest tinnier tinniest tinny tiny tipsier tipsiest tipsy tired tireless
tiresome titled titular toilsome tolerable tolerant tonal toneless tongan tongued tonic
tonsorial toothed toothier toothiest toothless toothy top top-most topical topless topmost
topographic topographical topological torpid torrential torrid tortuous total totalitarian
totemic touchier touchiest touchy tough tougher toughest toxic tractable traditional tragic
traitorous tranquil tranquiler tranquilest tranquiller tranquillest trans-acting trans-atlantic
trans-continental trans-national trans-oceanic trans-sexual transacting transatlantic
transcendental transcontinental transferable transferrable transfinite transfused transient
transitional transitive transitory translucent transmittable transmittible transnational
transoceanic transparent transportable transsexual transverse trapezoid trapezoidal trappist
trashier trashiest trashy traumatic treacherous treasonous treatable treble treeless trefoil
tremendous tremulous trenchant trendier trendiest trendy tri-color tri-colour tri-partite trial
triangular triassic tribal trick trickier trickiest tricky tricolor tricolour trident tried
triennial trigonometric trilateral trim trimmer trimmest tripartite triple triplicate trite
triumphal triumphant trivial trojan tropic tropical trouble-some troubled troublesome truant
truculent true trueer trueest truncate trustful trustier trustiest trustworthy trusty truthful
tubbier tubbiest tubby tubed tubeless tubercular tuberculous tuberous tubular tudor tufted tumid
tumultuous tuneful tunisian turbid turbulent turgid turkish turn-around turn-key turnaround
turnkey tuscan tusked tutorial twiggier twiggiest twiggy twin twisted two two-fold twofold typed
typewritten typhoid typical typographic typographical tyrannical ubiquitous ugandan uglier
ugliest ugly ukrainian ulcerous ulterior ultimate ultra ultra-conservative ultra-sonic
ultra-sound ultra-violet ultraconservative ultramarine ultrasonic ultrasound ultraviolet
umbilical un-affected un-coordinated un-explained un-identified un-ionised un-ionized un-named
un-opened un-related un-released un-treated unabashed unabated unable unabridged unaccented
unacceptable unaccepted unaccompanied unaccountable unaccustomed unacknowledged unacquainted
unadorned unadulterated unadvised unaffected unafraid unaided unalterable unaltered unambiguous
unanimous unannounced unanswerable unanswered unanticipated unappealing unappetizing
unappreciated unappreciative unapproachable unarmed unashamed unasked unassailable unassigned
unassisted unassuming unattached unattainable unattended unattractive unauthenticated
unauthorised unauthorized unavailable unavailing unavoidable unaware unbalanced unbearable
unbeatable unbeaten unbecoming unbeknown unbeknownst unbelievable unbiased unbiassed unbidden
unborn unbound unbounded unbranded unbreakable unbroken uncalled uncanny uncaring unceasing
uncensored unceremonious uncertain unchallenged unchanged unchanging uncharacteristic
uncharitable uncharted unchecked uncivil uncivilized unclaimed unclassified unclean unclear
unclothed unco-operative unco-ordinated uncollected uncomfortable uncommitted uncommon
uncommunicative uncomplaining uncompleted uncomplicated uncomplimentary uncomprehending
uncompressed uncompromising unconcerned unconditional unconfirmed unconnected unconquerable
unconscionable unconscious unconsidered unconstitutional uncontaminated uncontested
uncontrollable uncontrolled uncontroversial unconventional unconvinced unconvincing uncooked
uncooperative uncoordinated uncorrelated uncorroborated uncountable uncounted uncouth uncritical
unctuous uncultivated uncultured uncut undamaged undated undaunted undecidable undecided
undecipherable undeclared undefeated undefended undefinable undefined undelivered undemanding
undemocratic undemonstrative undeniable undependable under under-age under-developed
under-employed under-privileged under-sized under-staffed under-water under-weight
underachieving underage undercover underdeveloped underdone underemployed underfoot underground
underhand underhanded underlying undermost undernourished underprivileged undersea undersigned
undersize undersized understaffed understandable underwater underweight undeserved undeserving
undesirable undesireable undetectable undetected undetectible undetermined undeterred
undeveloped undignified undiluted undiminished undisciplined undisclosed undiscovered
undiscriminating undisguised undisputed undistinguished undisturbed undivided undocumented
undone undoubted undue undulant undying unearned unearthly uneasier uneasiest uneasy uneaten
uneconomic uneconomical unedited uneducated unembarrassed unemotional unemployable unemployed
unending unendurable unenforceable unenlightened unenthusiastic unenviable unequal unequaled
unequivocal unerring unethical uneven uneventful unexampled unexceptionable unexceptional
unexciting unexpected unexplained unexplored unexpurgated unfailing unfair unfaithful unfamiliar
unfashionable unfathomable unfavorable unfavourable unfeasible unfeeling unfeigned unfettered
unfilled unfinished unfit unflagging unflappable unflattering unflinching unfolded unforeseeable
unforeseen unforgettable unforgivable unforgiving unformed unfortunate unfounded unfriendlier
unfriendliest unfriendly unfulfilled unfurnished ungainly ungodly ungovernable ungracious
ungrammatical ungrateful unguarded ungulate unhappier unhappiest unhappy unharmed unhealthful
unhealthier unhealthiest unhealthy unheard unheeded unhelpful unhindered unholy unhurried unhurt
uni-directional uni-lateral unicameral unidentifiable unidentified unidirectional uniform
uniformed unilateral unimaginable unimaginative unimpaired unimpeachable unimplemented
unimportant unimpressed unimpressive uninformative uninformed uninhabitable uninhabited
uninhibited uninitiated uninjured uninspired uninspiring uninsured unintelligent unintelligible
unintended unintentional uninterested uninteresting uninterpreted uninterrupted uninvited
unionised unionized unique unisex unitarian unitary united universal unjust unjustifiable
unjustified unkempt unkind unkindly unknowable unknowing unknown unlabeled unlabelled unlatched
unlawful unleaded unlearned unleavened unlettered unlicensed unlike unlikelier unlikeliest
unlikely unlimited unlisted unloved unlucky unmanageable unmanly unmarked unmarried unmatched
unmentionable unmerciful unmindful unmistakable unmistakeable unmitigated unmodified unmoved
unnamed unnatural unnecessary unneeded unnoticeable unnoticed unnumbered unobjectionable
unobserved unobstructed unobtainable unobtrusive unoccupied unoffensive unofficial unopened
unopposed unorganised unorganized unoriginal unorthodox unpaid unpainted unpalatable
unparalleled unpardonable unpatriotic unpaved unperturbed unplanned unpleasant unplumbed
unpolluted unpopular unprecedented unpredictable unprejudiced unpremeditated unprepared
unpretentious unpreventable unprincipled unprintable unprivileged unproductive unprofessional
unprofitable unpromising unprompted unpronounceable unprotected unproved unproven unprovoked
unpublished unpunished unqualified unquenchable unquestionable unquestioned unquestioning
unquoted unreachable unread unreadable unready unreal unrealised unrealistic unrealized
unreasonable unreasoning unrecognisable unrecognised unrecognizable unrecognized unreconstructed
unrecorded unrefined unregenerate unregistered unregulated unrehearsed unrelated unreleased
unrelenting unreliable unrelieved unremarkable unremitting unrepeatable unrepentant
unrepresentative unrequited unreserved unresolved unresponsive unrestrained unrestricted
unrewarding unripe unrivaled unrivalled unromantic unruffled unrulier unruliest unruly unsafe
unsaid unsalted unsanctioned unsanitary unsatisfactory unsatisfied unsatisfying unsaturated
unsavory unscathed unscheduled unschooled unscientific unscrupulous unsealed unseasonable
unseasoned unseeing unseemly unseen unselfish unsent unsentimental unset unsettled unshakable
unshakeable unshaven unsightlier unsightliest unsightly unsigned unskilled unskillful unsmiling
unsociable unsold unsolicited unsolved unsophisticated unsound unspeakable unspecific
unspecified unspoiled unspoilt unspoken unsportsmanlike unstable unstated unsteady unstoppable
unstructured unstudied unsubstantial unsubstantiated unsubtle unsuccessful unsuitable unsuited
unsung unsupervised unsupportable unsupported unsure unsurpassed unsurprising unsuspected
unsuspecting unsweetened unswerving unsympathetic untainted untamed untapped untaught untenable
untested unthinkable unthinking untidier untidiest untidy untimely untiring untitled untold
untouchable untouched untoward untrained untreated untried untroubled untrue untrustworthy
untruthful untutored unusable unused unusual unvarnished unvarying unverified unvoiced unwanted
unwarranted unwary unwashed unwavering unwed unwelcome unwell unwholesome unwieldier unwieldiest
unwieldy unwilling unwise unwitting unwonted unworkable unworldly unworthy unwritten unyielding
up up-coming up-front up-hill up-market up-right up-stream upbeat upcoming upfront uphill
uplifting upmarket upper upper-case upper-most uppercase uppermost uppity upright uproarious
uprooted upscale upset upsetting upstage upstairs upstanding upstart upstate upstream uptight
uptown upturned upward upwards ural urban urbane urgent uric urinary uruguayan usable useable
used useful useless usual usurious uterine utilitarian utmost utopian utter uttermost uvular
vacant vacuous vaginal vagrant vague vagueer vagueest vain vainer vainest vainglorious
valedictorian valedictory valiant valid valorous valuable valued valueless valved vapid vaporous
variable variant variate varicose varicous varied various vascular vast vaster vastest vegetable
vegetarian vegetative vehement vehicular veined velvety venal venerable venereal venetian
venezuelan vengeful venial venomous venous ventral ventricular venturesome venusian veracious
verbal verbatim verbose verdant verifiable veritable vermilion verminous vernacular vernal
veronese versatile versed vertebral vertebrate vertical vertiginous very vestigial veterinary
vexatious vexed viable vibrant vicarious vicious victorian victorious video viennese vietnamese
vigilant vigorous vigourous vile viler vilest villainous vindictive vinegary vintage violable
violent violet viral virgin virginal virginian virile virtual virtuous virulent visceral viscid
viscous visionary visual vital vitreous vitriolic vituperative vivacious vivid viviparous vocal
vocalic vocational vocative vociferous vogue vogueish voguish voiced voiceless void voider
voidest volatile volcanic voltaic voluble voluminous voluntary voluptuary voluptuous voracious
votive voyeuristic vulgar vulnerable wack wackier wackiest wacky waggish wagnerian wakeful
waldensian walloon wan wanner wannest wanted wanting wanton war-like warier wariest warlike warm
warm-hearted warmer warmest warmhearted warty wary wash washable washingtonian waspish waste
wasteful watchful water-logged water-proof water-tight waterlogged waterproof watertight watery
wattled wavier waviest wavy waxen waxier waxiest waxy wayfaring wayward weak weaker weakest
weakling wealthier wealthiest wealthy weaponless wearable wearier weariest wearisome weary
weather-proof weatherproof webbed wedded wee weedier weediest weedy weeer weeest weekly weepy
weightier weightiest weightless weighty weird weirder weirdest welcome well welsh wesleyan west
westerly western western-most westernmost westward wet wetland wetter wettest whatsoever wheaten
wheezier wheeziest wheezy whimsical whiskered white whiter whitest whitish whole whole-hearted
wholehearted wholesale wholesome whorled wicked wickeder wickedest wide wide-spread wider
widespread widest widowed wifely wiggly wild wilder wildest wilful wilier wiliest willful
willing wilsonian wilton wily winded windier windiest windowed windward windy wineglass winged
wingless winsome wintrier wintriest wintry wireless wirier wiriest wiry wise wiser wisest
wishful wispier wispiest wispy wistful withdrawn witless wittier wittiest witty wizened wobbly
woeful wolfish womanly wonder wonderful wonderous wondrous wont wood wooded wooden woodier
woodiest woodsier woodsiest woodsy woody woolen woolier wooliest woollen woollier woolliest
woolly wooly woozier wooziest woozy wordier wordiest wordy workable workaholic workmanlike
world-wide worldly worldwide wormier wormiest wormy worried worrisome worse worshipful worst
worsted worth worth-while worthier worthiest worthless worthwhile worthy wrap-around wraparound
wrathful wretched wrinkled wrinklier wrinkliest wrinkly writable wroclaw wrong wrong-headed
wrongful wrongheaded wrought wry xenophobic xerographic yearly yeastier yeastiest yeasty yellow
yellower yellowest yellowish yemeni yielding yonder young younger youngest youngish youthful
yuckier yuckiest yucky yuppie yuppy zairian zambian zanier zaniest zany zealous zestful zig-zag
zigzag zimbabwean zionist zodiacal zonal zoological zoroastrian
""".split()
)
