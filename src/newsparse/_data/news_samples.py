"""Pieces of news-like text that :mod:`newsparse.testing` assembles into generated articles.

Each table holds the shapes wire services and newspapers actually print, so generated text looks
like news to an extractor's rules; the values are invented.
"""

#: Dateline places as wires print them.
PLACES = (
    "MEXICO CITY",
    "WASHINGTON",
    "LONDON",
    "Mexico City",
    "ST. LOUIS",
    "SÃO PAULO",
    "Kabul",
    "NEW YORK",
    "BOGOTA, Colombia",
    "Paris",
)

#: Agencies as they appear in a dateline's brackets.
AGENCIES = ("Reuters", "AP", "AFP", "UPI")

#: Month spellings of datelines ("Sept 10", "Feb. 26", "March 3").
MONTHS = ("Jan", "Feb.", "March", "April", "Sept", "Oct.", "Nov", "Dec.")

#: What separates a dateline from the story.
DASHES = (" - ", " — ", " – ", " -- ")

#: Sentences of story body that contain nothing an extractor should find.
FILLER = (
    "The talks are expected to last two days.",
    "Officials did not respond to requests for comment.",
    "The government has denied the allegations.",
    "Police said the investigation was continuing.",
    "The move follows months of negotiations between the two countries.",
    "Shares in the company fell sharply in early trading.",
    "It was not immediately clear who was responsible.",
    "The ministry said in a statement on Friday that more details would follow.",
)

#: Sentences that carry a bare amount or count into a story: ``{}`` is the sample.
CARRIERS = (
    "Officials put the figure at {}.",
    "The total came to {} last year, the report said.",
    "{} was the figure given by the ministry.",
    "Prosecutors said the network moved {} over two years.",
)

#: People quoted, as news names them.
SPEAKERS = (
    "the minister",
    "State Department spokesman Ned Price",
    "Lopez Obrador",
    "a police spokeswoman",
    "he",
    "she",
)

#: Verbs that report speech.
REPORTING_VERBS = ("said", "told reporters", "added", "said in a statement")

#: Quoted words.
QUOTED = (
    "We will not stop until the job is done",
    "This is a turning point",
    "We don't want it to be like it was before",
    "The situation remains very serious",
)

#: Opening and closing marks of a quote.
QUOTE_MARKS = (("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"))

#: How an amount of money is written, by ISO currency: ``{amount}`` is the number.
MONEY_FORMATS = (
    ("USD", "${amount}"),
    ("USD", "US${amount}"),
    ("USD", "{amount} dollars"),
    ("USD", "{amount} dlrs"),
    ("GBP", "£{amount}"),
    ("EUR", "€{amount}"),
    ("EUR", "{amount} euros"),
    ("JPY", "{amount} yen"),
)

#: Scale words after a number, with their factor ("3.5 million", "3.5bn", "4.5 mln").
SCALES = (
    ("", 1),
    (" million", 1_000_000),
    ("m", 1_000_000),
    (" mln", 1_000_000),
    (" billion", 1_000_000_000),
    ("bn", 1_000_000_000),
)

#: Numbers 0-19 and the tens, in words.
UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

#: Things that break naive rules: odd Unicode, controls, unbalanced marks, stray punctuation.
NOISE = (
    "“",
    "”",
    '"',
    "'",
    "«",
    "(",
    ")",
    "--",
    "...",
    "\u200b",
    "\ufeff",
    "\x00",
    "\x7f",
    "\u202e",
    "é",
    "ß",
    "İ",
    "ǅ",
    "🙂",
    "👩‍👩‍👧",
    "½",
    "٣",
    "\t",
    "\r\n",
    "\n\n",
    "   ",
    "$",
    "%",
    "1,2,3",
    "0.",
    "U.S.",
    "Feb. 26",
)
