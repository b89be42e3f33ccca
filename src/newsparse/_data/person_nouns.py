"""Written from WordNet 3.0 and lemminflect 0.2.3 by
``wordnet_people.table_source()``: never edit.

The single-word nouns whose most frequent sense names a kind of person (WordNet's
noun.person, no named individual), in lower case: the singulars used as nouns at
least as often as as verbs or adjectives, and the plurals of all (see
:mod:`newsparse.extractors.casualties.wordnet_people`).
"""

PERSON_NOUNS = frozenset(
    """
abator abbe abbess abbot abbreviator abdicator abductor abecedarian abenaki abetter abettor
abhorrer abiogenist abjurer abkhas abkhasian abkhaz abkhazian abnaki abnegator abo abolitionist
abomination abominator aboriginal aborigine abortionist abridger abrogator absconder abseiler
absentee absolutist absolver abstainer abstinent abstracter abstractionist abstractor abuser
abutter academician acadian accessary accommodator accompanist accompanyist accomplice
accordionist accoucheur accoucheuse accountant accumulator accused accuser achaean achaian
achiever achomawi acolyte acoustician acquirer acrobat activist actor actress actuary adapter
adder addict addle-head addlehead addressee adducer adherent aditya adjudicator adjuster
adjustor adjutant adman administrator admiral admirer admonisher adolescent adonis adoptee
adopter adorer adulator adult adulterer adulteress advancer adventist adventurer adventuress
adversary advertiser advertizer advisee adviser advisor advocator aeolian aeon aerialist
aeronaut aerophile aesir aesthete aesthetician aether aetiologist affiant affiliate affine
affirmer affluent afghanistani aficionado african-american afrikander afrikaner afro-american
agent-in-place aggravator aggregator aggressor agitator aglaia agnate agnostic agriculturalist
agriculturist agronomist ahura aide aide-de-camp aircraftman aircraftsman aircrewman airhead
airman airwoman alabaman alabamian alarmist alaskan albanian albino alcalde alchemist alcoholic
alderman alecto aleut aleutian alexandrian alexic algebraist algonkian algonkin algonquian
algonquin alienator alienee alienist alienor aliterate alky all-rounder allayer allegoriser
allegorizer allergist alleviator alliterator allocator almoner almoravid almsgiver alphabetiser
alphabetizer alpinist alsatian also-ran altaic alto altoist altruist alumna alumnus amah
amalgamator amanuensis amateur amazon ambassador ambassadress ambler ambusher ameer amen
amerindian amhara amigo amir amish amnesiac amnesic amon amora amoralist amorist amphisbaena
amputator amputee amun anabaptist anaesthetist anagnost analogist analphabet analphabetic
analysand analyst anarchist anasazi anathema anatomist ancestor ancestress anchorite anchorman
anchorperson andorran androgyne andvari anecdotist anesthesiologist anesthetist angel angevin
angevine angiologist angler anglo-american anglo-indian anglo-saxon anglophil anglophile
anglophobe angolan angolese anguillan animator animist annalist annamese annihilator annotator
announcer annoyer annuitant anointer anomalist anorectic anorexic answerer antagonist antecedent
antediluvian anthologist anthropoid anthropologist anthropophagite anthropophagus anti-american
anti-semite anticipant anticipator antifeminist antiguan antihero antinomian antipope
antiquarian antiquary anunnaki anzac apache ape-man aper aphakic aphasic aphorist apiarist
apiculturist apologist apostate apostle apothecary apotheosis appalachian apparatchik apparition
appeaser appellant applauder applicant applier appointee appraiser appreciator apprehender
apprentice appropriator approver aquanaut aquarius arab arabian arabist aramaean aramean arapaho
arapahoe arawak arawakan arb arbiter arbitrager arbitrageur arbitrator arboriculturist arborist
arcadian archaeologist archaist archangel archbishop archdeacon archduchess archduke
archeologist archer archimandrite architect archivist archpriest areopagite argentinian argonaut
arguer argus arianist aricara aries arikara aristocrat aristotelean arithmetician arizonan
arizonian arkansan arkansawyer armenian armiger arminian armor-bearer armorer armourer
arms-runner arouser arranger arriver arriviste arrogator arrowsmith arsonist arthritic
articulator artificer artilleryman artisan artist artiste aryan ascender ascetic ashkenazi asian
asiatic asker aspirant aspirer ass-kisser assailant assamese assassin assassinator assaulter
assayer assemblyman assemblywoman assenter asserter assessee assessor asseverator asshole
assignee assignor assimilator assistant assyrian asterope asthmatic astrogator astrologer
astrologist astronaut astronomer astrophysicist asvins atakapa atavist athabaskan athapascan
athapaskan atheist athenian athlete atlantides atsugewi attacapan attache attacker attempter
attendant attendee attender attestant attestator attester attestor attorney attracter attractor
auctioneer audile auditor augustinian aunt auntie aunty auspex aussie australian austrian
austronesian auteur authenticator author authoress authoriser authorizer auto-mechanic
autobiographer autochthon autocrat autodidact automaton automobilist auxiliary avatar avenger
aviator aviatress aviatrix avower awol ayah ayatollah azerbaijani aztec b-girl baas babbler babe
baboo babu baby baby-sitter babylonian babyminder babysitter bacchanal bacchant bacchante
bachelor bachelor-at-arms bachelorette back-number backbencher backbiter backer backpacker
backscratcher backslapper backslider backstop backstroker backwoodsman bacteriologist badaga
baddie badgerer baggageman bagger bagman bagpiper bahai bahamian bahraini bahreini bailee
bailiff bailor bairn baker balancer baldhead baldpate baldy balkan balker ball-breaker
ball-buster balladeer ballerina balletomane balloonist ballplayer bambino banderillero bandit
bandleader bandmaster bandsman bangladeshi banker banneret banshee banshie bantamweight bantu
baptist barbadian barbarian bard bargainer bargee bargeman baritone barkeep barkeeper barker
barmaid barman barnburner barnstormer baron baroness baronet barrater barrator barrister
barrow-boy barrow-man bart bartender barterer barytone basileus basilisk basketeer basketmaker
basketweaver basotho basque bassist basso bassoonist bastard baster bather batman batsman
batswana battle-axe battler baulker bavarian bawd bawler beachcomber beadle beadsman bearer
beater beatnik beau beautician bechuana bedesman bedfellow bedlamite bedouin beduin bedwetter
beefeater beekeeper begetter beggar beggarman beggarwoman beginner beguiler beguine begum
behaviorist behaviourist behemoth beholder beldam beldame believer bellboy belle bellhop bellman
bellower bellwether bellyacher belorussian benedick benedictine benefactor benefactress
beneficiary bengali beninese berber bereaved berk berliner bermudan bermudian berserk berserker
besieger bestower betrayer bettor bey bhutanese bhutani bibliographer bibliophile bibliopole
bibliopolist bibliothec bibliotist bicycler bicyclist bidder bigamist bigot bigwig bilingualist
billionaire biloxi bimbo bimetallist binger biochemist biographer biologist biophysicist
birdbrain birder bisayan bisexual bishop biter blabber blabbermouth blackamoor blackfoot
blackfriar blackguard blackleg blackmailer blackshirt blacksmith blasphemer blaster bleacher
bleeder blighter blimp blocker blockhead blogger bloke blonde blowhard blubberer blucher
bludgeoner bluecoat bluejacket bluenose bluestocking bluffer blunderer blusterer boarder boaster
boatbuilder boatman boatswain bobby bobby-socker bobbysoxer boche bodybuilder bodyguard boer
boffin bogeyman bogie bohemian bolivian bolshevik bolshevist bolshie bolshy bombardier bombshell
bondholder bondmaid bondman bondsman bondswoman bondwoman bonehead bonesetter boob booby booger
boogeyman bookbinder bookdealer booker bookie bookkeeper booklover bookmaker bookman bookseller
bookworm boomer boor booster bootblack bootlegger bootlicker bootmaker boozer borderer bornean
borrower boss bostonian bosun botanist botcher boulevardier bouncer bounder bourbon bourgeois
bowdleriser bowdlerizer bowler bowman boxer boy boyfriend bozo bracero brachycephalic braggart
bragger brahman brahmin brahui brain-worker brainiac brainworker brakeman brat bravo brawler
breadwinner breaker breaststroker breeder breton brewer briber bricklayer bride bride-to-be
bridegroom bridesmaid brigadier brigand brit britisher briton brits broadcaster broker
broker-dealer broncobuster brother brother-in-law brownie brownshirt browser bruiser brule
brummie brummy bruneian brunet brunette brute buccaneer buckaroo buckeroo buddhist buddy buff
buffoon bug-hunter bugaboo bugbear bugger bugler bugologist bulgarian bulimic bullfighter bully
bullyboy bum bumbler bumpkin bungler bunkmate bunny bunter bureaucrat burgher burglar
burgomaster burgrave burmese bursar burundian busboy bushman bushwhacker businessman
businessperson businesswoman busker busman buster busybody butch butler butterball butterfingers
buttinsky buyer by-blow byelorussian bystander byzantine cabalist cabby cabdriver cabinetmaker
cabman cacodaemon cacodemon cad caddie caddo cadet cadger cadmus caffer caffre cager cahita
cairene caitiff cajun cakchiquel calapooya calapuya calculator calif californian caliph caller
caller-out caller-up calligrapher calligraphist calvinist cambodian cameraman cameroonian
campaigner camper campmate canaanite canarese canary candidate candlemaker candymaker cannibal
cannoneer canoeist cantabrigian cantor canuck canvasser capetian capo capricorn captain captive
captor capturer car-mechanic carabineer carabinier carbineer cardholder cardiologist cardsharp
cardsharper careerist caregiver carelian caretaker carhop carib caricaturist carillonneur
carioca carlovingian carmelite caroler carolingian carolinian caroller carouser carpenter carper
carpetbagger carrier carrottop carthaginian carthusian cartographer cartoonist caseworker
cashier castaway caster castillian castrate castrato casualty casuist catalan cataleptic
cataloger cataloguer catamite catawba catcher catechist catechumen caterer catholic catholicos
cattleman caucasian cavalier cavalryman caveman caviler caviller cayuga cebuan celebrant
celebrater celebrator celebrity celibate cellist celt cenobite censor centaur centenarian
centerfielder centrist centurion ceo ceramicist ceramist cerberus cewa cfo chachka chadian
chain-smoker chairman chairperson chairwoman chaldaean chaldean chaldee challenger chambermaid
chameleon champ champion chancellor changeling changer chap chapelgoer chaperon chaperone
chaplain character chargeman charioteer charlatan charmer charon chartist charwoman chased
chaser chasid chassid chatelaine chatterer chauffeur chauffeuse chauvinist chawbacon cheap-jack
cheapjack cheapskate cheater chebab chechen checker cheerer cheerleader cheesemonger chef chela
chemist cheops cheremis cheremiss cherub chewa chewer chicano chichewa chichi chickasaw
chieftain child chilean chiliast chiluba chimaera chimakum chimariko chimera chimneysweep
chimneysweeper chinaman chink chipewyan chippewa chiromancer chiron chiropodist chiropractor
chiseler chiseller chit choctaw choirboy choirmaster choker chooser choragus choreographer
chorine chorister chronicler chucker-out chukchi chum chump churchgoer churchman churchwarden
churl chutzpanik chuvash cicerone cinderella cinematographer circassian circe cistercian citizen
claimant clairvoyant clansman clanswoman clapper clarinetist clarinettist classicist classifier
classmate claustrophobe clergyman cleric clericalist clerk client climatologist clinician
cloakmaker clockmaker clocksmith clone clothier clown co-beneficiary co-defendant co-discoverer
co-ed co-pilot co-respondent co-star co-worker coach coachbuilder coachman coadjutor coalman
coaster coastguardsman coauthor coaxer cobber cobbler cochimi cockatrice cockney cocksucker
coconspirator cocopa cocopah cocotte coddler codefendant coder codetalker codger coenobite
coeval cofounder cog cognoscente coiffeur coiffeuse coiner collaborationist collaborator
colleague collectivist collector colleen collegian collier colonel colonialist coloniser
colonist colonizer coloradan coloratura colorist colossian colossus columnist comanche comber
comedian comedienne comer comforter commandant commander commando commentator commie commissar
commissionaire commissioner committeeman committeewoman commodore commoner communicant
communicator companion compatriot compeer compere competitor compiler complainant complainer
complexifier composer compositor compromiser comptroller comrade conceiver concert-goer
concessionaire concessioner conchologist concierge conciliator concubine conductor conductress
confectioner conferee conferrer confessor confidant confidante conformist confrere confucian
confucianist confuter congolese congregant congregationalist congressman congresswoman conjurer
conjuror connecticuter connoisseur conoy conqueror conquistador conservationist conservativist
conservator consignee consigner consignor conspirator constable constitutionalist constructivist
constructor consul consultant consumer contadino contender contestant contestee contester
contortionist contra contrabandist contractor contralto contrapuntist contrarian contributor
contriver controller controversialist convalescent convener conventioneer conversationalist
conversationist converso conveyancer conveyer conveyor cooky coolie cooly coon cooperator
coordinator cop copartner copilot coppersmith copt copycat copyist copyreader copywriter
coquette coreligionist corespondent cornerback cornetist cornhusker cornishman cornishwoman
coroner corporal corporatist correspondent corsair cosignatory cosigner cosmetician
cosmetologist cosmographer cosmographist cosmologist cosmonaut cosmopolitan cosmopolite cossack
costanoan costermonger costumer costumier cotenant cottager cottar cotter cottier coue
councillor councilman councilwoman counsel counsellor counselor counselor-at-law
counter-revolutionist counterdemonstrator counterfeiter counterman counterperson
counterrevolutionary counterrevolutionist counterspy countertenor counterterrorist counterwoman
countess countryman countrywoman courier courser courtesan courtier cousin cousin-german
couturier coward cowboy cowgirl cowhand cowherd cowman cowpoke cowpuncher coxcomb coxswain cpa
crackerjack crackpot cracksman crafter craftsman cragsman crammer craniologist crank
crap-shooter crapshooter crasher crawler creditor cree creole cretan cretin crewman cricketer
crier criminal criminologist crimper criollo critic croat croatian crofter crone crony crook
crookback crooner cropper cross-dresser cross-examiner cross-questioner crossbencher crosspatch
croupier cruiserweight crusader crybaby cryptanalyst cryptographer cryptologist crystallographer
cub cuckold cuckoo cuirassier culprit cultist cultivator cunctator cunt cupbearer curandera
curandero curate curator curmudgeon cuss custodian customer cut-up cutler cutpurse cutter
cutthroat cyber-terrorist cybernaut cyberpunk cyborg cyclist cyclops cymbalist cymry cynic
cyprian cypriot cypriote cyril cytogeneticist cytologist czar czarina czaritza czech
czechoslovak czechoslovakian da dabbler dacoit dad dada daddy daemon dago daimon dairymaid
dairyman dakoit dakota dalesman dallier dalmatian damascene dame damoiselle damosel damozel
damsel dancer dancing-master dandy dane danseur danseuse dardan dardanian daredevil darkey
darkie darky darling darner darwinian dastard dauber daughter daughter-in-law dauphin dawdler
dayboy daydreamer daygirl dci deacon deaconess deadbeat deadeye deadhead deaf-mute dealer dean
dearest dearie deary deb debaser debater debauchee debaucher debitor debtor debutante decedent
deceiver decipherer deckhand declarer decoder decorator decoy defalcator defamer defaulter
defeatist defecator defector defendant defender defiler defrauder degrader deipnosophist deist
deity delawarean delawarian delayer delinquent deliveryman demagog demagogue demander demigod
demimondaine demiurge democrat demographer demographist demoiselle demon demoniac demonstrator
denizen dentist denturist departer dependant deponent deportee deposer depositor depreciator
depressive deputy derelict dermatologist dervish descendant descendent descender deserter
designer deskman desperado despoiler despot detainee detective determinist detractor developer
deviationist devisee deviser devisor devotee devourer dharma dhegiha diabetic diabolist
diagnostician dialectician diarist dibbuk dichromat dick dickhead dictator die-sinker diegueno
diehard diemaker diesinker dieter dietician dietitian differentiator digger dignitary dike
dilettante dilly-dallier dillydallier dimwit diner dingbat diocesan diplomat diplomate
diplomatist dipsomaniac director disarmer disbeliever disburser disciple disciplinarian
discoverer discriminator discussant disentangler disparager dispatcher disprover disputant
dissembler disseminator dissenter dissident dissimulator distiller distortionist distributer
distributor disturber diva diver diversionist divider diviner divinity divorcee dj djiboutian
djinn djinni djinny do-gooder do-nothing doc docent dock-walloper docker dockhand dockworker
doctor dodderer dodger dodo doer doge dogfighter dogmatist dogsbody dolichocephalic dolt
dominatrix domine dominee dominican dominie dominus donatist donee donna donor doofus doorkeeper
doorman doormat doppelganger dorian dork dosser dotard double-crosser double-dealer doubter
doughboy doula dowager down-and-out dowser doxy doyen doyenne dp draftee drafter draftsman
draftsperson dragger dragoman dragon dragoon dramatist draper draughtsman dravidian drawee
drawler dreamer dressmaker dribbler drifter drinker driveller driver drooler dropkicker dropout
drover drudge druggist druid drumbeater drummer drunk-and-disorderly drunkard druse druze dryad
dualist dubliner duce duchess ducky dud dude dueler duelist dueller duellist duenna duffer duke
dulcinea dullard dumbass dummy dunce dunderhead dunkard dunker dustman dutchman dweeb dweller
dybbuk dyer dyke dynamiter dynamitist dynast dyslectic dyspeptic earl earner earth-god
earth-goddess earthling earthman east-sider easterner eater eavesdropper ebionite eblis
ecclesiastic ecdysiast eclecticist ecologist econometrician econometrist economiser economist
economizer ectomorph ecuadoran ecuadorian edger editor editorialist edo educatee educationalist
educationist educator edwardian effecter effector effendi egalitarian egghead egoist egomaniac
egotist egyptian egyptologist ejaculator ejector elamite elder elector electrician
electrocutioner electrologist electroplater electrotherapist elegist elf elitist elizabethan
elocutionist emancipationist emancipator embalmer embassador embezzler embodiment embroiderer
embroideress embryologist emcee emeer emigrant emigre emigree emir emissary emperor empiricist
employable employee employer empress emptor emulator enate enchanter enchantress encroacher
encyclopaedist encyclopedist endocrinologist endodontist endomorph endorser energiser energizer
enforcer engineer englishman englishwoman engraver enjoyer enlistee enologist enophile enquirer
enrollee ensign enterpriser entertainer enthusiast entomologist entrepreneur enuki enumerator
environmentalist envoy enzymologist eolian eparch ephesian epicene epicure epicurean
epidemiologist epigon epigone epimetheus episcopalian epistemologist equalitarian equerry
equestrian equivocator eradicator eremite erie eristic eritrean escalader escapee escapist
escapologist eschatologist eskimo esq esquimau esquire essayer essayist esselen essene esthete
esthetician estimator etcher ethician ethicist ethiopian ethnarch ethnographer ethnologist
ethologist etiologist etonian etruscan etymologist eudaemon eudemon eulogist eunuch euphrosyne
eurafrican euryale evacuee evaluator evangelist evenk evenki everyman evildoer evolutionist ewe
ewenki ex-boyfriend ex-gambler ex-husband ex-mayor ex-president ex-serviceman ex-spouse ex-wife
examinee examiner exarch excavator excellency exchanger exciseman excogitator excursionist
excuser executant executioner executive executor executrix exegete exhibitioner exhibitionist
exhibitor existentialist exodontist exorciser exorcist expat expatriate expectorator expender
experimenter expert exploiter explorer exponent exporter expositor expounder expressionist
expurgator exterminator extern extoller extortioner extortionist extravert extremist extrovert
eyeful eyeish eyewitness fabian fabricator fabulist facilitator factotum faddist faerie fag
faggot fagot fairy fakeer faker fakir falangist falconer faller falsifier famulus fanatic
fancier fantasist fantasm fantast faqir faquir farmer farmerette farmhand farrier farsi fascista
fashionmonger fastener fatalist fathead father father-figure father-in-law fatso faultfinder
faun fauntleroy fauve fauvist favourite fawner fay featherweight fed federalist fella fellah
fellata feller fellow felo-de-se felon feminist fence-sitter fencer fencesitter fermentologist
ferryman fetishist feudatory fiance fiancee fibber fiddler fiduciary fielder fieldhand fieldsman
fieldworker fiend fighter figurehead figurer fijian filer filibuster filibusterer filicide
filipino fill-in fille filmmaker finagler finalist financier finder finisher fink finn
fire-eater fire-swallower firebug firedrake firefighter first-nighter first-rater firstborn
fisher fisherman fishmonger fishwife fitter fixer flack flag-waver flagellant flak flamen
flanker flapper flasher flatfoot flatmate flatterer flautist fledgeling fleer flibbertigibbet
flier flogger floorwalker floozie floozy floridian florist flouter flunkey flunky flutist
fly-by-night flyweight fo fodder foe foeman fogey fogy follower fomenter fomor fomorian fondler
foodie fool footballer footman footpad footslogger fop forager forbear forecaster forefather
foreigner forelady foreman foremother foreperson forerunner forewoman forger forgiver fornicator
fornicatress fortuneteller forty-niner fossil fossilist foster-brother foster-child
foster-daughter foster-father foster-mother foster-nurse foster-parent foster-sister foster-son
fosterling foundling foundress four-flusher framer franc-tireur franciscan franco-american
francophil francophile francophobe fratricide freak free-lance free-liver freebooter freedman
freedwoman freeholder freelancer freeloader freeman freemason freethinker freewheeler freewoman
frenchman frenchwoman frequenter fresher freshman friar friend frisian frogman front-runner
frontbencher frontiersman frontierswoman frotteur fruitcake fruiterer frump fucker fuckhead
fuckup fuddy-duddy fugitive fugleman fula fulah fulani fulbe fullback fumbler fumigator
funambulist functionalist functionary fundraiser furrier fusilier fuss-budget fusspot futurist
g-man gabonese gabriel gadaba gadabout gadfly gadgeteer gael gaffer gagman gagster gagwriter
gainer galatian galilaean galilean gallant galoot galvaniser galvanizer gambian gambist gambler
gamekeeper games-master games-mistress gamin gamine ganef ganger gangsta gangster ganof gaolbird
gaoler garbageman gardener garment-worker garmentmaker garnishee garroter garrotter garuda
gasbag gasman gastroenterologist gastronome gatecrasher gatekeeper gatherer gaucho gaul gawker
gazetteer geek geezer geisha gemini gendarme genealogist generalissimo generalist geneticist
genevan genie genitor genius genoese gent gentleman gentleman-at-arms gentlewoman geographer
geologist geomancer geometer geometrician geophysicist geordie georgian geriatrician german
germanist gerontologist geryon ghanian ghostwriter ghoul giantess gibraltarian giggler gigolo
gilder gillie ginzo gipsy girl girlfriend girondin girondist git gitana gitano giver gladiator
glass-cutter glassblower glassmaker glassworker glaswegian glazer glazier gleaner globetrotter
glossarist glutton gnome gnostic go-between go-getter goalie goalkeeper goaltender goatherd gob
gobbler goblin godchild goddaughter goddess godfather godmother godparent godson goer gofer
goffer gold-beater gold-worker goldbeater goldbrick goldsmith goldworker golem golfer goliard
gond gondolier gondoliere goner gongorist gonif goniff good-for-naught good-for-nothing
goody-goody goof-off goofball goon gopher gorger gorgon gospeler gospeller gossiper gossipmonger
goth gouger gourmand gourmandizer gourmet governess governor goy gp grabber grader graecophile
grammarian gramps gran grandad grandaunt grandchild granddad granddaddy granddaughter grandee
grandfather grandma grandmaster grandmother grandnephew grandniece grandpa grandparent grandson
grandstander granduncle granger grannie granny grantee granter grantor graphologist grappler
gravedigger graverobber graybeard grazier greaseball greaser great-aunt great-nephew great-niece
great-uncle greengrocer greenhorn greenskeeper greeter gremlin grenadian grenadier greyback
greybeard griever griffin griffon grifter gringo grinner griot groaner grocer groom-to-be
groomsman grouch groundbreaker groundkeeper groundling groundskeeper groundsman groupie groveler
groveller grower growler grownup grumbler grump grunter gryphon guarantor guard guardian
guardsman guerilla guerrilla guesser guest guestworker guinean guitarist gujarati gujerati
gulper gumshoe gunman gunner gunrunner gunslinger gunsmith gurkha guru guttersnipe guvnor guy
guyanese guzzler gymnast gymnosophist gynaecologist gynandromorph gynecologist gypsy haberdasher
habitant habitue hack hack-driver hacker hadji haematologist haemophile haemophiliac hag haggler
hagiographer hagiographist hagiologist haida hairdresser hairsplitter hairstylist haitian haji
hajji hakeem hakim hakka halberdier halchidhoma half-breed half-brother half-caste half-pint
half-sister half-wit halfback hamadryad hammerhead handicapper handler handyman hanger hanger-on
hangman hanoverian haranguer harasser hardliner hardwareman harijan harlequin harlot harmoniser
harmonizer harper harpist harpooneer harpooner harpsichordist harpy harridan harrier
harum-scarum harvester has-been hasid hassid hatemonger hater hatmaker hatter hauler haulier
hausa haussa havasupai have-not hawker hawkshaw hayseed hazan he-man head-shrinker headcounter
headhunter headliner headman headmaster headmistress headsman headwaiter healer hearer
heartbreaker heartthrob heathen hebraist heckler hedger hedonist heir heir-at-law heiress
hell-kite hell-rooster hellcat hellene hellhound hellion helmsman helot helper helpmate helpmeet
hematologist hemiplegic hemophile hemophiliac henchman herbalist herdsman herero heretic heritor
hermaphrodite hermit hero heroine herpetologist herr hesitater hesitator hesperides heterosexual
hewer hick hidatsa hierarch high-muck-a-muck high-up highbinder highbrow higher-up highflier
highflyer highjacker highlander highness highwayman hijacker hiker hillbilly hinayanist hindoo
hindu hindustani hippie hippy hipster hireling hirer hispanic hisser histologist historian
historiographer histrion hitchhiker hitchiti hitman hitter hittite hmong hoarder hoaxer hob
hobbit hobbledehoy hobbler hobbyist hobgoblin hobo hodman hoister hoka holdout holdover
holidaymaker hollander hombre home-builder homebody homeboy homebuilder homegirl homeless
homemaker homeopath homeowner homesteader homo homoeopath homophile homophobe homosexual
homunculus honcho honduran honeymooner honker honkey honkie honky honoree hood hoodlum hoofer
hooligan hoosier hoper hopi hornist horologer horologist horseman horseshoer horsewoman
horticulturist hosier host hostage hosteller hostess hostler hotdog hotelier hotelkeeper
hotelman hothead hotshot houri house-builder housebreaker housebuilder housefather houseguest
householder househusband housekeeper housemaid houseman housemaster housemate housemother
housewife housewrecker hoyden hualapai hualpai hubby huckster huddler hugger huguenot hulk
humanist humdinger hummer humorist humourist hun hundred-percenter hunk hunkpapa hunter
hunter-gatherer huntress huntsman hupa hurdler hurler husband husbandman hussar hussite hussy
hustler hutu hyades hydra hydrologist hydromancer hygienist hymie hyperope hypertensive
hypnotiser hypnotist hypnotizer hypochondriac hypocrite hypotensive hysteric ianfu iberian
ice-skater icelander iceman ichthyologist iconoclast idahoan idealist idealogue ideologist
ideologue idiot idler idolater idolatress idoliser idolizer igbo ignoramus illinoisan
illusionist illustrator imam imaum imbecile imbiber imitator immigrant immune immunologist imp
imperialist impersonator importee importer imposter impostor impresario impressionist improver
in-law inamorata inamorato inca incan incarnation incendiary inciter incompetent incubus
incumbent indexer indian indianan indigen indigene individualist indo-european indonesian
indorser inductee industrialist inebriate infant infanticide infantryman infidel infielder
infiltrator informant informer ingenue inger ingerman ingrate ingrian inhabitant inheritor
inheritress inheritrix initiator injun inka inmate innkeeper innovator inoculator inpatient
inquirer inquisitor insider insolvent insomniac inspector inspirer instigant instigator
instructor instructress instrumentalist insurgent insurrectionist intercessor interlocutor
interloper intermediary intermediator intern internationalist interne internee internist
internuncio interpreter interrogator intersex intervenor interviewee interviewer intriguer
introvert intruder inuit invader invalid invalidator inventor investigator investor invigilator
invitee ionian iowa iowan ioway iraki irani iranian iraqi irelander irishman irishwoman ironist
ironman ironmonger ironside ironworker iroquois irredentist irreligionist irridentist islamist
island-dweller islander ismaili ismailian israeli israelite itinerant jabberer jack-tar
jackanapes jackass jacobean jacobin jacobite jailbird jailer jailor jainist jamaican janissary
janitor jansenist jap jat javan javanese jawan jaywalker jazzman jeerer jerk-off jerker jerry
jerry-builder jester jesuit jew jew-baiter jeweler jeweller jewess jigaboo jihadist jimdandy
jimhickey jingo jingoist jinnee jinni jinx jnr jobber jobholder jock jockey jogger johnny joiner
joker jokester jongleur jordanian jotun jotunn journalist journeyer journeyman jr juggernaut
juggler jugoslav jugoslavian juicer jumper junior junker junkie junky jurist juror juryman
jurywoman justiciar justiciary justifier kabbalist kachina kafir kaiser kalapooia kalapuya kalif
kaliph kalka kamia kampuchean kanarese kansa kansan karakalpak karelian karok kashmiri kassite
katari kazak kazakh kazakhstani kechua keeper kekchi kelpie kelpy kelt kennan kentuckian kenyan
keyboardist keynesian khalif khalifah khalka khalkha khan khanty khedive khirghiz khufu
kibbutznik kibitzer kichai kickapoo kicker kid kiddy kidnaper kidnapper kike kiliwa kiliwi
killer killjoy kin kindergartener kindergartner king kingpin kinsman kinsperson kinswoman kiowa
kirghiz kirgiz kisser klansman kleptomaniac klutz kluxer knacker knave kneeler knight
knight-errant knitter knocker knockout know-all know-it-all knower knucklehead koasati kolam
kolkhoznik komi kook korean kota kotar kp kraut krauthead kshatriya kui kurd kusan kuwaiti
kvetch kwakiutl laborer labourer labourite lacer lackey laconian lad laddie ladino lady
lady-in-waiting ladylove laggard lagger laird lakota lama lamaist lamarckian lame lamenter lamia
laminator lamplighter lampooner lancastrian lancer landgrave landholder landlady landlord
landlubber landman landowner landscaper landscapist landsman langlaufer langobard languisher
laotian lapidarist lapidary lapidator lapidist lapp lapplander larcener larcenist lascar lasher
lass lassie latecomer latinist latino latitudinarian latona latvian laudator laugher
laughingstock laundress laundryman laundrywoman laureate lawbreaker lawgiver lawmaker lawman
lawyer layabout layman layperson lazar lazybones leader leaker leaper learner leaseholder
leatherneck leaver lebanese lech lecher lector lecturer ledgeman left-hander left-winger
lefthander leftist lefty legate legatee legionary legionnaire legislator lender lensman leo
leper lepidopterist lepidopterologist leprechaun ler lesbian lessee lessor letch leto letterer
letterman levantine leveler leveller leviathan levite lexicographer lexicologist liar libber
libeler liberal liberalist liberator liberian libertarian libertine libra librarian librettist
libyan licensee licenser licentiate lie-abed liechtensteiner liege liegeman lieutenant lifeguard
lifer lifesaver lifter liftman light-of-love lighterman lightweight lilith lilliputian limey
limner limnologist limper line-shooter linebacker lineman linendraper linesman lingerer linguist
linkboy linkman linksman lion-hunter liquidator lir lisper listener lithographer lithomancer
lithuanian litigant litigator litter-bearer litterateur litterbug litterer liturgist
liverpudlian liveryman livonian loader loafer loaner loather lobbyist lobsterback lobsterman
locater locator lockkeeper lockman lockmaster locksmith locum lodger logger loggerhead logician
logistician logomach logomachist loiterer lolita lombard londoner loner longbowman longshoreman
look-alike looker looker-on lookout loon looney loony looter loser lothario lotus-eater
loudmouth louisianan louisianian lounger loup-garou lout lover lowbrow lowerclassman lowlander
lowlife loyalist lpn luba lubavitcher lubber luddite lulu lumberjack lumberman luminary lummox
lumper luncher lunger lunkhead lurcher lurker lutanist lutenist lutheran luthier lutist
luxembourger luxemburger lycanthrope lyricist lyrist ma macaroni macebearer macedonian macer
machiavellian machinator machinist macho macho-man mackem macroeconomist macushla madagascan
madam madame madcap madman madrigalist madwoman maenad maestro mafioso magdalen magician
magistrate magnate magnifico magus magyar maha maharaja maharajah maharanee maharani mahatma
mahayanist mahdist mahican mahout mahratta maid maiden maidservant maidu mailman maimer mainer
mainstay maintainer major-domo major-general majorette make-peace maker malacologist malahini
malawian malay malayan malaysian malcontent maldivan maldivian malecite malefactor malfeasant
malian maligner malik malingerer maltese malthusian maltman malto maltreater maltster mam mama
mamma mammalogist mammy man man-about-town man-at-arms man-child man-eater manager manageress
manakin manchu mancunian mandaean mandatary mandator mandean maneuverer mangler maniac
manic-depressive manichaean manichean manichee manicurist manikin manipulator mannequin mannikin
manoeuvrer manservant mansi manslayer mantichora manticora manticore mantiger mantrap manumitter
maoist map-reader mapper maquis maquisard maraco maratha marathoner marauder marcher marchioness
margrave mari maricopa mariner marketer marksman marquess marquise marrano marshal martinet
martyr marut marveller marylander mascot masher masker masochist masorete masorite masquer
masquerader massager masseur masseuse massorete master master-at-arms masturbator matador
matcher matchmaker mate mater materfamilias materialist mathematician matman matriarch matricide
matrikin matrisib matron mattole mauler mauritanian mauritian maven maverick mavin maya mayan
mayor mayoress meanie measurer meatman mechanic mechanist medalist medallist meddler mediator
mediatrix medico medusa meeter megaera megalomaniac melancholiac melancholic melchite meliorist
melkite melter member memoriser memorizer memsahib mendelian mender mendicant mennonite
menominee menomini mensch mensh menshevik mentioner mentor mercenary mercer merchandiser
merchant merchant-venturer mermaid merovingian merrymaker meshuggeneh meshuggener mesmerist
mesmerizer mesoamerican mesomorph messenger messiah messmate mestiza mestizo metalhead
metallurgist metalworker meteorologist metic metis mexican mexican-american mexicano mezzo
mezzo-soprano miami miao michael michigander mick mickey micmac microbiologist microeconomist
microscopist middlebrow middleman middleweight midget midinette midshipman midwife migrant
migrator mikado mikmaq milady milanese militarist militiaman milkmaid milkman milksop mill-girl
mill-hand millenarian millenarist milliner millionaire millionairess millwright milord
milquetoast mime mimer mimic mimicker mimir minder miner mineralogist mineworker miniaturist
miniconju minimalist minion minister ministrant minnesotan minotaur minstrel minter minuteman
minx misanthrope misanthropist misbeliever mischief-maker miscreant miser misfit misleader
misogamist misogynist missionary missioner missis missourian missus missy mistress mithraist
miwok mixed-blood mixologist mnemonist moaner mobster mocker mod modeler modeller moderationist
modernist modiste moghul mohammedan mohave mohawk mohican moirae moirai mojave molester moll
mollah mollycoddle mollycoddler moloch mom momma mommy monacan monarch monarchist monegasque
monetarist moneyer moneygrubber moneylender moneymaker moneyman monger mongol mongolian
mongoloid monitrice monk monochromat monogamist monogynist monolingual monologist monomaniac
monophysite monopoliser monopolist monopolizer monotheist monsieur monsignor monster monstrosity
montanan montserratian mooch moocher moon-curser moonie moonlighter moonshiner moor mope mopper
moppet moralist mordva mordvin mordvinian moro moron morosoph mortgagee mortgager mortgagor
mortician moslem moss-trooper mossback mother mother-in-law motherfucker motile motorcyclist
motorist motorman motormouth moujik mountaineer mountebank mounter mountie mourner mover
moviegoer mozambican mp muadhdhin muazzin muckraker mudslinger muezzin mufti muggee mugger
muggins mugwump muhammadan muhammedan mujahid mujik mujtihad mulatto muleteer mulla mullah
multi-billionaire mumbler mummer mummy muncher muralist murderee murderer murderess murmurer
muscle-builder musclebuilder muscleman muser musher musician musicologist musketeer muskhogean
muskogean muskogee muslim muslimah mutant mutation mutilator mutineer mutterer muttonhead muzhik
muzjik muzzler mvp mycenaen mycologist mycophage mycophagist myope myrmidon mythologist nabob
nagger nahuatl naif nailer namby-pamby namer namesake namibian nan nance nanna nanny nanticoke
nanus naprapath narc narcissist narcist narcoleptic nark narrator natator nationalist nativist
naturalist naturist naturopath nauruan navaho navajo navigator navvy nawab naysayer nazarene
nazi neapolitan nebbech nebbish nebraskan necessitarian necker necromancer needer needlewoman
needleworker negativist neglecter negotiant negotiator negotiatress negotiatrix negress negro
neighbor neighbour neoclassicist neocon neoconservative neologist neonate neoplatonist
neopolitan nepalese nepali nephew nepotist nerd nereid nester nestorian netherlander netkeeper
netminder neurasthenic neurobiologist neurolinguist neurologist neuroscientist neurosurgeon
neutralist nevadan newbie newcomer newlywed newsagent newsboy newscaster newsdealer newsman
newsmonger newspaperman newspaperwoman newsperson newsreader newsvendor newswoman newswriter
nganasan nibbler nicaraguan niece nigerian nigerien nigga niggard nigger niggler nightbird
nighthawk nightrider nigra nihilist nimby nincompoop ninja ninny nipper nipponese niqaabi nisei
nitpicker nitwit no-show nob nobelist nobleman noblewoman nobody noc noctambulist nomad
nominalist nominator nominee non-catholic non-jew non-resistant nonachiever nonagenarian
nonattender nonbeliever noncandidate noncitizen noncom noncombatant noncompliant nonconformist
nondrinker nondriver nonesuch nonmember nonpareil nonparticipant nonpartizan nonperson nonreader
nonsmoker nonstarter nonsuch nonworker nootka normaliser normalizer norn norse norseman
northerner northman norwegian nosey-parker nosher nosy-parker notability notary noticer
nouveau-riche novelist novice novillero nubian nudger nudist nudnick nudnik nullifier nullipara
numen numerologist numidian numismatist numismatologist numskull nun nuncio nurse nurse-midwife
nurseling nursemaid nurser nurseryman nursling nutcase nutritionist nutter nymph nymphet nympho
nympholept nymphomaniac oaf oarsman oarswoman oberson objector oblate obliger oboist
obscurantist observer obsessive obstetrician obstructer obstructionist obstructor occidental
occult occultist occupant occupier oceanaut oceanid oceanographer octogenarian octoroon oculist
odalisque oddball odds-maker odist oenologist oenophile offender offerer offeror office-bearer
officeholder officer official officiant offspring ofo ogalala oglala ogler ogre ogress ohioan
oiler oilman ojibwa ojibway oklahoman old-timer oldster oldtimer oligarch olmec olympian omaha
omani ombudsman omnivore onanist oncologist oneida oneiromancer onlooker onomancer onondaga
operagoer ophthalmologist opponent opportunist opposer oppressor optician optimist optometrist
oracle orangeman orator orchestrator ordainer orderer ordinand oread oregonian organ-grinder
organiser organist organizer orientalist originator oriya orleanist ornamentalist ornithologist
orphan orthodontist orthoepist orthopaedist orthopedist orthoptist osage oscan osculator osmanli
osteologer osteologist osteopath osteopathist ostiarius ostiary ostler ostrich ostrogoth ostyak
ostyak-samoyed oto otoe otolaryngologist otologist otorhinolaryngologist ottawa ottoman ouster
out-and-outer outcast outcaste outdoorsman outdoorswoman outfielder outfitter outgoer outlander
outlier outpatient outrider outsider overachiever overcomer overlord overnighter overseer owner
owner-driver owner-occupier oxonian oyabun pa pacha pachuco pacificist pacifier pacifist packer
packman packrat padder paddler paddy padre padrone paederast paediatrician paedophile pagan
pageboy painter paiute pakistani pal paladin palaeontologist palatine paleface paleo-american
paleo-amerind paleo-indian paleographer paleographist paleontologist palestinian pallbearer
palmist palmister palooka palsgrave pamlico pamperer pamphleteer panamanian pandar pander
panderer panegyrist panelist panellist panhandler panjabi panjandrum pansexual pantheist
pantomimer pantomimist pantryman pantywaist papa paparazzo paper-pusher paperboy paperer
paperhanger papist papoose pappa pappoose papuan parachuter parachutist parader paragrapher
paraguayan paralegal paralytic paramedic paramedical paramour paranoiac paraplegic
paraprofessional parapsychologist paratrooper parcae pardner pardoner parent parer paretic
pariah parishioner parisienne parliamentarian parlormaid parlourmaid parodist parolee parricide
parsee parsi parson part-owner part-timer partaker parthian participant partitionist partizan
partner partygoer parvenu pasha pashtoon pashtun passamaquody passenger passer passer-by
passerby paster pastor patentee pater paterfamilias pathan pathfinder pathologist patient
patrial patriarch patrician patricide patrikin patriot patrioteer patrisib patroller patrolman
patron patroness patronne patsy patternmaker patwin patzer pauper pawer pawnbroker pawnee payee
payer paymaster paynim pcp peacekeeper peacemaker peacenik pearler peasant peculator pedagog
pedagogue pedaler pedaller pedant peddler pederast pedestrian pediatrician pediatrist pedlar
pedodontist pedophile peeler peeper peeress peewee pen-friend pendragon penetrator penitent
penman penobscot penologist penpusher pensionary pensioner pentathlete pentecostal
pentecostalist peon perceiver percher percipient percussionist perfecter perfectionist performer
perfumer peri perinatologist periodontist peripatetic perisher perjurer perpetrator persecutor
persian personage personification perspirer persuader peruvian pervert peshmerga pessimist
pesterer petitioner petter pettifogger phalangist phantasm phantasma phantom pharaoh pharisee
pharmacist pharmacologist philanderer philanthropist philatelist philhellene philhellenist
philippian philistine philologist philologue philomath philosopher philosophiser philosophizer
phlebotomist phoenician phoner phonetician phoney phonologist photographer photojournalist
photometrician photometrist phrenologist phrygian physician physicist physiologist
physiotherapist phytochemist phytologist pianist picador picaninny piccaninny pickaninny picker
picket picklepuss picknicker pickpocket picnicker pigman pigmy pilate pilferer pilgrim pillager
pillock pima pimp pin-up pinchgut pinhead pinko pip-squeak piper piranha pirate pisser pistoleer
pitcher pitchman piute pixie place-kicker placeholder placekicker placeman placeseeker
plagiariser plagiarist plagiarizer plainclothesman plainsman plaintiff plaiter planner planter
plantsman plasterer platelayer plater platitudinarian platonist play-actor playactor playboy
player playfellow playgoer playmaker playmate playwright pleader pleaser pleb plebe plebeian
pledgee pledger pleiades plenipotentiary plier plodder plotter ploughboy ploughman ploughwright
plowboy plower plowman plowwright plug-ugly plugger plumber plunderer plunger pluralist
plutocrat plyer poacher podiatrist poet poet-singer poetess poetiser poetizer poilu pointillist
pointsman poisoner pol polack polemic polemicist polemist policeman policewoman policyholder
politician politico pollster polluter poltergeist poltroon polyandrist polycarp polygamist
polyglot polygynist polymath polynesian polytheist pom pommy pomo pomologist ponca ponce
ponderer ponka pontifex pontiff pontos pontus poof pooh-bah pooler poove pope popinjay popper
populariser popularizer populist pornographer porter portraitist portrayer portwatcher poser
poseur poseuse positivist posseman possessor post-impressionist postdiluvian postgraduate
postilion postillion postimpressionist postman postmaster postmistress postponer postulant
postulator posturer potawatomi potboy potemkin potentate pothead potholer pothunter potman
potter potterer potyokin pouf poulterer poultryman pouter pow powderer powerbroker powerhouse
practician practitioner praetor praetorian pragmatist prankster prater prattler pre-emptor
pre-raphaelite pre-socratic preacher prebendary precentor preceptor predator predecessor
predestinarian predestinationist predictor preemie preemptor prefect prelate premie premier
prentice presbyope presbyter presbyterian preschooler presenter presentist preservationist
preserver president pressman prestidigitator preteen preteenager pretender preterist pretor
prevaricator prexy prey prickteaser priest priest-doctor priestess prig primate primigravida
primipara primogenitor primus prince princeling princess printer printmaker prioress prisoner
privateer privateersman prizefighter pro-lifer probationer process-server proconsul
procrastinator proctologist proctor procurator procurer procuress prodigy producer prof
professor profiteer profligate progenitor progeny prognosticator programmer prohibitionist
projectionist prole proletarian promisee promiser promisor promoter prompter promulgator
proofreader propagandist propagator prophesier prophet prophetess propman proponent proposer
propositus proprietor proprietress prosecutor proselyte prospector prosthetist prosthodontist
prostitute protagonist protectionist protector protege protegee protester protozoologist
provider provisioner provocateur provoker provost prowler proxy prude pruner prussian psalmist
psephologist pseud pseudohermaphrodite psychiatrist psycho psychoanalyst psycholinguist
psychologist psychoneurotic psychopath psychophysicist psychopomp psychotherapist pteridologist
publican publiciser publicist publicizer puck pudden-head puddler pudge pueblo puerpera pugilist
puke puller puncher pundit punjabi punk punster punter pupil puppeteer purchaser purist puritan
purser pursued pursuer purveyor pusher pushover pushtun pussycat putter putterer putz pygmy
pyrographer pyromancer pyromaniac pythoness qadi qatari quack quad quadripara quadriplegic
quadroon quaestor quaffer quaker qualifier quapaw quarreler quarreller quarrier quarry quarryman
quarterback quartermaster quebecois quechua querier quester questioner quibbler quiche quidnunc
quietist quin quintipara quisling quitter quizmaster quizzer quoter rabbi rabble-rouser racer
racialist racist racker racketeer raconteur radiobiologist radiochemist radiographer radiologist
radiotherapist raftman raftsman ragamuffin ragpicker ragsorter raider rail-splitter railbird
railroader railwayman rainmaker raiser raja rajah rajpoot rajput rakehell rambler rancher ranee
ranger rani ranker ranter raper rapist rappeller rapper rapporteur rapscallion rascal rasta
rastafarian rat-catcher ratepayer ratifier ratiocinator rationalist ratter raver ravisher
reactionary reader realist realtor reaper reasoner reb rebel rebuker rebutter receptionist
recidivist recipient recitalist reciter reckoner recluse reconciler record-breaker record-holder
record-keeper recoverer recreant recruiter recruiting-sergeant rector recusant red-header redact
redactor redcap redcoat redhead redheader redneck redskin reeler reenactor ref referee referral
refiner refinisher reformer reformist refugee refuter regent regicide registrant registrar
reincarnation relative-in-law reliever religionist remunerator renegade renovator renter rentier
rep repairer repairman repatriate repeater reporter representative reproacher reprobate reprover
republican requester rescuer researcher reservist resident resister respecter respondent
responder restauranter restaurateur rester restorer retailer retaliator retiree retreatant
reveler reveller revenant revenuer reverend reversioner reversionist reviewer reviser
revisionist revivalist revolutionist rewriter rex rhabdomancer rhadamanthus rhetorician
rheumatic rheumatologist rhibhus rhinolaryngologist rhymer rhymester ribald ribhus rider
ridiculer riff riffian rifleman rigger right-hander right-winger righthander rightist ringer
ringleader ringmaster rioter ripper riser ritualist riveter rivetter roadhog roadman roamer
roarer roaster robber roc rocker rogue roisterer roller-skater rollerblader roly-poly roma
romani romanian romanoff romanov romanticist romany romeo rommany romper roofer rookie roomer
roomie roommate roomy rooter rope-maker ropedancer ropemaker roper ropewalker rosicrucian
rotarian rotter roue roughneck roughrider rounder roundhead roundsman rouser roustabout router
rover rowdy rower royalist rubberneck rubbernecker rube ruffian ruiner ruler ruminator rummy
rumormonger rumourmonger rumrunner runner runner-up runt ruralist rusher rustler rwandan
ryukyuan saame saami sabahan sabbatarian saboteur sabra sachem sacrificer sacristan saddhu
saddler sadducee sadhu sadist sadomasochist safebreaker safecracker sagamore sage sagittarius
sahaptin sahaptino sahib sailmaker sailor saint salesclerk salesgirl saleslady salesman
salesperson saleswoman salian salmacis salter salutatorian saluter salvadoran salvadorean
salvadorian salvager salvor samaritan sami samnite samoan samoyed samurai sandbagger sandboy
sandman sandwichman sangoma sannup sannyasi sannyasin santee sanyasi saphead sapper saracen
sarawakian sardinian sartor sassenach satanist satirist satrap satyr saudi sauk saunterer savant
savara saver savoyard sawbones sawyer saxist saxon saxophonist scalawag scallywag scalper
scammer scamp scandalmonger scanner scapegoat scapegrace scaremonger scatterbrain scattergood
scenarist scene-stealer sceneshifter sceptic schemer schlemiel schlep schlepper schlimazel
schlockmeister schmo schmoozer schmuck schnook schnorrer scholar scholiast schoolboy schoolchild
schoolfellow schoolfriend schoolgirl schoolman schoolmarm schoolmaster schoolmate schoolmistress
schoolteacher scientist sciolist scion scoffer scofflaw scolder scorekeeper scorer scorner
scorpio scorpion scot scotchman scotchwoman scotsman scotswoman scoundrel scourer scourger
scouser scouter scoutmaster scpo scrag scrambler scrapper scratcher scrawler screamer screecher
screener screenwriter screwball screwballer scribbler scrimshanker scriptwriter scrivener
scrooge scrounger scrubber scrutineer scrutiniser scrutinizer sculler scullion sculptor
sculptress sculpturer scythian seafarer seaman seamster seamstress searcher seasoner
secessionist second-in-command second-rater second-stringer seconder secretary sectarian
sectarist sectary secularist secundigravida securer seducer seductress seeder seedman seedsman
seeker seer segregationist segregator seigneur seignior seismologist seizer selectman selector
selectwoman self-seeker self-starter selkup seller semanticist semifinalist seminarian
seminarist seminole semiotician semipro semiprofessional semite sempstress senator sendee sender
senegalese seneschal senhor sensationalist sensualist sentimentalist sentinel sentry
separationist separatist sephardi septuagenarian seraph serb serbian serf sergeant
sergeant-at-law sericulturist serjeant serjeant-at-arms serjeant-at-law sermoniser sermonizer
serologist servant server serviceman servitor setter settler settlor sexagenarian sexist sexpot
seychellois shadower shah shahaptian shaheed shaitan shaker shakespearean shakespearian shaktist
shaman shammer shamus shanghaier shaper sharecropper shareholder shareowner sharer sharper
sharpie sharpshooter sharpy shasta shaver shavian shawnee shaytan she-devil shedder sheeny
sheepherder sheepman shegetz sheik sheika sheikh sheikha sheller shelver shepherd shepherdess
sheriff sherlock sherpa shielder shifter shiite shiksa shikse shill shingler shintoist
ship-breaker shipbuilder shipmate shipowner shipper shipwright shirker shirtlifter shirtmaker
shithead shitter shivaist shlemiel shlep shlepper shlimazel shlockmeister shmo shmuck shnook
shnorrer shocker shoeblack shoemaker shogun shona shoofly shopaholic shopkeeper shoplifter
shopper shopwalker shortstop shoshone shoshoni shouter shoveler shoveller shover show-off
showgirl showman shrew shrimp shudra shuffler shut-in shutterbug shylock shyster sib siberian
sibling sibyl sicilian sidekick sidesman sightreader sightseer signaler signaller signalman
signatory signer signior signor signora signore signorina sigyn sihasapa sikh silenus silvan
silver-worker silversmith silverworker simeon simperer simpleton sindhi singaporean singer
singhalese sinhalese sinner sinologist siouan sioux sipper sir sirdar siren sirrah sis sissy
sister sister-in-law six-footer sixth-former skagit skateboarder skater skeptic sketcher skidder
skier skimmer skin-diver skinflint skinhead skinnerian skinny-dipper skipper skirmisher skivvy
skulker skunk skycap skydiver slacker slammer slanderer slant-eye slapper slasher slattern
slaughterer slav slave slaveholder slavey slayer sledder sleeper sleepwalker sleepyhead sleuth
sleuthhound slicer slider slinger slob slobberer sloganeer slogger slop-seller slopseller slouch
sloucher slovak sloven slovene slovenian slowcoach slowpoke slugabed sluggard slugger slumberer
slut slyboots smallholder smarta smasher smiler smirker smoker smoothie smoothy smotherer smsgt
smuggler snacker snapper snarer snatcher sneerer sneezer sniffer sniffler sniper snitch snitcher
sniveler sniveller snob snooper snoot snorer snorter snot snowboarder snuffler so-and-so
sobersides socialiser socialite socializer socinian sociobiologist sociolinguist sociologist
sociopath sodalist sodbuster sodomist sodomite softie softy sojourner solderer soldier solicitor
solitudinarian soloist solon solver somali somalian sommelier somnambulist somniloquist son
son-in-law songster songstress songwriter sonneteer sonny soothsayer soph sophist sophisticate
sophomore soprano sorbian sorcerer sorceress sorehead sorrower sorter sot sotho soubrette soul
soundman sourpuss southerner southpaw sower spaceman spacewalker spammer spaniard spanker sparer
spartan spastic speaker specialiser specialist specializer specifier spectator spectre
speculator speechifier speechmaker speechwriter speeder speedskater spelaeologist speleologist
spellbinder speller spelunker spend-all spendthrift spewer sphinx spick spik spiller spindlelegs
spindleshanks spinmeister spinner spinster spirit spiritualist spitfire spitter spiv splicer
splitter spoiler spoilsport spokesman spokesperson spokeswoman sponger spook sportscaster
sportsman sportswoman sportswriter spot-welder spotter spouse spouter sprawler sprayer sprigger
sprinter sprite sprog spurner spymaster squabbler squanderer squatter squaw squawker squealer
squint-eye squinter squire squirmer stabber stableboy stableman stacker staffer stagehand stager
staggerer stainer stakeholder stalinist stalker stalking-horse stalwart stammerer stamper
stand-in standard-bearer standardiser standardizer standee stander starer starets stargazer
starlet starveling statesman stateswoman stationer stationmaster statistician stay-at-home
stealer steamfitter steamroller steelmaker steelman steelworker steeplejack steerer steersman
stemmer stenographer stentor stepbrother stepchild stepdaughter stepfather stepmother stepparent
stepper stepsister stepson sterope stevedore steward stewardess stheno stick-in-the-mud stickler
stifler stigmatic stigmatist stinker stinkpot stinter stipendiary stippler stirrer stitcher
stock-taker stockbroker stockholder stockist stockjobber stockman stocktaker stoic stomper
stonecutter stonemason stoner stonewaller stooge stoolie stoolpigeon stooper storekeeper
storyteller stowaway strafer straggler stranger straphanger strapper strategian strategist
strawman strayer streaker streetwalker stretcher-bearer strider strikebreaker striker stringer
striper stripling striptease stripteaser striver stroller strong-armer strongman struggler
strumpet student stuffer stumblebum stumbler stunner stupe stutterer styler stylist stylite
subaltern subcontractor subdeacon subdivider subduer subeditor subjectivist subjugator
sublieutenant submariner submitter subnormal subordinate suborner subscriber subsidiary
subsidiser subsidizer subsister subtracter suburbanite subversive subverter subvocaliser
subvocalizer succeeder successor succorer succourer succuba succubus sucker sudanese sudra suer
sufferer suffragan suffragette suffragist sufi suggester suitor sultan sumatran sumerian
summercater summercaters sunbather sundowner sunni sunnite supercargo supergrass superintendent
superman supermarketeer supermarketer supermodel supermom supernumerary superordinate superstar
supervisor supplanter suppliant supplicant supplier supporter suppresser suppressor supremacist
suprematist supremo surfboarder surfer surgeon surmounter surpriser surrealist surrenderer
surrogate surveyor survivalist survivor sustainer sutler svengali swaggerer swaggie swagman
swain swami swashbuckler swayer swazi swearer swede sweeper sweetheart sweetie swellhead swimmer
swindler swineherd swinger swiss switch-hitter switcher switchman swordsman swot sybarite
sycophant syllogiser syllogist syllogizer sylph sylvan symboliser symbolist symbolizer
sympathiser sympathizer symphonist symposiarch symposiast syncopator syndic syndicalist
syndicator synonymist syntactician synthesiser synthesist synthesizer syphilitic systematiser
systematist systematizer systemiser systemizer t-man tablemate tacker tackler taco tactician
tadzhik tagalog tagalong tagger tahitian tai tailback tailgater taiwanese tajik takelma taker
talebearer taleteller talker tallyman tamer tamil tantaliser tantalizer tantrist tanzanian tao
taoiseach taoist taos tapper tapster taracahitian tarahumara tarheel tartufe tartuffe tarzan
taskmaster taskmistress taste-maker taste-tester taster tatar tatterdemalion tattler tattletale
taxer taxidermist taxidriver taximan taxman taxonomer taxonomist taxpayer tchotchke tchotchkeleh
teacher teammate teamster tearaway teaser tec techie technician technocrat technologist
technophile technophobe ted teenager teetotaler teetotalist teetotaller tekki telecaster
telegrapher telegraphist teleologist telepathist telephoner telephonist televangelist tellurian
telugu temp templar temporiser temporizer tempter temptress tenant tenderfoot tennessean tenno
tenorist tentmaker tergiversator termagant termer terminator terpsichorean terrorist
tertigravida testate testator testatrix testee tester testifier teton teuton teutonist texan
thai thane thatcherite thaumaturge thaumaturgist theatergoer theatregoer theban theist
theologian theologiser theologist theologizer theoretician theoriser theorist theorizer
theosophist therapist thespian thessalian thessalonian thetis theurgy thief thinker third-rater
thirster thoroughbred thought-reader thracian throttler throwaway throwback thrower throwster
thruster thug thunderbird thurifer thwarter tiddler tiger tightwad tike tiler tilter timberman
timekeeper timeserver timorese timpanist tinkerer tinner tinsmith tinter tipper tippler tipster
tiro tisiphone titan tither title-holder titterer tlingit toady toaster toastmaster tobacconist
tobagonian tobogganist toda toddler toff togolese toiler toller tollgatherer tollkeeper tollman
toltec tom tomboy tomfool tongan toolmaker toper topper torchbearer toreador torero tormenter
tormentor torpedo tort-feasor tortfeasor torturer tory tosser totemist toter totterer
touch-typist toucher toughie tourer tourist tout touter tovarich tovarisch towhead townee towner
townes townie townsman towny toxicologist tracer tracker tracklayer tractarian trader tradesman
traditionalist traducer trafficker tragedian tragedienne trailblazer trailer trainbandsman
trainbearer trainee trainer trainman trainmaster traitor traitress tramper trampler transactor
transalpine transcendentalist transcriber transexual transferee transferer transferor
transferrer transgressor transient translator transmigrante transmitter transplanter transsexual
transvestite trapper trappist trapshooter traveler traveller traverser trawler treasonist
treasurer treater trekker trembler trencher trencherman trend-setter trespasser tribade
tribesman tribologist tribune tricker trickster trier trifler triggerman trigonometrician
trimmer trinidadian trinitarian tripper tritheist triumvir troglodyte trojan troll troller
trollop trombonist trooper trotskyist trotskyite troubadour troublemaker troubler troubleshooter
trouper truant trucker truckler trudger truelove trumpeter trustbuster trustee truster trustor
trusty tsar tsarina tsaritsa tsatske tshatshke tsimshian tswana tuareg tub-thumper tubercular
tugger tulu tumbler tuner tungus tungusic tunisian tunker tupi turcoman turk turki turkmen
turkoman turncoat turncock turnkey turtler tuscan tuscarora tutee tutelo tutor tutsi twaddler
twat twerp twiddler twin twiner twirler twirp twit two-timer tycoon tyke tympanist typesetter
typhoeus typhon typist typographer tyrant tyro tyrolean tzar tzarina ubermensch udmurt ugandan
uighur uigur ukranian ull ullr ultraconservative ultramontane ump umpire unbeliever uncle
underachiever underboss underclassman underdog undergrad undergraduate underling underperformer
undersecretary underseller understudy undertaker underwriter undine undoer unfastener uniat
uniate unicorn unicyclist unilateralist unionist unitarian unperson unraveler unraveller untier
untouchable upbraider upholder upholsterer uprooter upsetter upstager upstart uranologist urchin
uriah urinator urologist uruguayan usbeg usbek user usherette usufructuary usurer usurper utahan
ute utiliser utilizer utterer uxor uxoricide uygur uzbak uzbeg uzbek vacationer vacationist
vaccinator vaccinee vacillator vagrant vaishnava vaisya vajra valedictorian valentine valet
valetudinarian vali valuator valuer vamp vamper vampire vandal vanir vanisher vanquisher vaquero
varlet varmint varnisher vassal vaticinator vaudevillian vaulter vaunter vedist vegan vegetarian
vendee vender vendor venerator venetian venezuelan venter ventriloquist venturer veps vepse
vepsian verbaliser verbalizer verger verifier vermin vermonter versifier vestal vestryman
vestrywoman vet veteran veterinarian vexer vibist vibraphonist vicar vicar-general vice-regent
vicegerent vicereine viceroy victim victimiser victimizer victor victualer victualler vidar
vietnamese viewer vigilante viking vilifier villager villain villainess villein vindicator
vintager vintner violator violinist violist violoncellist vip virago virgin virginian virgo
virologist virtuoso visayan viscount viscountess visigoth visionary visitant visitor visualiser
visualizer vitaliser vitalist vitalizer vithar vitharr viticulturist vivisectionist vixen vizier
vocaliser vocalist vocalizer vociferator vogul voicer voider voluptuary vomiter votary voter
votyak vouchee voucher vower voyager voyeur vulcaniser vulcanizer vulgarian vulgariser
vulgarizer wac wacko waddler waffler wagerer waggoner waggonwright wagnerian wagoner wagonwright
wahabi wahhabi waif wailer wainwright waiter waitress wakashan waker walapai walk-in walk-on
wall-paperer wallah walloon walloper wallpaperer wally waltzer wampanoag wanderer wangler wanker
wannabe wannabee wanter wanton warbler ward ward-heeler warden warder wardress warehouseman
warehouser warlock warlord warmonger warrantee warranter warrantor warrener warrior washer
washerman washerwoman washingtonian washwoman wasp wassailer waster wastrel watchdog watcher
watchmaker watchman watercolorist watercolourist waterer waterman watusi watutsi waverer
wax-chandler wayfarer weakling wearer weasel weatherman weaver webmaster weeder weekender weeper
weigher weightlifter weirdie weirdo weirdy weisenheimer welcher welcomer welder well-wisher
welsh welsher welshman wench wencher werewolf wesleyan west-sider westerner wet-nurse wetback
wetnurse whacko whale whaler wheedler wheelwright whiffer whig whiner whipper whipper-in
whippersnapper whirler whisperer whistle-blower whistleblower whitey whittler whiz-kid whizz
whizz-kid wholesaler whore whoremaster whoremonger whoreson wiccan wichita wicket-keeper widow
widower widowman wife wiggler wight wigmaker wildcatter wimp windbag winder windtalker winemaker
wingback winger wingman winker winnebago winner wino wintun wiper wire-puller wireman wirer
wiretapper wisconsinite wiseacre wisenheimer witch witch-hunter withdrawer withholder
withstander witnesser wittol wivern wiz wizard wog wolfman wolverine woman womaniser womanizer
wonderer wonk woodcarver woodcutter woodman woodsman woodworker wooer woolgatherer woolsorter
wop word-painter wordmonger wordsmith workaholic worker workfellow workingman workman workmate
world-beater worldling worrier worrywart worshiper worshipper wrangler wrecker wrester wrestler
wretch wriggler write-in writer wrongdoer wuss wykehamist wyomingite wyrd wyvern xhosa
xylophonist yachtsman yachtswoman yahi yahoo yakut yakuza yana yank yankee yankee-doodle yanker
yardbird yardie yardman yardmaster yavapai yawner yearling yearner yeller yemeni yeniseian yenta
yeoman yes-man yeti yid yielder yob yobbo yobo yodeller yokel yoruba youngster younker youth
yucatec yucateco yugoslav yugoslavian yuma yuppie zairean zairese zambian zany zapotec zapotecan
zealander zealot zimbabwean zionist zombi zombie zoologist zoroastrian zulu zuni
""".split()
)

