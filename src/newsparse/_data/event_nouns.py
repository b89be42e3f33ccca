"""Written from WordNet 3.0 and lemminflect 0.2.3 by
``wordnet_events.table_source()``: never edit.

The plurals of the single-word nouns whose most frequent sense names an act or an
event (WordNet's noun.act and noun.event), in lower case, each no lemma of its own and
of a Zipf frequency of 2.0 or more (see
:mod:`newsparse.extractors.casualties.wordnet_events`).
"""

EVENT_PLURALS = frozenset(
    """
abductions ablutions abortions aborts about-faces abuses accidents accommodations accompaniments
accomplishments accreditations achievements acquisitions actions activities adjustments
administrations admissions adoptions advances adventures aerials aftershocks airdrops
allegiances alterations alternations amalgamations ambushes amendments amplitudes analyses
animal-worships antics applications appointments apprenticeships approaches approvals arrests
arrivals assaults assignments assists at-bats attacks attainments attempts attendances auctions
augmentations auto-da-fes auto-suggestions autopsies autos-da-fe avalanches avenues awakenings
awards baas back-blasts backfires ballets balls-ups bangs baptisms barings baseballs bashes
basketballs bathes battles beatings beeps beggar-my-neighbors beggar-my-neighbours beginnings
behaviors beheadings berths bests betrayals bible-worships billows binges blasts bleeps blends
blessings blinks blips blitzes blockades bloopers blowjobs blowouts blows blunders bombings
boners bonfires bongs boo-boos bookings booms boosts booze-ups borrowings bothers bow-wows
boycotts brawls breaches break-ins breakaways breakdowns breakouts breaks breakups breaths
brush-offs buck-and-wings bun-fights burglaries burials burnings burps bursts busses busts
buybacks buyouts buzzes by-elections bye-elections c-sections cackles calamities calculations
calibrations callings campaigns campfires cancellations candidacies captures careers cares
caresses carnivals carries cases catastrophes causes celebrations censuses ceremonies
certifications cha-cha-chas cha-chas change-of-paces change-ups changes charges chases check-ins
checkouts checkups chillers chin-ups chirps choppers chores choruses christenings chugs claps
clashes classifications cleanings cleans clicks cliffhangers climaxes clinches closings closures
co-occurrences co-ops co-options coincidences collaborations collisions comb-outs combats
comings commemorations commutes comparisons completions complications compressions compromises
computations concussions conditioners confiscations conflicts conquests consolidations
constructions consultancies contacts contests contingencies continuations contortions
contractions contributions conversions cooperatives coos corrections countdowns
counter-sabotages counterattacks countermeasures country-dances coups courses courtesies
cover-ups crackdowns crafts crashes crawls creaks creations cremations crimes crossings crouches
cruelties cruises crunches crusades cuddles customs cut-and-thrusts cut-ins cutbacks cuttings
dabs damages de-escalations deals deaths debuts decisions decreases defaults defeats defections
defenses deformations deliveries demolitions demonstrations departures deployments deportations
depredations derailments derring-dos descents desertions designs destinies determinations
detonations developments deviations devil-worships diagnoses difficulties diggings ding-dongs
dings directorships disappearances discharges discounts discoveries dislocations dismissals
dispersions displacements disruptions dissections distortions disturbances dive-bombings
divergences diversions divorces do-si-dos dogfights dooms dos double-crossings double-dealings
down-bows downfalls downturns drainages drains dribbles drippings drips drives duels dunks
duties earthquakes eclipses ects educations efforts ejections elections electives elevations
eleven-pluses eliminations embraces emergencies emissions enactments encores encounters
encroachments endeavors endeavours enemas engagements enhancements enlargements enrollments
enrolments enterprises entertainments epidemics epiphanies episodes errands errors eruptions
escalations escapades escapes establishments evacuations evaluations eventualities evictions
evils ews exacerbations examinations excavations excursions executions exercises exertions
exhibitions expansions expeditions experiments exploits explorations explosions expulsions
factors fades failures faints fairs falters fare-stages farts fastballs fasts fatalities fates
fatwas faults favors feats feedings felonies fender-benders festivities fetches fetes feuds
fiestas fights finals findings finger-rolls fire-worships firemen fires firewalls firings
fish-worships fittings five-hitters fixings fizzles flame-outs flare-ups flashes flexes flickers
flicks flings flips flirtations flits flows fluctuations flurries flutters follow-ons
follow-throughs footballs footfalls footsteps forays force-outs foreclosures foul-ups fouls
four-hitters fox-trots frame-ups frauds free-for-alls freestyles frolics fucks fumbles
fundamentals funerals fusions g-jos gaffes galas gallops games gasps gazes genocides gestures
gets give-and-gos glances glimmers glimpses go-arounds go-slows goal-kicks gobbles going-overs
goings goings-over goosebumps governorships graduations grant-in-aids grants-in-aid grips gropes
grounders growls grumbles grunts gulps gunfights gunshots gushes hair-raisers handstands
happenings haps hassles hauls hearings heartbeats heaves heists helps hide-and-seeks
high-low-jacks high-lows hijackings hijacks hikes hisses hits hoaxes hobbies hold-downs holdings
holds homers homicides honks hop-step-and-jumps hops hugs hurls hustles identifications
ill-treatments ill-usages immunizations impacts impairments implementations impresses
improvements in-migrations incidents incursions indignities inductions infractions infringements
inheritances inhibitions initiations injections injustices inoculations inquests inroads
inspections installations instances insurgencies insurrections intakes integrations interactions
interceptions intermissions internships interruptions interventions introductions intrusions
invasions investments involvements ipos irregularities jabs javelins jerry-buildings jiggles
jingles jitters jobs jollies jolts journeys juggles jump-starts jumps juxtapositions karmas
keystrokes kickoffs kicks kidnappings killings kills kisses kneels knocks kos lags landslides
lapses lashings laterals lawsuits lay-ups layoffs leaderships leakages leaps lease-lends
leave-takings leg-pulls lend-leases lessons lie-ins lifts limps liners liturgies lobs lockdowns
lockouts look-overs loop-the-loops lopes lotteries lunges lynchings make-dos make-ups make-works
makeovers makings malfunctions managements maneuvers manicures manifestations manipulations
manufactures marathons marketplaces markets marvels massacres massages masses match-ups matchups
measurements measures medicals meets melds meows mercies mergers merry-go-rounds mess-ups mews
mid-offs mid-ons might-have-beens migrations minuets minuses miracle-worships miracles
misadventures miscalculations miscarriages mischief-makings misdeeds misdemeanors misdemeanours
misfires misfortunes missteps mistakes misuses mix-ups mnemonics modifications moldings montes
moon-worships moos mountings movements moves mris mudslides muggings mumble-the-pegs murders
murmurs mutilations mutinies mutters nestles night-stops nims nisi no-hitters no-trumps noises
nominations non-engagements non-involvements nonprofits not-for-profits notifications nudges
obligations observances observations occasions occupations occurrences offences offenses
offensives offsides omens omissions once-overs one-and-ones one-hitters one-offs one-steps
openers oppositions oppressions optimizations ordeals orgasms orgies orientations originations
out-migrations outbreaks outcomes outflows outings outlays outs overflows overhauls overruns
overthrows overturns pageants pairings pall-malls pandemics pantomimes pants pardons
participations passages passes pastimes paths pats pedicures peeks peeps penalties penetrations
permutations persecutions petroglyphs phase-outs philanthropies pick-offs pilgrimages piss-ups
place-worships plantings playoffs pleasantries plops plunges pms pogroms pop-flies pornos
portents possessions pounces practices pranks prayers precautions preliminaries prelims preludes
premierships preparations preps presentations press-ups pressings pretends pretenses
price-fixings primaries procedures processes processions procurements productions professorships
projects promenades proms prosecutions protections provocations pulls pulsations pulses
punch-ups punches punctures punishments purchases purges purrs pursuits pushes pushups puts
putts quakes quarterfinals races rackets raffles raids rambles ramifications rampages
rat-a-tat-tats rat-a-tats rat-tats rattles ravages raves razzle-dazzles rbis re-creations
re-establishments re-formations readmissions rearrangements reassurances rebellions rebounds
rebuffs receipts reconciliations recounts recoveries recreations recurrences reductions
reenactments referenda referendums reflexes reforms regattas registrations rehearsals
reinforcements rejections relapses relays relocations remedies removals renewals renovations
reorganizations repairs repayments repeats repetitions replacements replays replications
reprisals repurchases rescues residencies resistances responsibilities rest-cures restraints
retakes retreats revels reversals revisions revivals revokes revolts revolutions rewards rides
ridings riffles riots rip-offs ripples rises rites rituals rivalries roars robberies rodeos
roles rollers rollovers rolls rope-a-dopes rotations rough-and-tumbles roundups routines
rub-a-dubs rulings rumbles rumblings run-throughs run-ups runaways runnings runoffs runs rushes
rustles sacraments sacrifices safaris safeguards sailing-races sailings sales salvos saves
savings scams scans schisms scrambles scrapes screeches scrums scuffles sea-duties sea-purses
searches seeks segues selections self-abuses self-controls self-defences self-defenses
self-discoveries self-helps self-improvements self-organisations self-organizations
self-protections self-punishments self-realizations self-renewals self-sacrifices self-services
self-suggestions self-worships sellouts sells semifinals semis sequels serpent-worships serves
set-tos setbacks seven-ups sexes shake-ups shambles shape-ups share-outs shaves shavings
shenanigans shifts shivers shoo-ins shoot-downs shootings shootouts shots shoves shows shuffles
shutdowns shutouts side-glances side-looks sidesteps sieges sightings simulations single-foots
sips sit-downs sit-ins sit-ups sittings sixty-nines sizzles skin-dives skinny-dips skips
skirmishes skits slams slaps slaughters slayings sleep-learnings sleepovers slights slip-ups
slips slowdowns smacks smash-ups smashes smooches smooths smudges snaps sniffles sniffs snores
snuggles soars soft-shoes soli solos somersaults sorties spankings spanks sparks specializations
spikes spins splashes splatters splits sports spreads sprees spring-cleanings sprints spurts
squats squeaks squeals squeezes staggers stallings stares start-offs startles starts startups
stays step-downs step-ups steps stillbirths stirrings stock-takes stomps stoops storages
straight-arms stratagems strides strikeouts strikes strokes strolls struggles strums struts
studies stumbles stunts sub-tests substitutions successes sucks suicides sun-worships supports
surges surveys swaps swats swells swerves swims swipes symbol-worships tailings take-ins
takedowns takeoffs takeovers takings tallies tangos tap-offs taps tasks taunts taxes teachings
technologies ten-strikes tenancies test-crosses thefts therapies three-baggers three-hitters
throw-ins throws thumps thunders tic-tac-toes tick-tack-toes ticks tides tilts times tings
tit-tat-toes toe-ins tone-beginnings toots torts tosses touchdowns touches tournaments tourneys
tours tows trade-offs tradeoffs trades tragedies trainings tramples transactions transfers
transformations transfusions transgressions transitions transmissions treads treatments
tree-worships treks trembles tremors trespasses trials tribulations trickles tricks tries
trimmings trip-ups triples trips triumphs trots try-ons tsunamis tug-of-wars tugs tumbles
tune-ups tunings tweaks tweets twists two-baggers two-hitters two-steps typologies u-turns
undertakings up-bows uprisings usages uses vaccinations vagaries variances variants variations
vendettas ventures verdicts vetoes vibrations vicissitudes victories violations visitations
visits vocations volleys volte-faces votes voyages wagers waivers walkouts walks waltzes
wanderings warm-ups wars washing-ups wave-offs waveforms wavelets waves weddings whacks wheezes
whirlpools whirls whistles whitecaps wiggles wildfires wiles windings winnings wins wipes
wiretaps witch-hunts wobbles woman-worships word-worships work-ins workflows workloads workouts
works wrestles yawns yelps yields yips zaps zooms
""".split()
)
