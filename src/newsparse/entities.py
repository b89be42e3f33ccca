"""What a person's name tells about them: whether a word is a known first name, and its gender.

Speakers are resolved against the people an article names; a pronoun may stand only for someone
of its gender, and a capitalised run ('European Union Gordon Sondland') holds a person's name
from its first given name on. Both need to know first names. The name-gender table of
``gender-guesser`` (some 40,000 first names from many countries) answers, when it is installed
(the ``names`` extra); without it only titles ('Mrs.', 'spokesman') and pronouns tell a
gender, and no word is taken for a first name.

A description ('the Carolina Panthers quarterback', 'the embattled Somali prime minister')
stands for whoever the story names with its role: :func:`role_holders` lists every naming of a
role's holder in a text ('Carolina Panthers quarterback Cam Newton', 'Rishi Sunak, the British
prime minister,'), with the words that qualify the role there, so a description can be matched
to its holder on those words wherever the story names them, before or after.

A speaker must be someone at all: :func:`names_no_person` tells the capitalised words a subject's
place may hold that are no person's name ('Four', 'Thursday', 'Attacked', 'Israel').
"""

from __future__ import annotations

import importlib.metadata
import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from attrs import frozen

from newsparse._data.agencies import AGENCIES
from newsparse._data.non_name_words import NON_NAME_WORDS
from newsparse._data.reporting_verbs import DETERMINERS, NAME_PARTICLES, ORGANISATION_WORDS
from newsparse._data.title_forms import TITLE_FORMS
from newsparse.cache import cached_json
from newsparse.lowering import lower_case
from newsparse.numbers import parse_number
from newsparse.regex_cache import compiled

#: Combining marks (the general blocks), which a word in decomposed text (NFD) carries after
#: its letters: 'José' as 'Jose' and U+0301. Name patterns take them as part of the word.
NAME_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
CAPITAL = r"[^\W\d_a-z]"
#: A character of a word after its first: a letter, a digit, a combining mark, an apostrophe or
#: a hyphen ('O'Neil', 'Jean-Pierre').
WORD_CHARACTER = rf"[\w{NAME_MARKS}’'\-]"
WORD_REST = rf"{WORD_CHARACTER}*\.?"
# a word, or initials written together ('J.B.' of 'J.B. Pritzker', 'H.R.' of 'H.R. McMaster')
CAPITALISED_WORD = rf"{CAPITAL}(?:\.(?:{CAPITAL}\.)+|{WORD_REST})"
_PARTICLE = "|".join(sorted(NAME_PARTICLES))
# a particle before a surname, as a word ('Ursula von der Leyen') or joined by a hyphen
# ('Khaled al-Batsh', 'Abdel Fattah el-Sisi')
NEXT_NAME_WORD = rf"[ \t]+(?:(?:{_PARTICLE})[ \t]+|(?:{_PARTICLE})-)?{CAPITALISED_WORD}"
#: A name of two capitalised words or more ('Cam Newton', 'Ali Mohamed Gedi').
NAME = rf"{CAPITALISED_WORD}(?:{NEXT_NAME_WORD})+"

# 'Prime Minister, Rishi Sunak' and 'Rishi Sunak, the British prime minister': the holder named
# right after a role, or right before it with up to three words qualifying the role
_HOLDER_AFTER = compiled(rf",?[ \t]+({NAME})")
# 'President Obama', 'Pope Francis': a title written as one, then a lone capitalised word
_SURNAME_AFTER = compiled(rf"[ \t]+({CAPITALISED_WORD})(?![ \t]+{CAPITAL})")
#: A name set off right before what describes it, a role or a body ('Rishi Sunak, the British
#: prime minister', 'Citizens United, the group'): the name, then the description's words
#: before its head (empty when 'the' or nothing comes between the comma and the head).
HOLDER_BEFORE = compiled(rf"({NAME}),[ \t]+(?i:the[ \t]+)?((?:[\w’'-]+[ \t]+){{0,3}})$")
# the words right before a role that qualify it: 'Carolina Panthers' of 'Carolina Panthers
# quarterback Cam Newton'; a full stop or a comma ends them
_QUALIFYING = compiled(r"(?:[\w’'-]+[ \t]+){0,4}$")
_QUALIFIER_REACH = 50  # characters before a role its qualifying words may take
#: Characters an apposition spans, before a role or a title to its holder's name set off
#: before it ('Rishi Sunak, the British prime minister') or after it ('the minister, Sir Keir').
APPOSITION_REACH = 80