PERSON_PLURALS = frozenset(
    """
abators abbes abbesses abbots abbreviators abdicators abductors abecedarians abenakis aberrants
abetters abettors abhorrers abiogenists abjurers abkhases abkhasians abkhazes abkhazians abnakis
abnegators abolitionists abomination abominations abominators aboriginals aborigines
abortionists abos abridgers abrogators absconders abseilers absentees absolutists absolvers
abstainers abstinents abstracters abstractionists abstractors abusers abutters academicians
academics acadians accessaries accommodators accompanists accompanyists accomplices
accordionists accoucheurs accoucheuses accountants accumulators accused accusers achaeans
achaians achievers achomawis acolytes acousticians acquirers acrobats activists actors actresses
actuaries adapters adder adders addicts addle-heads addleheads addressees adducers adepts
adherents adityas adjudicators adjusters adjustors adjutants admen administrators admirals
admirers admonishers adolescents adonises adoptees adopters adorers adulators adulterers
adulteresses adults advancers adventists adventurers adventuresses adversaries advertisers
advertizers advisees advisers advisors advocates advocators aeolians aeons aerialists aeronauts
aerophiles aesirs aesthetes aestheticians aether aethers aetiologists affiants affiliates
affines affirmers affluents afghanistanis aficionados african-americans africans afrikanders
afrikaners afro-americans agent-in-places aggravators aggregators aggressors agitators aglaias
agnates agnostics agriculturalists agriculturists agronomists ahuras aide-de-camps aides
aides-de-camp aircraftmans aircraftsmans aircrewmans airheads airmen airwomans alabamans
alabamians alarmists alaskans albanians albinos alcaldes alchemists alcoholics aldermen alectos
aleutians aleuts alexandrians alexics algebraists algerians algonkians algonkins algonquians
algonquins alienators alienees alienists alienors aliens aliterates alkies all-rounders allayers
allegorisers allegorizers allergists alleviators alliterators allocators almoners almoravids
almsgivers alphabetisers alphabetizers alpinists alsatians also-rans altaics alternates altoists
altos altruists alumnae alumni amahs amalgamators amanuenses amateurs amazons ambassadors
ambassadresses amblers ambushers ameers amens americans amerindians amharas amigos amirs amishes
amnesiacs amnesics amons amoraim amoralists amoras amorists amphisbaenae amphisbaenas amputators
amputees amuns anabaptists anaesthetists anagnosts analogists analphabetics analphabets
analysands analysts anarchists anasazis anathema anathemas anathemata anatomists ancestors
ancestresses anchorites anchormen anchorpersons ancients andorrans androgynes andvaris
anecdotists anesthesiologists anesthetists angels angevines angevins angiologists anglers
anglicans anglo-americans anglo-indians anglo-saxons anglophiles anglophils anglophobes angolans
angoleses anguillans animators animists annalists annameses annihilators annotators announcers
annoyers annuitants anointers anomalists anorectics anorexics answerers antagonists antecedents
antediluvians anthologists anthropoids anthropologists anthropophagites anthropophaguses
anti-americans anti-heroes anti-intellectuals anti-semites anticipants anticipators
antifeminists antiguans antiheroes antinomians antipopes antiquarians antiquaries antiques antis
anunnakis anzacs apaches ape-mans apers aphakics aphasics aphorists apiarists apiculturists
apologists apostates apostles apothecaries apotheoses appalachians apparatchiks apparition
apparitions appeasers appellants applauders applicants appliers appointees appraisers
appreciators apprehenders apprentices appropriators approvers aquanauts aquariuses arabians
arabists arabs aramaeans arameans arapahoes arapahos arawakans arawaks arbiters arbitragers
arbitrageurs arbitrators arboriculturists arborists arbs arcadians archaeologists archaists
archangels archbishops archdeacons archduchesses archdukes archeologists archers archimandrites
architects archivists archpriests areopagites argentinians argives argonauts arguers arguses
arianists aricaras aries arieses arikaras aristocrats aristoteleans aristotelians arithmeticians
arizonans arizonians arkansans arkansawyers armenians armigers arminians armor-bearers armorers
armourers arms-runners arousers arrangers arrivers arrivistes arrogators arrowsmiths arsonists
arthritics articulators artificers artillerymans artisans artistes artists aryans ascenders
ascetics ashkenazim ashkenazis asians asiatics askers aspirants aspirers ass-kissers assailants
assameses assassinators assassins assaulters assayers assemblymen assemblywomen assenters
asserters assessees assessors asseverators assholes assignees assignors assimilators assistants
associates assyrians asteropes asthmatics astrogators astrologers astrologists astronauts
astronomers astrophysicists asvinses atakapas atavists athabaskans athapascans athapaskans
atheists athenians athletes atlantideses atsugewis attacapans attaches attackers attempters
attendants attendees attenders attestants attestators attesters attestors attorneys attracters
attractors auctioneers audiles auditors augurs augustinians aunties aunts auspexes auspices
aussies australians austrians austronesians auteurs authenticators authoresses authorisers
authoritarians authorizers authors auto-mechanics autobiographers autochthones autochthons
autocrats autodidacts automata automatons automobilists auxiliaries avatars avengers aviators
aviatresses aviatrixes avowers awols ayahs ayatollahs azerbaijanis aztecs b-girls baases
babblers babes babies baboos babus baby-sitters babylonians babyminders babysitters bacchanals
bacchantes bacchants bachelor-at-armses bachelorettes bachelors back-numbers backbenchers
backbiters backers backpackers backscratchers backslappers backsliders backstops backstrokers
backwoodsmans bacteriologists badagas baddies badgerers badgers baggagemans baggers bagmans
bagpipers bahais bahamians bahrainis bahreinis bailees bailiffs bailors bairns bakers balancers
baldheads baldies baldpates balkans balkers ball-breakers ball-busters balladeers ballerinas
balletomanes balloonists ballplayers bambini bambinos banderilleros bandits banditti bandleaders
bandmasters bandsmans bangladeshis bankers bankrupts bannerets banshees banshies bantamweights
bantus baptists barbadians barbarians bards bargainers bargees bargemans baritones barkeepers
barkeeps barkers barmaids barmen barnburners barnstormers baronesses baronets barons barraters
barrators barristers barrow-boys barrow-mans bartenders barterers barts barytones basilei
basileis basilisks basketeers basketmakers basketweavers basothos basques bassi bassists
bassoonists bassos bastards basters bathers batmans batsmen batswanas batter batters battle-axes
battlers baulkers bavarians bawds bawlers beachcombers beadles beadsmans beadsmen bearers
beaters beatniks beaus beauticians beaux bechuanas bedesmans bedfellows bedlamites bedouins
beduins bedwetters beefeaters beekeepers begetters beggarmans beggars beggarwomans beginners
beguilers beguines begums behaviorists behaviourists behemoths beholders beldames beldams
belgians believers bellboys belles bellhops belligerents bellmans bellowers bellwethers
bellyachers belorussians beloveds benedicks benedictines benefactors benefactresses
beneficiaries bengalis benineses berbers bereaved berks berliners bermudans bermudians
berserkers berserks besiegers bestowers betrayers betrothed bettors beys bhutaneses bhutanis
bibliographers bibliophiles bibliopoles bibliopolists bibliothecs bibliotists bicyclers
bicyclists bidders bigamists bigots bigwigs bilingualists bilinguals billionaires biloxis
bimboes bimbos bimetallists bingers biochemists biographers biologists biophysicists birdbrains
birders bisayans bisexuals bishops biters blabbermouths blabbers blackamoors blackfeet
blackfoots blackfriars blackguards blacklegs blackmailers blackshirts blacksmiths blasphemers
blasters bleachers bleeders blighters blimps blockers blockheads bloggers blokes blondes blonds
blowhards blubberers bluchers bludgeoners bluecoats bluejackets bluenoses bluestockings bluffers
blunderers blusterers boarders boasters boatbuilders boatmen boatswains bobbies bobby-sockers
bobbysoxers boches bodybuilders bodyguards boers boffins bogeymans bogeys bogies bohemians
bolivians bolsheviki bolsheviks bolshevists bolshies bombardiers bombshells bondholders
bondmaids bondmans bondsmen bondswomans bondwomans boneheads bonesetters boobies boobs boogers
boogeymans bookbinders bookdealers bookers bookies bookkeepers booklovers bookmakers bookmans
booksellers bookworms boomers boors boosters bootblacks bootleggers bootlickers bootmakers
boozers borderers bores borneans borrowers bosses bostonians bosuns botanists botchers
boulevardiers bouncers bounders bourbon bourbons bourgeois bowdlerisers bowdlerizers bowlers
bowmen boxers boyfriends boys bozos braceros brachycephalics braggarts braggers brahman brahmans
brahmin brahmins brahuis brain-workers brainiacs brainworkers brakemen brats brave braves
bravoes bravos brawlers brazilians breadwinners breakers breaststrokers breeders brethren
bretons brewers bribers bricklayers bride-to-bes bridegrooms brides bridesmaids brigadiers
brigands britishers britishes britons brits britses broadcasters broads broker-dealers brokers
broncobusters brother-in-laws brothers brothers-in-law brownies brownshirts browsers bruisers
brules brummies bruneians brunets brunettes brutes buccaneers buckaroos buckeroos bucolics
buddhists buddies buff buffoons buffs bug-hunters bugaboos bugbears buggers buglers bugologists
bulgarians bulimics bullfighters bullies bullyboys bumblers bumpkins bums bunglers bunkmates
bunnies bunters bureaucrats burghers burglars burgomasters burgraves burmeses bursars burundians
busboys bushmen bushwhackers businessmen businesspersons businesswomen buskers busmans busters
busybodies butchers butches butlers butterballs butterfingers buttinskies buyers by-blows
byelorussians bystanders byzantines cabalists cabbies cabdrivers cabinetmakers cabmans
cacodaemons cacodemons caddies caddos cadets cadgers cadmuses cads caffers caffres cagers
cahitas cairenes caitiffs cajuns cakchiquels calapooyas calapuyas calculators californians
califs caliphs caller-outs caller-ups callers calligraphers calligraphists calvinists cambodians
camera-men cameramen cameroonians campaigners campers campmates canaanites canadians canareses
canaries candidates candlemakers candymakers cannibals cannoneers canoeists canonists
cantabrigians cantors canucks canvassers capetians capitalists capos capricorns captains
captives captors capturers car-mechanics carabineers carabiniers carbineers cardholders cardinal
cardinals cardiologists cardsharpers cardsharps careerists caregivers carelians caretakers
carhops caribs caricaturists carillonneurs cariocas carlovingians carmelites carolers
carolingians carolinians carollers carousers carpenters carpers carpetbaggers carriers
carrottops cartesians carthaginians carthusians cartographers cartoonists caseworkers cashiers
castaways casters castillians castrates castrati castratos casualties casuists catalans
cataleptics catalogers cataloguers catamites catawbas catchers catechists catechumens caterers
catholicoses catholics cattlemen caucasians cavaliers cavalrymen cavemen cavilers cavillers
cayugas cebuans celebrants celebraters celebrators celebrities celebrity celibates cellists
celts cenobites censors centaurs centenarians centerfielders centrists centurions ceos
ceramicists ceramists cerberuses cewas cfos chachkas chadians chain-smokers chairmen
chairpersons chairwomen chaldaeans chaldeans chaldees challengers chambermaids chameleons
champions champs chancellors changelings changers chapelgoers chaperones chaperons chaplains
chaps character characters chargemans charioteers charlatans charmers charons chartists
charwomen chaseds chasers chasidim chasids chassidim chassids chatelaines chatterers chauffeurs
chauffeuses chauvinists chawbacons cheap-jacks cheapjacks cheapskates cheaters chebabs chechens
checkers cheerers cheerleaders cheesemongers chefs chelae chelas chemists cheopses cheremides
cheremisses cherubim cherubs chewas chewers chicanos chichewas chichis chickasaws chiefs
chieftains children chileans chiliasts chilubas chimaerae chimaeras chimakums chimarikos
chimerae chimeras chimneysweepers chimneysweeps chinamans chinks chipewyans chippewas
chiromancers chirons chiropodist chiropodists chiropractor chiropractors chiselers chisellers
chits choctaws choirboys choirmasters chokers choosers choragi choraguses choreographers
chorines choristers chosens christians chroniclers chucker-outs chukchis chumps chums
churchgoers churchmen churchwardens churls chutzpaniks chuvashes cicerones ciceroni cinderellas
cinematographers circassians circes cistercians citizens civilians claimants clairvoyants
clansmans clanswomans clappers clarinetists clarinettists classicists classifiers classmates
claustrophobes clergymen clericalists clerics clerks clients climatologists clinicians
cloakmakers clockmakers clocksmiths clones closers clothiers clowns co-beneficiaries
co-defendants co-discoverers co-eds co-pilots co-respondents co-stars co-workers coach
coachbuilders coaches coachmans coadjutors coalmans coasters coastguardsmans coauthors coaxers
cobbers cobbler cobblers cochimis cockatrices cockneys cocksuckers coconspirators cocopahs
cocopas cocottes coddlers codefendants coders codetalkers codgers coenobites coevals cofounders
cognates cognoscentes cogs coiffeurs coiffeuses coiners collaborationists collaborators
colleagues collectivists collectors colleens collegians colliers colombians colonels
colonialists colonials colonisers colonists colonizers coloradans coloratura coloraturas
coloreds colorists colossi colossians colossuses columnists comanches combatants combers
comedians comediennes comers comforters comics commandants commanders commandoes commandos
commentators commies commissars commissionaires commissioners committeemans committeewomans
commodores commoners communicants communicators communists companions compatriots compeers
comperes competitors compilers complainants complainers complexifiers composers compositors
compromisers comptrollers compulsives comrades conceivers concert-goers concessionaires
concessioners conchologists concierges conciliators concubines conductors conductresses
confectioners confederates conferees conferrers confessors confidantes confidants conformists
confreres confucianists confucians confuters congoleses congregants congregationalists
congressmans congresswomans conjurers conjurors connecticuters connoisseurs conoys conquerors
conquistadores conquistadors conscripts conservationists conservatives conservativists
conservators consignees consigners consignors consorts conspirators constables
constitutionalists constructivists constructors consuls consultants consumers consumptives
contadinos contemplatives contemporaries contenders contestants contestees contesters
contortionists contrabandists contractors contralti contraltos contrapuntists contrarians
contras contributors contrivers controllers controversialists convalescents conveners
conventioneers conversationalists conversationists conversos converts conveyancers conveyers
conveyors convicts cookies cooks coolies coons cooperators coordinators copartners copilots
coppersmiths cops copts copycats copyists copyreaders copywriters coquettes coreligionists
corespondents corinthians cornerbacks cornetists cornhuskers cornishmans cornishwomans coroners
corporals corporatists correspondents corsairs cosignatories cosigners cosmeticians
cosmetologists cosmographers cosmographists cosmologists cosmonauts cosmopolitans cosmopolites
cossacks costanoans costermongers costumers costumiers cotenants cottagers cottars cotters
cottiers coues councillors councilmen councilwomen counsel counsellors counselor-at-laws
counselors counsels counter-revolutionists counterdemonstrators counterfeiters countermans
counterpersons counterrevolutionaries counterrevolutionists counterspies countertenors
counterterrorists counterwomans countesses countrymen countrywomen couriers coursers courtesans
courtiers cousin-germans cousins couturiers cowards cowboys cowgirls cowhands cowherds cowmans
cowpokes cowpunchers coxcombs coxswains cpas crackerjacks crackpots cracksmans crafters
craftsmen cragsmans crammers craniologists cranks crap-shooters crapshooters crashers cravens
crawlers crazies creditors creep creeps crees creole creoles cretans cretins crewmen cricketers
criers criminals criminologists crimpers criollo criollos cripples critics croatians croats
crofters crones cronies crookbacks crooks crooners croppers cross-dressers cross-examiners
cross-questioners crossbenchers crosspatches croupiers cruiserweights crusaders crybabies
cryptanalysts cryptographers cryptologists crystallographers cubans cubists cubs cuckolds
cuckoos cuirassiers culprits cultists cultivators cunctators cunts cupbearers curanderas
curanderos curates curators curmudgeons cusses custodians customers cut-ups cutlers cutpurses
cutters cutthroats cyber-terrorists cybernauts cyberpunks cyborgs cyclists cyclopes cyclopses
cymbalists cymries cynics cyprians cypriotes cypriots cyrils cytogeneticists cytologists
czarinas czaritzas czars czeches czechoslovakians czechoslovaks dabblers dacoits dad dadas
daddies dads daemons dagoes dagos daimons dairymaids dairymen dakoits dakotas dalesmans dalliers
dalmatians damascenes dames damoiselles damosels damozels damsels dancers dancing-masters
dandies danes danseurs danseuses dardanians dardans daredevils darkeys darkies darling darlings
darners darwinians das dastards daubers daughter-in-laws daughters daughters-in-law dauphins
dawdlers dayboys daydreamers daygirls dcis deaconesses deacons deadbeats deadeyes deadheads
deaf-mutes dealers deans dearests dearies dears debasers debaters debauchees debauchers debitors
debs debtors debutantes decadents deceaseds decedents deceivers decipherers deckhands declarers
decoders decorators decoys defalcators defamers defaulters defeatists defecators defectors
defendants defenders defilers defrauders degenerates degraders deipnosophists deists deities
deity delawareans delawarians delayers delegates delinquents deliverymans demagogs demagogues
demanders demigods demimondaines demiurges democrats demographers demographists demoiselles
demoniacs demons demonstrators denizens dentists denturists departeds departers dependants
dependents deponents deportees deposers depositors depreciators depressives deputies derelicts
dermatologists dervishes descendants descendents descenders deserters designers deskmans
desperadoes desperados desperates despoilers despots detainees detectives determinists
detractors developers deviants deviates deviationists devisees devisers devisors devotees
devourers dharmas dhegihas diabetics diabolists diagnosticians dialecticians diarists dibbukkim
dibbuks dichromats dickheads dicks dictators die-sinkers dieguenos diehards diemakers diesinkers
dieters dieticians dietitians differentiators diggers dignitaries dikes dilettantes dilettanti
dilly-dalliers dillydalliers dimwits diners dingbats diocesans diplomates diplomatists diplomats
dipsomaniacs directors disarmers disbelievers disbursers disciples disciplinarians discoverers
discriminators discussants disentanglers disparagers dispatchers disprovers disputants
dissemblers disseminators dissenters dissidents dissimulators distillers distortionists
distributers distributors disturbers divas dive divers diversionists dividers diviners
divinities divinity divorcees djiboutians djinn djinnies djinnis djinns djs do-gooders
do-nothings docents dock-wallopers dockers dockhands dockworkers docs doctors doctrinaires
dodderers dodgers dodo dodoes dodos doers doges dogfighters dogmatists dogsbodies
dolichocephalics dolts domestics dominatrixes dominees domines dominicans dominies dominuses
donatists donees donnas donors dons doofuses doorkeepers doormats doormen doppelgangers dorians
dorks dossers dotards double-crossers double-dealers doubters doughboys doulas dowagers
down-and-outs dowsers doxies doyennes doyens dps draftees drafters draftsmen draftspersons
draggers dragomans dragons dragoons dramatists drapers draughtsmen dravidians drawees drawlers
dreamers dressmakers dribblers dries drifters drinkers drivellers drivers droolers dropkickers
dropouts drovers drudges druggists druids drumbeaters drummers drunk-and-disorderlies drunkards
drunks druses druzes dryades dryads dualists dubliners duces duchesses duckies dudes duds
duelers duelists duellers duellists duennas duffers dukes dulcineas dullards dumbasses dummies
dunce dunces dunderheads dunkards dunkers dupes dustmen dutches dutchmans dwarfs dwarves dweebs
dwellers dybbukkim dybbuks dyers dykes dynamiters dynamitists dynasts dyslectics dyspeptics
earls earners earth-goddesses earth-gods earthlings earthmans east-siders easterners eaters
eavesdroppers ebionites eblises eccentrics ecclesiastics ecdysiasts eclecticists eclectics
ecologists econometricians econometrists economisers economists economizers ectomorphs
ecuadorans ecuadorians edgers editorialists editors edos educatees educationalists educationists
educators edwardians effecters effectors effendis egalitarians egghead eggheads egocentrics
egoists egomaniacs egotists egyptians egyptologists ejaculators ejectors elamites elders eldests
electors electricians electrocutioners electrologists electroplaters electrotherapists elegists
elitists elizabethans elocutionists elves emancipationists emancipators embalmers embassadors
embezzlers embodiments embroiderers embroideresses embryologists emcees emeers emeriti emigrants
emigrees emigres emirs emissaries emperors empiricists employables employees employers empresses
emptors emulators enates enchanters enchantresses encroachers encyclopaedists encyclopedists
endocrinologists endodontists endomorphs endorsers energisers energizers enforcers engineers
englishmans englishwomans engravers enjoyers enlistees enologists enophiles enquirers enrollees
ensigns enterprisers entertainers enthusiasts entomologists entrepreneurs enukis enumerators
environmentalists envoys enzymologists eolians eparches ephesians epicenes epicureans epicures
epidemiologists epigones epigons epileptics epimetheuses episcopalians epistemologists
equalitarians equals equerries equestrians equivocators eradicators eremites eries eristics
eritreans erotics escaladers escapees escapists escapologists eschatologists escort escorts
eskimos esqs esquimaus esquires essayers essayists esselens essenes esthetes estheticians
estimators etchers ethicians ethicists ethiopians ethnarches ethnics ethnographers ethnologists
ethologists etiologists etonians etruscans etymologists eudaemons eudemons eulogists eunuchs
euphrosynes eurafricans eurasians europeans euryales evacuees evaluators evangelists evenkis
evenks everymans evildoers evolutionists ewe ewenkis ewes ex-boyfriends ex-gamblers ex-husbands
ex-mayors ex-presidents ex-servicemans ex-spouses ex-wifes examinees examiners exarches
excavators excellencies exchangers excisemans excogitators excursionists excusers executants
executioners executives executors executrices exegetes exes exhibitioners exhibitionists
exhibitors exile exiles existentialists exodontists exorcisers exorcists expatriates expats
expectorators expenders experimenters experts exploiters explorers exponents exporters
expositors expounders expressionists expurgators exterminators externs extollers extortioners
extortionists extras extraterrestrials extraverts extremists extroverts eyefuls eyeishes eyesful
eyewitnesses fabians fabricators fabulists facilitators factotums faddists faeries faggots
fagots fags fairies fakeers fakers fakirs falangists falconers fallers falsifiers familiars
famuli famuluses fanatics fanciers fantasists fantasms fantasts faqirs faquirs farmerettes
farmers farmhands farriers farsis fascistas fascists fashionmongers fasteners fatalists fatheads
father-figures father-in-laws fathers fathers-in-law fatsoes fatsos fatties faultfinders fauns
fauntleroys fauves fauvists favourite favourites fawners fays featherweights federalists
federals feds fellaheen fellahin fellahs fellas fellatas fellers fellows felo-de-ses felons
feminists fence-sitters fencers fencesitters fermentologists ferrymans fetishists feudatories
fiancees fiances fibbers fiddlers fiduciaries fielders fieldhands fieldsmans fieldworkers fiends
fighters figureheads figurers fijians filers filibuster filibusterers filibusters filicides
filipinos fill-ins filles filmmakers finaglers finalists financiers finders finishers finks
finns fire-eaters fire-swallowers firebugs firedrakes firefighters first-nighters first-raters
firstborns fishermen fishers fishmongers fishwifes fishwives fitters fixer fixers flack
flag-wavers flagellants flak flamens flamines flankers flappers flashers flatfeet flatfoot
flatmates flatterers flautists fledgelings fledglings fleers flibbertigibbets fliers flirts
floggers floorwalkers floozies florentines floridians florists flouters flunkeys flunkies
flutists fly-by-nights flyweights fodder fodders foemans foes fogeys fogies followers fomenters
fomorians fomors fondlers foodies fool fools footballers footmen footpads footsloggers fops
foragers forbears forebears forecasters forefathers foreigners foreladies foremen foremothers
forepersons forerunners forewomen forgers forgivers fornicators fornicatresses fortunetellers
forty-niners forwards fos fossilists fossils foster-brothers foster-childs foster-daughters
foster-fathers foster-mothers foster-nurses foster-parents foster-sisters foster-sons
fosterlings foundlings foundresses four-flushers framers franc-tireurs franciscans
franco-americans francophiles francophils francophobes franks fratricide fratricides freaks
free-lances free-livers freebooters freedmen freedwomans freeholders freelancers freelances
freeloaders freemans freemasons freethinkers freewheelers freewomans frenchmans frenchwomans
frequenters freshers freshmen freudians friars friends frisians frogmen front-runners
frontbenchers frontiersmen frontierswomans frotteurs fruitcakes fruiterers frumps fuckers
fuckheads fuckups fuddy-duddies fugitives fuglemans fulahs fulanis fulas fulbes fullbacks
fumblers fumigators funambulists functionalists functionaries fundamentalists fundraisers
furriers fusiliers fuss-budgets fusspots futurists g-mans gaboneses gabriels gadabas gadabouts
gadflies gadgeteers gaels gaffers gagmans gagsters gagwriters gainers galatians galilaeans
galileans gallants galoots galvanisers galvanizers gambians gambists gamblers gamekeepers
games-masters games-mistresses gamines gamins ganefs gangers gangstas gangsters ganofs gaolbirds
gaolers garbagemans gardeners garment-workers garmentmakers garnishees garroters garrotters
garudas gasbags gasmans gastroenterologists gastronomes gatecrashers gatekeepers gatherers
gauchos gauls gawkers gawks gays gazetteers geeks geezers geisha geishas geminis gendarmes
genealogists generalissimos generalists generals geneticists genevans genies genii genitors
genius geniuses genoeses gentiles gentleman-at-armses gentlemen gentlemen-at-arms gentlewomen
gents geographers geologists geomancers geometers geometricians geophysicists geordies georgians
geriatricians germanists germans gerontologists geryons ghanians ghostwriters ghouls giantesses
gibraltarians gigglers gigolos gilders gillies ginzos gipsies girlfriends girls girondins
girondists gitanas gitanos gits givers gladiators glass-cutters glassblowers glassmakers
glassworkers glaswegians glazers glaziers gleaners globetrotters glossarists gluttons gnomes
gnostics go-betweens go-getters goalies goalkeepers goaltenders goatherds gobblers goblins gobs
godchildren goddaughters goddesses godfathers godmothers godparents godsons goers gofers goffers
gold-beaters gold-workers goldbeaters goldbricks goldsmiths goldworkers golems golfers goliards
gondolieres gondoliers gonds goners gongorists goniffs gonifs good-for-naughts good-for-nothings
goody-goodies goof-offs goofballs goofs goons gophers gorgers gorgons gospelers gospellers
gossipers gossipmongers goth goths gougers gourmandizers gourmands gourmets governesses
governors goyim goys gps grabbers graders graduates graecophiles grammarians grampses grandads
grandaunts grandchildren granddaddies granddads granddaughters grandees grandfathers grandmas
grandmasters grandmothers grandnephews grandnieces grandparents grandpas grandsons grandstanders
granduncles grangers grannies grans grantees granters grantors graphologists grapplers
gravediggers graverobbers graybeards graziers greaseballs greasers great-aunts great-nephews
great-nieces great-uncles greats grecians greengrocers greenhorns greenskeepers greeters
gremlins grenadians grenadiers greybacks greybeards grievers griffins griffons grifters grinds
gringos grinners griots groaners grocers groom-to-bes grooms groomsmans grouches groundbreakers
groundkeepers groundlings groundskeepers groundsmans groupies grovelers grovellers growers
growlers grownups grumblers grumps grunters gryphons guarantors guard guardians guards guardsmen
guatemalans guerillas guerrillas guessers guests guestworkers guides guineans guitarists
gujaratis gujeratis gulls gulpers gumshoes gunmen gunners gunrunners gunslingers gunsmiths
gurkhas gurus guttersnipes guvnors guyaneses guys guzzlers gymnasts gymnosophists gynaecologists
gynandromorphs gynecologists gypsies haberdashers habitants habitues hack-drivers hackers hacks
hadjis haematologists haemophiles haemophiliacs hagglers hagiographers hagiographists
hagiologists hags haidas hairdressers hairsplitters hairstylists haitians hajis hajjis hakeems
hakims hakkas halberdiers halchidhomas half-breeds half-brothers half-castes half-pints
half-sisters half-wits halfbacks hamadryads hammerheads handicappers handlers handymen
hanger-ons hangers hangers-on hangmen hanoverians haranguers harassers hardliners hardwaremans
harijans harlequins harlots harmonisers harmonizers harpers harpies harpists harpooneers
harpooners harpsichordists harridans harriers harum-scarums harvesters has-beens hasidim hasids
hassidim hassids hatemongers haters hatmakers hatters haulers hauliers hausas haussas havasupais
have-nots haves hawkers hawkshaws hayseeds hazans he-mans head-shrinkers headcounters
headhunters headliners headmans headmasters headmistresses headsmans headwaiters healers hearers
heartbreakers heartthrobs heathen heavies heavyweights hebraists hecklers hedgers hedonists
hegelians heir-at-laws heiresses heirs heirs-at-law hell-kites hell-roosters hellcats hellenes
hellhounds hellions helmsmen helots helper helpers helpmates helpmeets hematologists hemiplegics
hemophiles hemophiliacs henchmen heralds herbalists herdsmen hereros heretics heritors
hermaphrodites hermits heroes heroines herpetologists herren herrs hesitaters hesitators
hesperideses heterosexuals hewers hicks hidatsas hierarches high-muck-a-mucks high-ups
highbinders highbrows higher-ups highfliers highflyers highjackers highlanders highness
highnesses highwaymen hijackers hikers hillbillies hinayanists hindoos hindus hindustanis
hippies hipsters hire hirelings hirers hires hispanics hissers histologists historians
historiographers histrions hitchhiker hitchhikers hitchitis hitmans hitters hittites hmongs
hoarders hoaxers hobbits hobbledehoys hobblers hobbyists hobgoblins hobo hoboes hobos hobs
hodmans hog hogs hoisters hokas holdouts holdovers holidaymakers hollanders hombres
home-builders homebodies homeboys homebuilders homegirls homeless homemakers homeopaths
homeowners homesteaders homoeopaths homophiles homophobes homos homosexuals homunculi
homunculuses honchos hondurans honeymooners honkers honkeys honkies honorees hoodlums hoods
hoofers hooligan hooligans hoosiers hopefuls hopers hopis hornists horologers horologists
horsemen horseshoers horsewomen horticulturists hosiers hostage hostages hostellers hostesses
hostlers hosts hotdogs hoteliers hotelkeepers hotelmans hotheads hotshot hotshots houris
house-builders house-wives housebreakers housebuilders housefathers houseguests householders
househusbands housekeepers housemaids housemans housemasters housemates housemothers housewives
housewreckers hoydens hualapais hualpais hubbies hucksters huddlers huggers huguenots hulks
humanists humanitarians humdingers hummers humorists humourists hundred-percenters hungarians
hunkpapas hunks huns hunter-gatherers hunters huntresses huntsmen hupas hurdlers hurlers
husbandmans husbands hussars hussies hussites hustlers hutus hyadeses hydrae hydras hydrologists
hydromancers hygienists hymies hyperopes hypertensives hypnotisers hypnotists hypnotizers
hypochondriacs hypocrite hypocrites hypotensives hysterics ianfus iberians ibo ice-skaters
icelanders icemans ichthyologists iconoclasts idahoans idealists idealogues ideologists
ideologues idiots idlers idolaters idolatresses idolisers idolizers igbos ignoramuses
illegitimates illinoisans illiterates illusionists illustrators imams imaums imbeciles imbibers
imitators immigrants immortals immunes immunologists imperialists impersonators importees
importers imposters impostors impresarios impressionists improvers imps in-laws inamoratas
inamoratos incans incarnation incarnations incas incendiaries inciters incompetents incubi
incubuses incumbents incurables independents indexers indianans indians indigenes indigens
individualists indo-europeans indonesians indorsers inductees industrialists inebriates
infanticide infanticides infantrymen infants inferiors infernals infidels infielders
infiltrators informants informers ingenues ingermans ingers ingrates ingrians inhabitants
inheritors inheritresses inheritrixes initiates initiators injuns inkas inmates innkeepers
innocents innovators inoculators inpatients inquirers inquisitors insiders insolvents insomniacs
inspectors inspirers instigants instigators instructors instructresses instrumentalists insureds
insurgents insurrectionists intellectuals intercessors interlocutors interlopers intermediaries
intermediators internationalists internees internes internists interns internuncios interpreters
interrogators intersexes intervenors interviewees interviewers intimates intriguers introverts
intruders inuits invaders invalidators invalids inventors investigators investors invigilators
invitees ionians iowans iowas ioways irakis iranians iranis iraqis irelanders irishes irishmans
irishwomans ironists ironmans ironmongers ironsides ironworkers iroquoises irredentists
irregulars irreligionists irridentists islamists island-dwellers islanders ismailians ismailis
isolationists israelis israelites italians itinerants jabberers jack-tars jackanapeses jackasses
jacksonians jacobeans jacobins jacobites jailbirds jailers jailors jainists jamaicans
janissaries janitors jansenists japaneses japs jats javaneses javans jawans jaywalkers jazzmans
jeerers jeffersonians jerk-offs jerkers jerks jerries jerry-builders jesters jesuits jew-baiters
jewelers jewellers jewesses jews jigaboos jihadists jilts jimdandies jimhickeys jingoes
jingoists jingos jinn jinnees jinnis jinxes jnrs jobbers jobholders jockeys jocks joggers
johnnies joiners jokers jokesters jongleurs jordanians jotunns jotuns journalists journeyers
journeymen jrs judges juggernauts jugglers jugoslavians jugoslavs juicers jumpers jungians
juniors junkers junkies jurists jurors jurymans jurywomans justiciaries justiciars justifiers
juveniles kabbalists kachinas kafirs kaisers kalapooias kalapuyas kalifs kaliphs kalkas kamias
kampucheans kanareses kansans kansas karakalpaks karelians karoks kashmiris kassites kataris
kazakhs kazakhstanis kazaks kechuas keepers kekchis kelpies kelts kennans kentuckians kenyans
keyboardists keynesians khalifahs khalifs khalkas khalkhas khans khanties khedives khirghizes
khufus kibbutzniks kibitzers kichais kickapoos kickers kid kiddies kidnapers kidnappers kids
kikes kiliwas kiliwis killers killjoys kin kindergarteners kindergartners kingpins kings kinsmen
kinspersons kinswomen kiowas kirghizes kirgizes kissers klansmans kleptomaniacs klutzes kluxers
knackers knaves kneelers knight-errants knights knitters knockers knockouts know-alls
know-it-alls knowers knuckleheads koasatis kolams kolkhozniks komis kooks koreans kotars kotas
kps krautheads krauts kshatriyas kuis kurds kusans kuwaitis kvetches kwakiutls laborers
labourers labourites lacers lackeys laconians laddies ladies ladies-in-waiting ladinos lads
lady-in-waitings ladyloves laggards laggers lairds lakotas lama lamaists lamarckians lamas
lamenters lames lamiae lamias laminators lamplighters lampooners lancastrians lancer lancers
landgraves landholders landladies landlords landlubbers landmans landowners landscapers
landscapists landsmans langlaufers langobards languishers laos laotians lapidaries lapidarists
lapidators lapidists lapplanders lapps larceners larcenists lascars lashers lasses lassies
latecomers latinists latinos latitudinarians latonas latvians laudators laughers laughingstocks
laundresses laundrymen laundrywomans laureates lawbreakers lawgivers lawmakers lawmans lawyers
layabouts laymen laypeople laypersons lazars lazyboneses leaders leakers leapers learners
leaseholders leathernecks leavers lebaneses lechers leches lectors lecturers ledgemans
left-handers left-wingers lefthanders lefties leftists legatees legates legionaries legionnaires
legislators lenders lensmans leos lepers lepidopterists lepidopterologists leprechauns lers
lesbians lessees lessors letches letos letterers lettermans levantines levelers levellers
leviathans levites lexicographers lexicologists liars libbers libelers liberalists liberals
liberators liberians libertarians libertines librae librarians libras librettists libyans
licensees licensers licentiates lie-abeds liechtensteiners liegemans lieges lieutenants
lifeguards lifers lifesavers lifters liftmans light-of-loves lightermans lightweights liliths
lilliputian lilliputians limeys limners limnologists limpers line-shooters linebackers linemen
linendrapers linesmen lingerers linguists linkboys linkmans linksmans lion-hunters liquidators
lirs lispers listeners literates lithographers lithomancers lithuanians litigants litigators
litter-bearers litterateurs litterbugs litterers liturgists liverpudlians liverymans livonians
loaders loafers loaners loathers lobbyists lobsterbacks lobstermans locaters locators
lockkeepers lockmans lockmasters locksmiths locums lodgers loggerheads loggers logicians
logisticians logomaches logomachists loiterers lolitas lombards londoners loners longbowmans
longers longshoremen look-alikes looker-ons lookers lookouts looneys loonies loons looters
losers lotharios lotus-eaters loudmouths louisianans louisianians loungers loup-garous
loups-garous louts lovelies lovers lowbrows lowerclassmans lowlanders lowlifes loyalists lpns
luba lubas lubavitchers lubbers luddites lulus lumberjacks lumbermen luminaries lummoxes lumpers
lunatics lunchers lungers lunkheads lurchers lurkers lushes lutanists lutenists lutherans
luthiers lutists luxembourgers luxemburgers lycanthropes lyricists lyrists macaroni macaronies
macebearers macedonians macers machiavellians machinators machinists macho-mans machos mackems
macroeconomists macushlas madagascans madames madams madcaps madmen madrigalists madwomen
maenads maestri maestros mafiosi mafiosos magdalens magi magicians magistrates magnates
magnificoes magnificos maguses magyars maharajahs maharajas maharanees maharanis mahas mahatmas
mahayanists mahdists mahicans mahouts mahrattas maidens maids maidservants maidus mailmen
maimers mainers mainstays maintainers major-domos major-generals majorettes majors make-peaces
makers malacologists malahinis malawians malayans malays malaysians malcontents maldivans
maldivians malecites malefactors malfeasants malians maligners maliks malingerers malteses
malthusians maltmans maltos maltreaters maltsters mamas mammae mammalogists mammas mammies mams
man-about-towns man-at-armses man-childs man-eaters manageresses managers manakins manchus
mancunians mandaeans mandataries mandatories mandators mandeans maneuverers manglers maniacs
manic-depressives manichaeans manicheans manichees manicurists manikins manipulators mannequins
mannikins manoeuvrers manservants mansis manslayers mantichoras manticoras manticores mantigers
mantraps manumitters maoists map-readers mappers maquisards maquises maracos marathas
marathoners marauders marchers marchionesses margraves maricopas mariners marines maris
marketers marksmen maroon maroons marquesses marquises marranos marrieds marshals martinets
martyrs maruts marvellers marxists marylanders mas mascots mashers maskers masochists masoretes
masorites masqueraders masquers massagers masseurs masseuses massoretes master-at-armses
masterminds masters masters-at-arms masturbators matadors matchers matchmakers mate
materfamiliases materialists maters mates mathematicians matmans matriarchs matricide matricides
matriculates matrikins matrisibs matrons mattoles maulers mauritanians mauritians mavens
mavericks mavins mayans mayas mayoresses mayors meanies measurers meatmans mechanics mechanists
medalists medallists meddlers mediators mediatrixes medicos medusae medusas meeters megaeras
megalomaniacs melancholiacs melancholics melchites meliorists melkites melters members
memorisers memorizers memsahibs men men-at-arms mendelians menders mendicants menials mennonites
menominees menominis mensches menservants menshes mensheviks mentioners mentors mercenaries
mercers merchandisers merchant-venturers merchants mermaids merovingians merrymakers mesdames
meshuggenehs meshuggeners mesmerists mesmerizers mesoamericans mesomorphs messengers messiahs
messieurs messmates mestizas mestizoes mestizos metalheads metallurgists metalworkers
meteorologists methodists metics metides metropolitans mexican-americans mexicanos mexicans
mezzo-sopranos mezzos miamis miaos michaels michiganders mickeys micks micmacs microbiologists
microeconomists microscopists mid-wives middlebrows middlemen middleweights midgets midinettes
midshipmen midwives migrants migrators mikados mikmaqs miladies milaneses militants militarists
militiamen milkmaids milkmen milksops mill-girls mill-hands millenarians millenarists milliners
millionaires millionairesses millwrights milords milquetoasts mime mimers mimes mimickers mimics
mimirs minders mineralogists miners mineworkers miniaturists miniconjus minimalists minions
ministers ministrants minnesotans minoans minors minotaurs minstrels minters minutemen minxes
misanthropes misanthropists misbelievers mischief-makers miscreants misers misfits misleaders
misogamists misogynists misses missies missionaries missioners missises missourians missuses
mistresses mithraists miwoks mixed-bloods mixologists mnemonists moaners mobsters mockers
modelers modellers moderates moderationists modernists moderns modistes mods moghuls mohammedans
mohaves mohawks mohicans moiraes moirais mojaves molesters mollahs molls mollycoddlers
mollycoddles moloches mommas mommies moms monacans monarchists monarchs monastics monegasques
monetarists moneyers moneygrubbers moneylenders moneymakers moneymans mongers mongolians
mongoloids mongols monitors monitrices monks monochromats monogamists monogynists monolinguals
monologists monomaniacs monophysites monopolisers monopolists monopolizers monotheists
monsignori monsignors monster monsters monstrosities monstrosity montanans montserratians
moochers mooches moon-cursers moonies moonlighters moonshiners moors mopes moppers moppets
moralists mordvas mordvinians mordvins moroccans morons moros morosophs mortgagees mortgagers
mortgagors morticians moslems moslim moslims moss-troopers mossbacks mother-in-laws
motherfuckers mothers mothers-in-law motiles motorcyclists motorists motormen motormouths
moujiks mountaineers mountebanks mounters mounties mourners movers moviegoers mozambicans mps
muadhdhins muazzins muckrakers mudslingers muezzins muftis muggees muggers mugginses mugwumps
muhammadans muhammedans mujahids mujiks mujtihads mulattoes mulattos muleteers mullahs mullas
multi-billionaires mumblers mummers mummies munchers muralists murderees murderers murderesses
murmurers muscle-builders musclebuilders musclemans musers muses mushers musicians musicologists
musketeers muskhogeans muskogeans muskogees muslimahs muslims mutants mutation mutations mutes
mutilators mutineers mutterers muttonheads muzhiks muzjiks muzzlers mvps mycenaens mycologists
mycophages mycophagists myopes myrmidones myrmidons mystics mythologists nabobs naggers nags
nahuatls naifs nailers namby-pambies namers namesakes namibians nances nannas nannies nans
nanticokes nanuses naprapaths narcissists narcists narcoleptics narcs narks narrators natators
nationalists nationals natives nativists naturalists naturals naturists naturopaths nauruans
navahoes navahos navajoes navajos navigators navvies nawabs naysayers nazarenes nazis
neapolitans nebbeches nebbishes nebraskans necessitarians neckers necromancers needers
needlewomans needleworkers negativists neglecters negotiants negotiators negotiatresses
negotiatrixes negresses negroes negroids negros neighbors neighbours neoclassicists neocons
neoconservatives neoliberals neologists neonates neoplatonists neopolitans nepaleses nepalis
nephews nepotists nerds nereides nereids nesters nestorians netherlanders netkeepers netminders
neurasthenics neurobiologists neurolinguists neurologists neuroscientists neurosurgeons
neurotics neutral neutralists neutrals nevadans newbies newborns newcomers newlyweds newsagents
newsboys newscasters newsdealers newsmen newsmongers newspapermen newspaperwomen newspersons
newsreaders newsvendors newswomans newswriters newtonians nganasans nibblers nicaraguans nieces
nigerians nigeriens niggards niggas niggers nigglers nightbirds nighthawks nightriders nigras
nihilists nimbies nincompoops ninja ninjas ninnies nippers nipponeses niqaabis niseis nitpickers
nitwits no-accounts no-shows nobelists noblemen nobles noblewomen nobodies nobs nocs
noctambulists nomads nominalists nominators nominees non-catholics non-jews non-resistants
nonachievers nonagenarians nonattenders nonbelievers noncandidates noncitizens noncombatants
noncompliants noncoms nonconformists nondescripts nondrinkers nondrivers nonesuches nonmembers
nonpareils nonparticipants nonpartisans nonpartizans nonpersons nonreaders nonresidents
nonsmokers nonstarters nonsuches nonworkers nootkas normalisers normalizers norns norsemans
norses northerners northmans norwegians nosey-parkers noshers nosy-parkers notabilities notables
notaries noticers nouveau-riches novelists novices novilleros nubians nudgers nudists nudnicks
nudniks nullifiers nulliparae nulliparas numens numerologists numidians numina numismatists
numismatologists numskulls nuncios nuns nurse-midwifes nurselings nursemaids nursers nurserymen
nurses nurslings nutcases nutritionists nutters nymphets nympholepts nymphomaniacs nymphos
nymphs oafs oarsmen oarswomans obersons objectors oblates obligers oboists obscurantists
observers obsessive-compulsives obsessives obstetricians obstructers obstructionists obstructors
occidentals occultists occults occupants occupiers oceanauts oceanides oceanids oceanographers
octogenarians octoroons oculists odalisques oddballs odds-makers odists oenologists oenophiles
offenders offerers offerors office-bearers officeholders officers officials officiants offspring
offsprings ofos ogalalas oglalas oglers ogres ogresses ohioans oilers oilmans ojibwas ojibways
oklahomans old-timers oldsters oldtimers oligarchs olmecs olympians omahas omanis ombudsmen
omnivores onanists oncologists oneidas oneiromancers onlookers onomancers onondagas operagoers
operatives ophthalmologists opponents opportunists opposers oppressors opticians optimists
optometrists oracles orangemans orators orchestrators ordainers orderers orderlies ordinands
ordinaries oreads oregonians organ-grinders organisers organists organizers orientalists
orientals originators oriyas orleanists ornamentalists ornithologists orphans orthodontists
orthoepists orthopaedists orthopedists orthoptists osages oscans osculators osmanlis osteologers
osteologists osteopathists osteopaths ostiaries ostiariuses ostlers ostrich ostriches ostrogoths
ostyak-samoyeds ostyaks otoes otolaryngologists otologists otorhinolaryngologists otos ottawas
ottomans ouster out-and-outers outcastes outcasts outdoorsmans outdoorswomans outfielders
outfitters outgoers outlanders outlaws outliers outpatients outriders outsiders overachievers
overcomers overlords overnighters overseers owner-drivers owner-occupiers owners oxonians
oyabuns pachas pachucos pacificists pacifiers pacifists packers packmans packrats padders
paddies paddlers padres padrones paederasts paediatricians paedophiles pagans pageboys painters
paiutes pakistanis paladins palaeontologists palatines palefaces paleo-americans paleo-amerinds
paleo-indians paleographers paleographists paleontologists palestinians pallbearers palmisters
palmists palookas pals palsgraves pamlicos pamperers pamphleteers panamanians pandars panderers
panders panegyrists panelists panellists panhandlers panjabis panjandrums pansexuals pantheists
pantomimers pantomimists pantrymans pantywaists paparazzi paparazzos papas paper-pushers
paperboys paperers paperhangers papists papooses pappas pappooses papuans parachuters
parachutists paraders paragraphers paraguayans paralegals paralytics paramedicals paramedics
paramours paranoiacs paranoids paraplegics paraprofessionals parapsychologists paratroopers
parcaes pardners pardoners parents parers paretics pariah pariahs parishioners parisians
parisiennes parliamentarians parlormaids parlourmaids parodists parolees parricide parricides
parsees parsis parsons part-owners part-timers partakers parthians participants partisans
partitionists partizans partners partygoers parvenus pas pashas pashtoons pashtuns
passamaquodies passengers passer-bies passers passers-by passersby pasters pastors patentees
paterfamiliases paters pathans pathfinders pathologists patients patresfamilias patrials
patriarchs patricians patricide patricides patrikins patrioteers patriots patrisibs patrollers
patrolmen patronesses patronnes patrons patsies patternmakers patwins patzers paupers pawers
pawnbrokers pawnees payees payers paymasters paynims pcps peacekeepers peacemakers peaceniks
pearlers peasants peculators pedagogs pedagogues pedalers pedallers pedants peddlers pederasts
pedestrians pediatricians pediatrists pedlars pedodontists pedophiles peelers peepers peeresses
peers peewees pen-friends pendragons penetrators penitents penmans penobscots penologists
penpushers pensionaries pensioners pentathletes pentecostalists pentecostals peones peons
perceivers perchers percipients percussionists perfecters perfectionists performers perfumers
perinatologists periodontists peripatetics peris perishers perjurers perpetrators persecutors
persians personages personification personifications perspirers persuaders peruvians perverts
peshmergas pessimists pesterers petitioners petters pettifoggers phalangists phantasmas
phantasms phantoms pharaohs pharisees pharmacists pharmacologists philanderers philanthropists
philatelists philhellenes philhellenists philippians philistines philologists philologues
philomaths philosophers philosophisers philosophizers phlebotomists phoenicians phoners
phoneticians phoneys phonies phonologists photographers photojournalists photometricians
photometrists phrenologists phrygians physicians physicists physiologists physiotherapists
phytochemists phytologists pianists picadors picaninnies piccaninnies pickaninnies pickers
pickets picklepusses picknickers pickpockets picnickers pigmans pigmies pilates pilferers
pilgrims pillagers pillocks pilots pimas pimps pin-ups pinchguts pinheads pinkoes pinkos
pioneers pip-squeaks pipers piranha piranhas pirates pissers pistoleers pitchers pitchmen piutes
pivots pixies place-kickers placeholders placekickers placemans placeseekers plagiarisers
plagiarists plagiarizers plainclothesmen plainsmans plaintiffs plaiters planners planters
plantsmans plasterers platelayers platers platitudinarians platonists play-actors playactors
playboys players playfellows playgoers playmakers playmates playwrights pleaders pleasers
plebeians plebes plebs pledgees pledgers pleiadeses plenipotentiaries pliers plodders plotters
ploughboys ploughmen ploughwrights plowboys plowers plowmen plowwrights plug-uglies pluggers
plumbers plunderers plungers pluralists plutocrats plyers poachers podiatrists poet-singers
poetesses poetisers poetizers poets poilus pointillists pointsmans poisoners polacks polemic
polemicists polemics polemists policemen policewomen policyholders politicians politicoes
politicos pollsters polluters pols poltergeists poltroons polyandrists polycarps polygamists
polyglots polygynists polymaths polynesians polytheists pommies pomologists pomos poms poncas
ponces ponderers ponkas pontifexes pontiffs pontifices pontoses pontuses poofs pooh-bahs poolers
pooves pop popes popinjays poppers pops popularisers popularizers populists pornographers porter
porters portraitists portrayers portwatchers posers poseurs poseuses positivists possemans
possessors post-impressionists postdiluvians postgraduates postilions postillions
postimpressionists postmasters postmen postmistresses postponers postulants postulators
posturers potawatomis potboys potemkins potentates potheads potholers pothunters potmans
potterers potters potyokins poufs poulterers poultrymans pouters powderers powerbrokers
powerhouses pows practicians practitioners praetorians praetors pragmatists pranksters praters
prattlers pre-emptors pre-raphaelites pre-socratics preachers prebendaries precentors preceptors
predators predecessors predestinarians predestinationists predictors preemies preemptors
prefects prelates premier premiers premies prentices presbyopes presbyterians presbyters
preschoolers presenters presentists preservationists preservers presidents pressmen
prestidigitators preteenagers preteens pretenders preterists pretors prevaricators prexies prey
pricks prickteasers priest-doctors priestesses priests prigs primates primigravidae
primigravidas primiparae primiparas primitives primogenitors primuses princelings princes
princess princesses printers printmakers prioresses priors prisoners privateers privateersmans
privates prizefighters pro-lifers probables probationers process-servers proconsuls
procrastinators proctologists proctors procurators procurers procuresses prodigals prodigies
producers professionals professor professors profiteers profligates profs progenies progenitors
progeny prognosticators programmers prohibitionists projectionists proles proletarians promisees
promisers promisors promoters prompters promulgators proofreaders propagandists propagators
prophesiers prophetesses prophets propmans proponents proposers propositi proposituses
proprietors proprietresses pros prosecutors proselytes prospectors prosthetists prosthodontists
prostitutes protagonists protectionists protectors protegees proteges protestants protesters
protozoologists providers provincials provisioners provocateurs provokers provosts prowlers
proxies proxy prudes pruners prussians psalmists psephologists pseudohermaphrodites pseudos
pseuds psychiatrists psychics psychoanalysts psycholinguists psychologists psychoneurotics
psychopaths psychophysicists psychopomps psychos psychotherapists psychotics pteridologists
publicans publicisers publicists publicizers pucks pudden-heads puddlers pudges pueblos
puerperas pugilists puke pullers punchers pundits punjabis punks punsters punters pupils
puppeteers purchasers purists puritans pursers pursueds pursuers purveyors pushers pushovers
pushtuns pussycats putterers putters putzes pygmies pyrographers pyromancers pyromaniacs
pythonesses qadis qataris quacks quadriparas quadriplegics quadroons quads quaestors quaffers
quakers qualifiers quapaws quarrelers quarrellers quarriers quarries quarrymans quarterbacks
quartermasters quebecoides quechuas queers queriers questers questioners quibblers quiche
quiches quidnuncs quietists quins quintiparas quisling quislings quitters quizmasters quizzers
quoters rabbis rabble-rousers racers racialists racists rackers racketeers raconteurs
radiobiologists radiochemists radiographers radiologists radiotherapists raftmans raftsmans
ragamuffins ragpickers ragsorters raiders rail-splitters railbirds railroaders railwaymans
rainmakers raisers rajahs rajas rajpoots rajputs rakehells rakes ramblers ranchers ranees
rangers ranis rankers ranters rapers rapists rappellers rappers rapporteurs rapscallions rascals
rastafarians rastas rat-catchers ratepayers ratifiers ratiocinators rationalists ratters ravers
ravishers reactionaries readers realists realtors reapers reasoners rebels rebs rebukers
rebutters receptionists recidivists recipients recitalists reciters reckoners recluses
reconcilers record-breakers record-holders record-keepers recoverers recreants recruiters
recruiting-sergeants recruits rectors recusants red-headers redactors redacts redcaps redcoats
redheaders redheads rednecks redskins reelers reenactors referees referral referrals refiners
refinishers reformers reformists refs refugees refuters regents regicide regicides registrants
registrars regulars reincarnation reincarnations relative-in-laws relatives relievers
religionists religious remunerators renegades renovators renters rentiers repairers repairmen
repatriates repeaters reporters representatives reproachers reprobates reprovers reps
republicans requesters rescuers researchers reservists residents resisters respecters
respondents responders restauranters restaurateurs resters restorers retailers retaliators
retards retirees retreatants revelers revellers revenants revenuers reverends reversioners
reversionists reviewers revisers revisionists revivalists revolutionaries revolutionists
rewriters rex rexes rhabdomancers rhadamanthuses rhetoricians rheumatics rheumatologists
rhibhuses rhinolaryngologists rhymers rhymesters ribalds ribhuses riders ridiculers riffians
riffs riflemen riggers right-handers right-wingers righthanders rightists ringers ringleaders
ringmasters rioters rippers rips risers ritualists rivals riveters rivetters roadhogs roadmans
roamers roarers roasters robbers rockers rocs rogues roisterers roller-skaters rollerbladers
roly-polies romanians romanies romanis romanoffs romanovs romans romanticists romantics romas
romeos rommanies rompers roofers rookies roomers roomies roommates rooters rope-makers
ropedancers ropemakers ropers ropewalkers rosicrucians rotarians rotters roues roughnecks
roughriders rounders roundheads roundsmans rousers roustabouts routers rovers rowdies rowers
royalists rubberneckers rubbernecks rubes ruffians ruiners rulers ruminators rummy rumormongers
rumourmongers rumrunners runner-ups runners runners-up runts ruralists rushers russians rustics
rustlers rwandans ryukyuans saames saamis sabahans sabbatarians saboteurs sabras sachems
sacrificers sacristans saddhus saddlers sadducees sadhus sadists sadomasochists safebreakers
safecrackers sagamores sage sages sagittariuses sahaptinos sahaptins sahibs sailmakers sailors
saints salesclerks salesgirls salesladies salesmen salespeople salespersons saleswomen salians
salmacises salters salutatorians saluters salvadorans salvadoreans salvadorians salvagers
salvors samaritans sames samis samnites samoans samoyeds samurai sandbaggers sandboys sandmen
sandwichmans sangomas sannups sannyasins sannyasis santees sanyasis sapheads sappers saracens
sarawakians sardinians sartors sassenaches satanists satirists satraps satyrs saudis sauks
saunterers savages savants savaras savers savoyards sawboneses sawyers saxists saxons
saxophonists scab scabs scalawags scallywags scalpers scammers scamps scandalmongers
scandinavians scanners scapegoats scapegraces scaremongers scatterbrains scattergoods scenarists
scene-stealers sceneshifters sceptics schemers schizophrenics schlemiels schleppers schleps
schlimazels schlockmeisters schmoes schmoozers schmos schmucks schnooks schnorrers scholars
scholastics scholiasts school-children schoolboys schoolchildren schoolfellows schoolfriends
schoolgirls schoolmans schoolmarms schoolmasters schoolmates schoolmistresses schoolteachers
scientists sciolists scions scoffers scofflaws scolders scolds scorekeepers scorers scorners
scorpions scorpios scotchmans scotchwomans scots scotsmans scotswomans scoundrels scourers
scourgers scousers scouters scoutmasters scouts scpos scrags scramblers scrappers scratchers
scrawlers screamers screechers screeners screenwriters screw screwballers screwballs screws
scribblers scrimshankers scriptwriters scriveners scrooges scroungers scrubbers scrutineers
scrutinisers scrutinizers scullers scullions sculptors sculptresses sculpturers scythians
seafarers seamen seamsters seamstresses searchers seasonals seasoners secessionists
second-in-commands second-raters second-stringers seconders secretaries sectarians sectaries
sectarists secularists seculars secundigravidas securers seducers seductresses seeders seedmans
seedsmans seekers seers segregates segregationists segregators seigneurs seigniors seismologists
seizers selectmen selectors selectwomans self-seekers self-starters selkups sellers semanticists
semifinalists seminarians seminarists seminoles semioticians semiprofessionals semipros semites
sempstresses senators sendees senders senegaleses seneschals senhors seniors sensationalists
sensitives sensualists sentimentalists sentinels sentries separationists separatists sephardim
sephardis septuagenarians seraphim seraphs serbians serbs serfs sergeant-at-laws sergeants
sericulturists serjeant-at-armses serjeant-at-laws serjeants sermonisers sermonizers serologists
servants servers servicemen servitors ses setters settlers settlors sexagenarians sexists
sexpots seychelloides shadowers shahaptians shaheeds shahs shaitans shakers shakespeareans
shakespearians shaktists shamans shammers shamuses shanghaiers shapers sharecroppers
shareholders shareowners sharers sharpers sharpies sharpshooters shastas shavers shavians
shawnees shaytans she-devils shedders sheenies sheepherders sheepmans shegetzes sheikas sheikhas
sheikhs sheiks shellers shelvers shepherdesses shepherds sheriffs sherlocks sherpas shielders
shifters shiites shiksas shikses shills shinglers shintoists ship-breakers shipbuilders
shipmates shipowners shippers shipwrights shirkers shirtlifters shirtmakers shitheads shitters
shivaists shlemiels shleppers shleps shlimazels shlockmeisters shmoes shmos shmucks shnooks
shnorrers shockers shoeblacks shoemakers shoguns shonas shooflies shopaholics shopkeepers
shoplifters shoppers shopwalkers shortstops shoshones shoshonis shouters shovelers shovellers
shovers show-offs showgirls showmen shrews shrimp shrimps shrink shrinks shudras shufflers
shut-ins shutterbugs shylocks shysters siberians siblings sibs sibyls sicilians sidekicks
sidesmans sightreaders sightseers signalers signallers signalmans signatories signers signiors
signoras signore signores signori signorinas signorine signors sigyns sihasapas sikhs silenuses
sillies silvans silver-workers silversmiths silverworkers simeons simperers simpletons sindhis
singaporeans singers singhaleses sinhaleses sinners sinologists siouans siouxes sippers sirdars
sirens sires sirrahs sirs sissies sister-in-laws sisters sisters-in-law six-footers
sixth-formers skagits skateboarders skaters skeptics sketchers skidders skiers skimmers
skin-divers skinflints skinheads skinnerians skinny-dippers skippers skirmishers skivvies
skulkers skunk skunks skycaps skydivers slackers slammers slanderers slant-eyes slappers
slashers slatterns slaughterers slaveholders slaver slavers slaves slaveys slavs slayers
sledders sleepers sleepwalkers sleepyheads sleuthhounds sleuths slicers sliders slingers
slobberers slobs sloganeers sloggers slop-sellers slopsellers slouchers slouches slovaks
slovenes slovenians slovens slowcoaches slowpokes slugabeds sluggards sluggers slumberers sluts
slybootses smallholders smartas smashers smilers smirkers smokers smoothies smotherers smsgts
smugglers snackers snapper snappers snarers snatchers sneaks sneerers sneezers sniffers
snifflers snipers snitchers snitches snivelers snivellers snob snoopers snoops snoots snorers
snorters snot snowboarders snufflers so-and-sos sobersideses socialisers socialists socialites
socializers socinians sociobiologists sociolinguists sociologists sociopaths sodalists
sodbusters sodomists sodomites softies sojourners solderers soldiers solicitors solitudinarians
soloists solons solvers somalians somalis sommeliers somnambulists somniloquists son-in-laws
songsters songstresses songwriters sonneteers sonnies sons sons-in-law sooners soothsayers
sophisticates sophists sophomores sophs soprani sopranos sorbians sorcerers sorceresses
soreheads sorrowers sorters sothos sots soubrettes soul souls soundmans sourpusses souses
southerners southpaws sovereigns sowers spacemen spacewalkers spammers spaniards spankers
sparers spartans spastics speakers spearheads specialisers specialists specializers specifiers
spectators spectres speculators speechifiers speechmakers speechwriters speeders speedskaters
spelaeologists speleologists spellbinders spellers spelunkers spend-alls spendthrifts spewers
sphinges sphinxes spicks spics spies spiks spillers spindlelegses spindleshankses spinmeisters
spinners spinsters spirit spirits spiritualists spitfires spitters spivs splicers splitters
spoilers spoilsports spokesmen spokespersons spokeswomen spongers sponsors spooks sportscasters
sportsmen sportswomen sportswriters spot-welders spotters spouses spouters sprawlers sprayers
spriggers sprinters sprites sprogs spurners spymasters squabblers squanderers squatters
squawkers squaws squealers squint-eyes squinters squires squirmers squirts stabbers stableboys
stablemans stackers staffers stagehands stagers staggerers stainers stakeholders stalinists
stalkers stalking-horses stalwarts stammerers stampers stand-ins standard-bearers standardisers
standardizers standees standers starers staretses staretsy stargazers starlets startsy
starvelings statesman statesmen stateswomans stationers stationmasters statisticians
stay-at-homes steadies stealers steamfitters steamrollers steelmakers steelmans steelworkers
steeplejacks steerers steersmans stemmers stenographers stentors stepbrothers stepchildren
stepdaughters stepfathers stepmothers stepparents steppers stepsisters stepsons steropes
stevedores stewardesses stewards sthenos stick-in-the-muds sticklers stiffs stiflers stigmatics
stigmatists stinkers stinkpots stinters stipendiaries stipplers stirrers stitchers stock-takers
stockbrokers stockholders stockists stockjobbers stockmans stocktakers stoics stompers
stonecutters stonemasons stoners stonewallers stooges stoolies stoolpigeons stoopers
storekeepers storytellers stowaways strafers stragglers straights strangers straphangers
strappers strategians strategists strawmans strayers streakers streetwalkers stretcher-bearers
striders strikebreakers strikers stringers stripers striplings striptease stripteasers strivers
strollers strong-armers strongmans strugglers strumpets students studs stuffers stumblebums
stumblers stunners stupes stupids stutterers stylers stylists stylites subalterns subcontractors
subdeacons subdividers subduers subeditors subjectivists subjugators sublieutenants submariners
submitters subnormals subordinates suborners subscribers subsidiaries subsidisers subsidizers
subsisters subtracters suburbanites subversives subverters subvocalisers subvocalizers
succeeders successors succorers succourers succubas succubi succubuses suckers sudaneses sudras
suers sufferers suffragans suffragettes suffragists sufis suggesters suitors sultans sumatrans
sumerians summercaters summercaterses sunbathers sundowners sunnis sunnites supercargoes
supercargos supergrasses superintendents superiors supermarketeers supermarketers supermen
supermodels supermoms supernaturals supernumeraries superordinates supers superstars supervisors
supplanters suppliants supplicants suppliers supporters suppressers suppressors supremacists
suprematists supremos surfboarders surfers surgeons surmounters surprisers surrealists
surrenderers surrogates surveyors survivalists survivors suspects sustainers sutlers svengalis
swaggerers swaggers swaggies swagmans swains swamies swamis swashbucklers swayers swazis
swearers swedes sweepers sweethearts sweeties swellhead swimmers swindlers swineherds swingers
swisses switch-hitters switchers switchmans swordsmen swots sybarites sycophants syllogisers
syllogists syllogizers sylphs sylvans symbolisers symbolists symbolizers sympathisers
sympathizers symphonists symposiarches symposiasts syncopators syndicalists syndicators syndics
synonymists syntacticians synthesisers synthesists synthesizers syphilitics syrians
systematisers systematists systematizers systemisers systemizers t-mans tablemates tackers
tackle tacklers tackles tacos tacticians tadzhiks tagalogs tagalongs taggers tahitians tailbacks
tailgaters tailors tais taiwaneses tajiks takelmas takers talebearers taletellers talkers
tallymans tamers tamils tantalisers tantalizers tantrists tanzanians taoiseaches taoists taos
taoses tappers tapsters taracahitians tarahumaras tarheels tarts tartufes tartuffes tarzans
taskmasters taskmistresses taste-makers taste-testers tasters tatars tatterdemalions tattlers
tattletales taxers taxidermists taxidrivers taximans taxmans taxonomers taxonomists taxpayers
tchotchkelehs tchotchkes teachers teammates teamsters tearaways teasers teases techies
technicians technocrats technologists technophiles technophobes tecs teds teenagers teens
teetotalers teetotalists teetotallers tekkis telecasters telegraphers telegraphists teleologists
telepathists telephoners telephonists televangelists telltales tellurians telugus templars
temporaries temporisers temporizers temps tempters temptresses tenants tenderfeet tenderfoots
tennesseans tennos tenorists tentmakers tergiversators termagants termers terminators
terpsichoreans territorials terrorists tertigravidas testates testators testatrixes testees
testers testifiers tetons teutonists teutons texans thais thanes thatcherites thaumaturges
thaumaturgists theatergoers theatregoers thebans theists theologians theologisers theologists
theologizers theoreticians theorisers theorists theorizers theosophists therapists thespians
thessalians thessalonians thetides theurgies thieves thinkers third-raters thirsters
thoroughbreds thought-readers thracians throttlers throwaways throwbacks throwers throwsters
thrusters thugs thunderbirds thurifers thwarters tiddlers tiger tigers tightwads tikes tilers
tilters timbermans timekeepers timeservers timoreses timpanists tinker tinkerers tinkers tinners
tinsmiths tinters tippers tipplers tipsters tiros tisiphones titan titans tithers title-holders
titterers tlingits toadies toasters toastmasters tobacconists tobagonians tobogganists todas
toddlers toffs togoleses toilers tollers tollgatherers tollkeepers tollmans toltecs tomboys
tomfools toms tongans toolmakers topers toppers torchbearers toreadors toreros tories tormenters
tormentors torpedoes torpedos tort-feasors tortfeasors torturers tossers totalitarians totemists
toters totterers touch-typists touchers toughies toughs tourers tourists touters touts
tovariches tovarisches towheads townees towners towneses townies townsmen toxicologists tracers
trackers tracklayers tractarians traders tradesmen traditionalists traducers trafficker
traffickers tragedians tragediennes trailblazer trailblazers trailers trainbandsmans
trainbearers trainees trainers trainmans trainmasters traitors traitresses trampers tramplers
tramps transactors transalpines transcendentalists transcribers transexuals transferees
transferers transferors transferrers transgressors transients translators transmigrantes
transmitters transplanters transsexuals transvestites trappers trappists trapshooters travelers
travellers traversers trawlers treasonists treasurers treaters trekkers tremblers trenchermans
trenchers trend-setters trespassers tribades tribesmen tribologists tribunes trickers tricksters
triers triflers triggermans trigonometricians trimmers trinidadians trinitarians trippers
tritheists triumviri triumvirs troglodytes trojans trollers trollops trolls trombonists troopers
trotskyists trotskyites troubadours troublemakers troublers troubleshooters troupers truants
truckers trucklers trudgers trueloves trumpeters trustbusters trustees trusters trusties
trustors tsarinas tsaritsas tsars tsatskes tshatshkes tsimshians tswanas tuaregs tub-thumpers
tuberculars tuggers tulus tumblers tuners tunguses tungusics tunisians tunkers tupis turcomans
turkis turkmens turkomans turks turncoats turncocks turnkeys turtlers tuscans tuscaroras tutees
tutelos tutors tutsis twaddlers twats twerps twiddlers twiners twins twirlers twirps twits
two-timers tycoons tykes tympanists typesetters typhoeuses typhons typists typographers tyrants
tyroleans tyros tzarinas tzars ubermenschen ubermensches udmurts ugandans uighurs uigurs
ukranians ullrs ulls ultraconservatives ultramontanes umpires umps unbelievers uncles
underachievers underbosses underclassmen underdogs undergrads undergraduates underlings
underperformers undersecretaries undersellers understudies undertakers underwriters undesirables
undines undoers unfasteners unfortunates uniates uniats unicorns unicyclists unilateralists
unionists unitarians unpersons unravelers unravellers untiers untouchables upbraiders upholders
upholsterers uprooters upsetters upstagers upstarts uranologists urchins uriahs urinators
urologists uruguayans usbegs usbeks users usherettes usufructuaries usurers usurpers utahans
utes utilisers utilitarians utilizers utopians utterers uxoricides uxors uygurs uzbaks uzbegs
uzbeks vacationers vacationists vaccinators vaccinees vacillators vagrants vaishnavas vaisyas
vajras valedictorians valentines valets valetudinarians valis valuators valuers vampers vampires
vamps vandals vanirs vanishers vanquishers vaqueros varlets varmints varnishers vassals
vaticinators vaudevillians vaulters vaunters vedists vegans vegetarians vendees venders vendors
venerators venetians venezuelans venters ventriloquists venturers vepses vepsians verbalisers
verbalizers vergers verifiers vermin vermonters versifiers vestals vestrymans vestrywomans
veterans veterinarians veterinaries vets vexers vibists vibraphonists vicar-generals vicars
vice-regents vicegerents vicereines viceroys victimisers victimizers victims victorians victors
victualers victuallers vidars vietnameses viewers vigilantes vikings vilifiers villagers
villainesses villains villeins vindicators vintagers vintners violators violinists violists
violoncellists vips viragoes viragos virginians virgins virgos virologists virtuosi virtuosos
visayans viscountesses viscounts visigoths visionaries visitants visitors visualisers
visualizers vitalisers vitalists vitalizers vitharrs vithars viticulturists vivisectionists
vixens viziers vocalisers vocalists vocalizers vociferators voguls voicers voiders voluntaries
volunteers voluptuaries vomiters votaries voters votyaks vouchees vouchers vowers voyagers
voyeurs vulcanisers vulcanizers vulgarians vulgarisers vulgarizers wackos wacs waddlers wafflers
wagerers waggoners waggonwrights wagnerians wagoners wagonwrights wags wahabis wahhabis waifs
wailers wainwrights waiters waitresses wakashans wakers walapais walk-ins walk-ons wall-paperers
wallahs wallies walloons wallopers wallpaperers waltzers wampanoags wanderers wanglers wankers
wannabees wannabes wanters wantons warblers ward-heelers wardens warders wardresses wards
warehousemans warehousers warlocks warlords warmongers warrantees warranters warrantors
warreners warriors washermans washers washerwomen washingtonians washwomans wasps wassailers
wasters wastrels watchdogs watchers watchmakers watchmen watercolorists watercolourists waterers
watermans watusis watutsis waverers wavers wax-chandlers wayfarers weaklings wearers weasels
weathermen weavers webmasters weeders weekenders weepers weighers weightlifters weirdies weirdos
weirds weisenheimers welchers welcomers welders well-wishers welshers welshes welshmans wenchers
wenches werewolves wesleyans west-siders westerners wet-nurses wetbacks wetnurses whackos whale
whalers whales wheedlers wheelwrights whiffers whigs whiners whipper-ins whippers whippers-in
whippersnappers whirlers whisperers whistle-blowers whistleblowers white whites whiteys
whittlers whiz-kids whizes whizz-kids whizzes wholesalers whoremasters whoremongers whores
whoresons wiccans wichitas wicket-keepers widowers widowmans widows wigglers wights wigmakers
wildcatters wimps windbags winders windtalkers winemakers wingbacks wingers wingmans winkers
winnebagos winners winos wintuns wipers wire-pullers wiremans wirers wiretappers wisconsinites
wiseacres wisenheimers witch-hunters witches withdrawers withholders withstanders witness
witnessers witnesses wittols wiverns wives wizards wizes wobblies wogs wolfmans wolverines
womanisers womanizers women wonderers wonks woodcarvers woodcutters woodmen woodsmen woodworkers
wooers woolgatherers woolsorters wops word-painters wordmongers wordsmiths workaholics workers
workfellows workingmen workmates workmen world-beaters worldlings worriers worrywarts worshipers
worshippers worthies wranglers wreckers wresters wrestlers wretches wrigglers write-ins writers
wrongdoers wusses wykehamists wyomingites wyrds wyverns xhosas xylophonists yachtsmen
yachtswomans yahis yahoos yakuts yakuzas yanas yankee-doodles yankees yankers yanks yardbirds
yardies yardmans yardmasters yavapais yawners yearlings yearners yellers yemenis yeniseians
yentas yeomen yes-mans yetis yids yielders yobbos yobos yobs yodellers yokels yorubas youngsters
younkers youth youths yucatecos yucatecs yugoslavians yugoslavs yumas yuppies zaireans zaireses
zambians zanies zapotecans zapotecs zealanders zealots zimbabweans zionists zombies zombis
zoologists zoroastrians zulus zunis
""".split()
)

