"""Word tables for dates in a story's body: the words that make a bare month or year a date, and
the cues that tell a future weekday ("will meet on Friday") from a past one.

Month and weekday names themselves come from CLDR through babel, not from here. All entries are
lower case; the ``dates`` extractor compares against ``word.lower()``.
"""

#: Words after which a month on its own ("in June", "since March 2020") is a date.
MONTH_LEADS = ("in", "since", "until", "till", "by", "from", "through", "during", "before", "after")

#: Words after which a year on its own ("since 2008") is a date; more than for months, because a
#: bare four-digit number is far more often a count than a bare month name is anything else.
YEAR_LEADS = (*MONTH_LEADS, "early", "late", "mid", "between")

#: Capitalised words that may stand right before a weekday or a month (with ``MONTH_LEADS``).
#: Any other ("Good Friday", "Super
#: Tuesday", "Black Friday", "Bloody Sunday") makes the weekday part of a name.
BEFORE_WEEKDAY = frozenset(
    """
    on by until till since from before after through last early late
    and or but then
    """.split()
)

#: A weekday after one of these is one the story cannot place for sure ("next Friday" may be the
#: coming one or the one after); it is left out rather than guessed.
UNPLACED_WEEKDAY = frozenset({"next", "this", "every", "each", "coming"})

#: Cues, read backwards from a weekday within its sentence, that the event is yet to come.
FUTURE_CUES = (
    "will",
    "'ll",
    "’ll",
    "shall",
    "is due to",
    "are due to",
    "due on",
    "is scheduled to",
    "are scheduled to",
    "scheduled for",
    "is set to",
    "are set to",
    "set for",
    "is expected to",
    "are expected to",
    "plans to",
    "plan to",
    "planned for",
    "is to",
    "are to",
)

#: Participles that, right before a date, point ahead ("expected on Friday", "postponed until
#: March 3") though they end in
#: "-ed" like the past-tense verbs that point back ("resigned on Friday").
FUTURE_PARTICIPLES = frozenset(
    {
        "expected",
        "scheduled",
        "rescheduled",
        "planned",
        "slated",
        "postponed",
        "delayed",
        "deferred",
    }
)

#: Cues that the clause tells of something done: past-tense reports, auxiliaries and the common
#: irregular verbs (regular ones are told by their "-ed" right before the date). The nearer of a
#: future and a past cue before the date decides.
PAST_CUES = tuple(
    """
    said told announced added reported was were had did
    began met held took came went made left won lost fell rose became gave got saw found
    struck hit shot fled sent brought sought ran spoke wrote broke
    """.split()
)