@frozen
class Holding:
    """One naming of a role's holder: where the naming starts, the name as written, the words
    qualifying the role there, in lower case, where the role's own words stand, and whether
    the role is set off after the name ('Ann Gray, the party's chair')."""

    start: int
    name: str
    qualifiers: frozenset[str]
    role: int
    set_off: bool


def _role_forms(role: str) -> tuple[str, ...]:
    """A role's written forms in lower case ('senator', 'sen'), an abbreviation's last."""
    full = TITLE_FORMS.get(role, role)
    forms = {role, full, *(form for form, title in TITLE_FORMS.items() if title == full)}
    return tuple(sorted(forms))


def role_search_text(text: str) -> str:
    """The text roles are looked for in (see :func:`role_holders`): its lower case, or the text
    as written when its lower case changes its length ('İ'). A reader asking for several roles
    of one text lowers it once."""
    lowered = lower_case(text)  # a long text lowered whole takes twelve bytes a character
    return lowered if len(lowered) == len(text) else text


def _role_spans(lowered: str, role: str) -> list[tuple[int, int]]:
    """Where a role stands in a text searched as :func:`role_search_text` gives it, in any case
    and any written form ('Senator', 'Sen.'), as a word of its own, its words set apart by any
    blanks ('Prime  Minister'). The role's first word is looked for by ``str.find``, the rest
    matched there: a pattern per role would be compiled afresh for most articles, at more cost
    than the reading."""
    spans: list[tuple[int, int]] = []
    for form in _role_forms(role):
        first, *rest = form.split(" ")
        tail = _blanks_then(tuple(rest)) if rest else None
        at = lowered.find(first)
        while at >= 0:
            stop = at + len(first)
            found = tail.match(lowered, stop) if tail is not None else None
            if tail is None or found is not None:
                stop = found.end() if found is not None else stop
                end = stop + (form in TITLE_FORMS and lowered.startswith(".", stop))  # 'Sen.'
                if not _in_word(lowered, at - 1) and not _in_word(lowered, stop):
                    spans.append((at, end))
            at = lowered.find(first, at + 1)
    return sorted(spans)


@lru_cache(maxsize=256)
def _blanks_then(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words after a role's first, each after blanks ('  minister' of 'prime  minister')."""
    return re.compile("".join(rf"[ \t]+{re.escape(word)}" for word in words))


def _in_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] in "_’'-")


def _qualifiers(words: str) -> frozenset[str]:
    return frozenset(word.lower().removesuffix("’s").removesuffix("'s") for word in words.split())


def role_holders(text: str, role: str, searched: str | None = None) -> tuple[Holding, ...]:
    """Every naming of a holder of ``role`` (a title or a role noun, in lower case) in a text,
    in reading order: a name right after the role ('Carolina Panthers quarterback Cam Newton',
    'Sen. Marco Rubio', or a surname alone after a title: 'President Obama') or set off right before it ('Rishi Sunak, the British prime
    minister'), with the words qualifying the role there. A handful of descriptions ask per
    article, each a scan for one role; a reader keeps the answer for the article, and passes
    the text's :func:`role_search_text` as ``searched``, made once for all its roles."""
    if searched is None:
        searched = role_search_text(text)
    found: list[Holding] = []
    for start, end in _role_spans(searched, role):
        before = HOLDER_BEFORE.search(text, max(0, start - APPOSITION_REACH), start)
        if before is not None:
            qualifiers = _qualifiers(before.group(2))
            found.append(Holding(before.start(1), before.group(1), qualifiers, start, True))
        after = _HOLDER_AFTER.match(text, end)
        if after is None and text[start].isupper():
            after = _SURNAME_AFTER.match(text, end)  # the text gives the full name elsewhere
        if after is not None:
            lead = _QUALIFYING.search(text, max(0, start - _QUALIFIER_REACH), start)
            qualifiers = _qualifiers(lead.group() if lead else "")
            found.append(Holding(start, after.group(1), qualifiers, start, False))
    return tuple(found)