#: The nouns above tagged as such at least 3 times in SemCor, and their plurals.
COMMON_PERSON_NOUNS = frozenset(
    """
actor actors actress actresses adherent adherents administrator administrators adult adults aide
aides amateur amateurs ambassador ambassadors americans analyst analysts angel angels
anglo-american anglo-americans antagonist antagonists anthropologist anthropologists anti-semite
anti-semites apothecaries apothecary applicant applicants appointee appointees apprentice
apprentices archbishop archbishops architect architects artist artists assassin assassins
assistant assistants associates athlete athletes attacker attackers attendant attendants
attorney attorneys aunt aunts author authors babe babes babies baby ballplayer ballplayers
bandit bandits banditti banker bankers banshee banshees bastard bastards bearer bearers bishop
bishops boatswain boatswains bodybuilder bodybuilders boss bosses bourbon bourbons boy boys
brethren bride brides brigadier brigadiers britishes brother brothers buddies buddy bum bums
busboy busboys businessman businessmen caller callers camper campers candidate candidates
captain captains carpenter carpenters carrier carriers cartoonist cartoonists catcher catchers
catholic catholics chairman chairmen champion champions character characters chemist chemists
chiefs chieftain chieftains child children chosens christians citizen citizens claimant
claimants clergyman clergymen clerk clerks client clients co-worker co-workers coach coaches
colleague colleagues collector collectors colonel colonels comedian comedians commander
commanders commissioner commissioners committeeman committeemans communists companion companions
competitor competitors composer composers compulsives comrade comrades concessionaire
concessionaires conductor conductors congressman congressmans conservatives consultant
consultants consumer consumers contemporaries contractor contractors converts cooks cop cops
coroner coroners corporal corporals correspondent correspondents counsel counselor counselors
counsels countryman countrymen cousin cousins coward cowards cowboy cowboys craftsman craftsmen
criminal criminals critic critics crook crooks customer customers cyclist cyclists dad dads
dancer dancers darling darlings daughter daughters deacon deacons dealer dealers dears decorator
decorators defendant defendants defender defenders democrat democrats demon demons dentist
dentists deputies deputy designer designers detective detectives developer developers diplomat
diplomats director directors distributor distributors divinities divinity doctor doctors donor
donors doorman doormen dragon dragons driver drivers drunks duffer duffers dweller dwellers
eccentrics economist economists editor editors educator educators egotist egotists elder elders
employee employees employer employers engineer engineers englishman englishmans entrepreneur
entrepreneurs escort escorts executive executives experimenter experimenters expert experts
explorer explorers farmer farmers father fathers fella fellas fellow fellows fiend fiends
fighter fighters fisherman fishermen foe foes follower followers fool fools foreigner foreigners
freak freaks frenchman frenchmans freshman freshmen friend friends gangster gangsters gardener
gardeners generalist generalists generals genii genius geniuses gentleman gentlemen german
germans ghoul ghouls girl girls governor governors graduates grandfather grandfathers
grandmother grandmothers grannies granny grocer grocers grownup grownups guard guardian
guardians guards guerrilla guerrillas guest guests guides gunman gunmen gunner gunners guy guys
gymnast gymnasts half-breed half-breeds halfback halfbacks heir heirs hero heroes herpetologist
herpetologists historian historians homesteader homesteaders horseman horsemen host hostess
hostesses hosts house-wives housewife housewives hunter hunters husband husbands hypocrite
hypocrites idiot idiots immigrant immigrants indian indians individualist individualists infant
infants inhabitant inhabitants inmate inmates inspector inspectors instructor instructors
intellectuals interpreter interpreters investigator investigators investor investors jackass
jackasses janitor janitors jap japs jerks jew jews jimdandies jimdandy jimhickey jimhickeys
journalist journalists judges junior juniors kid kidnapper kidnappers kids killer killers king
kings knight knights laborer laborers lad ladies lads lady landlord landlords lawyer lawyers
leader leaders lecturer lecturers left-hander left-handers legislator legislators liberal
liberals lieutenant lieutenants lifter lifters linguist linguists listener listeners lover
lovers lunkhead lunkheads lyricist lyricists ma madman madmen magician magicians maid maiden
maidens maids major-general major-generals maker makers mama mamas mamma mammae mammas man
manager managers maniac maniacs marksman marksmen marshal marshals martyr martyrs mas masseur
masseurs master masters mate mates mayor mayors member members men merchant merchants messenger
messengers mexican mexicans minister ministers misses missionaries missionary mistress
mistresses monk monks monster monsters mother mothers mover movers murderer murderers musician
musicians natives nazi nazis negro negroes negros neighbor neighbors nephew nephews neutralist
neutralists newcomer newcomers nigger niggers non-catholic non-catholics northerner northerners
novelist novelists nun nuns nurse nurses observer observers occupant occupants officer officers
official officials offspring offsprings onlooker onlookers opponent opponents ordinaries
outfielder outfielders overnighter overnighters owner owners oyabun oyabuns pa painter painters
papa papas parent parents partner partners pas passenger passengers passerby passersby pastor
pastors patient patients patrolman patrolmen patron patronne patronnes patrons peasant peasants
peddler peddlers peers performer performers petitioner petitioners phantom phantoms philosopher
philosophers physician physicians physicist physicists pianist pianists picket pickets pilots
pimp pimps pirate pirates pitcher pitchers planner planners planter planters player players
playmate playmates playwright playwrights plumber plumbers poet poets policeman policemen
politician politicians pope popes positivist positivists potter potters preacher preachers
predecessor predecessors president presidents prey priest priests prisoner prisoners privates
producer producers professionals professor professors propagandist propagandists prophet
prophets proprietor proprietors prosecutor prosecutors protestants psychiatrist psychiatrists
psychologist psychologists puncher punchers pupil pupils pursuer pursuers quack quacks
quarterback quarterbacks rabbi rabbis racketeer racketeers rancher ranchers reactionaries
reactionary reader readers reb rebel rebels rebs receptionist receptionists recruits redcoat
redcoats refugee refugees registrant registrants relatives reporter reporters representative
representatives republican republicans researcher researchers resident residents retailer
retailers rider riders rifleman riflemen robber robbers romans romantics rookie rookies ruler
rulers runner runners russians rustler rustlers sailor sailors saint saints salesladies
saleslady salesman salesmen scholar scholars schoolmate schoolmates scientist scientists scot
scots sculptor sculptors secretaries secretary senator senators seniors sergeant sergeants
servant servants settler settlers sheriff sheriffs shortstop shortstops singer singers sinner
sinners sioux siouxes sir sirs sister sisters skeptic skeptics skirmisher skirmishers slave
slaves slugger sluggers soldier soldiers soloist soloists son sonnies sonny sons sophomore
sophomores soul souls southerner southerners southpaw southpaws sovereigns speaker speakers
specialist specialists spectator spectators spies spirit spirits sponsors sportsman sportsmen
spouse spouses squire squires statesman statesmen stepmother stepmothers stockholder
stockholders stoic stoics straggler stragglers stranger strangers student students subjectivist
subjectivists subordinate subordinates successor successors superintendent superintendents
supervisor supervisors surgeon surgeons survivor survivors sweetheart sweethearts swiss swisses
taxpayer taxpayers teacher teachers teamster teamsters technician technicians teenager teenagers
telegrapher telegraphers tenant tenants theologian theologians therapist therapists thief
thieves tourist tourists trader traders traditionalist traditionalists traitor traitors trapper
trappers traveler travelers treasurer treasurers trooper troopers trustee trustees uncle uncles
user users utopians veteran veterans victim victims villain villains virgin virgins visitor
visitors volunteers voter voters waiter waiters ward wards warrior warriors watercolorist
watercolorists white whites whore whores widow widows wife witch witches witness witnesses wives
woman women worker workers workman workmen writer writers yank yankee yankees yanks youngster
youngsters youth youths
""".split()
)

