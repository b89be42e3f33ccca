"""The words of seizure reporting: what is seized, in which units, and how the story says so.

Data only. Each table maps the spellings news uses to one canonical name, so that "crystal meth"
and "methamphetamine" are the same substance in the findings.
"""

#: Drugs and their spellings -> canonical name.
DRUGS = {
    "cocaine": "cocaine",
    "crack cocaine": "cocaine",
    "cocaine hydrochloride": "cocaine",
    "coca paste": "coca paste",
    "cocaine paste": "coca paste",
    "heroin": "heroin",
    "fentanyl": "fentanyl",
    "methamphetamine": "methamphetamine",
    "methamphetamines": "methamphetamine",
    "crystal meth": "methamphetamine",
    "meth": "methamphetamine",
    "marijuana": "cannabis",
    "marihuana": "cannabis",
    "cannabis": "cannabis",
    "cannabis resin": "cannabis resin",
    "hashish": "cannabis resin",
    "opium": "opium",
    "morphine": "morphine",
    "ecstasy": "MDMA",
    "mdma": "MDMA",
    "captagon": "captagon",
    "amphetamine": "amphetamine",
    "amphetamines": "amphetamine",
    "ketamine": "ketamine",
    "tramadol": "tramadol",
    "khat": "khat",
    "precursor chemicals": "precursor chemicals",
    "drugs": "drugs",
    "narcotics": "drugs",
}

#: Weapons and their spellings -> canonical name; these are counted, not weighed.
WEAPONS = {
    "firearms": "firearms",
    "firearm": "firearms",
    "guns": "firearms",
    "gun": "firearms",
    "weapons": "weapons",
    "weapon": "weapons",
    "rifles": "rifles",
    "rifle": "rifles",
    "assault rifles": "rifles",
    "assault weapons": "rifles",
    "ak-47s": "rifles",
    "pistols": "handguns",
    "pistol": "handguns",
    "handguns": "handguns",
    "handgun": "handguns",
    "shotguns": "shotguns",
    "machine guns": "machine guns",
    "machine-guns": "machine guns",
    "grenades": "grenades",
    "grenade": "grenades",
    "grenade launchers": "grenade launchers",
    "rocket launchers": "rocket launchers",
    "rounds of ammunition": "ammunition",
    "rounds of live ammunition": "ammunition",
    "rounds of unspent ammunition": "ammunition",
    "rounds of rifle ammunition": "ammunition",
    "rounds of shotgun ammunition": "ammunition",
    "cartridges": "ammunition",
    "bullets": "ammunition",
    "magazines": "magazines",
}

#: Nouns a weapon word can modify ("16 rifle shell casings", "two gun owners"): not a weapon.
MODIFIED_NOUNS = (
    "shell",
    "shells",
    "casing",
    "casings",
    "cartridges",
    "ammunition",
    "bullets",
    "magazines",
    "shots",
    "owner",
    "owners",
    "permit",
    "permits",
    "licence",
    "licences",
    "license",
    "licenses",
    "shop",
    "shops",
    "store",
    "stores",
    "sales",
    "charges",
    "violence",
)

#: Weighed things that are weapons rather than drugs ("200 kilograms of explosives").
WEIGHED_WEAPONS = {
    "explosives": "explosives",
    "dynamite": "explosives",
    "ammunition": "ammunition",
}

#: Words for pills and tablets, counted with or without their drug ("2 million fentanyl pills").
PILLS = ("pills", "tablets", "capsules")

#: Unit words -> pint unit names. "tons" is read as metric: seizure reports from outside the US
#: translate "toneladas", and US agencies report pounds instead.
UNITS = {
    "kilograms": "kilogram",
    "kilogram": "kilogram",
    "kilogrammes": "kilogram",
    "kilos": "kilogram",
    "kilo": "kilogram",
    "kgs": "kilogram",
    "kg": "kilogram",
    "grams": "gram",
    "gram": "gram",
    "grammes": "gram",
    "g": "gram",
    "tonnes": "metric_ton",
    "tonne": "metric_ton",
    "metric tons": "metric_ton",
    "metric ton": "metric_ton",
    "tons": "metric_ton",
    "ton": "metric_ton",
    "pounds": "pound",
    "pound": "pound",
    "lbs": "pound",
    "lb": "pound",
    "ounces": "ounce",
    "ounce": "ounce",
    "oz": "ounce",
    "litres": "liter",
    "litre": "liter",
    "liters": "liter",
    "liter": "liter",
    "gallons": "gallon",
    "gallon": "gallon",
}

#: What each unit dimension is normalized to, and the label findings carry.
NORMAL_UNITS = {"[mass]": ("kilogram", "kg"), "[length] ** 3": ("liter", "l")}

#: Words between a quantity and its drug that do not change what it is.
DESCRIPTORS = (
    "pure",
    "liquid",
    "powdered",
    "powder",
    "crystal",
    "high-grade",
    "high-purity",
    "uncut",
    "suspected",
    "illegal",
    "illicit",
    "assorted",
    "high-calibre",
    "high-caliber",
    "military-grade",
    "automatic",
    "semi-automatic",
    "semiautomatic",
    "loaded",
    "unregistered",
)

#: Words before a quantity that make it approximate or a bound.
QUALIFIERS = (
    "more than",
    "over",
    "nearly",
    "almost",
    "about",
    "around",
    "some",
    "at least",
    "up to",
    "an estimated",
    "approximately",
    "roughly",
    "close to",
)

#: Words that make a sentence about a seizure.
CUES = (
    "seize",
    "seized",
    "seizes",
    "seizing",
    "seizure",
    "seizures",
    "confiscate",
    "confiscated",
    "confiscation",
    "intercept",
    "intercepted",
    "impounded",
    "recovered",
    "found",
    "discovered",
    "uncovered",
    "captured",
    "haul",
    "hauls",
    "bust",
    "busted",
    "raid",
    "raids",
    "raided",
    "stash",
    "cache",
)

#: Verbs after a weapon that say it was used, not seized ("two guns were fired").
USE_VERBS = ("fired", "used", "involved", "discharged", "shot", "brandished", "pointed")

#: What links a quantity to the money it is worth ("worth", "with a street value of").
VALUE_LINKS = (
    "worth",
    "valued at",
    "estimated at",
    "with a value of",
    "with a street value of",
    "with an estimated value of",
    "with an estimated street value of",
    "with a market value of",
    "with a black market value of",
    "with a black-market value of",
    "which was valued at",
    "which were valued at",
    "that was valued at",
    "that were valued at",
    "valued by police at",
)

#: Words between a value link and the amount ("worth an estimated $30 million").
VALUE_QUALIFIERS = (
    "an estimated",
    "about",
    "around",
    "some",
    "nearly",
    "more than",
    "over",
    "up to",
    "at least",
    "roughly",
    "approximately",
)
