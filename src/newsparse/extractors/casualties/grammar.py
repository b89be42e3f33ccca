"""The pattern grammar of the casualty rules: people, counted groups, subjects, objects and the
harm states they take, written as regular-expression sources.

Every rule of :mod:`newsparse.extractors.casualties.extractor` is built from these pieces, so
they live apart from the rules that use them: a change to what counts as a person is made here
once. The sources are compiled by the rules (:func:`compiled_rule`, when first needed), not at
import.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from newsparse._data.abbreviations import TITLES
from newsparse._data.adjective_words import ADJECTIVES
from newsparse._data.casualty_words import (
    ANIMALS,
    ASSAULTED,
    AUXILIARIES,
    BODY_PARTS,
    CONDITION_GRADES,
    HARM_ACTIONS,
    HARM_NOUNS,
    HARM_STATES,
    HEDGES,
    HOSPITAL_NOUNS,
    HOSPITAL_TAKERS,
    HOUSEHOLDS,
    LEFT_STATES,
    NAMED_HARM,
    NOBODY,
    OBJECT_ENDS,
    PLACE_NAME_WORDS,
    SINGLE_DETERMINERS,
    SINGLE_PRONOUNS,
    TABLE_LABELS,
    VAGUE_AMOUNTS,
    WOUND_NOUNS,
    WOUND_TAKERS,
    WOUND_WORDS,
    WOUNDS_FOUND,
)
from newsparse._data.injury_nouns import INJURY_NOUNS
from newsparse._data.manner_adverb_words import MANNER_ADVERBS
from newsparse._data.manner_adverbs import DOUBTING
from newsparse.extractors.casualties.custody import HELD_BY_A_HOLDER, HELD_IN_CUSTODY
from newsparse.extractors.casualties.people import BARE_PLURALS, NOT_PEOPLE_WORDS, PLURAL, SINGULAR
from newsparse.extractors.casualties.periods import CALENDAR_WORDS
from newsparse.extractors.casualties.quantity import QUANTITY
from newsparse.numbers import CARDINAL_WORDS
from newsparse.patterns import phrase_trie, word_trie
from newsparse.regex_cache import compiled


def kinds_of(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Phrase (single-spaced, lower case) -> kind."""
    return {" ".join(phrase.split()): kind for kind, phrases in table.items() for phrase in phrases}