#: The plurals of the singulars above that name people in every noun sense, each no word
#: of its own and of a Zipf frequency of 2.0 or more.
ONLY_PERSON_PLURALS = frozenset(
    """
abbots abolitionists aboriginals aborigines absentees abusers academicians accomplices
accountants accusers achievers acolytes acrobats activists actors actresses actuaries addicts
adherents adjudicators adjusters administrators admirers adolescents adoptees adopters
adulterers adventists adventurers adversaries advertisers advisers advisors aficionados
african-americans afrikaners afro-americans agent-in-places aggregators aggressors agitators
agnostics aide-de-camps aides-de-camp airmen alarmists alaskans albinos alchemists alcoholics
aldermen all-rounders also-rans alumnae alumni amateurs ambassadors amigos amputees anabaptists
analysts anarchists anatomists ancestors anesthesiologists anglo-americans anglo-indians
animators announcers anthropologists anti-americans anti-heroes anti-semites antiquaries
ape-mans apologists apostates apostles apothecaries appellants applicants appointees appraisers
apprentices arbiters arbitrators archaeologists archbishops archeologists architects archivists
argentinians aristocrats armor-bearers arms-runners arrangers arsonists artisans artistes
artists aryans ascetics asians aspirants assailants assassins assessors assistants asthmatics
astrologers astronauts astronomers astrophysicists atheists athenians athletes attackers
attendees attorneys auctioneers auditors aunties aunts aussies austrians auteurs authors
auto-mechanics autocrats auxiliaries avatars avengers aviators ayatollahs aztecs b-girls babes
baby-sitters babysitters bachelors back-numbers backbenchers backers backpackers baddies
bailiffs bairns bakers ballerinas ballplayers bandits bangladeshis bankers banshees barbarians
barons barristers barrow-boys barrow-mans bartenders barts bassists bathers batsmen battlers
bavarians bearers beaux bedfellows bedouins beekeepers beggars beginners behemoths believers
belles benefactors berks berliners besiegers bettors bicyclists bidders bigots bigwigs
billionaires bimbos biochemists biographers biologists birders bisexuals biters blackfriars
blacksmiths blasters blockheads bloggers blokes boarders boatmen bodybuilders boers bohemians
bolivians bolsheviks bondholders bookers bookies bookkeepers bookmakers booksellers bookworms
boomers bootleggers borderers borrowers bostonians botanists bouncers bowmen boyfriends boys
bozos brain-workers brawlers breadwinners breeders brewers bricklayers bride-to-bes brides
bridesmaids brigands britons broker-dealers brokers brother-in-laws brothers brothers-in-law
brunettes buccaneers buddhists buddies buffoons bug-hunters buggers bullies bureaucrats burghers
burglars bushmen businesswomen buskers busters butlers buyers by-blows bystanders byzantines
cabbies caddies cadets cajuns californians caliphs caller-outs caller-ups callers calvinists
cambodians camera-men cameramen campaigners candidates cannibals canucks canvassers captains
captives captors car-mechanics cardholders cardiologists caregivers caretakers carolinians
carpenters carthaginians cartographers cartoonists caseworkers cashiers castaways caterers
catholics cattlemen cavaliers cavemen celebrants celts censors centenarians centrists centurions
ceos cfos chain-smokers chairmen chairpersons chaldeans challengers champions champs chancellors
chaperones chaplains charlatans charmers chauffeurs cheap-jacks cheaters cheerleaders chefs
chemists cherubim cherubs chicanos chieftains children chileans chiropractors choosers
choreographers choristers chroniclers chumps churchgoers churchmen cinematographers citizens
claimants classmates clergymen clerics clerks climatologists clinicians clowns co-beneficiaries
co-defendants co-discoverers co-eds co-pilots co-respondents co-stars co-workers coauthors
cocksuckers coders collaborators colleagues colliers colonels colonialists colonists colonizers
columnists comedians comers commanders commentators commies commissars commissioners commodores
commoners communicators companions compatriots competitors complainants complainers composers
comrades concert-goers concubines confectioners confessors confidants conformists congregants
connoisseurs conquerors conquistadors conservationists conservators conspirators constables
constructors consuls consultants consumers contenders contestants contributors coolies
coordinators cops copts copycats cornerbacks cornhuskers coroners corporals correspondents
cosmologists cosmonauts cossacks costumers cottagers councillors councilmen counsellors
counselor-at-laws counselors counterfeiters countrymen couriers courtesans courtiers
cousin-germans cousins cowards cowboys cowgirls cpas crafters craftsmen crap-shooters crashers
creditors cretins crewmen cricketers criminals criminologists critics croatians croats crofters
cronies cross-dressers cross-examiners crusaders crybabies culprits cultists curates curators
custodians customers cut-ups cyber-terrorists cyborgs cyclists cynics cypriots czars daddies
dads daemons dames damsels dancers dancing-masters danes daredevils daughter-in-laws daughters
daughters-in-law deacons deadbeats deaf-mutes deans debaters debtors debutantes deceivers
decorators defaulters defectors defendants defenders deities delinquents demagogues demigods
democrats demographers demons demonstrators dentists dependants deportees depositors deputies
dermatologists dervishes descendents deserters designers despots detainees detectives detractors
devotees diabetics dickheads dictators diehards dieters dietitians dignitaries diplomats
directors disbelievers disciples discoverers dispatchers dissenters dissidents distillers divas
divorcees djs do-gooders do-nothings dockers doers dominicans donnas donors doormen
doppelgangers dorks double-crossers double-dealers doubters down-and-outs dps draftees drafters
dragoons dramatists drapers dreamers drifters drinkers dropouts drovers druids drummers
drunkards dubliners dudes dukes dumbasses dwellers dyers earls earners earth-goddesses
earth-gods earthlings east-siders easterners ecologists economists educators electors
electricians elitists emcees emigrants emissaries employees employers emulators endorsers
enforcers engineers engravers enrollees entertainers enthusiasts entomologists entrepreneurs
environmentalists epidemiologists episcopalians eritreans escapees essayists estimators
ethicists ethiopians etruscans eunuchs evacuees evaluators evangelists evildoers evolutionists
ex-boyfriends ex-gamblers ex-husbands ex-mayors ex-presidents ex-spouses ex-wifes examiners
exchangers executioners executors exhibitors exorcists expatriates expats experimenters experts
exploiters exporters exterminators extremists extroverts eyewitnesses fabricators facilitators
fairies fakers fanatics fanciers farmers father-figures father-in-laws fathers fathers-in-law
federalists fellas fellers feminists fence-sitters fencers fiddlers fielders fiends filers
fill-ins filles filmmakers finalists financiers finks finns fire-eaters firefighters
first-nighters first-raters fishermen fishmongers fitters flag-wavers flankers flappers
flatmates floridians fly-by-nights foes foodies fools footballers footmen foragers forecasters
forefathers foreigners foremen forgers forty-niners fos foster-brothers foster-childs
foster-daughters foster-fathers foster-mothers foster-nurses foster-parents foster-sisters
foster-sons framers franciscans franco-americans freaks free-lances free-livers freedmen
freeholders freelancers freeloaders freemasons freshers freshmen friars friends front-runners
fuckers fugitives functionaries fusiliers fuss-budgets futurists g-mans gaels gamblers
games-masters games-mistresses gangsters gardeners garment-workers gatekeepers gatherers gauchos
geeks geezers gendarmes genealogists generalists geneticists genies gentlemen gentlemen-at-arms
geographers geologists ghostwriters ghouls girlfriends girls gits givers gladiators
glass-cutters glazers globetrotters gnostics go-betweens go-getters goblins goddesses godfathers
godparents goers gold-beaters gold-workers goldsmiths golfers good-for-nothings goody-goodies
goof-offs goons goths governesses goyim grabbers graders grammarians grandchildren
granddaughters grandees grandfathers grandmas grandmothers grandparents grandpas grandsons
grannies grantees great-aunts great-nephews great-nieces great-uncles gremlins griffins grifters
gringos grocers groom-to-bes groupies growers grownups grumps guarantors guardians guardsmen
guerillas guerrillas guitarists gunmen gunners gunslingers gurkhas gurus gymnasts gynaecologists
gynecologists hack-drivers hackers hairdressers haitians half-breeds half-brothers half-castes
half-pints half-sisters half-wits handlers hanger-ons hangers-on harassers hardliners harlequins
harlots harpers has-beens haters hatters haulers have-nots hawkers he-mans headhunters
headliners headmasters healers hearers hecklers heir-at-laws heirs heirs-at-law hell-kites
hell-roosters helpers henchmen herdsmen heretics hermaphrodites hermits heroines heterosexuals
hicks high-ups higher-ups highlanders highwaymen hijackers hikers hillbillies hindus hispanics
historians hitchhikers hitters hoarders hobbits hobbyists hobos holidaymakers hombres
home-builders homeboys homebuilders homemakers homeowners homesteaders homophobes homosexuals
honeymooners honorees hoodlums hooligans hoosiers horsemen horticulturists hostages hostesses
hoteliers hotshots house-builders house-wives houseguests householders housekeepers housemaids
housemates housewives huggers huguenots humanists hundred-percenters huns hunter-gatherers
huntsmen husbands hussars hustlers hutus hygienists hypocrites ibo ice-skaters icelanders
idealists ideologues idiots idolaters illustrators imams imbeciles imitators immigrants
imperialists impersonators importers imposters impostors impressionists imps in-laws
incompetents incumbents individualists inductees industrialists infantrymen infants infidels
infielders infiltrators informants informers inhabitants inheritors initiators inmates
innovators inpatients inquisitors insiders inspectors instigators instructors instrumentalists
insurgents interlocutors interlopers intermediaries internationalists internees interns
interrogators interviewees interviewers introverts intruders invaders invalids inventors
investigators investors invitees iowans iraqis islamists island-dwellers islanders israelis
jack-tars jacobins jacobites jailers jamaicans janitors japs jats jerk-offs jerry-builders
jesters jesuits jewelers jewellers jews jihadists jinn jobbers jockeys joggers joiners
jordanians journalists journeymen jrs jugglers juniors junkies jurists jurors keepers
kentuckians kenyans kickers kiddies kidnappers killjoys kindergarteners kindergartners kinsmen
knitters know-alls know-it-alls knuckleheads kooks kurds laborers labourers lackeys ladies
ladies-in-waiting lads landholders landlords landowners landscapers lasses lassies laureates
lawbreakers lawmakers lawyers laymen laypeople leakers learners leavers lecturers left-handers
left-wingers lefties leftists legates legionaries legionnaires legislators lenders lepers
leprechauns lesbians lessees levites liars liberals liberators liberians libertarians libertines
librarians libyans licensees lieutenants lifeguards lifers lifters light-of-loves lightweights
line-shooters linesmen linguists lion-hunters liquidators listeners litigants litter-bearers
loaders lobbyists locators locksmiths lodgers loggers logicians lombards londoners loners
look-alikes looker-ons lookers loonies looters losers lotus-eaters louts lovers loyalists
luddites luminaries lurkers lutherans lyricists machinists macho-mans madmen maestros magicians
magistrates magnates maids maintainers major-generals malcontents mamas man-about-towns
man-childs managers maniacs manipulators maoists map-readers marathas marauders marchers
mariners marketers marksmen martyrs mascots masters-at-arms matadors mathematicians matrons
mayors meanies medalists medallists mediators men-at-arms mennonites mentors mercenaries mercers
merchants mermaids messengers messieurs mestizos metalworkers meteorologists mexican-americans
mexicanos mexicans michaels microbiologists mid-wives middlemen midgets midshipmen midwives
migrants militiamen mill-girls mill-hands millionaires mimics minders miners mineworkers minions
minnesotans minstrels mischief-makers miscreants misfits misogynists missionaries missourians
mistresses mixed-bloods mobsters modelers modernists molesters mommas mommies moms monarchists
moneylenders mongers mongols monks moslems moss-troopers mother-in-laws motherfuckers
mothers-in-law motorcyclists motorists mountaineers mourners moviegoers muggers mullahs
multi-billionaires murderers muscle-builders musicians musketeers muslims mutineers mvps
narcissists narrators nationalists naturalists navigators naysayers nazis negotiators negroes
negros neocons neoconservatives neonates nephews nerds neurologists neuroscientists
neurosurgeons newbies newcomers newlyweds newsagents newsboys newsmen newsreaders nieces
nigerians niggas niggers no-shows noblemen nobodies nobs nomads nominees non-catholics non-jews
nonbelievers noncombatants northerners nosey-parkers nosy-parkers notaries nouveau-riches
novelists novices nudists nurses nutritionists nutters objectors observers obstetricians
occupants occupiers oddballs odds-makers offenders office-bearers officeholders officers
officials ogres ohioans old-timers oligarchs olympians oncologists onlookers ophthalmologists
opponents opportunists oppressors opticians optimists optometrists orators oregonians
organ-grinders organists originators ornithologists outcasts outfielders outpatients outsiders
overlords overseers owner-drivers owner-occupiers owners pacifists packers paddlers padres
paedophiles pagans pakistanis paladins paleo-americans paleo-indians paleontologists
palestinians pallbearers pals panders panelists panellists paparazzi papas paper-pushers pappas
parachutists paralegals paramedics paratroopers pariahs parishioners parliamentarians parolees
part-owners part-timers participants partners partygoers passengers passers-by passersby
pathfinders pathologists patriarchs patricians patriots patrolmen patrons paupers payers
paymasters peasants peddlers pedestrians pediatricians pedophiles pen-friends pensioners
pentecostals peons perfectionists performers peris perpetrators persecutors personages peruvians
perverts pessimists petitioners pharaohs pharisees pharmacists philanthropists philistines
philosophers photographers photojournalists physicians physicists physiologists physiotherapists
pianists pickers pickpockets pilates pilgrims pimps pin-ups pip-squeaks place-kickers plaintiffs
play-actors playboys players playmakers playmates playwrights pleasers plebeians plebs
plug-uglies plumbers plutocrats poet-singers poets policemen policyholders politicians politicos
pollsters polluters pols poms popes populists pornographers post-impressionists postmasters
postmen potheads potters pows practitioners pragmatists pranksters preachers prefects prelates
premiers presbyterians preschoolers presenters preservationists preteens pretenders
priest-doctors priestesses priests princes princesses prisoners pro-lifers process-servers
professors profiteers profs progenitors programmers proletarians promoters propagandists
proponents proprietors prosecutors prospectors prostitutes protagonists protectors protesters
providers provocateurs prussians psychiatrists psychoanalysts psychologists psychopaths psychos
psychotherapists publicans publicists pullers pundits punters puppeteers purchasers purists
puritans pursuers purveyors pygmies quitters racists radiologists rail-splitters raisers rajputs
ramblers ranchers rangers rapists rascals rat-catchers ratepayers rationalists ravers
reactionaries realists realtors rebels rebs receptionists record-breakers record-holders
record-keepers recruiters recruiting-sergeants rectors red-headers redcoats rednecks redskins
referees refiners reformists refs refugees regents registrants registrars relative-in-laws
relievers religionists renegades renters repairers repairmen reporters rescuers researchers
reservists residents resisters respondents responders restaurateurs restorers retailers retirees
revelers revellers revenants reviewers revisionists riflemen right-handers right-wingers
rightists ringleaders rioters rippers robbers rogues roller-skaters roofers rookies roomies
roommates rope-makers roughnecks roughriders rovers rowdies rowers royalists rubes ruffians
runner-ups runners-up rushers rustlers saboteurs sadducees sadists saints salesmen salespeople
salvadorans samaritans samoans sappers saracens satanists satirists satyrs saudis savants savers
saxons scalpers scammers scapegoats scene-stealers sceptics schmucks scholars school-children
schoolboys schoolchildren schoolgirls schoolmates schoolteachers scientists scions scorers
scoundrels screeners screenwriters scriptwriters seafarers seamen seamstresses secessionists
second-in-commands second-raters second-stringers secularists seers selectmen self-seekers
semifinalists seminarians semites senators sentinels sentries separatists seraphim serbians
serbs serfs sergeant-at-laws sergeants serjeant-at-laws servicemen ses settlers shamans
sharecroppers shareholders sharers sharpies she-devils sheikhs sheiks shepherds sheriffs sherpas
shiites shills ship-breakers shipmates shipowners shitheads shoemakers shopkeepers shoplifters
shoppers show-offs showgirls shut-ins siblings sibs sicilians sidekicks sightseers signatories
signers sikhs silver-workers silversmiths simpletons singaporeans singers sinners sirs sissies
sister-in-laws sisters sisters-in-law six-footers sixth-formers skateboarders skaters skeptics
skiers skin-divers skinny-dippers skippers skirmishers skydivers slackers slant-eyes
slaveholders slaves slavs slayers sleuths slingers slobs slop-sellers sluggers sluts
smallholders smoothies smugglers snatchers snipers snitches snowboarders so-and-sos socialites
sociologists sociopaths solicitors soloists solvers son-in-laws songwriters sons sons-in-law
sophomores sorcerers southerners spammers spaniards spartans specialists speculators speeders
spend-alls spinsters spiritualists spitfires splitters spokesmen spokespersons sportsmen
sportswriters spot-welders spotters spouses sprinters squatters squint-eyes squires staffers
stakeholders stalkers stalwarts stand-ins standard-bearers statesmen stationers statisticians
stay-at-homes stealers steelworkers stepchildren stepsisters stewardesses stewards
stick-in-the-muds stock-takers stockbrokers stockholders stockists stoics stonemasons stoners
stooges storytellers stowaways stragglers strangers strategists stretcher-bearers strugglers
students stylists subcontractors submariners subscribers suburbanites subversives sufferers
suffragettes suffragists sufis suitors sultans sumerians superintendents supermodels superstars
suppliers supremacists surfers surgeons surrealists surrogates surveyors sweethearts sweeties
swimmers swindlers swingers switch-hitters switchers swordsmen sycophants sympathisers
sympathizers t-mans takers talkers taste-makers taste-testers tasters taxpayers teammates
teamsters techies technicians technocrats technologists teenagers templars temps tenants
terminators terrorists texans theists theologians theoreticians theorists therapists thespians
thessalonians thieves thinkers third-raters thought-readers throwers thugs thunderbirds
title-holders toastmasters toddlers tories torturers touch-typists tourists touts towners
townies trackers traders tradesmen traditionalists traffickers trailblazers trainees traitors
transsexuals transvestites trappers travelers travellers treasurers treaters trekkers
trend-setters trespassers tribesmen tricksters troopers troubadours troublemakers truckers
trustees tsars tunisians turks tutors tutsis two-timers tycoons tykes typists tyrants ugandans
umpires umps unbelievers uncles underachievers underclassmen underdogs undergrads undergraduates
underlings undertakers unicorns unionists unitarians untouchables urchins urologists users
usurpers vacationers vagrants valets valuers vampires vandals vaqueros vassals vegans
vegetarians vendors venetians venezuelans veterans veterinarians vets vicar-generals vicars
vice-regents victims victors vigilantes vikings villagers villains vintners violators violinists
vips virginians visigoths visionaries visitors vocalists voters voyagers wackos wailers waiters
waitresses walk-ons wankers wannabes wardens warders warlocks warlords warmongers warriors
wasters watchers watchmakers watchmen wayfarers weaklings wearers webmasters weightlifters
weirdos welders well-wishers wenches werewolves west-siders westerners wet-nurses whigs whiners
whipper-ins whisperers whistle-blowers whistleblowers whiz-kids whizz-kids wholesalers whores
wiccans wicket-keepers widowers widows winemakers wingers winners wire-pullers witch-hunters
witches wives wizards woodworkers word-painters workaholics workmates workmen world-beaters
worshipers worshippers wranglers wrestlers wretches writers wrongdoers yankee-doodles yankees
yanks yemenis yeomen yes-mans youngsters yuppies zealanders zealots zimbabweans zionists
zoologists
""".split()
)