#: What the table says, reduced to what a pronoun needs: "m", "f", or "s" (either). A name the
#: table calls mostly one gender ('Lindsey', 'Kelly', 'Robin') is taken as either: a pronoun
#: agreeing with the wrong person costs more than one left to recency.
_GENDERS = {"male": "m", "female": "f", "mostly_male": "s", "mostly_female": "s", "andy": "s"}
#: Which way each answer leans, "mostly" ones too.
_LEANS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@cache
def _name_genders() -> dict[str, str] | None:
    """Each first name of the table, in lower case, with what it tells a pronoun. The package
    parses its table line by line in Python (a quarter of a second, more than a pass over
    hundreds of articles), so its answers are kept in the cache (see :mod:`newsparse.cache`)
    and read back as JSON in a few milliseconds by every later process."""
    try:
        import gender_guesser.detector  # noqa: F401 - only whether it is installed
    except ImportError:
        return None
    try:
        key = f"gender-guesser-{importlib.metadata.version('gender-guesser')}-v2"
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - installed unpackaged
        by_gender = _read_name_table()
    else:
        by_gender = cached_json("first-names", key, _read_name_table)
    return {name: gender for gender, names in by_gender.items() for name in names}


def _read_name_table() -> dict[str, list[str]]:
    """The names of each answer ("m", "f", "s") the package gives for a name of its table."""
    from gender_guesser.detector import Detector

    detector = Detector(case_sensitive=False)
    by_gender: dict[str, list[str]] = {}
    for name in sorted(detector.names):
        gender = _GENDERS.get(detector.get_gender(name))
        if gender in ("m", "f"):
            gender = _as_english_news_reads(detector, name, gender)
        if gender is not None:
            by_gender.setdefault(gender, []).append(name)
    return by_gender


#: The countries of the table whose answers English-language news agrees with.
_ENGLISH_COUNTRIES = ("usa", "great_britain")


def _as_english_news_reads(detector: Any, name: str, gender: str) -> str:
    """The table's world-wide answer for ``name``, unless the USA's or Great Britain's leans the
    other way: then the USA's clear answer, else Great Britain's, else either ("s"). The world
    answer calls 'Nate', 'Rand', 'Eli' female and 'Gigi' male, which English news does not."""
    answers = [detector.get_gender(name, country) for country in _ENGLISH_COUNTRIES]
    if all(_LEANS.get(answer, gender) == gender for answer in answers):
        return gender
    clear = [_GENDERS[answer] for answer in answers if answer in ("male", "female")]
    return clear[0] if clear else "s"


def has_name_table() -> bool:
    """Whether first names are known here (the ``names`` extra is installed)."""
    return _name_genders() is not None


@lru_cache(maxsize=4096)
def first_name_gender(word: str) -> str | None:
    """'m' or 'f' for a first name that belongs to one gender, 's' for one shared by both, None for a word that is not a known first name ('Senior', 'Moscow')."""
    genders = _name_genders()
    word = unicodedata.normalize("NFC", word)  # the table spells 'José' composed, not e + U+0301
    if genders is None or not word[:1].isupper() or not word.isalpha():
        return None
    return genders.get(word.lower())  # the package looks a name up in lower case


#: Inhabitants a city needs before its name, standing alone, is taken for the city rather than
#: a surname: 'Miami', 'Norfolk' and 'New Delhi' are places, 'Jackson' or 'Obama' may be people.
_CITY_POPULATION = 200_000