def all_kinds_of(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Phrase (single-spaced, lower case) -> every kind it stands under, for a word of two harms."""
    kinds: dict[str, tuple[str, ...]] = {}
    for kind, phrases in table.items():
        for phrase in phrases:
            key = " ".join(phrase.split())
            kinds[key] = (*kinds.get(key, ()), kind)
    return kinds


STATE_KIND = kinds_of(HARM_STATES)
ACTION_KIND = kinds_of(HARM_ACTIONS)
NOUN_KIND = kinds_of(HARM_NOUNS)
LEFT_KIND = kinds_of(LEFT_STATES)
LABEL_KIND = kinds_of(TABLE_LABELS)

# Words that may stand between a count and its noun ("two young Palestinian men", "three
# wounded people"), but not words that end the noun phrase ("three days after the men ...").
STOP = (
    "of after before since in on at and or but were was is are had has have with from to by for "
    "who that which when while the a an this these those days day hours hour weeks week months "
    "month years year minutes times shots rounds bullets dollars percent people killed killing "
    "wounding injuring dead died shot shooting"
)
# A modifier is a word, not a number (not "11" in "WAVY 11 Two men"), an initialism ("two
# U.S. soldiers") or the abbreviation that opens a place's name ("four St. Louis officers",
# "a Ft. Worth man").
_NOT_MODIFIER = (
    rf"(?:{word_trie(STOP.split())})\b|(?:{word_trie(CARDINAL_WORDS)})(?![\w'’-])|[\d,.]+\s"
)
_PLACE_ABBREVIATION = r"(?-i:(?:St|Ft|Mt)\.(?=\s+[A-Z]))"
MODIFIER = rf"(?:(?:(?!{_NOT_MODIFIER})[\w'’-]+|(?-i:(?:[A-Z]\.){{2,}})|{_PLACE_ABBREVIATION})\s+)"
# A people named by where they are from: "23 Palestinians", "two Israelis", "five Afghans".
DEMONYMS = r"(?-i:[A-Z][a-z]+(?:ans|is))"
_DEMONYM = compiled(DEMONYMS)


def bare_plural(words: str) -> bool:
    """Whether ``words`` is a plural of people with no count ("recruits", "Palestinians"), who
    are no one person. A capitalised one may be a surname of the same shape ("Davis was shot",
    "Fellows is dead"), which only the verb after it tells."""
    return words.lower() in BARE_PLURALS or _DEMONYM.fullmatch(words) is not None


PLURAL_NOUN = rf"(?:{PLURAL}|\d+-year-olds\b|{DEMONYMS}\b|{word_trie(HOUSEHOLDS)}\b)"
# A parent named by the children, in British style: "father-of-two", "mum-of-three".
_PARENT_OF = r"-of-[a-z\d]+"
SINGULAR_NOUN = rf"(?:{SINGULAR}(?:{_PARENT_OF}\b)?|\d+-year-old\b)"

# What news puts after the noun: an age ("a woman, 31, who", "a man in his 40s", "two boys aged
# 14 and 15", "three men, ages 18, 21 and 35,"), where they were ("all 132 people on board") or
# whose they are ("six members of a Kurd family", "a member of parliament").
_AGES = r"\d{1,3}(?:(?:,\s*(?:and\s+)?|\s+and\s+|\s+to\s+)\d{1,3}){0,5}"
_AFTER_NOUN_PLACE = (
    r"(?:,\s*\d{1,3},|\s+in\s+(?:his|her|their)\s+(?:early\s+|mid-?|late\s+)?\d0s"
    rf"|\s+aged\s+{_AGES}|,\s*(?:ages|aged)\s+{_AGES},|\s+(?:on\s+board|aboard))"
)
AFTER_NOUN_WORDS = (
    rf"(?:{_AFTER_NOUN_PLACE}|\s+of\s+(?:(?:an?|the)\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,2}}?)"
)
AFTER_NOUN = rf"{AFTER_NOUN_WORDS}?"
# "killed her three children", "killing all 24 miners", "detained the four"
POSSESSIVE = r"(?:(?:his|her|their|its|our|all(?:\s+the)?|the)\s+)?"


# One count over two plurals joined by "and" or "or": "17 students and staff members", "seven
# soldiers or police". The second has no amount, determiner or owner of its own ("their
# teachers", "many others" are people apart, uncounted), and no verb in -ing or -ed before it
# ("shooting 12 people and terrorizing others").
_OWN_DETERMINERS = {
    *"his her their its our my your some all any many most other".split(),
    *(phrase.split()[0] for phrase in (*HEDGES, *VAGUE_AMOUNTS)),
}
_SHARED_COUNT = (
    rf"(?:\s+(?:and|or)\s+(?!(?:{word_trie(_OWN_DETERMINERS)})\b)"
    rf"(?:(?![\w'’-]*(?:ing|ed)\b){MODIFIER}){{0,2}}(?!others\b){PLURAL_NOUN})?"
)


# A proper name before the noun is one modifier, however many words it has: "two New York City
# police officers", "all 14 Tupac Amaru Revolutionary Movement (MRTA) hostage-takers", "an
# Indianapolis Metropolitan Police Department officer"; with its initials in brackets after it.
# Three capitalised words or more: fewer are read as modifiers one by one. Each word is written
# in title case, so a text all in capitals has no name to read this way; none is a word that ends
# a noun phrase or opens a clause, a number ("at 129 Scott St. Two men were hurt") nor a gerund
# (a title-case headline's: "PTO Raising Funds For Child Killed"). The noun, or one modifier
# before it, follows in lower case: not a verb and a name after the name ("the Sacramento County
# Sheriff's Department shows Deputy Danny Oliver").
_NOT_IN_A_NAME = word_trie(
    w.capitalize() for w in (*STOP.split(), *OBJECT_ENDS, *CARDINAL_WORDS) if " " not in w
)
_NAME_MODIFIER = (
    rf"(?-i:(?:(?!(?:{_NOT_IN_A_NAME})\b|[A-Z][a-z]+ing\b)[A-Z](?:[a-z][\w'’.&-]*|\.)\s+){{3,6}}"
    r"(?:\([A-Z]{2,}\)\s+)?(?=[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?(?![\w'’-]|\s+[A-Z\d])))?"
)


def _counted_unit(after_noun: str) -> str:
    """A count and its people, with what news puts after the noun (``after_noun``)."""
    return (
        rf"{POSSESSIVE}{QUANTITY}\s+{_NAME_MODIFIER}{MODIFIER}{{0,3}}"
        rf"(?:{PLURAL_NOUN}{_SHARED_COUNT}|{SINGULAR_NOUN})"
        rf"{after_noun}"
    )


COUNTED = _counted_unit(AFTER_NOUN)
# A person named, with the age and home town news puts after the name: "Gino Nicolas, 24,",
# "Kelvin Watford, 50, of Willingboro,".
_PLACE = r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
# Title-case headlines capitalise prepositions: "Shot At Birthday Party" names nobody.
NOT_A_NAME = rf"(?!(?:{word_trie(w.capitalize() for w in OBJECT_ENDS)})\b)"
# The abbreviated titles and ranks a name may follow ("Maj. Gen.", "Det. Sgt."): the titles
# whose period ends no sentence, less those of places and generations.
_TITLE_WORDS = word_trie(
    w.capitalize() for w in TITLES - {"st", "ste", "mt", "ft", "jr", "sr", "esq"}
)
# An abbreviated title is no word of a name: "killed Lt. Col. Ray Hunt" is not "Lt. Col".
_NOT_A_NAME_WORD = rf"{NOT_A_NAME}(?!(?:{_TITLE_WORDS})\.)"
# A title before a name: "Dr. Barnett Slepian", "U.S. Ambassador Chris Stevens".
TITLE = rf"(?-i:(?:(?:{_TITLE_WORDS})\.|(?:[A-Z]\.){{2,}})\s+)"
#: The particle that may open a later word of a name, in lower case: "Khayreddin al-Dabbagh",
#: "Osama bin Laden", "Abu Mahdi al Muhandis", "Vincent van Gogh".
NAME_PARTICLE = (
    r"(?:(?:al|el|ad|ash|as|bin|ibn|bint|ben|van|von|de|du|da|di|del|della|der|ter)[-\s])"
)
#: The particles that may open a surname standing alone ("al-Awlaki", "Al-Awlaki", "bin Laden",
#: "van Gogh"): those joined by a hyphen, and those never an English word before a capital ("as
#: Smith watched" opens no name).
LEAD_PARTICLE = r"(?:(?:al|el|ad|ash|as)-|(?:bin|ibn|bint|van|von|de|du|da|di|del|della|der|ter)\s)"
#: What follows the first capital of a word of a name: a prefix of one or two letters or an
#: apostrophe may take a second capital ("McAtee", "MacGregor", "DeShields", "LeGrier",
#: "O'Neil"), and a hyphen joins the capitalised parts of a double-barrelled name
#: ("Kincaid-Hill", "Rodriguez-Espinoza", "McAtee-Smith"), one word that may stand alone as
#: the surname. The common word is read first; a capital is tried only where one follows.
NAME_WORD_REST = (
    r"[a-z'’-]+(?:(?=[A-Z])(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z]['’])|(?<=[a-z]-))"
    r"[A-Z][a-z'’-]+){0,2}"
)
NAME_WORD = rf"[A-Z]{NAME_WORD_REST}"
#: The amounts whose words run through "of" ("tens of thousands", "upwards of"): a sentence's
#: capital opening one makes no surname of its first word.
_AMOUNTS_THROUGH_OF = phrase_trie(
    p for p in (*VAGUE_AMOUNTS, *HEDGES) if "of" in p.split() and (p in HEDGES or p[-3:] != " of")
)
# A surname alone ("Slepian was shot", "shot Brooks", "killed al-Awlaki"); taken only where the
# story has named the person in full (see :class:`~.names.Names`), since a capital alone may
# open any sentence. Not the first word of an amount through "of": a surname would take "of
# thousands" in "Tens of thousands were killed" as its postmodifier, which the subject rule then
# rejects as a count after a name.
SURNAME = (
    rf"(?<![Tt]he\s)(?-i:\b(?i:{LEAD_PARTICLE})?{NOT_A_NAME}"
    rf"(?!(?i:{phrase_trie(NOBODY)}|{_AMOUNTS_THROUGH_OF})\b)"
    rf"(?!(?:{word_trie(PLACE_NAME_WORDS)})\b){NAME_WORD}\b(?!\s+[A-Z]))"
)
#: A nickname in double quotes between the words of a name: 'Emarje "EJ" Watkins', 'James
#: Robert “J.R.” Gustafson'. It opens with a capital, is short and holds no clause mark.
NICKNAME = r"(?:\s+[\"“](?-i:[A-Z])[\w.'’ -]{0,18}[\"”])"
#: A generational suffix closing a full name, after a comma or not: "Marquise Hudson, Jr.",
#: "Anthony Hunt Jr.", "Roger Dale Phillips III"; not a war's ("World War II"). Its period ends no sentence (see
#: :mod:`newsparse.segment`), and the name's age and aside follow it ("Terry Robinson Jr., 28,").
GENERATION = r"(?-i:,?\s+(?:Jr|Sr)\b\.?|(?<!\bWar)\s+(?:II|III|IV)\b)"
NAMED = (
    rf"(?:(?:{TITLE}){{0,3}}(?-i:\b{_NOT_A_NAME_WORD}{NAME_WORD}(?:\s+[A-Z]\.)?(?:{NICKNAME}?\s+{NAME_PARTICLE}?{_NOT_A_NAME_WORD}(?!(?:{word_trie(PLACE_NAME_WORDS)}|Jr|Sr)\b){NAME_WORD}){{1,2}}{GENERATION}?)"
    # a run of titles makes one word a name: "Ms. Sanders", "Lt. Gen. Soleimani"
    rf"|(?:{TITLE}){{1,3}}(?-i:{_NOT_A_NAME_WORD}{NAME_WORD}\b(?!\s+[A-Z])))"
    rf"(?:,\s*\d{{1,3}}(?:,\s+of\s+{_PLACE})?,)?"
)
# An age as the person: "a 15-year-old", "wounded 9-year-old girl", "a six-year-old",
# "a 17 year old"; a baby's in months, weeks or days ("the slaying of 6-month-old", "a
# three-week-old boy").
_AGE_UNIT = r"(?:year|month|week|day)"
AGED = (
    rf"\b(?:an?\s+)?(?:\d{{1,3}}[\s-]+{_AGE_UNIT}s?[\s-]+old|[a-z]+(?:-[a-z]+)?-{_AGE_UNIT}-old)\b"
    rf"(?:\s+{SINGULAR_NOUN})?"
)
# "five of her six children", "62 of their fans", "two of those victims"
_OWNER_WORD = r"(?:the|his|her|their|its|our|those|these)"
# the whole with its noun is tried before a bare "those", which would end the part before it
PART_OF = rf"{QUANTITY}\s+of\s+(?:{_OWNER_WORD}\s+(?:{QUANTITY}\s+)?{MODIFIER}{{0,2}}{PLURAL_NOUN}|them|those|whom)"
# One person, with an age before the noun: "a 24 year old man".
NAMED_HARM_WORDS = {p.split()[0] for phrases in NAMED_HARM.values() for p in phrases}
# A person named as another's: "Elian's mother", "Judge Esther Salas' son".
OWNER_OF_ONE = r"(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:['’]s|(?<=s)['’])"


def _single_unit(after_noun: str) -> str:
    """One person by a determiner or an owner's name, with what news puts after the noun."""
    return (
        rf"\b(?:{phrase_trie(SINGLE_DETERMINERS)}|{OWNER_OF_ONE})\s+"
        rf"(?:\d{{1,3}}[\s-]+years?[\s-]+old\s+)?{_NAME_MODIFIER}{MODIFIER}{{0,3}}{SINGULAR_NOUN}"
        rf"{after_noun}"
    )


# A given name alone between commas after a person's noun names that person: "the murders of
# William Mueller, his wife, Nancy, and her daughter", "killed her baby, Miles, and"; or at the
# end of the people a rule has read ("Gregory McMichael and his son, Travis"). News introduces a
# list's people by full name, so a lone name is no member of its own; a full name after a noun
# may be one ("killed a woman, John Smith, and two soldiers") and is left to the list. The name
# may carry an age, as a name alone does ("his son, Adam, 12, and").
_APPOSED_NAME = (
    rf"(?:,\s+(?-i:(?!(?i:{phrase_trie(CALENDAR_WORDS)})\b){NOT_A_NAME}{NAME_WORD})"
    rf"(?:,\s*\d{{1,3}})?(?=\s*,|\s*$))"
)
SINGLE = _single_unit(AFTER_NOUN)
UNIT = rf"(?:{PART_OF}|{COUNTED}|{SINGLE}|{AGED}|{NAMED}|{SURNAME})"
# After a harm the name is read with the person: a subject's noun before a name between commas
# ("Her stepfather, Turhan Johnson, 27, was arrested") is left to the subject rule's own reading.
_SINGLE_APPOSED = _single_unit(f"{AFTER_NOUN}{_APPOSED_NAME}?")
UNIT_AFTER_HARM = rf"(?:{PART_OF}|{COUNTED}|{_SINGLE_APPOSED}|{AGED}|{NAMED}|{SURNAME})"
# A subject's "of" phrase is read after it (see _POSTMODIFIER), where whose it is can be told.
_SUBJECT_NOUN = f"{_AFTER_NOUN_PLACE}?"
# A name is marked (group ``_named``): a word in -ing after it is as often a title-case
# headline's noun ("Fourth Sibling From Same Family Killed").
SUBJECT_PERSON = (
    rf"(?:{PART_OF}|{_counted_unit(_SUBJECT_NOUN)}|{_single_unit(_SUBJECT_NOUN)}|{AGED}"
    rf"|(?P<_named>{NAMED}|{SURNAME}))"
)
# A headline may open on a name of several words before its noun in lower case, a place's or a
# body's: "Tenaya Middle School teacher arrested", "Ohio State University professor killed".
_HEADLINE_NAME = r"(?:(?-i:[A-Z])[\w'’.&-]*\s+){3,5}(?=(?-i:[a-z]))"
# Headlines drop the article: "Man shot and killed", "Police: Lafayette teen wounded"; also in a
# headline's clause after a comma or a semicolon: "Two dead in shooting; suspect in custody",
# "Man killed, woman shot in Woodlawn".
HEADLINE_SINGLE = (
    rf"(?:^(?:[\w'’ -]{{1,30}}:\s+)?(?:(?!and\s)[\w'’-]+\s+){{0,2}}|^{_HEADLINE_NAME}|(?<=[,;]\s))"
    rf"{SINGULAR_NOUN}"
)
_PRONOUN_UNIT = rf"\b(?:{phrase_trie(SINGLE_PRONOUNS)})\b"
SUBJECT_UNIT = rf"(?:{UNIT}|{_PRONOUN_UNIT}|{HEADLINE_SINGLE})"
STATE_SUBJECT_UNIT = rf"(?:{SUBJECT_PERSON}|{_PRONOUN_UNIT}|{HEADLINE_SINGLE})"
OBJECT_UNIT = rf"(?:{UNIT_AFTER_HARM}|\b(?:him|her|himself|herself|another)\b)"  # "wounded another"
JOIN = r"(?:\s*,\s*|\s*,?\s+and\s+)(?:then\s+)?"
# Inside a group, a member's age closes with the comma that joins the next member: "Juwan
# Edwards, 15, Aijaholn Tisdale, 19, Leroy Shaw, 15, and Tamir Hamilton, 19, were injured", "a
# man, 27, a woman, 25, and a boy, 5, were shot". A name reads its age (and home town) with
# that comma (see NAMED), so after a comma a space joins too, to a member that carries an age
# of its own: after an age, a noun or a name without one is as often the person told again
# ("John Smith, 45, a carpenter, and his wife", "arrested Ann Cole, 35, Sunday"). A member may
# hold an initial ("Angela D. Harrison, 35,").
_LIST_JOIN = rf"(?:{JOIN}|(?<=,)\s+(?=(?:[^,.;:!?]|(?<=\b[A-Z])\.){{1,40}},\s*\d{{1,3}},))"


# A member of a list that names a person only after another who is one: "a police colonel" in
# "an electricity employee, a police colonel and a university guard were killed", "one Greek",
# "six Sudanese". One person by an article or "one", or a count and a capitalised word (a
# people's name), ending in a word that is no stop word, animal, thing, or verb or participle in
# -ed or -ing ("a falling out, and", "and one injured"), nor an amount ("a handful of"): a list
# of ranks and trades is open, and no table holds them all. Never the first member: "a gun and
# four men were wounded" lists one thing and the men. See
# :mod:`~newsparse.extractors.casualties.coordination`.
_ANIMAL = word_trie((*ANIMALS, *(a[:-3] + "y" if a.endswith("ies") else a[:-1] for a in ANIMALS)))
LISTED = (
    rf"(?:(?:an?|one)\s+(?:(?![\w'’-]*(?:ing|ed)\b){MODIFIER}){{0,3}}"
    rf"(?!(?:{word_trie((*STOP.split(), 'out', 'up', 'off', 'down', 'back', 'away'))}"
    rf"|{_ANIMAL}|{NOT_PEOPLE_WORDS}|[a-z'’]*(?:ing|ed))\b)"
    rf"[a-z][a-z'’]{{2,}}\b(?![-'’]|\s+of\b)|{QUANTITY}\s+(?-i:[A-Z][a-z]{{2,}})\b(?![-'’]))"
)

# Such a member stands after "and" or before another member: "killed himself, a sheriff said"
# lists no one.
_MEMBER = rf"(?:(?<=\sand\s){LISTED}|{LISTED}(?={JOIN}))"


def group_of(unit: str) -> str:
    """Up to five people or groups joined by commas and "and"; a bare number ("40 more") alone.

    After a join a bare noun is a person too: "a father and son". ``unit`` is written once, in
    a repeated group ``_person`` that asks whether it has matched before: the join and the bare
    noun are allowed only from the second person on. This matches what
    ``unit(join(unit|noun)){0,4}`` matches, at half the pattern size, which halves its compile
    time at import. A pattern can hold only one group made by this function.
    """
    person = (
        rf"(?P<_person>(?(_person){_LIST_JOIN})"
        rf"(?:{unit}|(?(_person)(?:{SINGULAR_NOUN}|{_MEMBER})|(?!))))"
    )
    return rf"(?:{person}{{1,5}}|(?<!\bof\s){POSSESSIVE}{QUANTITY}(?:\s+more\b)?)"


#: Adverbs of manner that may follow an auxiliary ("were brutally murdered"), less those
#: that open a harm phrase of their own ("fatally shot", "critically injured").
_HARM_OPENERS = {phrase.split()[0] for phrase in (*kinds_of(HARM_STATES), *kinds_of(HARM_ACTIONS))}
MANNER = MANNER_ADVERBS - _HARM_OPENERS
# A manner adverb only right after a form of "be" or "get" ("were brutally murdered", "is
# currently being held"): before a bare verb it may as well tell of a doer ("the United States
# illegally abducted and detained ...").
_AFTER_BE = "|".join(rf"(?<=\b{be})" for be in "is was were are be been being get gets got".split())
# It tells how a harm was done, so a participle follows it ("brutally murdered", "currently being
# held"), not a state ("actually dead", "currently in stable condition" after a heart attack) nor
# a gerund ("currently recovering").
_NOT_DONE = r"\s+(?:dead|alive|missing|in|among|under|(?!being\b)\w+ing)\b"
# Any lower-case "-ly" word but the few of them that are no such adverb ("elderly", "only",
# "nearly", "fatally"): a pattern of every adverb in MANNER is thousands of words, compiled
# into every rule that reads a subject in every process (warm start-up 0.26 s -> 0.30 s).
_NOT_MANNER = {word for word in (*ADJECTIVES, *DOUBTING, *_HARM_OPENERS) if word.endswith("ly")}
_MANNER_WORD = rf"(?!(?:{word_trie(_NOT_MANNER)})\b)(?-i:[a-z]{{2,}}ly)\b"
# Before a form of "be" or "have" the adverb tells of the harm the verb goes on to, after a
# pronoun: "he actually was killed", "she finally was arrested". After a noun a word in -ly may
# be a noun that closes it ("the Kroeker family is unaccounted for"). The word's shape is tested
# first: the test of the words that are no adverbs is a long one.
_AFTER_PRONOUN = r"(?:(?<=\bhe)|(?<=\bshe))"
_BEFORE_BE = rf"(?=[a-z]{{2,}}ly\s+(?:was|were|is|are|has|have|had)\b){_MANNER_WORD}"
# Between a perfect's "have" and its "been" the adverb tells of the passive harm after them: "had
# probably been killed", "have since been released" is not, nor is "had brutally killed", active.
_AFTER_HAVE = "|".join(rf"(?<=\b{have})" for have in "has have had".split())
_BEFORE_BEEN = rf"(?:{_AFTER_HAVE})\s+{_MANNER_WORD}(?=\s+been\b)"
AUX = (
    rf"(?:\s+(?:{phrase_trie(AUXILIARIES)})"
    rf"|(?:{_AFTER_BE})\s+{_MANNER_WORD}(?!{_NOT_DONE})|{_AFTER_PRONOUN}\s+{_BEFORE_BE}"
    rf"|{_BEFORE_BEEN})*"
)
# Injuries read by a pattern rather than listed phrase by phrase, since their middle words vary:
# a wound taken ("suffered two non-life-threatening gunshot wounds"), a trip to a hospital named
# or not ("rushed to Grady Memorial Hospital"), a condition ("in critical but stable condition").
# After a verb of having a wound, any injury WordNet names (:mod:`.wordnet_injuries`: "suffered a
# fracture", "sustained a concussion", "treated for burns"), after the wound words, a count ("a
# pair of gunshot wounds", "2 gunshot wounds") or a part of the body seldom fatal ("two leg
# wounds"; not "a head wound", which the story often tells next was fatal). A noun but the wound
# nouns is read in lower case only ("Wales", "Burns"), and only after a wound taken: not after
# "had" ("had a bite"), "received" nor "suffering from", told of a lasting state ("has been
# suffering from a thigh injury", a player's, which the guidelines leave out).
_INJURY_WORD = (
    rf"(?:(?:{phrase_trie((*VAGUE_AMOUNTS, *HEDGES))}|\d+"
    rf"|{word_trie((*WOUND_WORDS, *BODY_PARTS))})\s+)"
)
# "received" takes a rise as often as a wound ("received a bump in pay"): only the wound nouns.
_RECEIVED = ("received",)
_WOUND_TAKEN = (
    rf"(?:{phrase_trie((*_RECEIVED, *WOUNDS_FOUND))})\s+(?:(?:{word_trie(WOUND_WORDS)})\s+){{0,4}}"
    rf"(?:{word_trie(WOUND_NOUNS)})"
    rf"|(?:{phrase_trie(set(WOUND_TAKERS) - set(_RECEIVED))})\s+{_INJURY_WORD}{{0,4}}"
    rf"(?:{word_trie(WOUND_NOUNS)}|(?-i:{word_trie(INJURY_NOUNS - set(WOUND_NOUNS))})\b)"
)
#: The words naming a hospital: no word that opens a clause or a phrase of its own ("taken to
#: jail and then to a hospital").
HOSPITAL_NAME = (
    r"(?:(?!(?:and|or|but|where|when|after|before|for|by|with|from|then|until)\b)[\w.'’&-]+\s+)"
)
# A trip to hospital to be looked at is no harm told: "He was unharmed and was taken to Roseland
# Community Hospital for observation", "transported to the hospital for a medical clearance and
# then taken to jail", "as a precaution"; a look that treatment follows may be one ("for
# evaluation and treatment").
_ONLY_LOOKED_AT = (
    r"\s+(?:for\s+(?:an?\s+)?(?:medical\s+|mental\s+|psychiatric\s+)?"
    r"(?:observation|evaluation|clearance|examination|check-?up)\b(?!\s+and\s+treatment)"
    r"|as\s+a\s+precaution)"
)
_HOSPITAL_TRIP = (
    rf"(?:{phrase_trie(HOSPITAL_TAKERS)})\s+{HOSPITAL_NAME}{{0,5}}?"
    rf"(?:{phrase_trie(HOSPITAL_NOUNS)})(?!{_ONLY_LOOKED_AT})"
)
_CONDITION = (
    rf"(?:in|out\s+of)\s+(?:an?\s+)?(?:(?:{word_trie(CONDITION_GRADES)}),?\s+){{1,4}}condition"
)
# A hospital's grade alone, closing the clause, of people counted: "the other two are stable",
# "three are critical and one is in surgery", "1 dead, 2 critical"; not "critical of the plan",
# "stable for now". Only after a form of "be" or a figure, which keeps the many sentences of
# markets and politics that end in "stable." or "critical." from being read at all.
_GRADE_AFTER = "|".join(
    rf"(?<=\b{word}\s)" for word in "is are was were remain remains remained".split()
)
_BARE_GRADE = (
    rf"(?:{_GRADE_AFTER}|(?<=\d\s))(?:critical|stable)"
    r"(?=\s*(?:[,.;:\"”)]|and\b|while\b|but\b|$))"
)
# A hit told by where on the body it landed, a part seldom fatal (as "shot in the leg" is an
# injury): "was hit in the leg", "were struck twice in the lower back". A hit in the head or the
# chest is left out, as it often kills, and so is "the back of his head".
_HIT_IN_BODY = (
    r"(?:hit|struck)(?:\s+(?:once|twice|\w+\s+times))?\s+in\s+(?:the|his|her|their)\s+"
    rf"(?:(?:left|right|upper|lower)\s+){{0,2}}(?:{phrase_trie(BODY_PARTS)})(?!\s+of\b)"
)
# A person's state of health told by the surgery they are in or went through, or by the danger
# they are out of ("he underwent surgery", "two of the victims had surgery", "had to undergo two
# surgeries", "she is in surgery", "Abramov was out of danger"): the guidelines make any report of
# a hurt person's health a condition report, so an injury. Only words of how urgent or how many
# may stand before "surgery": a named operation is as often an illness's ("had heart surgery",
# "prostate cancer surgery", "knee surgery"), which is no harm.
_SURGERY_WORDS = (
    "a an emergency immediate urgent life-saving lifesaving exploratory major further more "
    "additional another several multiple two three four five"
).split()
_SURGERY = (
    r"(?:underwent|undergoing|undergone|had\s+to\s+undergo|had(?:\s+to\s+have)?|in)"
    rf"\s+(?:(?:{word_trie(_SURGERY_WORDS)})\s+){{0,2}}surger(?:y|ies)|out\s+of\s+danger"
)
# Custody told by "held" and its terms: "held on $5 million bail", "held at the county jail"; or
# by its holder: "taken into police custody".
READ_STATES = (
    rf"{_WOUND_TAKEN}|{_HOSPITAL_TRIP}|{_CONDITION}|{_BARE_GRADE}|{_HIT_IN_BODY}|{_SURGERY}"
    rf"|{HELD_IN_CUSTODY}|{HELD_BY_A_HOLDER}"
)
# A blow joined by "and" to another act leaves the harm to that act: "were beaten and killed".
_BLOWS = rf"(?:{phrase_trie(ASSAULTED)})(?!\s*(?:,|--?|[—–])?\s*and\b)"
# The bare "taken" is tried last, after the phrases it opens ("taken to hospital").
STATES = (
    rf"{phrase_trie(set(STATE_KIND) - set(ASSAULTED) - {'taken'})}|{_BLOWS}|{READ_STATES}|taken"
)
READ_STATE_HEADS = {p.split()[0] for p in (*WOUND_TAKERS, *WOUNDS_FOUND, *HOSPITAL_TAKERS)} | {
    "in",
    "out",
    "held",
    "remanded",
    "booked",
    "brought",
    "released",
    "behind",
    "critical",
    "stable",
    "underwent",
    "undergoing",
    "undergone",
}
FLAGS = re.IGNORECASE


@cache
def compiled_rule(source: str) -> re.Pattern[str]:
    """``source`` compiled with the rules' flags when first used, not at import.

    The rules that hold the large person patterns cost most of the package's start-up time to
    compile, and a story without a harm word never uses them. Their compiled code is kept in the
    cache folder (:mod:`newsparse.regex_cache`), so only a machine's first process compiles them.
    """
    return compiled(source, FLAGS)


# After "the killing of" a count needs no victim noun of the tables: any plural but an animal's
# or a unit's is of people ("the killing of four opposition figures", "the genocide of 500,000
# Tutsis").
ANY_COUNTED = (
    rf"{POSSESSIVE}{QUANTITY}\s+{_NAME_MODIFIER}{MODIFIER}{{0,3}}"
    rf"(?!(?:{word_trie(STOP.split())}|{word_trie(ANIMALS)})\b)[\w'’-]+s\b{AFTER_NOUN}"
)


def _unit_parts(single: str) -> str:
    """Any one counted person or group of a group, read apart to sum or name them; ``single``
    reads one person by a determiner or an owner's name."""
    return (
        rf"{PART_OF}|{ANY_COUNTED}|{COUNTED}|{single}|{AGED}|{NAMED}|"
        r"\b(?:he|she|him|her|himself|herself)\b|"
        rf"{HEADLINE_SINGLE}|{LISTED}|{POSSESSIVE}{QUANTITY}|\b(?:{phrase_trie(SINGLE_PRONOUNS)})\b|\b{SINGULAR_NOUN}|"
        rf"{SURNAME}"
    )


UNIT_PARTS = _unit_parts(SINGLE)
#: The parts of people read after their harm, a name between commas kept with its noun ("killed
#: his wife, Nancy, and her daughter" is two people).
UNIT_PARTS_AFTER_HARM = _unit_parts(_SINGLE_APPOSED)


@lru_cache(maxsize=4096)
def unit_parts(who: str, start: int, after_harm: bool) -> tuple[tuple[int, int], ...]:
    """Where each person or group of the people ``who`` stands, read from ``start`` by
    :data:`UNIT_PARTS`, or by :data:`UNIT_PARTS_AFTER_HARM` for people told ``after_harm``.
    Asked of the same words by the test of a finding's names and by its count, and the same
    people recur from story to story: each wording is read once."""
    rule = UNIT_PARTS_AFTER_HARM if after_harm else UNIT_PARTS
    return tuple(match.span() for match in compiled_rule(rule).finditer(who, start))


# The person noun a pronoun stands for.
PRONOUN_VICTIMS = {
    "he": "man",
    "she": "woman",
    "him": "man",
    "her": "woman",
    "himself": "man",
    "herself": "woman",
}


# A count at the start of a group ("their three sons"), and the words that join its parts.
AND_THEN = compiled(r"\b(?:and|then)\b", FLAGS)
QUANTITY_AT_START = compiled(rf"^{POSSESSIVE}(?P<quantity>{QUANTITY})", FLAGS)


def normal_phrase(words: str) -> str:
    """``words`` lower-cased and single-spaced, as the keys of :func:`kinds_of` are."""
    return " ".join(words.lower().split())


# Where a count may open: a digit, a number word, a hedge or a vague amount.
QUANTITY_START = compiled(
    r"(?<![\w-])(?:\d|(?:"
    + word_trie({p.split()[0] for p in (*HEDGES, *VAGUE_AMOUNTS)} | set(CARDINAL_WORDS))
    + r")\b)"
)