#: The singulars above that lemminflect knows only as nouns, each of a Zipf frequency of
#: 2.0 or more.
ONLY_PERSON_SINGULARS = frozenset(
    """
abbot abolitionist absentee abuser academician accompanist accomplice accountant accuser
achiever acolyte acrobat activist actor actress actuary addressee adjudicator adjuster
administrator admirer adulterer adulteress adventurer adversary advertiser adviser advisor
aggressor agitator agronomist aide airman albino alchemist alderman allergist alumna alumnus
ambassador ameer amir amputee anaesthetist analyst anarchist anatomist ancestor anchorman
anesthesiologist anesthetist animator animist annihilator announcer anthropologist antihero
antiquary apologist apostate apostle apothecary applicant appointee appraiser arbiter arbitrator
archaeologist archduke archeologist architect archivist aristocrat arranger arsonist artificer
artisan artist assailant assassin assemblyman assemblywoman assessor assistant astrologer
astronaut astronomer astrophysicist atheist athlete attacker attorney auctioneer auditor aunt
autocrat avatar avenger aviator babe baby-sitter babysitter bachelor backer backpacker
bacteriologist bailiff baker ballerina ballplayer bandit banker banshee barmaid barman baron
baronet barrister bartender bassist bather batsman bearer beau beautician beekeeper beginner
beholder believer benefactor bettor bibliophile bicyclist bidder bigot biochemist biographer
biologist blacksmith blaster bleacher bleeder boarder boatman boatswain bobby bombardier
bondsman bonehead bookie bookkeeper bookmaker bookseller bookworm boor boozer borrower botanist
bouncer bowman boy boyfriend brakeman breadwinner breeder brewer bricklayer bride bridegroom
bridesmaid brigand brother buccaneer buffoon bugler bullfighter bumpkin bureaucrat burgher
burglar busboy bushman businessman businesswoman buster busybody butler buyer bystander caddie
cadet calif caliph caller calligrapher cameraman campaigner cannibal cantor captor cardiologist
caregiver caretaker carpenter cartographer cartoonist caseworker caterer cattleman cavalryman
caveman celebrant celibate cellist centurion chairman chairperson chairwoman challenger
chambermaid chancellor changeling chaplain charlatan chauvinist cheater cheerleader chef chemist
chieftain child chiropractor choreographer chronicler churchman cinderella cinematographer
citizen claimant clarinetist classicist classmate clergyman cleric clinician clothier co-ed
co-worker collaborator colleague collier colonel colonist colonizer colossus columnist comedian
comer commander commentator commissar commissioner commodore communicator compatriot competitor
complainer composer compositor comptroller comrade concierge concubine confectioner confessor
confidant confidante conjurer connoisseur conqueror conquistador conservationist conservator
conspirator constable constructor consul consultant consumer contender contortionist contributor
conversationalist coordinator copycat copywriter coquette coroner correspondent cosmonaut
councillor councilman councilwoman counsellor counselor countryman courier courtesan courtier
cousin coward cowboy coxswain craftsman creditor cretin crewman cricketer crier criminologist
critic crone crony cropper crusader culprit curator curmudgeon custodian customer cyclist cynic
czar dad daddy daemon dame damsel dancer dauphin deacon deaconess deb debater debtor decedent
deceiver deckhand decorator defeatist defector defendant defender deity demagogue democrat demon
demonstrator dentist depositor deputy dermatologist deserter desperado detainee devotee diarist
dictator diehard dieter dietician dietitian dignitary dilettante diplomat director disciple
discoverer dispatcher dissenter distiller diva diviner doer dolt donor doorman doubter doyen
draftsman dramatist draughtsman dreamer dressmaker drifter drinker dropout drover druggist
drummer dryad dude duelist duffer duke dunce dweller dyer earl earner ecologist economist
educator egghead egoist elector electrician emir employee employer empress emulator enchanter
enchantress endorser enforcer engraver entertainer enthusiast entomologist entrepreneur
environmentalist escapee escapist essayist estimator eunuch evangelist examiner executioner
executor exhibitionist exorcist experimenter exporter exterminator fairy faker falconer farmer
fathead faun federalist feller fencer fetishist fiddler fielder fiend financier firefighter
fisherman flapper flutist foe follower footballer footman forager forecaster forefather
foreigner foreman forger foundling framer freedman freeloader freshman friar friend frontiersman
functionary gambler gamekeeper gangster gardener gatherer gaucho geezer geisha genealogist
geneticist genie gentleman gentlewoman geographer geologist ghostwriter ghoul giantess gipsy
girl girlfriend gladiator glazier goblin goddess godmother godson goldsmith golfer goon goth
gourmand governess grabber grader grammarian grandchild granddaughter grandma grandmother
grandpa grandson greengrocer gremlin griffin grocer grower gryphon guarantor guardian guardsman
guitarist gunman gunner gunslinger gunsmith guru guzzler gymnast gynaecologist gynecologist
hacker hairdresser handicapper handler handyman hangman harlequin harlot harpist hatter hauler
hawker headhunter headmaster headmistress healer hearer heckler hedonist heir heiress helmsman
helper henchman herbalist herdsman hermit heroine hick highwayman hijacker hiker hippie
historian hitchhiker hitter hoarder hobbyist homemaker homeowner hooligan horseman
horticulturist hostage hostess hotelier hotshot householder housekeeper housemaid housewife
humorist hun huntress huntsman hurdler hussar hussy hustler hygienist hypnotist hypocrite
iconoclast idealist idiot ignoramus illustrator imitator imperialist impersonator importer
imposter impostor inductee industrialist infant infantryman infielder infiltrator informant
informer inhabitant inheritor inmate innkeeper innovator inpatient inquirer inquisitor insider
inspector instigator instructor instrumentalist interloper internist interrogator interviewee
interviewer intruder invader inventor investigator investor islander jailer jester jeweler
jeweller jogger joiner journalist journeyman juggler junker junkie junky jurist juror keeper
kicker kidnapper kinsman knitter laborer labourer lackey lad lady lancer landlady landlord
landowner landscaper lapidary lass laundress lawmaker lawyer layman layperson learner lecturer
lefty legionnaire legislator lender leper leprechaun lessee lessor liar liberator librarian
librettist licensee licentiate lieutenant lifeguard lifer linesman linguist liquidator listener
loader lobbyist locksmith lodger logger logician loner loser lover loyalist lyricist machinist
madam madman madwoman maestro magician magistrate magnate maid maidservant mailman maintainer
mama manager manipulator mapper marathoner marauder mariner marketer marksman martinet mascot
masochist masseur masseuse matador matchmaker materialist mathematician matriarch matron mayor
medalist medallist mediator megalomaniac merchant mermaid messenger mestizo metallurgist
meteorologist mickey microbiologist middleman midget midshipman militarist milkmaid milkman
milliner millionaire miner mineralogist minion minstrel minx misanthrope miser missionary
mistress mobster modernist molester mom momma mommy monarchist monger monk monsieur moralist
mortgagee mortician motorcyclist motorist mountaineer mourner mugger mulatto murderer musician
musicologist musketeer namesake narc narcissist narrator naturalist navigator necromancer
negotiator neocon nephew nerd neurologist newcomer newscaster newsman newspaperman niece
nobleman noblewoman nobody nomad nominee northerner notary novelist novice nudist nursemaid
nutritionist nymphomaniac oaf objector observer obstetrician obstructionist occupant
oceanographer offender officer ogre oligarch ombudsman onlooker ophthalmologist opponent
opportunist oppressor optician optimist optometrist orator organist originator ornithologist
orthodontist osteopath outfielder outpatient outsider overachiever overseer owner pacifist
packer padre paediatrician palaeontologist paleontologist panelist panellist papa papoose
parachutist paramedic paramour paratrooper pariah parishioner parolee parson participant
passenger passerby pathologist patriarch patriot patrolman patron pauper pawnbroker payee payer
peasant pedagogue pedant peddler pediatrician pensioner peon percussionist performer perpetrator
persecutor pessimist petitioner pharaoh pharisee pharmacist philanderer philanthropist
philologist philosopher photographer photojournalist physician physicist physiologist
physiotherapist pianist picker pickpocket pilgrim plaintiff plasterer player playmate playwright
plowman plumber podiatrist poet poetess policeman policewoman policyholder politician politico
pollster polluter poltergeist polygamist polymath pontiff pope pornographer possessor postman
postmaster practitioner praetorian pragmatist prankster preacher prefect prelate preschooler
presenter pressman pretender priest priestess prince princess prioress prisoner prizefighter
procrastinator procurator professor progenitor progeny programmer prohibitionist projectionist
promoter proofreader propagandist prophet prophetess proponent proposer proprietor prosecutor
prospector protagonist protector protester provider provost prowler prude psalmist psychiatrist
psychoanalyst psychologist psychopath psychotherapist publican publicist pugilist puller pundit
punter puppeteer purchaser purser pursuer purveyor pygmy questioner quisling quitter racketeer
raconteur radiologist rainmaker rajah rambler rancher ranger rapist rascal rationalist realist
realtor receptionist recluse recruiter rector refiner refugee registrant registrar renegade
renter repairman reporter requester rescuer researcher reservist restaurateur restorer retailer
retiree reviewer revivalist rex rifleman ringleader rioter ripper robber roofer rookie roommate
rover rower rube ruffian runt saboteur sadist saint salesman salesperson saleswoman sandman
satirist satyr savant saver saxophonist scalper scammer sceptic scholar schoolboy schoolgirl
schoolmate schoolteacher scientist scion scorer scoutmaster screenwriter scriptwriter scrooge
scullion seafarer seaman seamstress secessionist seducer seer segregationist selectman seller
semifinalist senator sensationalist sentinel sentry serf sergeant serviceman settler shaman
shareholder sheik sheikh shepherdess sheriff shoemaker shopkeeper shoplifter shopper showman
sibling sibyl signer silversmith simpleton singer sinner sir sister skater skeptic skier slayer
sleepwalker slob slowpoke slugger slut smuggler sniper snob sociologist sociopath solicitor
soloist solver son songwriter soothsayer sophist sophomore sorcerer sorceress sot southerner
sower spaceman spammer speculator speeder spinster spiritualist spokesman spokesperson
spokeswoman sportscaster sportsman spotter spouse sprinter sprite squatter squaw staffer stalker
statesman statistician stenographer stepbrother stepchild stepdaughter stepfather stepmother
stepsister stepson stewardess stickler stockbroker stockholder stoner stooge storekeeper
storyteller stowaway strategist student stylist subcontractor submitter subscriber sufferer
suitor sultan superintendent supermodel superstar supplier supremacist surfer surgeon surrealist
surveyor swashbuckler sweetheart swimmer swindler swinger switcher swordsman sycophant
sympathiser sympathizer tackler tactician taker talker taskmaster taster taxidermist taxpayer
teammate teamster technician technocrat technologist teenager temptress terminator terrorist
theist theologian theoretician theorist therapist thespian thief thinker thrower thug tiro
toddler tomboy torturer tory tourist toxicologist tracker trader tradesman traditionalist
trafficker trailblazer trainee traitor transvestite trapper traveler traveller treasurer
trespasser tribesman trombonist trooper troubadour troublemaker troubleshooter trucker trustee
tsar tycoon typist tyrant tyro unbeliever uncle underachiever underdog undergraduate underling
undersecretary undertaker unicorn urchin urologist user usurper vampire vandal vassal vaulter
vegan vendor ventriloquist veteran veterinarian vicar victim victor villager villain vintner
violator violinist virago virtuoso visitor vizier vocalist voter voyager waiter waitress warder
warlock warmonger warrior waster watcher watchmaker watchman wayfarer wearer weatherman
weightlifter welder werewolf westerner wholesaler whore widow widower wife winner witch wizard
womanizer woodcutter woodman woodsman workman worrier worshiper worshipper wrestler wretch
writer yachtsman yeoman youngster zealot zoologist
""".split()
)