@lru_cache(maxsize=4096)
def names_no_person(name: str) -> bool:
    """Whether a capitalised name, as a speaker's, can be no person's: a number word ('Four'),
    a weekday or a month ('Thursday'), a word English has only as a verb's past form or an
    adverb ('Attacked', 'Rather'), or a country, a region or a large city ('Israel', 'New
    Delhi'), even one the name table also lists as a first name ('Paris'). Each word class
    comes from a library, not a hand list: CLDR through babel, text2num, lemminflect (through
    the table :mod:`newsparse.extractors.quotes.non_names` ships) and the dateline
    extractor's places. A full name opening on a first name ('Jordan Peterson') is a
    person's, and never looked up. Kept, as a speaker's name is asked of at every mention."""
    words = name.split()
    if len(words) >= 2 and first_name_gender(words[0]) is not None:
        return False
    return names_nothing(name) or names_a_place(name)


#: A word in capitals that is an acronym ('UBS', 'GOP'), not a regnal number ('Abdullah II').
ACRONYM = compiled(r"(?![IVXL]+\b)[A-Z]{2,}")


@lru_cache(maxsize=4096)
def may_be_a_person(name: str) -> bool:
    """Whether a resolved speaker may be the person a gendered pronoun ('he', 'she') stands
    for: not a name holding a word in capitals ('UBS', 'the GOP'), a word for an organisation
    ('National Rifle Association'), also as part of a hyphened word ('St. Louis Post-Dispatch',
    'Chicago Sun-Times'), a news agency's name ('Reuters', 'Xinhua': where the story names a
    person by it, 'Michael Bloomberg', the name is read in full), or one no person has (a place,
    a number, a weekday). A description ('a police spokesman') is judged by its head noun where
    it is read, not here."""
    words = name.split()
    if not words or (words[0].lower() in DETERMINERS and not name[-1:].isupper()):
        return True
    return (
        name not in AGENCIES
        and not any(ACRONYM.fullmatch(word) for word in words)
        and not any(map(_names_an_organisation, words))
        and not names_no_person(name)
    )


def _names_an_organisation(word: str) -> bool:
    """Whether a word of a name, or a part of a hyphened one ('Post-Dispatch'), is a word for
    an organisation."""
    lowered = word.lower()
    return lowered in ORGANISATION_WORDS or (
        "-" in lowered and any(part in ORGANISATION_WORDS for part in lowered.split("-"))
    )


def names_nothing(name: str) -> bool:
    """Whether a capitalised name is a word that names nothing at all: a number, a weekday or
    a month, an inflected verb or an adverb (see :func:`names_no_person`)."""
    words = name.split()
    return len(words) == 1 and words[0][:1].isupper() and _not_a_name(words[0])


@lru_cache(maxsize=4096)
def names_a_place(name: str) -> bool:
    """Whether a capitalised name is a country's, a region's or a large city's."""
    if not name[:1].isupper():
        return False
    from newsparse.extractors.datelines.cities import cities_named
    from newsparse.extractors.datelines.places import Place, resolve

    if resolve(f", {name}") != Place():  # read as a dateline reads what follows its city
        return True  # a region or a country
    return any(city.population >= _CITY_POPULATION for city in cities_named(name))


@lru_cache(maxsize=4096)
def _not_a_name(word: str) -> bool:
    if first_name_gender(word) is not None:
        return False  # 'June', 'Said', 'Frank': a first name too
    lowered = word.lower().rstrip(".")
    return (
        lowered in _calendar_words()
        # a word in capitals is an acronym, whatever word its letters spell ('ACTED said')
        or (lowered in NON_NAME_WORDS and not ACRONYM.fullmatch(word))
        or parse_number(lowered) is not None
    )


@cache
def _calendar_words() -> frozenset[str]:
    from newsparse.extractors.datelines.dates import month_names, weekday_names

    names = [*month_names("en", "wide").values(), *weekday_names().values()]
    return frozenset(name.lower() for name in names)
