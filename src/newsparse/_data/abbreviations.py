"""Abbreviations that end in a period without ending a sentence (lower case, no final period)."""

TITLES = frozenset(
    "mr mrs ms dr prof gen brig lt col maj capt cmdr adm sgt cpl pvt pfc spc sen rep gov atty supt "
    "insp det rev fr msgr hon pres amb sec st ste mt ft jr sr esq".split()
)

MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

# US state abbreviations as AP style writes them in datelines and bylines.
STATES = frozenset(
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo "
    "mont neb nev okla ore pa tenn tex va vt wash wis wyo".split()
)

OTHER = frozenset(
    "inc corp co ltd plc bros no nos vs etc approx dept univ assn est fig vol op ave blvd rd".split()
)

NON_TERMINAL = TITLES | MONTHS | STATES | OTHER
